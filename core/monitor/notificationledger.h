#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <set>
#include <vector>

class QSettings;

namespace kubeminder {

/// What was already notified: one entry per context, credential and threshold, so a restart does
/// not repeat a notification. Holds names, certificate fingerprints and dates only, never a secret.
class NotificationLedger
{
    Q_DECLARE_TR_FUNCTIONS(NotificationLedger)

public:
    /// Far above what pruning leaves (contexts times thresholds); a bound for a damaged file.
    static constexpr int MaximumEntries = 20000;
    /// Longer names and identities are not ours: kubeconfig names are short, fingerprints 95
    /// characters.
    static constexpr int MaximumFieldLength = 4096;
    /// The saved text is refused unread beyond this.
    static constexpr qsizetype MaximumSavedSize = 8 * 1024 * 1024;

    static QString key() { return QStringLiteral("notifications/ledger"); }

    struct Entry
    {
        QString context;
        QString credentialId; ///< see ContextReport::credentialId()
        int thresholdDays = 0;
        /// When the credential expires (UTC): how long the entry is kept once the credential is
        /// gone from every kubeconfig. Not part of the identity.
        QDateTime notAfter;

        bool operator==(const Entry &other) const = default;
        bool operator<(const Entry &other) const;
    };

    bool contains(const QString &context, const QString &credentialId, int thresholdDays) const;
    void mark(const QString &context, const QString &credentialId, int thresholdDays,
              const QDateTime &notAfter = {});
    /// Removes every entry `predicate` holds for; returns how many.
    int removeIf(const std::function<bool(const Entry &)> &predicate);
    void clear() { m_entries.clear(); }

    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    /// Sorted by context, credential, threshold.
    std::vector<Entry> entries() const;

    /// The saved ledger. Damaged data is skipped (an unreadable value as a whole, else entry by
    /// entry), explained in `problems`: at worst a notification is shown again.
    static NotificationLedger load(const QSettings &settings, QStringList *problems = nullptr);
    /// Saves every entry (at most MaximumEntries) as one JSON value under key().
    void save(QSettings &settings) const;

    bool operator==(const NotificationLedger &other) const = default;

private:
    std::set<Entry> m_entries;
};

} // namespace kubeminder
