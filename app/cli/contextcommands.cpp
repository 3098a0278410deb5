#include "contextcommands.h"

#include "kubeconfig/kubeconfigset.h"
#include "kubeconfig/kubeconfigsources.h"
#include "reportformatter.h"
#include "storage/backupstore.h"
#include "storage/currentcontextwriter.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace kubeminder {

namespace {

QString originText(const KubeconfigSources::File &file)
{
    switch (file.origin) {
    case KubeconfigSources::Origin::CommandLine:
        return ContextCommands::tr("--kubeconfig");
    case KubeconfigSources::Origin::Environment:
        return ContextCommands::tr("KUBECONFIG");
    case KubeconfigSources::Origin::Default:
        return ContextCommands::tr("default");
    case KubeconfigSources::Origin::Added:
        return ContextCommands::tr("added");
    case KubeconfigSources::Origin::AddedFolder:
        return ContextCommands::tr("in folder");
    }
    return {};
}

QString table(const QList<QStringList> &rows)
{
    // Paths and load errors come from the files: filtered for the terminal like every output.
    TextTable table;
    for (QStringList row : rows) {
        for (QString &cell : row)
            cell = ReportFormatter::terminalSafe(cell);
        table.addRow(row);
    }
    return table.render();
}

int listFiles(CommandContext &context, const QStringList &explicitFiles)
{
    const auto files = KubeconfigSources::collect(
        KubeconfigPaths::resolve(explicitFiles, context.kubeconfigVariable, context.home),
        KubeconfigSources::added(QSettings()));
    const KubeconfigSet set = KubeconfigSet::load(KubeconfigSources::paths(files));
    QList<QStringList> rows{{ContextCommands::tr("ORIGIN"), ContextCommands::tr("STATUS"),
                             ContextCommands::tr("CONTEXTS"), ContextCommands::tr("FILE")}};
    QStringList errors;
    bool anyBroken = false;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const KubeconfigDocument &doc = set.documents()[i];
        const bool usable = doc.status() == KubeconfigDocument::Status::Ok ||
                            doc.status() == KubeconfigDocument::Status::Empty;
        rows << QStringList{originText(files[i]), KubeconfigDocument::statusName(doc.status()),
                            usable ? QString::number(doc.contexts().size()) : QStringLiteral("-"),
                            ReportFormatter::terminalSafe(files[i].path)};
        if (doc.status() == KubeconfigDocument::Status::Error) {
            anyBroken = true;
            errors << ReportFormatter::terminalSafe(doc.error());
        }
    }
    context.out << table(rows);
    const QStringList added = KubeconfigSources::added(QSettings());
    if (!added.isEmpty() && explicitFiles.isEmpty()) {
        context.out << '\n'
                    << ContextCommands::tr("Added to Kubeminder (kubectl does not read these):") << '\n';
        for (const QString &path : added) {
            const QFileInfo info(path);
            context.out << "  " << ReportFormatter::terminalSafe(path)
                        << (info.isDir()     ? ContextCommands::tr(" (folder)")
                            : !info.exists() ? ContextCommands::tr(" (missing)")
                                             : QString())
                        << '\n';
        }
    }
    context.out.flush();
    for (const QString &error : std::as_const(errors))
        context.err << ReportFormatter::terminalSafe(error) << '\n';
    context.err.flush();
    return anyBroken ? 1 : 0;
}

} // namespace

int ContextCommands::files(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the kubeconfig files Kubeminder reads: kubectl's (KUBECONFIG or ~/.kube/config), then "
           "the files and folders added to Kubeminder. “files add PATH...” adds files or folders (every "
           "kubeconfig directly in a folder is read), “files remove PATH...” forgets them."));
    parser.addPositionalArgument(QStringLiteral("add|remove"), tr("Add or remove files or folders."),
                                 QStringLiteral("[add|remove PATH...]"));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"), tr("List only this file."), tr("FILE"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({kubeconfig, help});
    const auto usageError = [&context](const QString &message) {
        context.err << tr("kubeminder files: %1").arg(message) << Qt::endl;
        return ExitUsageError;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("[options]"),
                                                 QStringLiteral("files [options]"));
        context.out.flush();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return listFiles(context, parser.values(kubeconfig));

    const QString action = positional.constFirst();
    const QStringList paths = positional.mid(1);
    if (action != QLatin1String("add") && action != QLatin1String("remove"))
        return usageError(
            tr("unknown action “%1”: use add or remove.").arg(ReportFormatter::terminalSafe(action)));
    if (paths.isEmpty())
        return usageError(tr("name at least one file or folder to %1.").arg(action));
    QSettings settings;
    QStringList added = KubeconfigSources::added(settings);
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString absolute = QDir::cleanPath(info.absoluteFilePath());
        const QString shown = ReportFormatter::terminalSafe(absolute);
        if (action == QLatin1String("add")) {
            if (!info.exists())
                return usageError(tr("%1 does not exist; nothing was added.").arg(shown));
            if (added.contains(absolute)) {
                context.out << tr("%1 is already added.").arg(shown) << '\n';
                continue;
            }
            added << absolute;
            context.out << (info.isDir() ? tr("Added the folder %1.") : tr("Added %1.")).arg(shown) << '\n';
        } else {
            if (!added.removeOne(absolute))
                return usageError(
                    tr("%1 is not among the added files and folders; nothing was removed.").arg(shown));
            context.out << tr("Removed %1 (the file itself is untouched).").arg(shown) << '\n';
        }
    }
    KubeconfigSources::setAdded(settings, added);
    settings.sync();
    context.out.flush();
    if (settings.status() != QSettings::NoError) {
        context.err << tr("kubeminder files: could not save %1.").arg(settings.fileName()) << Qt::endl;
        return 1;
    }
    return 0;
}

int ContextCommands::use(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes CONTEXT kubectl's current context, like “kubectl config use-context”, with a backup "
           "and a checked, atomic write."));
    parser.addPositionalArgument(QStringLiteral("CONTEXT"), tr("The context to use."));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"), tr("The kubeconfig file."), tr("FILE"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({kubeconfig, help});
    if (!parser.parse(arguments)) {
        context.err << tr("kubeminder use: %1").arg(parser.errorText()) << Qt::endl;
        return ExitUsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("[options]"),
                                                 QStringLiteral("use [options]"));
        context.out.flush();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("kubeminder use: name one context.") << Qt::endl;
        return ExitUsageError;
    }
    const QString name = parser.positionalArguments().constFirst();
    const WriteResult result =
        UseContextJob(
            {KubeconfigPaths::resolve(parser.values(kubeconfig), context.kubeconfigVariable, context.home),
             name, context.backupDirectory, RetentionPolicy::fromSettings(QSettings()), context.now()})
            .run()
            .write;
    if (!result.ok) {
        context.err << tr("kubeminder use: %1").arg(ReportFormatter::terminalSafe(result.error)) << Qt::endl;
        return 1;
    }
    context.out << tr("Switched to context “%1” (in %2).")
                       .arg(ReportFormatter::terminalSafe(name),
                            ReportFormatter::terminalSafe(result.writtenPath))
                << '\n';
    if (!result.layoutKept)
        context.out << ReportFormatter::terminalSafe(result.layoutNote) << '\n';
    context.out.flush();
    return 0;
}

} // namespace kubeminder
