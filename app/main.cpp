#include "cli/commandline.h"
#include "mainwindow.h" // from kubeminder_ui

#include <QApplication>
#include <QDateTime>
#include <QDir>

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
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (kubeminder::CommandLine::wantsCommand(arguments)) {
        // Commands need no display: a plain QCoreApplication keeps them usable over SSH and in cron.
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
        };
        return kubeminder::CommandLine::run(app.arguments(), context);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Kubeminder"));
    QApplication::setDesktopFileName(QStringLiteral("io.kubeminder.Kubeminder"));
    kubeminder::MainWindow window;
    window.show();
    window.reload();
    return app.exec();
}
