#include "backupcommands.h"

#include "kubeconfig/kubeconfigpaths.h"
#include "kubeconfig/kubeconfigsources.h"
#include "reportformatter.h"
#include "storage/backupjob.h"
#include "support/homepath.h"
#include "support/timetext.h"
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
    QCommandLineOption dryRun{QStringLiteral("dry-run"),
                              BackupCommands::tr("Show what the restore would change; write nothing.")};
};

// Parses the common options; returns an exit code when the command is already finished.
std::optional<int> parse(Parsed &p, const QString &command, const QString &description,
                         const QStringList &arguments, CommandContext &context,
                         const QString &positional = {}, const QList<QCommandLineOption> &more = {})
{
    p.parser.setApplicationDescription(description);
    p.parser.addOptions(QList<QCommandLineOption>{p.help, p.kubeconfig} + more);
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

// A backup from before reasons were recorded gets the dash other tables use for "nothing known".
QString reasonText(const BackupReason &reason)
{
    const QString text = reason.describe(&TimeText::dateTime);
    return text.isEmpty() ? QStringLiteral("-") : text;
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
                  tr("Lists backups, newest first: when, how many contexts, size, why it was taken, of "
                     "which file, and the backup's path."),
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
    table.addRow({tr("CREATED (UTC)"), tr("CONTEXTS"), tr("SIZE"), tr("REASON"), tr("OF"), tr("BACKUP")});
    int rows = 0;
    for (const QString &original : originals) {
        for (const BackupEntry &entry : store.list(original)) {
            table.addRow({entry.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          QString::number(entry.contexts), QLocale::system().formattedDataSize(entry.size),
                          ReportFormatter::terminalSafe(reasonText(entry.reason)),
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
                                tr("Puts a backup back in place, after saying what that changes: which "
                                   "contexts are added or removed and whose credentials change, with their "
                                   "expiry before and after. The current file is backed up first."),
                                arguments, context, QStringLiteral("BACKUP"), {p.dryRun}))
        return *done;
    const QString backupPath = QFileInfo(p.parser.positionalArguments().constFirst()).absoluteFilePath();
    RestoreJob job({backupPath, p.parser.value(p.kubeconfig), context.backupDirectory,
                    RetentionPolicy::fromSettings(QSettings()), context.now()});
    const auto fail = [&context](const QString &error) {
        context.err << tr("kubeminder restore: %1").arg(ReportFormatter::terminalSafe(error)) << Qt::endl;
        return 1;
    };

    // What will change comes first, so the lines a script or a person reads before the write are
    // the ones the window asks with.
    const RestoreJob::Preview preview = job.preview();
    if (preview.unknownBackup) {
        context.err << tr("kubeminder restore: %1 is not a backup Kubeminder knows; name the file to restore "
                          "with --kubeconfig FILE.")
                           .arg(backupPath)
                    << Qt::endl;
        return ExitUsageError;
    }
    if (!preview.ok())
        return fail(preview.error);
    const bool dryRun = p.parser.isSet(p.dryRun);
    const QString target = ReportFormatter::terminalSafe(preview.target);
    context.out << (dryRun ? tr("What a restore would change in %1:").arg(target)
                           : tr("What the restore changes in %1:").arg(target))
                << '\n';
    for (const QString &line : preview.changes.describe(&TimeText::dateTime))
        context.out << QStringLiteral("  ") << ReportFormatter::terminalSafe(line) << '\n';
    context.out.flush();
    if (dryRun)
        return 0;

    const RestoreJob::Result restored = job.run();
    const WriteResult &result = restored.write;
    if (!result.ok)
        return fail(result.error);
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
