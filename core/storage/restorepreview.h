#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace kubeminder {

/// One context whose credentials a restore changes. No secrets: names and dates.
struct RestoreChange
{
    enum class Kind {
        Added,   ///< in the backup, not in the file now
        Removed, ///< in the file now, not in the backup
        Changed, ///< in both, with another certificate, key or token
    };
    Kind kind = Kind::Changed;
    QString context;
    std::optional<QDateTime> expiresBefore; ///< when the credential in the file now stops working
    std::optional<QDateTime> expiresAfter;  ///< ... and the one the backup puts back
    bool expiredBefore = false;
    bool expiredAfter = false;

    friend bool operator==(const RestoreChange &, const RestoreChange &) = default;
};

/// What restoring a backup changes, context by context, worked out before anything is written:
/// which contexts come and go and whose credentials differ, with their expiry before and after.
/// Both sides are analysed by CredentialChecker, as the window analyses them. The file is
/// compared on its own, since it is all a restore replaces.
struct RestorePreview
{
    Q_DECLARE_TR_FUNCTIONS(RestorePreview)

public:
    std::vector<RestoreChange> changes; ///< by context name
    /// The file now does not read as a kubeconfig: kubectl sees none of its contexts, and every
    /// context of the backup counts as added.
    bool currentIsBroken = false;

    /// Compares `backup` with `current` (nothing: the file does not exist), both read as the file
    /// `target` so that relative paths in them resolve as they will after the restore.
    static RestorePreview compare(const QString &target, const std::optional<QByteArray> &current,
                                  const QByteArray &backup, const QDateTime &now);

    /// One line a change ("homelab: expires 2026-11-04 15:34 (expired) → 2027-11-04 15:34"), the
    /// same in the window and on the command line; a line that says nothing changes when so.
    /// `formatDate` writes the dates their way.
    QStringList describe(const std::function<QString(const QDateTime &)> &formatDate) const;
};

} // namespace kubeminder
