#include "contexttablemodel.h"

#include "credentials/expirypolicy.h"
#include "statusstyle.h"
#include "support/timetext.h"

#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace kubeminder {

ContextTableModel::ContextTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ContextTableModel::setReport(const CheckReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void ContextTableModel::appendContexts(const std::vector<ContextReport> &contexts)
{
    if (contexts.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(contexts.size()) - 1);
    m_report.contexts.insert(m_report.contexts.end(), contexts.begin(), contexts.end());
    endInsertRows();
}

const ContextReport *ContextTableModel::contextAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_report.contexts[std::size_t(row)];
}

int ContextTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.contexts.size());
}

int ContextTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContextTableModel::statusText(const ContextReport &c) const
{
    // Words for the state, readable without the colour; how long is the Left column's to say.
    const bool fromExpiry = c.credential.notAfter && c.credential.status == c.status;
    switch (c.status) {
    case Status::Ok:
        return tr("Valid");
    case Status::Warning:
        return fromExpiry ? tr("Expires soon") : statusLabel(c.status);
    case Status::Critical:
        return fromExpiry ? tr("Expires very soon") : statusLabel(c.status);
    case Status::Expired:
        return tr("Expired");
    case Status::Error:
        return tr("Error");
    case Status::Unknown:
        return tr("No expiry known");
    }
    return statusLabel(c.status);
}

qint64 ContextTableModel::urgencyKey(const ContextReport &c)
{
    // Most urgent first when sorted descending: the status, then the sooner expiry, then no expiry.
    // A number, not a string: X.509 allows notAfter up to 9999-12-31, and every such date must
    // still order correctly. The expiry part counts seconds back from year 10000, so it is
    // positive and below 2^40 for every year from 1 to 9999; no expiry is 0, the least urgent.
    constexpr qint64 YearTenThousand = Q_INT64_C(253402300800); // 10000-01-01T00:00:00Z
    constexpr qint64 YearOne = Q_INT64_C(-62135596800);         // 0001-01-01T00:00:00Z
    constexpr int ExpiryBits = 40;
    static_assert(YearTenThousand - YearOne < (Q_INT64_C(1) << ExpiryBits));
    qint64 expiryPart = 0;
    if (const auto &notAfter = c.credential.notAfter) {
        const qint64 secs = std::clamp(notAfter->toSecsSinceEpoch(), YearOne, YearTenThousand - 1);
        expiryPart = YearTenThousand - secs;
    }
    return (qint64(c.status) << ExpiryBits) + expiryPart;
}

QVariant ContextTableModel::data(const QModelIndex &index, int role) const
{
    const ContextReport *c = index.isValid() ? contextAt(index.row()) : nullptr;
    if (!c)
        return {};
    const auto &notAfter = c->credential.notAfter;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CurrentColumn:
            return c->current ? QStringLiteral("●") : QString();
        case NameColumn:
            return c->name;
        case StatusColumn:
            return statusText(*c);
        case ExpiresColumn:
            return notAfter ? TimeText::local(*notAfter) : QString();
        case LeftColumn:
            return notAfter ? TimeText::timeLeft(*notAfter, m_report.generatedAt) : QString();
        case KindColumn:
            return credentialKindLabel(c->credential.kind);
        case ClusterColumn:
            return c->cluster;
        case ServerColumn:
            return c->server;
        case NamespaceColumn:
            return c->ns;
        case FileColumn:
            return QFileInfo(c->file).fileName();
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(StatusStyle::icon(c->status)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(StatusStyle::color(c->status)) : QVariant();
    case Qt::ToolTipRole: {
        if (index.column() == FileColumn)
            return c->file;
        if (index.column() == CurrentColumn)
            return c->current ? tr("kubectl's current context") : QVariant();
        QStringList lines;
        for (const Problem &problem : c->problems)
            lines << problem.message;
        if (!c->credential.note.isEmpty())
            lines << c->credential.note;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case StatusRole:
        return int(c->status);
    case NameRole:
        return c->name;
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return urgencyKey(*c);
        case ExpiresColumn:
        case LeftColumn:
            return notAfter ? notAfter->toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant ContextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ExpiresColumn)
        return tr("Date and time in your time zone");
    if (role == Qt::ToolTipRole && section == CurrentColumn)
        return tr("● marks kubectl's current context");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CurrentColumn:
        return QString();
    case NameColumn:
        return tr("Context");
    case StatusColumn:
        return tr("Status");
    case ExpiresColumn:
        return tr("Expires");
    case LeftColumn:
        return tr("Left");
    case KindColumn:
        return tr("Kind");
    case ClusterColumn:
        return tr("Cluster");
    case ServerColumn:
        return tr("Server");
    case NamespaceColumn:
        return tr("Namespace");
    case FileColumn:
        return tr("File");
    }
    return {};
}

} // namespace kubeminder
