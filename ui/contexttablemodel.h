#pragma once

#include "credentials/checkreport.h"

#include <QAbstractTableModel>

namespace kubeminder {

/// A thin table over a CheckReport's contexts; rows can arrive in batches as they are analysed.
class ContextTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CurrentColumn,
        NameColumn,
        StatusColumn,
        ExpiresColumn,
        LeftColumn,
        KindColumn,
        ClusterColumn,
        ServerColumn,
        NamespaceColumn,
        FileColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< int(Status)
        SortRole,                      ///< urgency-aware sort key
        NameRole,                      ///< the context's name
    };

    explicit ContextTableModel(QObject *parent = nullptr);

    void setReport(const CheckReport &report);
    /// Adds a later batch of the same check (CredentialChecker::check's onBatch) as new rows.
    void appendContexts(const std::vector<ContextReport> &contexts);
    const CheckReport &report() const { return m_report; }
    const ContextReport *contextAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The Status column's sort key: severity first, then the sooner expiry, for any valid date.
    static qint64 urgencyKey(const ContextReport &context);

private:
    QString statusText(const ContextReport &context) const;

    CheckReport m_report;
};

} // namespace kubeminder
