// kubeminder: the one command people type. With a command it runs it, on Qt Core alone (no Gui,
// Widgets, D-Bus or Network: a command starts in milliseconds, over SSH and in cron; OpenSSL and
// libssh load on first use); without one it replaces itself with the window program, and for
// `probe` with the probe program (core/desktop/programs).
//
// Built a second time as kubeminder-probe (KUBEMINDER_PROBE_PROGRAM), which runs the same commands
// with Qt Network linked, for `probe`.
#include "cli/commandline.h"
#ifdef KUBEMINDER_PROBE_PROGRAM
#include "cli/probecommand.h"
#endif
#include "cli/reportformatter.h"
#include "desktop/programs.h"
#include "kubeconfig/kubeconfigdocument.h"
#include "startup.h"
#include "storage/backupstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QThreadPool>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace {

#ifndef KUBEMINDER_PROBE_PROGRAM
// Replaces this process with `program` (found by Programs; empty when there is none). Returns only
// when that failed, with the reason as an errno value.
int replaceWith(const QString &program, char *const argv[])
{
    if (program.isEmpty())
        return ENOENT;
    ::execv(QFile::encodeName(program).constData(), argv);
    return errno;
}

// `probe` speaks TLS through Qt Network, which only kubeminder-probe links: exec it with the same
// arguments and output. Returns only when that failed.
int handOverProbe(const QStringList &arguments, kubeminder::CommandContext &context)
{
    context.out.flush();
    context.err.flush();
    const QString program = kubeminder::Programs::probe(kubeminder::Programs::self());
    // argv[0] stays what the user typed, for the usage text and messages.
    QList<QByteArray> encoded{QCoreApplication::arguments().value(0).toLocal8Bit()};
    for (const QString &argument : arguments)
        encoded << argument.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const int error = replaceWith(program, argv.data());
    const QString where = program.isEmpty() ? kubeminder::Programs::probeFileName() : program;
    context.err << QCoreApplication::translate("main",
                                               "kubeminder: cannot run the probe (%1: %2). Reinstalling "
                                               "Kubeminder brings it back.")
                       .arg(kubeminder::ReportFormatter::terminalSafe(where),
                            QString::fromLocal8Bit(std::strerror(error)))
                << Qt::endl;
    return 1;
}
#endif

int runCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    kubeminder::startup::describeApplication();
    kubeminder::startup::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    kubeminder::CommandContext context{
        .out = out,
        .err = err,
        .outputIsTerminal = isatty(fileno(stdout)) == 1,
        .noColor = qEnvironmentVariableIsSet("NO_COLOR"),
        .kubeconfigVariable = qEnvironmentVariable("KUBECONFIG"),
        .home = QDir::homePath(),
        .now = [] { return QDateTime::currentDateTimeUtc(); },
        .backupDirectory = kubeminder::BackupStore::defaultDirectory(),
        .readStandardInput =
            [] {
                QFile input;
                if (!input.open(stdin, QIODevice::ReadOnly))
                    return QByteArray();
                // One byte past the largest kubeconfig accepted, so a larger input is refused.
                return input.read(kubeminder::KubeconfigDocument::MaximumFileSize + 1);
            },
    };
#ifdef KUBEMINDER_PROBE_PROGRAM
    const kubeminder::CommandLine::Command probe = &kubeminder::ProbeCommand::run;
#else
    const kubeminder::CommandLine::Command probe = &handOverProbe;
#endif
    const int status = kubeminder::CommandLine::run(app.arguments(), context, probe);
    // Every worker thread ends here, while main still runs, rather than in the static destructors
    // at exit: a pool thread that held OpenSSL's per-thread state (an SSH fetch, a TLS probe) and
    // was still being torn down when LeakSanitizer looked at exit made it report that state as
    // leaked, now and then, on a busy machine.
    QThreadPool::globalInstance()->waitForDone();
    return status;
}

#if defined(KUBEMINDER_HAS_GUI) && !defined(KUBEMINDER_PROBE_PROGRAM)
// The window is a program of its own; exec keeps this process, its arguments and its place in the
// session (the desktop entry and autostart run `kubeminder`). Returns only when that failed.
int openWindow(int argc, char *argv[])
{
    const QString window = kubeminder::Programs::window(kubeminder::Programs::self());
    const int error = replaceWith(window, argv);

    QCoreApplication app(argc, argv);
    kubeminder::startup::describeApplication();
    kubeminder::startup::installTranslations(app);
    const QString where = window.isEmpty() ? kubeminder::Programs::windowFileName() : window;
    const QString message =
        QCoreApplication::translate("main", "kubeminder: cannot open the window (%1: %2). Reinstalling "
                                            "Kubeminder brings it back; every command works without it: "
                                            "kubeminder --help")
            .arg(kubeminder::ReportFormatter::terminalSafe(where),
                 QString::fromLocal8Bit(std::strerror(error)));
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    // First, before any secret is read or typed.
    kubeminder::startup::forbidCoreDumps();
#if defined(KUBEMINDER_HAS_GUI) && !defined(KUBEMINDER_PROBE_PROGRAM)
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!kubeminder::CommandLine::wantsCommand(arguments))
        return openWindow(argc, argv);
#endif
    // A build without the window: everything is a command, and no command gets the usage (exit 3).
    return runCommand(argc, argv);
}
