#include "atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace kubeminder {

namespace {

#ifdef Q_OS_UNIX

// The owner and group of the file about to be replaced, when it exists.
std::optional<struct stat> statusOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return status;
}

// The new file is created by whoever runs us: `sudo kubeminder ... --kubeconfig ~user/.kube/config`
// would hand the user's own kubeconfig to root, mode 0600, unreadable to the user. Give it the old
// file's owner and group where we may (root may; another user may only pick a group of its own), and
// otherwise leave it ours, as before.
bool keepOwner(int fd, const std::optional<struct stat> &original, QString *error)
{
    // The new file's own owner and group, not ours: a set-group-ID folder gives its group.
    struct stat created = {};
    if (!original || ::fstat(fd, &created) != 0 ||
        (original->st_uid == created.st_uid && original->st_gid == created.st_gid))
        return true;
    if (::fchown(fd, original->st_uid, original->st_gid) == 0)
        return true;
    // EPERM: not ours to give away, though a group we belong to may be; EINVAL: an owner this user
    // namespace cannot name.
    if (errno == EPERM || errno == EINVAL) {
        if (original->st_gid != created.st_gid) {
            [[maybe_unused]] const int groupKept = ::fchown(fd, uid_t(-1), original->st_gid);
        }
        return true;
    }
    *error = qt_error_string(errno);
    return false;
}

// After rename() the new name lives in the folder's entry, which needs an fsync of its own to survive
// a power cut. Best effort: some file systems refuse fsync on a folder, and the file is in place.
void syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                          O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

#endif

} // namespace

AtomicFile::Result AtomicFile::save(const QString &path, const QByteArray &bytes,
                                    QFileDevice::Permissions permissions)
{
#ifdef Q_OS_UNIX
    const std::optional<struct stat> original = statusOf(path);
#endif
    QSaveFile file(path);
    const auto failed = [&file](Step step, const QString &systemError = {}) {
        Result result{step, systemError.isEmpty() ? file.errorString() : systemError};
        file.cancelWriting();
        return result;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(Step::Create);
    if (!file.setPermissions(permissions))
        return failed(Step::Permissions);
#ifdef Q_OS_UNIX
    QString ownerError;
    if (!keepOwner(file.handle(), original, &ownerError))
        return failed(Step::Permissions, ownerError);
#endif
    // flush() checked here, not left to commit(): Qt 6.4's commit() ignores a failed flush of the
    // write buffer (QTBUG-75077) and would rename a cut-short file over the original.
    if (file.write(bytes) != bytes.size() || !file.flush())
        return failed(Step::Write);
    if (!file.commit())
        return Result{Step::Commit, file.errorString()};
#ifdef Q_OS_UNIX
    syncFolder(path);
#endif
    return {};
}

} // namespace kubeminder
