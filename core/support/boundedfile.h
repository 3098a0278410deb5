#pragma once

#include <QByteArray>
#include <QString>

namespace kubeminder {

/// Reads a small file whole, for paths that come from untrusted kubeconfigs.
///
/// Only a regular file is read. A path naming a FIFO, /dev/stdin, a terminal, a socket or a device
/// is refused without blocking: the file is opened non-blocking and its type is taken from the open
/// descriptor, so a file swapped for a FIFO between a check and the read cannot hang the caller.
/// At most `maximumBytes` are accepted; a file that grows past that while being read is refused too.
class BoundedFile
{
public:
    enum class Failure {
        None,
        Missing,    ///< Nothing at the path (or a dangling symbolic link).
        NotAFile,   ///< A folder, FIFO, socket or device.
        TooLarge,   ///< More than maximumBytes.
        Unreadable, ///< Permissions, I/O error, symlink loop; systemError says which.
    };

    struct Result
    {
        QByteArray bytes;
        Failure failure = Failure::None;
        QString systemError;

        bool ok() const { return failure == Failure::None; }
    };

    static Result read(const QString &path, qint64 maximumBytes);
};

} // namespace kubeminder
