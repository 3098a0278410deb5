#pragma once

#include "backupreason.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QSettings;

#include <optional>
#include <vector>

namespace kubeminder {

/// One saved copy of a kubeconfig.
struct BackupEntry
{
    QString path;        ///< absolute path of the backup file
    QString original;    ///< absolute path of the kubeconfig it is a copy of
    QDateTime createdAt; ///< UTC
    qint64 size = 0;
    int contexts = 0; ///< contexts in the copy (0 when it does not parse)
    BackupReason reason;
};

/// What backing up one kubeconfig file did.
struct BackupResult
{
    enum class Failure {
        None,
        Nothing,    ///< the path is /dev/null, kubectl's way to say "no kubeconfig": nothing to save
        Missing,    ///< nothing at the path
        NotAFile,   ///< a folder, FIFO, socket or device
        TooLarge,   ///< larger than any kubeconfig Kubeminder reads
        Unreadable, ///< permissions, I/O error
        NotSaved,   ///< read, but the backup could not be written
    };

    std::optional<BackupEntry> entry; ///< the new backup, when it worked
    Failure failure = Failure::None;
    QString error; ///< when it failed: what happened, naming the file, never its content

    bool ok() const { return failure == Failure::None; }
};

/// How many backups to keep per kubeconfig.
struct RetentionPolicy
{
    int keepLast = 20; ///< always keep at least the newest N
    int keepDays = 30; ///< and everything younger than this

    static constexpr int Minimum = 1;
    static constexpr int Maximum = 100000;

    /// The policy saved in the settings (backups/keepLast, backups/keepDays); a missing or
    /// invalid value (not a whole number from Minimum to Maximum) keeps its default.
    static RetentionPolicy fromSettings(const QSettings &settings);
    /// Saves both values (each clamped to Minimum..Maximum).
    void write(QSettings &settings) const;
};

/// Backups of kubeconfig files, kept under the user's state directory
/// ($XDG_STATE_HOME/kubeminder/backups, else ~/.local/state/kubeminder/backups): folder 0700,
/// files 0600, named after the original and a UTC timestamp. An index (index.json in the same
/// folder, written atomically) remembers which kubeconfig each backup belongs to and why it was
/// taken. Never holds anything but the bytes of the user's own files.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    explicit BackupStore(QString directory = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /// Backs up the kubeconfig file at `path` as it is now: the one way the window and the command
    /// line take a backup. The file is read the way KubeconfigDocument reads it (BoundedFile): a
    /// regular file only, never waiting on a FIFO or device, at most
    /// KubeconfigDocument::MaximumFileSize bytes. Then as save().
    BackupResult backUp(const QString &path, const QDateTime &now, const RetentionPolicy &retention = {},
                        const BackupReason &reason = {});
    /// Saves `bytes` as a backup of `original` (an absolute path) taken at `now` for `reason`, then
    /// prunes that file's backups by `retention`. Returns the new entry, or nothing with `error` set.
    std::optional<BackupEntry> save(const QString &original, const QByteArray &bytes, const QDateTime &now,
                                    QString *error, const RetentionPolicy &retention = {},
                                    const BackupReason &reason = {});
    /// Backups of `original` (every kubeconfig when empty), newest first.
    std::vector<BackupEntry> list(const QString &original = {}) const;
    /// The entry for a backup file, when the index knows it.
    std::optional<BackupEntry> find(const QString &backupPath) const;
    /// Removes old backups of `original`: keeps the newest `keepLast` and all younger than
    /// `keepDays`, and never the only one. Returns how many were removed.
    int prune(const QString &original, const RetentionPolicy &retention, const QDateTime &now);

private:
    QString m_directory;
};

} // namespace kubeminder
