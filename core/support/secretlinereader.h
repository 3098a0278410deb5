#pragma once

#include "secretbytes.h"

#include <QCoreApplication>
#include <QString>

namespace kubeminder {

/// Reads one secret line (a password given on standard input) from a file descriptor.
///
/// A byte at a time with read(2), no buffering: nothing after the line is consumed, so whatever
/// follows stays for the next reader. Bounded: a line longer than the maximum is refused without
/// reading on to its end (a whole file piped in by mistake is not slurped). The line ends at LF, at
/// CR LF or at the end of the input; the ending is not part of it. Every byte goes straight into
/// one SecretBytes buffer reserved up front, so no copy of the secret is left behind.
class SecretLineReader
{
    Q_DECLARE_TR_FUNCTIONS(SecretLineReader)

public:
    static constexpr qsizetype DefaultMaximumLength = 4096;

    enum class Failure {
        None,
        NoInput,     ///< the input ended before its first byte
        TooLong,     ///< more than the maximum before the line's end
        ContainsNul, ///< a NUL byte: no password holds one, and C APIs would cut the secret there
        ReadError,
    };

    struct Result
    {
        Failure failure = Failure::ReadError;
        SecretBytes line; ///< without its line ending; empty unless ok()
        QString error;    ///< what went wrong and what to do; never quotes the input

        bool ok() const { return failure == Failure::None; }
    };

    /// `what` names the input in error messages (say, "standard input").
    static Result readLine(int fd, const QString &what, qsizetype maximumLength = DefaultMaximumLength);
    /// readLine() on this process's standard input (for --sudo-password-stdin).
    static Result readStandardInput(qsizetype maximumLength = DefaultMaximumLength);
};

} // namespace kubeminder
