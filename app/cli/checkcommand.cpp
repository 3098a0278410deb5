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

constexpr int MaximumDays = 36500;

/// A threshold and where it came from, so an error can say which one to change.
struct Threshold
{
    enum class Source { Option, Setting, Default };
    int days = 0;
    Source source = Source::Default;
    QString option;     ///< "warn-days"
    QString settingKey; ///< "thresholds/warningDays"
};

std::optional<int> parseDays(const QString &text)
{
    bool ok = false;
    const int days = text.toInt(&ok);
    if (!ok || days < 0 || days > MaximumDays)
        return std::nullopt;
    return days;
}

QString prefixed(const QString &message)
{
    return CheckCommand::tr("kubeminder check: %1").arg(message);
}

// The saved value when it is a sensible number of days, else the default with a warning: the
// settings file is hand-editable, and a typo there should not stop every check.
Threshold savedThreshold(const QSettings &settings, Threshold threshold, CommandContext &context)
{
    if (!settings.contains(threshold.settingKey))
        return threshold;
    const QString text = settings.value(threshold.settingKey).toString();
    if (const auto days = parseDays(text)) {
        threshold.days = *days;
        threshold.source = Threshold::Source::Setting;
        return threshold;
    }
    context.err << prefixed(CheckCommand::tr("ignoring the saved setting %1 (“%2”) in %3: it is not a "
                                             "number of days from 0 to %4. Using the default, %5.")
                                .arg(threshold.settingKey, text, settings.fileName(),
                                     QString::number(MaximumDays), QString::number(threshold.days)))
                << Qt::endl;
    return threshold;
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

    Threshold warning{.days = ExpiryPolicy::DefaultWarningDays,
                      .option = QStringLiteral("warn-days"),
                      .settingKey = QStringLiteral("thresholds/warningDays")};
    Threshold critical{.days = ExpiryPolicy::DefaultCriticalDays,
                       .option = QStringLiteral("critical-days"),
                       .settingKey = QStringLiteral("thresholds/criticalDays")};
    for (Threshold *threshold : {&warning, &critical}) {
        if (!parser.isSet(threshold->option))
            continue;
        const QString text = parser.value(threshold->option);
        const auto days = parseDays(text);
        if (!days)
            return usageError(tr("--%1 takes a number of days from 0 to %2, not “%3”.")
                                  .arg(threshold->option)
                                  .arg(MaximumDays)
                                  .arg(text));
        threshold->days = *days;
        threshold->source = Threshold::Source::Option;
    }
    const QSettings settings;
    for (Threshold *threshold : {&warning, &critical}) {
        if (threshold->source != Threshold::Source::Option)
            *threshold = savedThreshold(settings, *threshold, context);
    }
    if (critical.days > warning.days) {
        const bool fromOption =
            warning.source == Threshold::Source::Option || critical.source == Threshold::Source::Option;
        if (fromOption) {
            QString message =
                tr("the critical threshold, %1 days (%2), is more than the warning threshold, %3 days (%4). "
                   "Pass --critical-days %3 or less, or --warn-days %1 or more.")
                    .arg(QString::number(critical.days), sourceText(critical), QString::number(warning.days),
                         sourceText(warning));
            if (warning.source == Threshold::Source::Setting || critical.source == Threshold::Source::Setting)
                message += QLatin1Char(' ') + tr("The saved settings are in %1.").arg(settings.fileName());
            return usageError(message);
        }
        // Only saved settings (and defaults) disagree: nothing on this command line to fix.
        context.err << prefixed(
                           tr("ignoring the saved thresholds in %1: the critical threshold, %2 days (%3), "
                              "is more than the warning threshold, %4 days (%5). Using the defaults, "
                              "%6 and %7 days.")
                               .arg(settings.fileName(), QString::number(critical.days), sourceText(critical),
                                    QString::number(warning.days), sourceText(warning),
                                    QString::number(ExpiryPolicy::DefaultWarningDays),
                                    QString::number(ExpiryPolicy::DefaultCriticalDays)))
                    << Qt::endl;
        warning.days = ExpiryPolicy::DefaultWarningDays;
        critical.days = ExpiryPolicy::DefaultCriticalDays;
    }

    const KubeconfigPaths::Resolved paths =
        KubeconfigPaths::resolve(parser.values(kubeconfig), context.kubeconfigVariable, context.home);
    KubeconfigSet set = KubeconfigSet::load(paths.files);

    CheckOptions options;
    options.policy = ExpiryPolicy(warning.days, critical.days);
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
        context.err << tr("No kubeconfig found. Looked at: %1")
                           .arg(ReportFormatter::terminalSafe(paths.files.join(QStringLiteral(", "))))
                    << '\n'
                    << tr("Try “kubeminder demo DIR” to see Kubeminder with example files.") << Qt::endl;
    }
    return report.exitCode();
}

} // namespace kubeminder
