#include "democommand.h"

#include "demo/demoset.h"

#include <QCommandLineParser>
#include <QDir>

namespace kubeminder {

int DemoCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a demo set of kubeconfig files whose credentials expire at varied "
           "dates, for trying Kubeminder without touching your own."));
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 tr("Folder to write the files into (created if needed)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return ExitUsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("[options]"),
                                                 QStringLiteral("demo [options]"));
        context.out.flush();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err
            << tr("kubeminder demo: name one folder, for example: kubeminder demo /tmp/kubeminder-demo")
            << Qt::endl;
        return ExitUsageError;
    }
    QString error;
    const QStringList files =
        DemoSet::write(parser.positionalArguments().constFirst(), context.now(), &error);
    if (files.isEmpty()) {
        context.err << tr("kubeminder demo: %1").arg(error) << Qt::endl;
        return 1;
    }
    for (const QString &file : files)
        context.out << file << '\n';
    context.out.flush();
    // The hint goes to stderr so that stdout stays a plain list of paths for scripts.
    context.err << tr("Try it: KUBECONFIG=%1 kubeminder check").arg(files.join(QDir::listSeparator()))
                << Qt::endl;
    return 0;
}

} // namespace kubeminder
