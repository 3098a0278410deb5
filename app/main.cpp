#include "cli/commandline.h"
#include "kubeconfig/kubeconfigdocument.h"
#include "storage/backupstore.h"
#ifdef KUBEMINDER_HAS_GUI
#include "appicon.h" // from kubeminder_ui
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

#include <cstdio>
#include <unistd.h>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kubeminder"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kubeminder.io"));
    QCoreApplication::setApplicationName(QStringLiteral("kubeminder"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KUBEMINDER_VERSION));
}

// Commands need no display: a plain QCoreApplication keeps them usable over SSH and in cron.
int runCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
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
    return kubeminder::CommandLine::run(app.arguments(), context);
}
} // namespace

int main(int argc, char *argv[])
{
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
    QApplication::setApplicationDisplayName(QStringLiteral("Kubeminder"));
    QApplication::setDesktopFileName(QStringLiteral("io.kubeminder.Kubeminder"));
    QApplication::setWindowIcon(kubeminder::AppIcon::icon());

    // One instance per user: a second launch hands its arguments to the first and ends.
    kubeminder::SingleInstance instance;
    if (!instance.tryBecomePrimary() && instance.sendToPrimary(arguments))
        return 0;

    kubeminder::DesktopShell shell({.minimized = arguments.contains(QStringLiteral("--minimized")),
                                    .trayAvailable = kubeminder::TrayIcon::isAvailable()},
                                   QDBusConnection::sessionBus());
    QObject::connect(&instance, &kubeminder::SingleInstance::messageReceived, &shell,
                     &kubeminder::DesktopShell::handleSecondLaunch);
    shell.start();
    return app.exec();
#endif
}
