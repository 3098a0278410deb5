#include "boundedfile.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace kubeminder {

#ifdef Q_OS_UNIX

namespace {

// Closes the descriptor on every return path; a leaked descriptor to a FIFO would keep its writer
// blocked.
class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {}
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

BoundedFile::Result failed(BoundedFile::Failure failure, int error = 0)
{
    BoundedFile::Result result;
    result.failure = failure;
    if (error != 0)
        result.systemError = qt_error_string(error);
    return result;
}

} // namespace

BoundedFile::Result BoundedFile::read(const QString &path, qint64 maximumBytes)
{
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. O_NOCTTY: a terminal
    // named here must not become the controlling one.
    const Descriptor fd(
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    // ENOTDIR (a path through a regular file, "config/x") means the file cannot exist there either.
    if (fd.get() < 0)
        return failed(errno == ENOENT || errno == ENOTDIR ? Failure::Missing : Failure::Unreadable, errno);
    struct stat status = {};
    if (::fstat(fd.get(), &status) != 0)
        return failed(Failure::Unreadable, errno);
    // fstat() on the open descriptor, not stat() on the path, so a file swapped for a FIFO between
    // the check and the read cannot slip through.
    if (!S_ISREG(status.st_mode))
        return failed(Failure::NotAFile);
    if (status.st_size > maximumBytes)
        return failed(Failure::TooLarge);

    // One byte past the cap tells a file that grew since fstat().
    Result result;
    result.bytes.resize(static_cast<qsizetype>(status.st_size) + 1);
    qsizetype filled = 0;
    for (;;) {
        if (filled == result.bytes.size()) {
            if (filled > maximumBytes)
                return failed(Failure::TooLarge);
            // A file that grows while we read (a log named by mistake, /proc files that report size 0) is
            // read in growing steps, but never past one byte over the bound.
            result.bytes.resize(std::min<qint64>(maximumBytes + 1, filled * 2 + 4096));
        }
        const ssize_t got = ::read(fd.get(), result.bytes.data() + filled, result.bytes.size() - filled);
        if (got < 0) {
            // A signal may interrupt the read; it is retried, not reported.
            if (errno == EINTR)
                continue;
            return failed(Failure::Unreadable, errno);
        }
        if (got == 0)
            break;
        filled += got;
    }
    if (filled > maximumBytes)
        return failed(Failure::TooLarge);
    result.bytes.truncate(filled);
    return result;
}

#else

// Elsewhere (Windows): no FIFOs to worry about; QFile with the same bound is enough.
BoundedFile::Result BoundedFile::read(const QString &path, qint64 maximumBytes)
{
    Result result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.failure = Failure::Missing;
        return result;
    }
    if (!info.isFile()) {
        result.failure = Failure::NotAFile;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.failure = Failure::Unreadable;
        result.systemError = file.errorString();
        return result;
    }
    result.bytes = file.read(maximumBytes + 1);
    if (result.bytes.size() > maximumBytes) {
        result.bytes.clear();
        result.failure = Failure::TooLarge;
    }
    return result;
}

#endif

} // namespace kubeminder
