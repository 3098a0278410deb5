#include "probecommand.h"

#include "credentials/thresholdsettings.h"
#include "jsonwriter.h"
#include "kubeconfig/kubeconfigsources.h"
#include "probe/probejob.h"
#include "reportformatter.h"
#include "texttable.h"
#include "transfer/importsourceregistry.h"

#include <QCommandLineParser>
#include <QSettings>

namespace kubeminder {

namespace {

QString table(const std::vector<ProbeResult> &results, bool color)
{
    TextTable table;
    table.addRow({ProbeCommand::tr("CONTEXT"), ProbeCommand::tr("RESULT"), ProbeCommand::tr("WHY")});
    for (const ProbeResult &r : results) {
        const QString code = r.outcome == ProbeResult::Outcome::Ok          ? QStringLiteral("32")
                             : r.outcome == ProbeResult::Outcome::NotProbed ? QStringLiteral("90")
                             : r.outcome == ProbeResult::Outcome::Forbidden ? QStringLiteral("33")
                                                                            : QStringLiteral("31");
        const bool both = r.expiryBehindAnotherFailure();
        table.addRow(
            {ReportFormatter::terminalSafe(r.context),
             both ? probeOutcomeName(r.outcome) + QStringLiteral(" + expired") : probeOutcomeName(r.outcome),
             ReportFormatter::terminalSafe(r.message)},
            color ? QStringList{QString(), code} : QStringList());
    }
    return table.render();
}

QString json(const std::vector<ProbeResult> &results, const QDateTime &now)
{
    QString out;
    JsonWriter w(out);
    w.beginObject();
    w.key("generatedAt");
    w.value(now.toUTC().toString(Qt::ISODate));
    w.key("contexts");
    w.beginArray();
    for (const ProbeResult &r : results) {
        w.beginObject();
        w.key("name");
        w.value(r.context);
        w.key("server");
        w.valueOrNull(r.server);
        w.key("result");
        w.value(probeOutcomeName(r.outcome));
        w.key("httpStatus");
        w.valueOrNull(r.httpStatus ? std::optional<qint64>(r.httpStatus) : std::nullopt);
        w.key("serverVersion");
        w.valueOrNull(r.serverVersion);
        w.key("user");
        w.valueOrNull(r.user);
        w.key("groups");
        w.value(r.groups);
        w.key("credentialExpired");
        w.value(r.credentialExpired);
        w.key("message");
        w.value(r.message);
        w.key("detail");
        w.valueOrNull(r.detail);
        w.key("serverCertificateNames");
        w.value(r.serverCertificateNames);
        w.key("durationMs");
        w.value(r.durationMs);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    out += QLatin1Char('\n');
    return out;
}

} // namespace

int ProbeCommand::exitCode(const std::vector<ProbeResult> &results)
{
    if (results.empty())
        return ExitUsageError;
    int code = 0;
    for (const ProbeResult &r : results) {
        switch (r.outcome) {
        case ProbeResult::Outcome::Ok:
        case ProbeResult::Outcome::NotProbed:
            break;
        case ProbeResult::Outcome::Forbidden:
            code = std::max(code, 1);
            break;
        default:
            code = 2;
            break;
        }
    }
    return code;
}

int ProbeCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Asks each context's API server whether it accepts the credentials (GET /version and a "
           "SelfSubjectReview), and explains a refusal with what Kubeminder knows locally.\n"
           "exec plugins are run only with --run-exec.\n"
           "Exit status: 0 accepted, 1 forbidden, 2 rejected or unreachable, 3 nothing to probe."));
    parser.addPositionalArgument(QStringLiteral("CONTEXT"), tr("Contexts to probe (default: every one)."),
                                 QStringLiteral("[CONTEXT...]"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"), tr("A kubeconfig file; repeat to merge several in order."), tr("FILE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Output format: table (default) or json."), tr("FORMAT"),
                                    QStringLiteral("table"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds each context's probe may take (default 10)."), tr("SECONDS"),
                                     QStringLiteral("10"));
    const QCommandLineOption runExec(QStringLiteral("run-exec"),
                                     tr("Run exec credential plugins (non-interactively) to get their "
                                        "credentials."));
    parser.addOptions({help, kubeconfig, output, timeout, runExec});
    const auto usageError = [&context](const QString &message) {
        context.err << tr("kubeminder probe: %1").arg(message) << Qt::endl;
        return ExitUsageError;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("[options]"),
                                                 QStringLiteral("probe [options]"));
        context.out.flush();
        return 0;
    }
    const QString format = parser.value(output);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tr("unknown output format “%1”; use table or json.").arg(format));
    bool timeoutOk = false;
    const int seconds = parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk || seconds < 1 || seconds > 600)
        return usageError(tr("--timeout takes a number of seconds from 1 to 600, not “%1”.")
                              .arg(ReportFormatter::terminalSafe(parser.value(timeout))));

    const QSettings settings;
    const ThresholdSettings::Saved thresholds = ThresholdSettings::read(settings);
    ProbeJob::Setup setup;
    setup.check.paths =
        KubeconfigPaths::resolve(parser.values(kubeconfig), context.kubeconfigVariable, context.home);
    setup.check.added = KubeconfigSources::added(settings);
    setup.check.options.policy = ExpiryPolicy(thresholds.warningDays, thresholds.criticalDays);
    setup.check.options.now = context.now();
    setup.check.options.onlyContexts = parser.positionalArguments();
    setup.timeoutSeconds = seconds;
    setup.runExec = parser.isSet(runExec);
    setup.execTimeoutSeconds = seconds;
    // The hint names the command that fixes it: a remembered source refreshes in one step.
    QSettings registrySettings;
    const ImportSourceRegistry registry(registrySettings);
    setup.refreshHint = [&registry](const QString &name) {
        const std::optional<ImportSource> source = registry.find(name);
        return source ? tr("refresh it %1: kubeminder refresh %2").arg(source->describe(), name)
                      : tr("import a fresh kubeconfig: kubeminder import FILE --name %1").arg(name);
    };
    const QDateTime now = setup.check.options.now;
    const ProbeJob::Result probed = ProbeJob(std::move(setup)).run();
    if (!probed.unknownContexts.isEmpty())
        return usageError(ReportFormatter::terminalSafe(probed.unknownContextError));
    const std::vector<ProbeResult> &results = probed.results;

    if (format == QLatin1String("json"))
        context.out << json(results, now);
    else
        context.out << table(results, context.outputIsTerminal && !context.noColor);
    context.out.flush();
    if (results.empty() && format == QLatin1String("table"))
        context.err << tr("No context to probe.") << Qt::endl;
    return exitCode(results);
}

} // namespace kubeminder
