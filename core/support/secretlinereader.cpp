#include "secretlinereader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <unistd.h>

namespace kubeminder {

namespace {

SecretLineReader::Result failed(SecretLineReader::Failure failure, const QString &error)
{
    SecretLineReader::Result result;
    result.failure = failure;
    result.error = error;
    return result;
}

} // namespace

SecretLineReader::Result SecretLineReader::readLine(int fd, const QString &what, qsizetype maximumLength)
{
    maximumLength = std::max<qsizetype>(maximumLength, 1);
    Result result;
    // The line, a CR that may precede its LF, and the byte that tells it is too long: the buffer
    // never grows, so never moves. Every byte is read straight into it, never into a variable.
    result.line.reserve(maximumLength + 2);
    bool sawAnything = false;
    bool tooLong = false;
    int readError = 0;
    for (;;) {
        const qsizetype at = result.line.size();
        result.line.resize(at + 1);
        // One byte at a time: the reader must stop right after the line's LF, leaving anything that
        // follows on the descriptor for the next reader. A buffered read would swallow it.
        const ssize_t n = ::read(fd, result.line.data() + at, 1);
        // Saved at once: resize() below may call into code that changes errno.
        const int error = errno;
        if (n <= 0)
            result.line.resize(at);
        if (n < 0) {
            if (error == EINTR)
                continue;
            if (error == EAGAIN || error == EWOULDBLOCK) {
                // A non-blocking descriptor: wait for the rest of the line like a blocking one.
                pollfd pfd{fd, POLLIN, 0};
                // No timeout: the user (or a pipe) may take any time to provide the secret, as with read().
                ::poll(&pfd, 1, -1);
                continue;
            }
            readError = error;
            break;
        }
        if (n == 0)
            break;
        sawAnything = true;
        if (result.line.view().endsWith('\n')) {
            result.line.chop(1);
            break;
        }
        // Stops reading as soon as the line is known to be too long, so a huge first line (a file piped
        // by mistake) is neither stored nor read whole.
        if (at > maximumLength) {
            tooLong = true;
            break;
        }
    }

    if (readError != 0) {
        result.line.clear();
        return failed(
            Failure::ReadError,
            tr("Could not read %1: %2.").arg(what, QString::fromLocal8Bit(std::strerror(readError))));
    }
    if (!sawAnything)
        return failed(Failure::NoInput,
                      tr("Nothing was read from %1: give the secret as its first line.").arg(what));
    // A CRLF line ending (a file written on Windows, `echo` in some terminals) is not part of the
    // password.
    if (result.line.view().endsWith('\r'))
        result.line.chop(1);
    if (tooLong || result.line.size() > maximumLength) {
        result.line.clear();
        return failed(Failure::TooLong, tr("The first line of %1 is longer than %2 bytes; nothing was used. "
                                           "Give only the secret, on a line of its own.")
                                            .arg(what)
                                            .arg(maximumLength));
    }
    if (result.line.view().contains('\0')) {
        result.line.clear();
        return failed(Failure::ContainsNul,
                      tr("The first line of %1 contains a NUL byte, which no password can hold; nothing "
                         "was used.")
                          .arg(what));
    }
    result.failure = Failure::None;
    return result;
}

SecretLineReader::Result SecretLineReader::readStandardInput(qsizetype maximumLength)
{
    return readLine(STDIN_FILENO, tr("standard input"), maximumLength);
}

} // namespace kubeminder
