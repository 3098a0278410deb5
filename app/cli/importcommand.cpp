#include "importcommand.h"

#include "credentials/thresholdsettings.h"
#include "jsonwriter.h"
#include "kubeconfig/kubeconfigpaths.h"
#include "kubeconfig/kubeconfigsources.h"
#include "reportformatter.h"
#include "support/secretlinereader.h"
#include "support/timetext.h"
#include "terminalinteraction.h"
#include "transfer/importjob.h"
#include "transfer/importsourceregistry.h"
#include "transfer/refreshduejob.h"
#include "transfer/sshsource.h"

#include <QCommandLineParser>
#include <QSettings>

namespace kubeminder {

namespace {

QString changeText(const ImportChange &change)
{
    return change.describe([](const QDateTime &when) { return TimeText::dateTime(when); });
}

// Everything that came from a file or a server is shown through the terminal-safe filter, line
// by line: a message of several lines keeps its line breaks, and nothing else reaches the terminal.
QString safe(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = ReportFormatter::terminalSafe(line);
    return lines.join(QLatin1Char('\n'));
}

struct Options
{
    ImportRequest request;
    QStringList kubeconfigs;
    bool dryRun = false;
    bool allowGuarded = false;
    SshOptions ssh;
    bool sudoPasswordFromStdin = false;
    QString command = QStringLiteral("import"); ///< for the error prefix: what the user typed
};

bool isSshSource(const QString &source)
{
    return source.startsWith(QLatin1String("ssh://"));
}

// The source as the import job takes it. Standard input ("-", so a root-only file can be piped in:
// sudo cat /etc/rancher/k3s/k3s.yaml | kubeminder import - --name pi) is read here.
ImportJob::Source sourceOf(const Options &options, CommandContext &context)
{
    ImportJob::Source source;
    source.location = options.request.source;
    if (isSshSource(source.location)) {
        source.kind = ImportJob::Source::Kind::Ssh;
        source.ssh = options.ssh;
    } else if (CommandTarget::isCommand(source.location)) {
        // Run here without a shell; --timeout bounds it as it bounds a fetch.
        source.kind = ImportJob::Source::Kind::Command;
        source.ssh.timeoutSeconds = options.ssh.timeoutSeconds;
    } else if (source.location == QLatin1String("-")) {
        source.kind = ImportJob::Source::Kind::Bytes;
        source.bytes = context.readStandardInput();
    }
    return source;
}

// One line of standard input, bounded, read without a buffer that could keep more of it.
std::optional<SecretBytes> sudoPasswordFromStdin(const Options &options, CommandContext &context,
                                                 QString *error)
{
    if (!options.sudoPasswordFromStdin)
        return std::nullopt;
    SecretLineReader::Result line = context.readSecretLine();
    if (!line.ok()) {
        *error = line.error;
        return std::nullopt;
    }
    return std::move(line.line);
}

int runImport(const Options &options, CommandContext &context)
{
    const auto fail = [&context, &options](const QString &message, int code = 1) {
        context.err << QStringLiteral("kubeminder %1: %2").arg(options.command, safe(message)) << Qt::endl;
        return code;
    };
    ImportJob::Setup setup;
    setup.request = options.request;
    setup.request.allowGuarded = options.allowGuarded;
    setup.source = sourceOf(options, context);
    setup.paths = KubeconfigPaths::resolve(options.kubeconfigs, context.kubeconfigVariable, context.home);
    setup.backupDirectory = context.backupDirectory;
    setup.now = context.now();
    QString error;
    std::optional<SecretBytes> sudoPassword = sudoPasswordFromStdin(options, context, &error);
    if (!error.isEmpty())
        return fail(error);
    TerminalInteraction interaction(options.ssh.acceptNewHostKey, std::move(sudoPassword));
    ImportJob job(std::move(setup), &interaction);

    const ImportJob::Result &prepared = job.prepare();
    if (!prepared.prepared) {
        QString error = prepared.error;
        if (prepared.fetchFailure == SshFetchResult::Failure::HostKeyUnknown && !options.ssh.acceptNewHostKey)
            error +=
                QLatin1Char(' ') + ImportCommand::tr("Without a terminal to ask on, check the fingerprint "
                                                     "and run again with --accept-new-host-key.");
        return fail(error);
    }
    for (const QString &warning : prepared.warnings)
        context.err << ImportCommand::tr("warning: %1").arg(safe(warning)) << '\n';
    context.err.flush();
    // A heading only over something: an empty "Changes:" reads like a list that failed to print.
    if (!prepared.changes.empty()) {
        context.out << (options.dryRun ? ImportCommand::tr("Would:") : ImportCommand::tr("Changes:")) << '\n';
        for (const ImportChange &change : prepared.changes)
            context.out << QStringLiteral("  ") << safe(changeText(change)) << '\n';
    }
    if (!prepared.kept.isEmpty()) {
        context.out << ImportCommand::tr("Kept as it is:") << '\n';
        for (const QString &kept : prepared.kept)
            context.out << QStringLiteral("  ") << safe(kept) << '\n';
    }
    if (!prepared.guarded.empty()) {
        context.out << (options.allowGuarded ? ImportCommand::tr("And, as allowed with --allow-exec:")
                                             : ImportCommand::tr("And more than credentials, which needs "
                                                                 "--allow-exec:"))
                    << '\n';
        for (const GuardedField &field : prepared.guarded)
            context.out << QStringLiteral("  ") << safe(field.describe()) << '\n';
    }
    // The edit itself, line by line, secrets masked: what a careful person checks before saying yes.
    if (options.dryRun) {
        for (const KubeconfigEdit::Preview &file : prepared.files) {
            if (file.diff.isEmpty())
                continue;
            context.out << '\n';
            for (const QString &line : file.diff.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                context.out << safe(line) << '\n';
        }
    }
    // The source has nothing newer: say why and what to run on the server; an older credential is
    // not written at all.
    if (prepared.notNewer) {
        for (const QString &line :
             prepared.notNewer->describe([](const QDateTime &when) { return TimeText::dateTime(when); }))
            context.out << safe(line) << '\n';
        context.out.flush();
        if (prepared.notNewer->refused() && !options.request.force)
            return 1;
    }
    // The same credential, and it has run out: whatever else changed (a CA) is written as usual, but
    // nothing was renewed, and the exit status says so.
    const bool expiredNotRenewed =
        prepared.notNewer && prepared.notNewer->current && *prepared.notNewer->current <= context.now();
    for (const KubeconfigEdit::Preview &file : prepared.files) {
        if (!file.layoutKept)
            context.err << ImportCommand::tr("note: %1").arg(safe(file.layoutNote)) << '\n';
    }
    context.err.flush();
    context.out.flush();
    if (options.dryRun)
        return 0;
    if (!prepared.guarded.empty() && !options.allowGuarded) {
        return fail(
            ImportCommand::tr("nothing was imported: the source asks for more than credentials (listed "
                              "above). Check each line; if you trust them, run again with "
                              "--allow-exec."));
    }

    const ImportJob::Result &result = job.commit(options.allowGuarded);
    for (const WriteResult &write : result.writes) {
        if (!write.ok)
            continue;
        context.out << ImportCommand::tr("Wrote %1").arg(safe(write.writtenPath));
        if (!write.backupPath.isEmpty())
            context.out << ImportCommand::tr(" (backup: %1)").arg(safe(write.backupPath));
        context.out << '\n';
        if (write.permissionsTightened)
            context.out << ImportCommand::tr(
                               "%1 was readable by other users; it is now readable by you only.")
                               .arg(safe(write.writtenPath))
                        << '\n';
        if (!write.layoutKept)
            context.out << safe(write.layoutNote) << '\n';
    }
    context.out.flush();
    if (!result.written)
        return fail(result.error);
    if (!result.after)
        return fail(
            ImportCommand::tr("“%1” is not in the kubeconfig after the import.").arg(options.request.name));

    // What is there now, as the next kubectl will see it.
    const ContextReport &after = *result.after;
    const auto &notAfter = after.credential.notAfter;
    context.out << ImportCommand::tr("%1: %2").arg(safe(after.name), statusLabel(after.status));
    if (notAfter)
        context.out << ImportCommand::tr(", expires %1 (%2)")
                           .arg(TimeText::dateTime(*notAfter), TimeText::timeLeft(*notAfter, context.now()));
    context.out << '\n';
    for (const Problem &problem : after.problems)
        context.out << QStringLiteral("  ") << safe(problem.message) << '\n';
    context.out.flush();
    // It wrote what was asked: success, even when the fresh credential is itself short-lived (the
    // line above says so, and `check` exits in the monitoring convention for that). Non-zero is
    // kept for an import that refused or failed (or renewed nothing that has run out), so scripts
    // can tell the two apart.
    return expiredNotRenewed ? 1 : 0;
}

// `refresh --due`: every due context with a remembered source, refreshed without a question; one
// line each (or JSON), and the exit status in the monitoring convention.
int runDue(const QStringList &kubeconfigs, int withinDays, bool dryRun, bool json, CommandContext &context)
{
    RefreshDueJob::Setup setup;
    setup.paths = KubeconfigPaths::resolve(kubeconfigs, context.kubeconfigVariable, context.home);
    setup.added = KubeconfigSources::added(QSettings());
    setup.withinDays = withinDays;
    setup.backupDirectory = context.backupDirectory;
    setup.now = context.now();
    setup.dryRun = dryRun;
    const RefreshDueJob::Result result = RefreshDueJob(std::move(setup)).run();
    if (!result.error.isEmpty()) {
        context.err << ImportCommand::tr("kubeminder refresh: %1").arg(safe(result.error)) << Qt::endl;
        return ExitUsageError;
    }

    // 0: everything due was refreshed (or nothing was due); 1: something still works but was not
    // refreshed; 2: something failed, or was not refreshed and has run out already.
    int status = 0;
    for (const RefreshDueJob::Outcome &outcome : result.outcomes) {
        using Kind = RefreshDueJob::Outcome::Kind;
        if (outcome.kind == Kind::Failed || (outcome.kind != Kind::Refreshed && outcome.expired))
            status = 2;
        else if (outcome.kind != Kind::Refreshed)
            status = std::max(status, 1);
    }
    const auto date = [](const std::optional<QDateTime> &when) {
        return when ? TimeText::dateTime(*when) : ImportCommand::tr("unknown");
    };

    if (json) {
        QString text;
        JsonWriter out(text);
        out.beginObject();
        out.key("dueWithinDays");
        out.value(qint64(withinDays));
        out.key("dryRun");
        out.value(dryRun);
        out.key("contexts");
        out.beginArray();
        for (const RefreshDueJob::Outcome &outcome : result.outcomes) {
            out.beginObject();
            out.key("name");
            out.value(outcome.context);
            out.key("outcome");
            out.value(RefreshDueJob::kindName(outcome.kind));
            out.key("source");
            out.value(outcome.source);
            out.key("expiresBefore");
            out.valueOrNull(outcome.before ? outcome.before->toUTC().toString(Qt::ISODate) : QString());
            out.key("expiresAfter");
            out.valueOrNull(outcome.after ? outcome.after->toUTC().toString(Qt::ISODate) : QString());
            out.key("questions");
            out.value(outcome.questions);
            out.key("explanation");
            out.value(outcome.explanation);
            // What systemd on the server said (unchanged over SSH, K3s and RKE2): for a monitor that
            // wants "which servers have not restarted" without reading sentences.
            out.key("serverService");
            if (outcome.service) {
                out.beginObject();
                out.key("unit");
                out.value(outcome.service->unit);
                out.key("active");
                out.value(outcome.service->active);
                out.key("since");
                out.valueOrNull(outcome.service->since ? outcome.service->since->toUTC().toString(Qt::ISODate)
                                                       : QString());
                out.endObject();
            } else {
                out.null();
            }
            out.endObject();
        }
        out.endArray();
        out.key("notDue");
        out.value(qint64(result.notDue));
        out.key("dueWithoutSource");
        out.value(result.withoutSource);
        out.endObject();
        context.out << text << '\n';
        context.out.flush();
        return status;
    }

    for (const RefreshDueJob::Outcome &outcome : result.outcomes) {
        const QString name = safe(outcome.context);
        switch (outcome.kind) {
        case RefreshDueJob::Outcome::Kind::Refreshed:
            context.out << (dryRun ? ImportCommand::tr("%1: would be refreshed, expires %2 → %3 (%4)")
                                   : ImportCommand::tr("%1: refreshed, expires %2 → %3 (%4)"))
                               .arg(name, date(outcome.before), date(outcome.after), safe(outcome.source))
                        << '\n';
            break;
        case RefreshDueJob::Outcome::Kind::Unchanged:
            context.out << ImportCommand::tr("%1: unchanged, expires %2 (%3)")
                               .arg(name, date(outcome.before), safe(outcome.source))
                        << '\n';
            break;
        case RefreshDueJob::Outcome::Kind::NeedsYou:
            context.out << ImportCommand::tr("%1: needs you, for %2. Run: kubeminder refresh %1")
                               .arg(name, safe(outcome.questions.join(QStringLiteral(", "))))
                        << '\n';
            break;
        case RefreshDueJob::Outcome::Kind::Failed:
            context.out << ImportCommand::tr("%1: failed (%2)").arg(name, safe(outcome.source)) << '\n';
            break;
        }
        if (outcome.kind == RefreshDueJob::Outcome::Kind::Unchanged ||
            outcome.kind == RefreshDueJob::Outcome::Kind::Failed) {
            for (const QString &line : outcome.explanation)
                context.out << QStringLiteral("  ") << safe(line) << '\n';
        }
    }
    if (result.outcomes.empty())
        context.out << ImportCommand::tr(
                           "Nothing is due: no context with a remembered source runs out within %n "
                           "day(s).",
                           nullptr, withinDays)
                    << '\n';
    if (!result.withoutSource.isEmpty())
        context.out << ImportCommand::tr("Due, but no source is remembered (import each once): %1")
                           .arg(safe(result.withoutSource.join(QStringLiteral(", "))))
                    << '\n';
    context.out.flush();
    return status;
}

} // namespace

int ImportCommand::import(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Imports a fresh kubeconfig (for K3s, /etc/rancher/k3s/k3s.yaml; “-” reads standard input) as "
        "context NAME. If NAME exists, its certificate, key or token and its cluster CA are replaced in "
        "the files that hold them and everything else is kept; otherwise NAME is added. Every file written "
        "is backed up first."));
    parser.addPositionalArgument(
        QStringLiteral("SOURCE"),
        tr("The fresh kubeconfig file, - for standard input, ssh://[USER@]HOST[:PORT][/PATH], "
           "or cmd:COMMAND ARGS (e.g. cmd:kind get kubeconfig --name dev)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The context to refresh or create."),
                                  tr("NAME"));
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"), tr("The kubeconfig to import into (default: as kubectl)."), tr("FILE"));
    const QCommandLineOption sourceContext(QStringLiteral("context"),
                                           tr("The source's context to take (default: its current one)."),
                                           tr("SRC_CONTEXT"));
    const QCommandLineOption server(QStringLiteral("server"), tr("Use this API server URL."), tr("URL"));
    const QCommandLineOption ns(QStringLiteral("namespace"), tr("Namespace for a new context."), tr("NS"));
    const QCommandLineOption setCurrent(QStringLiteral("set-current"), tr("Make NAME the current context."));
    const QCommandLineOption force(
        QStringLiteral("force"),
        tr("Import even an expired, older, not yet valid or mismatched certificate."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show what would change; write nothing."));
    const QCommandLineOption allowExec(
        QStringLiteral("allow-exec"),
        tr("Also write what is more than a credential from a local file (an exec plugin, an auth provider, "
           "impersonation, files it names, which are embedded), or a change of a user's kind of "
           "credential. Each is listed first. Never opens a source fetched over SSH or read from a pipe."));
    const QCommandLineOption identity(QStringLiteral("identity"), tr("SSH: a private key file to try."),
                                      tr("FILE"));
    const QCommandLineOption knownHosts(QStringLiteral("known-hosts"),
                                        tr("SSH: the known_hosts file (default ~/.ssh/known_hosts)."),
                                        tr("FILE"));
    const QCommandLineOption acceptNewHostKey(
        QStringLiteral("accept-new-host-key"),
        tr("SSH: trust and record an unknown host key without asking."));
    const QCommandLineOption sudo(QStringLiteral("sudo"),
                                  tr("SSH: use sudo to read the file: auto (when needed), never or always."),
                                  tr("MODE"), QStringLiteral("auto"));
    const QCommandLineOption sudoPasswordStdin(
        QStringLiteral("sudo-password-stdin"),
        tr("SSH: read the sudo password from the first line of standard "
           "input."));
    const QCommandLineOption preset(
        QStringLiteral("preset"), tr("SSH: the kind of server: k3s (default), rke2, kubeadm, microk8s, k0s."),
        tr("KIND"), QStringLiteral("k3s"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("SSH: give up after this many seconds."),
                                     tr("SECONDS"), QStringLiteral("60"));
    parser.addOptions({help, name, kubeconfig, sourceContext, server, ns, setCurrent, force, dryRun,
                       allowExec, identity, knownHosts, acceptNewHostKey, sudo, sudoPasswordStdin, preset,
                       timeout});
    const auto usage = [&context](const QString &message) {
        context.err << tr("kubeminder import: %1").arg(safe(message)) << Qt::endl;
        return ExitUsageError;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("[options]"),
                                                 QStringLiteral("import [options]"));
        context.out.flush();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(tr("name one source, for example: kubeminder import ./k3s.yaml --name homelab"));
    if (!parser.isSet(name) || parser.value(name).isEmpty())
        return usage(tr("--name NAME is required: the context to refresh or create."));

    Options options;
    options.request.source = parser.positionalArguments().constFirst();
    options.request.name = parser.value(name);
    options.request.sourceContext = parser.value(sourceContext);
    options.request.server = parser.value(server);
    options.request.ns = parser.value(ns);
    options.request.setCurrent = parser.isSet(setCurrent);
    options.request.force = parser.isSet(force);
    options.kubeconfigs = parser.values(kubeconfig);
    options.dryRun = parser.isSet(dryRun);
    options.allowGuarded = parser.isSet(allowExec);
    options.ssh.identityFile = parser.value(identity);
    options.ssh.knownHostsFile = parser.value(knownHosts);
    options.ssh.acceptNewHostKey = parser.isSet(acceptNewHostKey);
    options.sudoPasswordFromStdin = parser.isSet(sudoPasswordStdin);
    const auto sudoMode = SshSource::sudoFromName(parser.value(sudo));
    if (!sudoMode)
        return usage(tr("--sudo takes auto, never or always, not “%1”.").arg(parser.value(sudo)));
    options.ssh.sudo = *sudoMode;
    const auto kind = SshSource::presetFromName(parser.value(preset));
    if (!kind)
        return usage(
            tr("--preset takes k3s, rke2, kubeadm, microk8s or k0s, not “%1”.").arg(parser.value(preset)));
    options.ssh.preset = *kind;
    bool timeoutOk = false;
    options.ssh.timeoutSeconds = parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk || options.ssh.timeoutSeconds < 1 || options.ssh.timeoutSeconds > 3600)
        return usage(
            tr("--timeout takes a number of seconds from 1 to 3600, not “%1”.").arg(parser.value(timeout)));
    if (options.sudoPasswordFromStdin && options.request.source == QLatin1String("-"))
        return usage(tr("standard input cannot carry both the kubeconfig and the sudo password."));
    if (!isSshSource(options.request.source)) {
        for (const QCommandLineOption *sshOnly :
             {&identity, &knownHosts, &acceptNewHostKey, &sudoPasswordStdin}) {
            if (parser.isSet(*sshOnly))
                return usage(tr("--%1 applies to ssh:// sources only.").arg(sshOnly->names().constFirst()));
        }
    }
    return runImport(options, context);
}

int ImportCommand::refresh(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Repeats the import that created or last refreshed CONTEXT."));
    parser.addPositionalArgument(QStringLiteral("CONTEXT"), tr("The context to refresh."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                        tr("The kubeconfig (default: as kubectl)."), tr("FILE"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        tr("Import even an expired, older, not yet valid or mismatched certificate."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show what would change; write nothing."));
    const QCommandLineOption allowExec(
        QStringLiteral("allow-exec"),
        tr("Also write what is more than a credential, as import --allow-exec does; each is listed first."));
    const QCommandLineOption sudoPasswordStdin(
        QStringLiteral("sudo-password-stdin"),
        tr("SSH: read the sudo password from the first line of standard "
           "input."));
    const QCommandLineOption due(
        QStringLiteral("due"), tr("Refresh, without asking anything, every context with a remembered source "
                                  "whose credential runs out within the warning threshold (or --within)."));
    const QCommandLineOption within(QStringLiteral("within"),
                                    tr("With --due: the contexts that run out within DAYS."), tr("DAYS"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("With --due: text (default) or json."), tr("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOptions({help, kubeconfig, force, dryRun, allowExec, sudoPasswordStdin, due, within, output});
    const auto usage = [&context](const QString &message) {
        context.err << tr("kubeminder refresh: %1").arg(safe(message)) << Qt::endl;
        return ExitUsageError;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("[options]"),
                                                 QStringLiteral("refresh [options]"));
        context.out.flush();
        return 0;
    }
    if (parser.isSet(due)) {
        if (!parser.positionalArguments().isEmpty())
            return usage(tr("--due refreshes every context that is due; name no context with it."));
        for (const QCommandLineOption *interactive : {&force, &allowExec, &sudoPasswordStdin}) {
            if (parser.isSet(*interactive))
                return usage(tr("--%1 does not go with --due, which asks and forces nothing.")
                                 .arg(interactive->names().constFirst()));
        }
        int days = ThresholdSettings::read(QSettings()).warningDays;
        if (parser.isSet(within)) {
            bool ok = false;
            days = parser.value(within).toInt(&ok);
            if (!ok || days < 0 || days > 3650)
                return usage(tr("--within takes a number of days from 0 to 3650, not “%1”.")
                                 .arg(parser.value(within)));
        }
        const QString format = parser.value(output);
        if (format != QLatin1String("text") && format != QLatin1String("json"))
            return usage(tr("-o takes text or json, not “%1”.").arg(format));
        return runDue(parser.values(kubeconfig), days, parser.isSet(dryRun), format == QLatin1String("json"),
                      context);
    }
    for (const QCommandLineOption *dueOnly : {&within, &output}) {
        if (parser.isSet(*dueOnly))
            return usage(tr("--%1 goes with --due.").arg(dueOnly->names().constLast()));
    }
    if (parser.positionalArguments().size() != 1)
        return usage(tr("name one context."));
    const QString contextName = parser.positionalArguments().constFirst();
    QSettings settings;
    const auto source = ImportSourceRegistry(settings).find(contextName);
    if (!source) {
        return usage(
            tr("no remembered source for “%1”. Import it once with: kubeminder import SOURCE --name %1")
                .arg(ReportFormatter::terminalSafe(contextName)));
    }
    // The remembered import, as the automatic refresh repeats it too.
    const ImportJob::Setup repeated = ImportJob::repeating(contextName, *source);
    Options options;
    options.request = repeated.request;
    options.ssh = repeated.source.ssh;
    options.request.force = parser.isSet(force);
    options.kubeconfigs = parser.values(kubeconfig);
    options.dryRun = parser.isSet(dryRun);
    options.allowGuarded = parser.isSet(allowExec);
    options.sudoPasswordFromStdin = parser.isSet(sudoPasswordStdin);
    options.command = QStringLiteral("refresh");
    // Flushed now: the SSH prompts that follow go straight to the terminal, and this line must
    // come before them, not after.
    context.out << tr("Refreshing “%1” from %2").arg(safe(contextName), safe(source->location)) << Qt::endl;
    return runImport(options, context);
}

} // namespace kubeminder
