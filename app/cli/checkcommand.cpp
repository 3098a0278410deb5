#include "checkcommand.h"

#include "commandline.h"
#include "credentials/credentialchecker.h"
#include "kubeconfig/kubeconfigpaths.h"
#include "reportformatter.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace kubeminder {

namespace {
std::optional<int> dayCount(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback,
                            QString *error)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int days = parser.value(option).toInt(&ok);
    if (!ok || days < 0 || days > 36500) {
        *error = CheckCommand::tr("--%1 takes a number of days, not “%2”.")
                     .arg(option.names().constLast(), parser.value(option));
        return std::nullopt;
    }
    return days;
}
} // namespace

int CheckCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows every context of every kubeconfig with how long its credentials have left.\n"
           "Files: --kubeconfig (repeatable), else $KUBECONFIG, else ~/.kube/config.\n"
           "Exit status: 0 all ok, 1 a warning, 2 critical, expired or broken, 3 nothing could be checked."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                        tr("A kubeconfig file to check; repeat to merge several in order."),
                                        tr("FILE"));
    const QCommandLineOption contextOption(QStringLiteral("context"),
                                           tr("Check only this context (repeatable)."), tr("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Output format: table (default), json or prometheus."), tr("FORMAT"),
                                    QStringLiteral("table"));
    const QCommandLineOption warnDays(
        QStringLiteral("warn-days"),
        tr("Warn this many days before expiry (default %1).").arg(ExpiryPolicy::DefaultWarningDays), tr("N"));
    const QCommandLineOption criticalDays(
        QStringLiteral("critical-days"),
        tr("Critical this many days before expiry (default %1).").arg(ExpiryPolicy::DefaultCriticalDays),
        tr("N"));
    parser.addOptions({help, kubeconfig, contextOption, output, warnDays, criticalDays});

    const auto usageError = [&context](const QString &message) {
        context.err << QStringLiteral("kubeminder check: ") << message << Qt::endl;
        return CommandLine::UsageError;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("[options]"),
                                                 QStringLiteral("check [options]"));
        context.out.flush();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    const QString format = parser.value(output);
    if (format != QLatin1String("table") && format != QLatin1String("json") &&
        format != QLatin1String("prometheus"))
        return usageError(tr("unknown output format “%1”; use table, json or prometheus.").arg(format));

    QSettings settings;
    QString error;
    const auto warning = dayCount(
        parser, warnDays,
        settings.value(QStringLiteral("thresholds/warningDays"), ExpiryPolicy::DefaultWarningDays).toInt(),
        &error);
    const auto critical = dayCount(
        parser, criticalDays,
        settings.value(QStringLiteral("thresholds/criticalDays"), ExpiryPolicy::DefaultCriticalDays).toInt(),
        &error);
    if (!warning || !critical)
        return usageError(error);
    if (*critical > *warning)
        return usageError(
            tr("--critical-days (%1) must not be more than --warn-days (%2).").arg(*critical).arg(*warning));

    const KubeconfigPaths::Resolved paths =
        KubeconfigPaths::resolve(parser.values(kubeconfig), context.kubeconfigVariable, context.home);
    KubeconfigSet set = KubeconfigSet::load(paths.files);

    CheckOptions options;
    options.policy = ExpiryPolicy(*warning, *critical);
    options.now = context.now();
    options.onlyContexts = parser.values(contextOption);
    options.missingFilesAreErrors = paths.origin == KubeconfigPaths::Origin::CommandLine;
    for (const QString &name : std::as_const(options.onlyContexts)) {
        if (!set.context(name))
            return usageError(tr("no context named “%1” in the loaded kubeconfig files.").arg(name));
    }
    const CheckReport report = CredentialChecker::check(set, options);
    // The report holds everything left to print. Freeing thousands of YAML nodes takes ~10 ms on a
    // large set, so a worker does it while the output is written.
    (void)QtConcurrent::run([discarded = std::move(set)]() mutable { discarded = {}; });

    if (format == QLatin1String("json")) {
        context.out << ReportFormatter::json(report);
    } else if (format == QLatin1String("prometheus")) {
        context.out << ReportFormatter::prometheus(report);
    } else {
        const bool color = context.outputIsTerminal && !context.noColor;
        context.out << ReportFormatter::table(report, color, context.home);
    }
    context.out.flush();
    if (report.nothingChecked() && format == QLatin1String("table")) {
        context.err << tr("No kubeconfig found. Looked at: %1").arg(paths.files.join(QStringLiteral(", ")))
                    << '\n'
                    << tr("Try “kubeminder demo DIR” to see Kubeminder with example files.") << Qt::endl;
    }
    return report.exitCode();
}

} // namespace kubeminder
