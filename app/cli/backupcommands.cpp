#include "backupcommands.h"

#include "kubeconfig/kubeconfigpaths.h"
#include "kubeconfig/kubeconfigsources.h"
#include "reportformatter.h"
#include "storage/backupjob.h"
#include "support/homepath.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace kubeminder {

namespace {

struct Parsed
{
    QCommandLineParser parser;
    QCommandLineOption kubeconfig{QStringLiteral("kubeconfig"), BackupCommands::tr("The kubeconfig file."),
                                  BackupCommands::tr("FILE")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            BackupCommands::tr("Show this help.")};
};

// Parses the common options; returns an exit code when the command is already finished.
std::optional<int> parse(Parsed &p, const QString &command, const QString &description,
                         const QStringList &arguments, CommandContext &context,
                         const QString &positional = {})
{
    p.parser.setApplicationDescription(description);
    p.parser.addOptions({p.help, p.kubeconfig});
    if (!positional.isEmpty())
        p.parser.addPositionalArgument(positional,
                                       BackupCommands::tr("The backup file (see “kubeminder backups”)."));
    if (!p.parser.parse(arguments)) {
        context.err << QStringLiteral("kubeminder %1: %2").arg(command, p.parser.errorText()) << Qt::endl;
        return ExitUsageError;
    }
    if (p.parser.isSet(p.help)) {
        context.out << p.parser.helpText().replace(QStringLiteral("[options]"),
                                                   command + QStringLiteral(" [options]"));
        context.out.flush();
        return 0;
    }
    const qsizetype wanted = positional.isEmpty() ? 0 : 1;
    if (p.parser.positionalArguments().size() != wanted) {
        context.err << QStringLiteral("kubeminder %1: ").arg(command)
                    << (wanted ? BackupCommands::tr("name one backup file.")
                               : BackupCommands::tr("unexpected argument “%1”.")
                                     .arg(p.parser.positionalArguments().constFirst()))
                    << Qt::endl;
        return ExitUsageError;
    }
    return std::nullopt;
}

std::vector<KubeconfigSources::File> kubeconfigFiles(const Parsed &p, CommandContext &context)
{
    // The files the window backs up too: kubectl's and the ones added to Kubeminder.
    const QStringList explicitFiles = p.parser.values(p.kubeconfig);
    return KubeconfigSources::collect(
        KubeconfigPaths::resolve(explicitFiles, context.kubeconfigVariable, context.home),
        KubeconfigSources::added(QSettings()));
}

} // namespace

int BackupCommands::backup(const QStringList &arguments, CommandContext &context)
{
    Parsed p;
    if (const auto done =
            parse(p, QStringLiteral("backup"),
                  tr("Saves a copy of each kubeconfig file and prints where it went."), arguments, context))
        return *done;
    BackupJob::Setup setup;
    setup.directory = context.backupDirectory;
    setup.retention = RetentionPolicy::fromSettings(QSettings());
    setup.now = context.now();
    for (const KubeconfigSources::File &file : kubeconfigFiles(p, context))
        setup.files.push_back({file.path, file.origin == KubeconfigSources::Origin::CommandLine});
    const BackupJob::Result result = BackupJob(std::move(setup)).run();
    for (const QString &error : result.errors)
        context.err << tr("kubeminder backup: %1").arg(ReportFormatter::terminalSafe(error)) << Qt::endl;
    for (const BackupEntry &entry : result.saved)
        context.out << ReportFormatter::terminalSafe(entry.path) << Qt::endl;
    if (result.attempted == 0) {
        context.err << tr("kubeminder backup: no kubeconfig file to back up.") << Qt::endl;
        return ExitUsageError;
    }
    return result.ok() ? 0 : 1;
}

int BackupCommands::list(const QStringList &arguments, CommandContext &context)
{
    Parsed p;
    if (const auto done =
            parse(p, QStringLiteral("backups"),
                  tr("Lists backups, newest first: when, how many contexts, size, of which file, and the "
                     "backup's path."),
                  arguments, context))
        return *done;
    const BackupStore store(context.backupDirectory);
    QStringList originals;
    if (p.parser.isSet(p.kubeconfig)) {
        for (const QString &file : p.parser.values(p.kubeconfig))
            originals << QFileInfo(file).absoluteFilePath();
    } else {
        originals << QString();
    }
    TextTable table(QStringLiteral("   "));
    table.addRow({tr("CREATED (UTC)"), tr("CONTEXTS"), tr("SIZE"), tr("OF"), tr("BACKUP")});
    int rows = 0;
    for (const QString &original : originals) {
        for (const BackupEntry &entry : store.list(original)) {
            table.addRow({entry.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          QString::number(entry.contexts), QLocale::system().formattedDataSize(entry.size),
                          ReportFormatter::terminalSafe(homeRelativePath(entry.original, context.home)),
                          // Whole and last: the value to paste into `restore`, or to take with awk.
                          ReportFormatter::terminalSafe(entry.path)});
            ++rows;
        }
    }
    if (rows == 0)
        context.err // not on standard output: a script reading the list gets nothing, not a sentence
            << tr("No backups yet: Kubeminder makes one before every write, or run “kubeminder backup”.")
            << Qt::endl;
    else
        context.out << table.render();
    context.out.flush();
    return 0;
}

int BackupCommands::restore(const QStringList &arguments, CommandContext &context)
{
    Parsed p;
    if (const auto done = parse(p, QStringLiteral("restore"),
                                tr("Puts a backup back in place. The current file is backed up first."),
                                arguments, context, QStringLiteral("BACKUP")))
        return *done;
    const RestoreJob::Result restored =
        RestoreJob({p.parser.positionalArguments().constFirst(), p.parser.value(p.kubeconfig),
                    context.backupDirectory, RetentionPolicy::fromSettings(QSettings()), context.now()})
            .run();
    const QString &backupPath = restored.backupPath;
    if (restored.unknownBackup) {
        context.err << tr("kubeminder restore: %1 is not a backup Kubeminder knows; name the file to restore "
                          "with --kubeconfig FILE.")
                           .arg(backupPath)
                    << Qt::endl;
        return ExitUsageError;
    }
    const WriteResult &result = restored.write;
    if (!result.ok) {
        context.err << tr("kubeminder restore: %1").arg(ReportFormatter::terminalSafe(result.error))
                    << Qt::endl;
        return 1;
    }
    context.out << tr("Restored %1 from %2.")
                       .arg(ReportFormatter::terminalSafe(result.writtenPath),
                            ReportFormatter::terminalSafe(backupPath))
                << '\n';
    if (!result.backupPath.isEmpty())
        context.out << tr("The state before the restore is saved as %1.").arg(result.backupPath) << '\n';
    if (result.permissionsTightened)
        context.out
            << tr("%1 was readable by other users; it is now readable by you only.").arg(result.writtenPath)
            << '\n';
    context.out.flush();
    return 0;
}

} // namespace kubeminder
