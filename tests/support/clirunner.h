#pragma once

#include "cli/commandline.h"
#include "testenvironment.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTextStream>

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
                           .readStandardInput =
                               [input] {
                                   return input;
                               }};
    result.exitCode = CommandLine::run(QStringList{QStringLiteral("kubeminder")} + arguments, context);
    out.flush();
    err.flush();
    return result;
}

} // namespace kubeminder::test
