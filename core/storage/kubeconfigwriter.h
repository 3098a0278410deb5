#pragma once

#include "backupstore.h"
#include "kubeconfig/yamlsplicer.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace kubeminder {

class KubeconfigDocument;
class KubeconfigEdit;

/// What a write did, or why it did nothing.
struct WriteResult
{
    bool ok = false;
    QString error;                     ///< when !ok: what happened and what to do; the original is unchanged
    QString writtenPath;               ///< the file actually replaced (a symlink's target)
    QString backupPath;                ///< the backup taken before the write (empty for a new file)
    bool permissionsTightened = false; ///< the file was readable by others and is now 0600
    /// Only the changed values' bytes changed (comments, order and layout kept). When not, the
    /// whole file was written out and `layoutNote` says why.
    bool layoutKept = true;
    QString layoutNote;
};

/// The one way Kubeminder writes a kubeconfig. Every write:
/// 1. takes kubectl's lock (<file>.lock), failing with a clear error when it is held;
/// 2. refuses when the file changed since it was read (`expectedCurrent`), before any backup;
/// 3. backs up the current bytes in the BackupStore;
/// 4. writes a temporary file in the same folder and renames it over the original (QSaveFile),
///    mode 0600; a symlinked kubeconfig stays a symlink and its target is replaced;
/// 5. re-reads the result and checks it is exactly what was meant and parses as a kubeconfig;
/// 6. on any failure leaves the original byte-identical.
class KubeconfigWriter
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigWriter)

public:
    /// Every backup this writer takes records `reason`: a writer serves one action.
    explicit KubeconfigWriter(BackupStore &backups, RetentionPolicy retention = {}, BackupReason reason = {});

    /// Replaces (or creates) `path` with `bytes`. `expectedCurrent`: the bytes the caller read and
    /// based its change on (nullopt: the file must not exist yet).
    WriteResult write(const QString &path, const QByteArray &bytes,
                      const std::optional<QByteArray> &expectedCurrent, const QDateTime &now);
    /// Writes `root` over the file `original` was read from, which must be unchanged: only the
    /// values that differ are spliced into its bytes (KubeconfigEdit::render).
    WriteResult write(const KubeconfigDocument &original, const YAML::Node &root, const QDateTime &now);
    /// Writes `edit` over the file it was made from (or creates that file).
    WriteResult write(const KubeconfigEdit &edit, const QDateTime &now);
    /// Puts the bytes of the backup file `backupPath` back as `target`, through write(): the
    /// current `target` (when it exists) is what the restore replaces, and it is backed up first,
    /// so a restore can itself be undone. `target` need not exist. On failure (the backup is gone,
    /// unreadable or not a kubeconfig; any failure of write()) `target` is left as it was.
    WriteResult restore(const QString &backupPath, const QString &target, const QDateTime &now);

    /// What restore() reads before it touches anything.
    struct RestoreInput
    {
        QByteArray backup;                 ///< the backup's bytes: a kubeconfig
        std::optional<QByteArray> current; ///< the target's bytes now; nothing when it does not exist
    };
    /// Reads the backup and the target as restore() does, with the same checks and messages, so
    /// a preview of a restore refuses exactly what the restore would.
    static std::optional<RestoreInput> readForRestore(const QString &backupPath, const QString &target,
                                                      QString *error);

    /// For tests only: called after the new file is in place and before it is read back, so a test
    /// can damage it and see the write undone.
    void setAfterCommitHookForTesting(std::function<void(const QString &writtenPath)> hook)
    {
        m_afterCommit = std::move(hook);
    }

private:
    /// Writes what KubeconfigEdit::render() made of a tree for the file `original` was read from.
    WriteResult write(const KubeconfigDocument &original, const YamlSplicer::Result &rendered,
                      const QDateTime &now);

    BackupStore &m_backups;
    RetentionPolicy m_retention;
    BackupReason m_reason;
    std::function<void(const QString &)> m_afterCommit;
};

} // namespace kubeminder
