#pragma once

#include "backupstore.h"
#include "kubeconfigwriter.h"
#include "restorepreview.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>
#include <vector>

namespace kubeminder {

/// Backs up kubeconfig files, for the window's "Back up" and `kubeminder backup` alike: each file
/// into the BackupStore, the store then pruned by the retention policy. Blocking; cancel() (from
/// any thread) stops before the next file.
class BackupJob
{
    Q_DECLARE_TR_FUNCTIONS(BackupJob)

public:
    struct File
    {
        QString path;
        /// The user named it (--kubeconfig): a missing one is an error. Otherwise, like kubectl,
        /// a listed file that does not exist is skipped.
        bool required = false;
    };

    struct Setup
    {
        std::vector<File> files;
        QString directory = BackupStore::defaultDirectory();
        RetentionPolicy retention;
        QDateTime now;
    };

    struct Result
    {
        std::vector<BackupEntry> saved; ///< in the order of the files
        QStringList errors;             ///< one sentence per file that could not be backed up
        int attempted = 0;              ///< files that were there to back up (saved or failed)
        bool cancelled = false;
        bool ok() const { return errors.isEmpty() && !cancelled; }
    };

    explicit BackupJob(Setup setup);

    /// Called after each file with how many are done of how many.
    void setProgress(std::function<void(int done, int total)> progress) { m_progress = std::move(progress); }
    void cancel() { m_cancel = true; }
    Result run();

private:
    Setup m_setup;
    std::function<void(int, int)> m_progress;
    std::atomic_bool m_cancel{false};
};

/// Puts a backup back in place, for the Backups window and `kubeminder restore` alike, through
/// KubeconfigWriter::restore(): the current file is backed up first (its reason names the backup
/// restored), so a restore can be undone. preview() says first what the restore would change.
class RestoreJob
{
    Q_DECLARE_TR_FUNCTIONS(RestoreJob)

public:
    struct Setup
    {
        QString backupPath;
        QString target; ///< the file to restore; empty: the one the backup was taken of
        QString directory = BackupStore::defaultDirectory();
        RetentionPolicy retention;
        QDateTime now;
    };

    struct Result
    {
        WriteResult write;
        QString backupPath; ///< absolute
        /// No target was given and the store does not know the backup: name the target.
        bool unknownBackup = false;
        bool ok() const { return write.ok; }
    };

    /// What run() would do, found without writing anything.
    struct Preview
    {
        QString target; ///< absolute: the file the restore would replace
        QString error;  ///< run() would fail so (the backup is gone, unreadable, ...)
        bool unknownBackup = false;
        RestorePreview changes;
        bool ok() const { return error.isEmpty(); }
    };

    explicit RestoreJob(Setup setup);
    /// Reads the backup and the file it would replace, as run() reads them, and compares their
    /// credentials. Reads files and checks certificates: not for the GUI thread.
    Preview preview() const;
    Result run();

private:
    /// The file to restore: Setup::target, else the one the store says the backup was taken of.
    std::optional<QString> target(const std::optional<BackupEntry> &known, QString *error) const;

    Setup m_setup;
};

} // namespace kubeminder
