#pragma once

#include "cli/commandline.h"
#include "cli/probecommand.h"
#include "testenvironment.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>

namespace kubeminder::test {

/// What a command sees of the outside world in a test.
struct CliEnvironment
{
    QString home;
    QString kubeconfigVariable = {};
    QString backupDirectory = {};
    QDateTime now = fixedNow();
    bool terminal = false;
    bool noColor = true;
    QByteArray standardInput = {};
};

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// The first line of `input` as SecretLineReader reads it from standard input: through a pipe.
inline SecretLineReader::Result readSecretLineFrom(const QByteArray &input)
{
    int fds[2] = {-1, -1};
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return SecretLineReader::readLine(-1, QStringLiteral("standard input"));
    // Non-blocking: what does not fit in the pipe is more than any line the reader takes.
    ::fcntl(fds[1], F_SETFL, O_NONBLOCK);
    [[maybe_unused]] const ssize_t written = ::write(fds[1], input.constData(), std::size_t(input.size()));
    ::close(fds[1]);
    SecretLineReader::Result result = SecretLineReader::readLine(fds[0], QStringLiteral("standard input"));
    ::close(fds[0]);
    return result;
}

/// Runs `kubeminder ARGUMENTS` in this process, as main() would, and captures its output.
inline RunResult runCli(const QStringList &arguments, const CliEnvironment &environment)
{
    RunResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    const QDateTime now = environment.now;
    const QByteArray input = environment.standardInput;
    CommandContext context{.out = out,
                           .err = err,
                           .outputIsTerminal = environment.terminal,
                           .noColor = environment.noColor,
                           .kubeconfigVariable = environment.kubeconfigVariable,
                           .home = environment.home,
                           .now = [now] { return now; },
                           .backupDirectory = environment.backupDirectory,
                           .readStandardInput = [input] { return input; },
                           .readSecretLine =
                               [input] {
                                   return readSecretLineFrom(input);
                               }};
    result.exitCode =
        CommandLine::run(QStringList{QStringLiteral("kubeminder")} + arguments, context, &ProbeCommand::run);
    out.flush();
    err.flush();
    return result;
}

} // namespace kubeminder::test
