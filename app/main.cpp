#include "cli/commandline.h"
#include "kubeconfig/kubeconfigdocument.h"
#include "storage/backupstore.h"
#ifdef KUBEMINDER_HAS_GUI
#include "appicon.h" // from kubeminder_ui
#include "colorscheme.h"
#include "desktop/singleinstance.h"
#include "desktopshell.h"
#include "trayicon.h"

#include <QApplication>
#include <QDBusConnection>
#endif

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QThreadPool>
#include <QTranslator>

#include <cstdio>
#include <unistd.h>

// Release builds make no core dumps (see forbidCoreDumps()). Debug and sanitizer builds keep them,
// and keep debuggers working. GCC says -fsanitize=address with a macro, clang with a feature.
#if defined(__SANITIZE_ADDRESS__)
#define KUBEMINDER_SANITIZED
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KUBEMINDER_SANITIZED
#endif
#endif
#if defined(NDEBUG) && !defined(KUBEMINDER_SANITIZED) && defined(Q_OS_LINUX)
#define KUBEMINDER_FORBID_CORE_DUMPS
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace {
// A core dump is a copy of the process's memory: decrypted private keys, tokens, and the SSH and
// sudo passwords typed into Kubeminder, written to a file or handed to a crash collector. So a
// release build makes none. RLIMIT_CORE 0 stops core files; PR_SET_DUMPABLE 0 also stops a
// core_pattern pipe (systemd-coredump, apport), which the kernel starts whatever RLIMIT_CORE says.
// The price: the same user can no longer attach a debugger or strace (ptrace), and /proc/<pid>
// files become root's; that is why debug and sanitizer builds keep both. The limit is inherited by
// what Kubeminder starts (exec plugins, ssh); the dumpable flag is not (execve resets it).
void forbidCoreDumps()
{
#ifdef KUBEMINDER_FORBID_CORE_DUMPS
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kubeminder"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kubeminder.io"));
    QCoreApplication::setApplicationName(QStringLiteral("kubeminder"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KUBEMINDER_VERSION));
}

// The user's language, from LANG / LC_ALL / LC_MESSAGES: Kubeminder's own catalogue (embedded)
// and Qt's (the system's qtbase_<lang>.qm, for standard buttons and dialogs). English needs none.
void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("kubeminder"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

// Commands need no display: a plain QCoreApplication keeps them usable over SSH and in cron.
int runCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    installTranslations(app);
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
} // namespace

int main(int argc, char *argv[])
{
    // First, before any secret is read or typed.
    forbidCoreDumps();
#ifndef KUBEMINDER_HAS_GUI
    // A build without the window: everything is a command, and no command gets the usage (exit 3).
    return runCommand(argc, argv);
#else
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (kubeminder::CommandLine::wantsCommand(arguments))
        return runCommand(argc, argv);

    QApplication app(argc, argv);
    describeApplication();
    installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Kubeminder"));
    QApplication::setDesktopFileName(QStringLiteral("io.kubeminder.Kubeminder"));
    QApplication::setWindowIcon(kubeminder::AppIcon::icon());

    // One instance per user: a second launch hands its arguments to the first and ends.
    kubeminder::SingleInstance instance;
    if (!instance.tryBecomePrimary() && instance.sendToPrimary(arguments))
        return 0;
    // Only the instance that shows a window asks the desktop for its colour scheme.
    kubeminder::ColorScheme::apply(app, kubeminder::ColorScheme::preference(QDBusConnection::sessionBus()));

    kubeminder::DesktopShell shell({.minimized = arguments.contains(QStringLiteral("--minimized")),
                                    .trayAvailable = kubeminder::TrayIcon::isAvailable()},
                                   QDBusConnection::sessionBus());
    QObject::connect(&instance, &kubeminder::SingleInstance::messageReceived, &shell,
                     &kubeminder::DesktopShell::handleSecondLaunch);
    shell.start();
    const int status = app.exec();
    QThreadPool::globalInstance()->waitForDone(); // as runCommand() does, for the same reason
    return status;
#endif
}
