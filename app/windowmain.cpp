// kubeminder-window: the window and the tray. Started by `kubeminder` without a command (which
// replaces itself with this program, keeping its arguments); commands never load it.
#include "appicon.h"
#include "colorscheme.h"
#include "desktop/singleinstance.h"
#include "desktopshell.h"
#include "startup.h"
#include "trayicon.h"

#include <QApplication>
#include <QDBusConnection>
#include <QThreadPool>

int main(int argc, char *argv[])
{
    // Again: execve reset the flag `kubeminder` set (see forbidCoreDumps()).
    kubeminder::startup::forbidCoreDumps();

    QApplication app(argc, argv);
    kubeminder::startup::describeApplication();
    kubeminder::startup::installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Kubeminder"));
    QApplication::setDesktopFileName(QStringLiteral("io.kubeminder.Kubeminder"));
    QApplication::setWindowIcon(kubeminder::AppIcon::icon());
    const QStringList arguments = QCoreApplication::arguments();

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
    // Every worker thread ends while main still runs, rather than in the static destructors at exit:
    // a pool thread that held OpenSSL's per-thread state (an SSH fetch, a TLS probe) and was still
    // being torn down when LeakSanitizer looked at exit made it report that state as leaked, now
    // and then, on a busy machine.
    QThreadPool::globalInstance()->waitForDone();
    return status;
}
