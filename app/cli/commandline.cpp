#include "commandline.h"

#include "backupcommands.h"
#include "checkcommand.h"
#include "contextcommands.h"
#include "democommand.h"
#include "desktop/about.h"
#include "importcommand.h"
#include "reportformatter.h"
#include "settingscommand.h"

namespace kubeminder {

namespace {
QString usage()
{
#ifdef KUBEMINDER_HAS_GUI
    const QString withoutCommand =
        CommandLine::tr("Without a command, opens the Kubeminder window; with --minimized it starts in the "
                        "system tray. A second launch shows the running one.");
#else
    const QString withoutCommand = CommandLine::tr("This build has no window: give a command.");
#endif
    return CommandLine::tr(
               "Usage: kubeminder [COMMAND] [OPTIONS]\n"
               "\n"
               "%1\n"
               "\n"
               "Commands:\n"
               "  check     Show every context of every kubeconfig with its credential expiry\n"
               "  probe     Ask each API server whether it accepts the credentials, and why not\n"
               "  import    Refresh or add a context from a fresh kubeconfig (e.g. K3s's k3s.yaml)\n"
               "  refresh   Repeat the import that last refreshed a context\n"
               "  backup    Back up the kubeconfig files and print where the copies went\n"
               "  backups   List backups, newest first\n"
               "  restore   Put a backup back in place\n"
               "  use       Make a context kubectl's current context (with a backup)\n"
               "  files     List the kubeconfig files read; add or remove files and folders\n"
               "  settings  List, read or change the settings (thresholds, backups, notifications)\n"
               "  demo      Write a demo set of kubeconfig files into a folder\n"
               "\n"
               "Run “kubeminder COMMAND --help” for the options of a command.\n")
        .arg(withoutCommand);
}
} // namespace

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return !first.startsWith(QLatin1Char('-')) || first == QLatin1String("--help") ||
           first == QLatin1String("-h") || first == QLatin1String("--version") ||
           first == QLatin1String("-v");
}

int CommandLine::run(const QStringList &arguments, CommandContext &context, Command probe)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (command.isEmpty()) {
        // Only reached without a window to open (a build without the GUI).
        context.err << usage();
        context.err.flush();
        return ExitUsageError;
    }
    if (command == QLatin1String("check"))
        return CheckCommand::run(rest, context);
    if (command == QLatin1String("probe"))
        return probe(rest, context);
    if (command == QLatin1String("import"))
        return ImportCommand::import(rest, context);
    if (command == QLatin1String("refresh"))
        return ImportCommand::refresh(rest, context);
    if (command == QLatin1String("backup"))
        return BackupCommands::backup(rest, context);
    if (command == QLatin1String("backups"))
        return BackupCommands::list(rest, context);
    if (command == QLatin1String("restore"))
        return BackupCommands::restore(rest, context);
    if (command == QLatin1String("use"))
        return ContextCommands::use(rest, context);
    if (command == QLatin1String("files"))
        return ContextCommands::files(rest, context);
    if (command == QLatin1String("settings"))
        return SettingsCommand::run(rest, context);
    if (command == QLatin1String("demo"))
        return DemoCommand::run(rest, context);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        context.out << "kubeminder " << About::version() << '\n'
                    << About::librariesLine() << '\n'
                    << CommandLine::tr("Licence: %1. %2").arg(About::licence(), About::homepage())
                    << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        context.out << usage();
        context.out.flush();
        return 0;
    }
    context.err << tr("kubeminder: unknown command “%1”.").arg(ReportFormatter::terminalSafe(command))
                << "\n\n"
                << usage();
    context.err.flush();
    return ExitUsageError;
}

} // namespace kubeminder
