#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace kubeminder {

/// Replaces a file through a temporary file in its folder, renamed over it once complete
/// (QSaveFile): a reader, a crash or a full disk sees the old file or the new one, never a mix.
/// There is no direct-write fallback: where no temporary file can be made, nothing is written.
class AtomicFile
{
public:
    enum class Step {
        None,        ///< saved
        Create,      ///< no temporary file could be made (folder not writable, missing)
        Permissions, ///< its permissions (or owner) could not be set; nothing was written
        Write,       ///< writing failed (disk full, file size limit); the original is untouched
        Commit,      ///< the rename failed; the original is untouched
    };

    struct Result
    {
        Step failedAt = Step::None;
        QString systemError; ///< the system's reason, for a message of the caller's

        bool ok() const { return failedAt == Step::None; }
    };

    /// Saves `bytes` as `path`. The new file gets `permissions` before its first byte is written,
    /// so new credentials are never readable by others, not even briefly. It keeps the owner and
    /// group of the file it replaces where the system lets us give them (root can), so a write by
    /// root does not take a user's file from them. Once renamed, the folder is synced as well, so
    /// the rename survives a crash of the whole system.
    static Result save(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions);
};

} // namespace kubeminder
