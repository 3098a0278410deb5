#include "checkcommand.h"

#include "credentials/checkjob.h"
#include "credentials/thresholdsettings.h"
#include "kubeconfig/kubeconfigpaths.h"
#include "kubeconfig/kubeconfigsources.h"
#include "reportformatter.h"
#include "support/shellword.h"
#include "transfer/importsourceregistry.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QThreadPool>

#include <memory>

namespace kubeminder {

namespace {

// The command that fixes each credential that runs out, as the user types it: `refresh` when
// Kubeminder remembers where it came from, else the import that would remember it.
QHash<QString, QString> nextSteps(const CheckReport &report, QSettings &settings)
{
    QHash<QString, QString> steps;
    const ImportSourceRegistry registry(settings);
    for (const ContextReport &c : report.contexts) {
        const Status status = c.credential.status;
        if (status != Status::Expired && status != Status::Critical && status != Status::Warning)
            continue;
        const QString name = shellWord(c.name);
        if (registry.find(c.name)) {
            steps.insert(c.name, QStringLiteral("kubeminder refresh %1").arg(name));
            continue;
        }
        // Without a record, the likely source (the server over SSH) rather than a placeholder.
        const std::optional<ImportSource> likely = ImportSource::suggestedFor(c);
        QString command = QStringLiteral("kubeminder import ") +
                          (likely ? shellWord(likely->location) : QStringLiteral("SOURCE"));
        if (likely && likely->preset != QLatin1String("k3s"))
            command += QStringLiteral(" --preset ") + likely->preset;
        steps.insert(c.name, command + QStringLiteral(" --name ") + name);
    }
    return steps;
}

} // namespace

namespace {

/// A threshold and where it came from, so an error can say which one to change.
struct Threshold
{
    enum class Source { Option, Setting, Default };
    int days = 0;
    Source source = Source::Default;
    QString option;     ///< "warn-days"
    QString settingKey; ///< "thresholds/warningDays"
};

QString prefixed(const QString &message)
{
    return CheckCommand::tr("kubeminder check: %1").arg(message);
}

QString sourceText(const Threshold &threshold)
{
    switch (threshold.source) {
    case Threshold::Source::Option:
        return CheckCommand::tr("from --%1").arg(threshold.option);
    case Threshold::Source::Setting:
        return CheckCommand::tr("from the saved setting %1").arg(threshold.settingKey);
    case Threshold::Source::Default:
        break;
    }
    return CheckCommand::tr("the default");
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
        context.err << prefixed(message) << Qt::endl;
        return ExitUsageError;
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

    Threshold warning{.days = ExpiryPolicy::DefaultWarningDays,
                      .option = QStringLiteral("warn-days"),
                      .settingKey = ThresholdSettings::warningKey()};
    Threshold critical{.days = ExpiryPolicy::DefaultCriticalDays,
                       .option = QStringLiteral("critical-days"),
                       .settingKey = ThresholdSettings::criticalKey()};
    for (Threshold *threshold : {&warning, &critical}) {
        if (!parser.isSet(threshold->option))
            continue;
        const QString text = parser.value(threshold->option);
        const auto days = ThresholdSettings::parseDays(text);
        if (!days)
            return usageError(tr("--%1 takes a number of days from 0 to %2, not “%3”.")
                                  .arg(threshold->option)
                                  .arg(ThresholdSettings::MaximumDays)
                                  .arg(text));
        threshold->days = *days;
        threshold->source = Threshold::Source::Option;
    }
    QSettings settings;
    const ThresholdSettings::Saved saved = ThresholdSettings::read(settings);
    for (const QString &problem : saved.problems)
        context.err << prefixed(problem) << Qt::endl;
    if (warning.source != Threshold::Source::Option) {
        warning.days = saved.warningDays;
        warning.source = saved.warningSaved ? Threshold::Source::Setting : Threshold::Source::Default;
    }
    if (critical.source != Threshold::Source::Option) {
        critical.days = saved.criticalDays;
        critical.source = saved.criticalSaved ? Threshold::Source::Setting : Threshold::Source::Default;
    }
    // Saved values agree with each other (read() made sure), so a conflict involves an option.
    if (critical.days > warning.days) {
        QString message =
            tr("the critical threshold, %1 days (%2), is more than the warning threshold, %3 days (%4). "
               "Pass --critical-days %3 or less, or --warn-days %1 or more.")
                .arg(QString::number(critical.days), sourceText(critical), QString::number(warning.days),
                     sourceText(warning));
        if (warning.source == Threshold::Source::Setting || critical.source == Threshold::Source::Setting)
            message += QLatin1Char(' ') + tr("The saved settings are in %1.").arg(settings.fileName());
        return usageError(message);
    }

    const KubeconfigPaths::Resolved paths =
        KubeconfigPaths::resolve(parser.values(kubeconfig), context.kubeconfigVariable, context.home);
    CheckJob::Setup setup;
    setup.paths = paths;
    // The files added to Kubeminder too, so the command and the window report the same contexts.
    setup.added = KubeconfigSources::added(settings);
    setup.options.policy = ExpiryPolicy(warning.days, critical.days);
    setup.options.now = context.now();
    setup.options.onlyContexts = parser.values(contextOption);
    // A report, no edit: files in the common layout are read without a YAML tree.
    setup.detail = KubeconfigDocument::Detail::Entries;
    CheckJob::Result checked = CheckJob(std::move(setup)).run();
    if (!checked.unknownContexts.isEmpty())
        return usageError(checked.unknownContextError());
    const CheckReport report = std::move(checked.report);
    // What x509-certificate-exporter would report for these files: read only for that output.
    const EmbeddedCertificates certificates = format == QLatin1String("prometheus")
                                                  ? EmbeddedCertificates::collect(checked.set)
                                                  : EmbeddedCertificates();
    // The report holds everything left to print. Freeing thousands of YAML nodes takes ~10 ms on a
    // large set, so a worker does it while the output is written; a small set is freed on return,
    // cheaper than starting a thread.
    if (report.contexts.size() >= 100)
        QThreadPool::globalInstance()->start([discarded = std::make_shared<KubeconfigSet>(
                                                  std::move(checked.set))]() mutable { discarded.reset(); });

    if (format == QLatin1String("json")) {
        ReportFormatter::writeJson(report, context.out);
    } else if (format == QLatin1String("prometheus")) {
        context.out << ReportFormatter::prometheus(report, certificates);
    } else {
        const bool color = context.outputIsTerminal && !context.noColor;
        context.out << ReportFormatter::table(report, color, context.home, nextSteps(report, settings));
    }
    context.out.flush();
    if (report.nothingChecked() && format == QLatin1String("table")) {
        context.err << tr("No kubeconfig found. Looked at: %1")
                           .arg(ReportFormatter::terminalSafe(paths.files.join(QStringLiteral(", "))))
                    << '\n'
                    << tr("Try “kubeminder demo DIR” to see Kubeminder with example files.") << Qt::endl;
    }
    return report.exitCode();
}

} // namespace kubeminder
