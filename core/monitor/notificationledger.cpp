#include "notificationledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <optional>
#include <tuple>

namespace kubeminder {

namespace {

// Saved with the data, so a later release that changes the format can tell an old ledger from a
// damaged one instead of misreading it.
constexpr int FormatVersion = 1;
// The same ceiling ThresholdSettings allows; a larger threshold can only come from a damaged file.
constexpr int MaximumDays = 36500;

// Short field names as functions, so load() and save() cannot drift apart on a spelling.
QString contextField()
{
    return QStringLiteral("context");
}

QString credentialField()
{
    return QStringLiteral("credential");
}

QString daysField()
{
    return QStringLiteral("days");
}

QString notAfterField()
{
    return QStringLiteral("notAfter");
}

bool validField(const QString &text)
{
    return !text.isEmpty() && text.size() <= NotificationLedger::MaximumFieldLength;
}

std::optional<NotificationLedger::Entry> parseEntry(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const QJsonValue days = object.value(daysField());
    NotificationLedger::Entry entry;
    entry.context = object.value(contextField()).toString();
    entry.credentialId = object.value(credentialField()).toString();
    // JSON numbers are doubles: 7.5 or 1e10 is not a whole number of days, so the value must survive
    // the round trip through int unchanged.
    entry.thresholdDays = days.toInt(-1);
    if (!validField(entry.context) || !validField(entry.credentialId) || !days.isDouble() ||
        days.toDouble() != entry.thresholdDays || entry.thresholdDays < 0 ||
        entry.thresholdDays > MaximumDays)
        return std::nullopt;
    // Optional: ledgers written before it existed have none, and their entries are pruned as soon
    // as the credential is gone, as they were then.
    const QString notAfter = object.value(notAfterField()).toString();
    if (!notAfter.isEmpty()) {
        entry.notAfter = QDateTime::fromString(notAfter, Qt::ISODate);
        if (!entry.notAfter.isValid() || notAfter.size() > 40)
            return std::nullopt;
        entry.notAfter = entry.notAfter.toUTC();
    }
    return entry;
}

} // namespace

// A std::set keeps the entries unique and the saved order stable, so the settings file does not
// change when nothing new was notified.
bool NotificationLedger::Entry::operator<(const Entry &other) const
{
    return std::tie(context, credentialId, thresholdDays) <
           std::tie(other.context, other.credentialId, other.thresholdDays);
}

bool NotificationLedger::contains(const QString &context, const QString &credentialId,
                                  int thresholdDays) const
{
    return m_entries.count(Entry{context, credentialId, thresholdDays, {}}) > 0;
}

void NotificationLedger::mark(const QString &context, const QString &credentialId, int thresholdDays,
                              const QDateTime &notAfter)
{
    m_entries.insert(Entry{context, credentialId, thresholdDays, notAfter.toUTC()});
}

// The monitor prunes entries of contexts and credentials that are gone, so the ledger tracks the
// kubeconfigs instead of growing forever.
int NotificationLedger::removeIf(const std::function<bool(const Entry &)> &predicate)
{
    return int(std::erase_if(m_entries, predicate));
}

std::vector<NotificationLedger::Entry> NotificationLedger::entries() const
{
    return {m_entries.begin(), m_entries.end()};
}

NotificationLedger NotificationLedger::load(const QSettings &settings, QStringList *problems)
{
    NotificationLedger ledger;
    const auto complain = [&](const QString &problem) {
        if (problems)
            *problems << problem;
    };
    if (!settings.contains(key()))
        return ledger;
    const QString text = settings.value(key()).toString();
    // The settings file is hand-editable and may be damaged; a huge value is refused before parsing,
    // and losing the ledger only means a notification may be shown once more.
    if (text.size() > MaximumSavedSize) {
        complain(tr("The list of notifications already shown (%1 in %2) is too large to be ours; "
                    "it is ignored, so some notifications may be shown again.")
                     .arg(key(), settings.fileName()));
        return ledger;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    const QJsonObject root = document.object();
    // A ledger we cannot read is dropped whole rather than partly trusted: the worst outcome is a
    // repeated notification, never a missed one.
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        root.value(QStringLiteral("version")).toInt() != FormatVersion ||
        !root.value(QStringLiteral("entries")).isArray()) {
        complain(tr("The list of notifications already shown (%1 in %2) is damaged; it is ignored, so "
                    "some notifications may be shown again.")
                     .arg(key(), settings.fileName()));
        return ledger;
    }
    int damaged = 0;
    int dropped = 0;
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : entries) {
        const std::optional<Entry> entry = parseEntry(value);
        if (!entry) {
            ++damaged;
            // Entries beyond the bound are dropped, not the whole ledger: the first ones are still good.
        } else if (ledger.size() >= MaximumEntries) {
            ++dropped;
        } else {
            ledger.m_entries.insert(*entry);
        }
    }
    if (damaged > 0 || dropped > 0) {
        complain(tr("%1 of the %2 entries in the list of notifications already shown (%3 in %4) were "
                    "ignored as damaged or beyond the limit of %5; their notifications may be shown again.")
                     .arg(QString::number(damaged + dropped), QString::number(entries.size()), key(),
                          settings.fileName(), QString::number(MaximumEntries)));
    }
    return ledger;
}

void NotificationLedger::save(QSettings &settings) const
{
    if (m_entries.empty()) {
        // An empty ledger leaves no key behind, so a settings file without notifications stays clean.
        settings.remove(key());
        return;
    }
    QJsonArray entries;
    for (const Entry &entry : m_entries) {
        if (entries.size() >= MaximumEntries)
            break;
        QJsonObject object{{contextField(), entry.context},
                           {credentialField(), entry.credentialId},
                           {daysField(), entry.thresholdDays}};
        if (entry.notAfter.isValid())
            object.insert(notAfterField(), entry.notAfter.toUTC().toString(Qt::ISODate));
        entries.append(object);
    }
    const QJsonObject root{{QStringLiteral("version"), FormatVersion}, {QStringLiteral("entries"), entries}};
    // One JSON string under one key, not a settings group per entry: QSettings writes a value at once,
    // and thousands of keys would make the INI file slow to read and hard to edit by hand.
    settings.setValue(key(), QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)));
}

} // namespace kubeminder
