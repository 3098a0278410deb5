// kubeminder: the one command people type. With a command it runs it, on Qt Core alone (no Gui,
// Widgets or D-Bus: a command starts in milliseconds, over SSH and in cron); without one it
// replaces itself with the window program (core/desktop/programs).
#include "cli/commandline.h"
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

namespace {

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
    const int status = kubeminder::CommandLine::run(app.arguments(), context);
    // Every worker thread ends here, while main still runs, rather than in the static destructors
    // at exit: a pool thread that held OpenSSL's per-thread state (an SSH fetch, a TLS probe) and
    // was still being torn down when LeakSanitizer looked at exit made it report that state as
    // leaked, now and then, on a busy machine.
    QThreadPool::globalInstance()->waitForDone();
    return status;
}

#ifdef KUBEMINDER_HAS_GUI
// The window is a program of its own; exec keeps this process, its arguments and its place in the
// session (the desktop entry and autostart run `kubeminder`). Returns only when that failed.
int openWindow(int argc, char *argv[])
{
    const QString window = kubeminder::Programs::window(kubeminder::Programs::self());
    int error = ENOENT;
    if (!window.isEmpty()) {
        ::execv(QFile::encodeName(window).constData(), argv);
        error = errno;
    }

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
#ifdef KUBEMINDER_HAS_GUI
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!kubeminder::CommandLine::wantsCommand(arguments))
        return openWindow(argc, argv);
#endif
    // A build without the window: everything is a command, and no command gets the usage (exit 3).
    return runCommand(argc, argv);
}
