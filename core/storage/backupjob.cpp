#include "backupjob.h"

#include <QFileInfo>

namespace kubeminder {

BackupJob::BackupJob(Setup setup)
    : m_setup(std::move(setup))
{}

BackupJob::Result BackupJob::run()
{
    Result result;
    // One store for every file, so each backup and its pruning see the same directory and index.
    BackupStore store(m_setup.directory);
    const int total = int(m_setup.files.size());
    int done = 0;
    for (const File &file : m_setup.files) {
        // Checked between files only: a backup in progress finishes, so no half-written copy is left.
        if (m_cancel) {
            result.cancelled = true;
            break;
        }
        const BackupResult backup =
            store.backUp(file.path, m_setup.now, m_setup.retention, BackupReason::manual());
        // /dev/null is kubectl's "no kubeconfig": nothing to save, and nothing wrong.
        const bool skipped = backup.failure == BackupResult::Failure::Nothing ||
                             (backup.failure == BackupResult::Failure::Missing && !file.required);
        if (!skipped) {
            ++result.attempted;
            if (backup.ok())
                result.saved.push_back(*backup.entry);
            else
                // One failed file does not stop the others: each backup is worth having on its own.
                result.errors << backup.error;
        }
        if (m_progress)
            m_progress(++done, total);
    }
    return result;
}

RestoreJob::RestoreJob(Setup setup)
    : m_setup(std::move(setup))
{}

std::optional<QString> RestoreJob::target(const std::optional<BackupEntry> &known, QString *error) const
{
    if (!m_setup.target.isEmpty())
        return QFileInfo(m_setup.target).absoluteFilePath();
    // A backup knows which file it was taken of (the store's index), so restoring needs no target;
    // a file the store does not know could be anything, and guessing a target would be dangerous.
    if (!known) {
        *error = tr("%1 is not a backup Kubeminder knows; name the file to restore.")
                     .arg(QFileInfo(m_setup.backupPath).absoluteFilePath());
        return std::nullopt;
    }
    return known->original;
}

RestoreJob::Preview RestoreJob::preview() const
{
    Preview preview;
    const std::optional<QString> target =
        this->target(BackupStore(m_setup.directory).find(m_setup.backupPath), &preview.error);
    if (!target) {
        preview.unknownBackup = true;
        return preview;
    }
    preview.target = *target;
    const auto input = KubeconfigWriter::readForRestore(m_setup.backupPath, *target, &preview.error);
    if (input)
        preview.changes = RestorePreview::compare(*target, input->current, input->backup, m_setup.now);
    return preview;
}

RestoreJob::Result RestoreJob::run()
{
    Result result;
    result.backupPath = QFileInfo(m_setup.backupPath).absoluteFilePath();
    BackupStore store(m_setup.directory);
    const std::optional<BackupEntry> known = store.find(result.backupPath);
    const std::optional<QString> target = this->target(known, &result.write.error);
    if (!target) {
        result.unknownBackup = true;
        return result;
    }
    // The backup taken now names the one that replaced it: by when that one was taken, when the
    // store knows it, else by its file name.
    const BackupReason reason = BackupReason::beforeRestore(QFileInfo(result.backupPath).fileName(),
                                                            known ? known->createdAt : QDateTime());
    // Through the writer, like every other write: lock, back up the current file, atomic replace.
    KubeconfigWriter writer(store, m_setup.retention, reason);
    result.write = writer.restore(result.backupPath, *target, m_setup.now);
    return result;
}

} // namespace kubeminder
