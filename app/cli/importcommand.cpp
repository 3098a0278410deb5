#include "importcommand.h"

#include "commandline.h"
#include "credentials/credentialchecker.h"
#include "credentials/thresholdsettings.h"
#include "kubeconfig/kubeconfigpaths.h"
#include "kubeconfig/kubeconfigsources.h"
#include "reportformatter.h"
#include "storage/backupstore.h"
#include "storage/kubeconfigwriter.h"
#include "terminalinteraction.h"
#include "transfer/importsourceregistry.h"
#include "transfer/kubeconfigimporter.h"
#include "transfer/sshsource.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <openssl/crypto.h>

namespace kubeminder {

namespace {

constexpr qint64 MaximumSourceSize = KubeconfigDocument::MaximumFileSize;

QString changeText(const ImportChange &change)
{
    return change.describe([](const QDateTime &when) {
        return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    });
}

// Reads the source kubeconfig: a file, or standard input for "-" (so a root-only file can be
// piped in: sudo cat /etc/rancher/k3s/k3s.yaml | kubeminder import - --name pi).
// A pipe named on the command line (kubeminder import <(ssh pi sudo cat /etc/rancher/k3s/k3s.yaml))
// is read to its end like standard input; the user asked for it, so waiting for its writer is right.
// Such a source is read once and so not remembered for `refresh`.
bool isStream(const QString &source)
{
    if (source == QLatin1String("-"))
        return true;
    const QFileInfo info(source);
    return info.exists() && !info.isFile() && !info.isDir();
}

std::optional<KubeconfigDocument> readSource(const QString &source, CommandContext &context, QString *error)
{
    const QFileInfo info(source);
    if (isStream(source)) {
        const bool standardInput = source == QLatin1String("-");
        const QString path = standardInput ? QDir::current().absoluteFilePath(QStringLiteral("stdin"))
                                           : info.absoluteFilePath();
        QByteArray bytes;
        if (standardInput) {
            bytes = context.readStandardInput();
        } else {
            QFile stream(path);
            if (!stream.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
                *error = ImportCommand::tr("cannot read %1: %2").arg(path, stream.errorString());
                return std::nullopt;
            }
            bytes = stream.read(MaximumSourceSize + 1);
        }
        if (bytes.size() > MaximumSourceSize) {
            *error = standardInput ? ImportCommand::tr("the kubeconfig on standard input is too large.")
                                   : ImportCommand::tr("the kubeconfig read from %1 is too large.").arg(path);
            return std::nullopt;
        }
        return KubeconfigDocument::parse(path, bytes);
    }
    if (!info.exists()) {
        *error = ImportCommand::tr("%1 does not exist.").arg(info.absoluteFilePath());
        return std::nullopt;
    }
    if (!info.isReadable()) {
        *error =
            ImportCommand::tr("%1 is not readable by you (K3s writes its kubeconfig for root only). Pipe it "
                              "in instead: sudo cat %1 | kubeminder import - --name NAME, or start K3s with "
                              "--write-kubeconfig-mode 0640 and a group you are in.")
                .arg(info.absoluteFilePath());
        return std::nullopt;
    }
    return KubeconfigDocument::load(info.absoluteFilePath());
}

struct Options
{
    ImportRequest request;
    QStringList kubeconfigs;
    bool dryRun = false;
    SshOptions ssh;
    bool sudoPasswordFromStdin = false;
};

bool isSshSource(const QString &source)
{
    return source.startsWith(QLatin1String("ssh://"));
}

// Fetches the kubeconfig over SSH; fills in where it came from for the import.
std::optional<KubeconfigDocument> fetchOverSsh(Options &options, CommandContext &context, QString *error)
{
    const auto target = SshTarget::parse(options.request.source, error);
    if (!target)
        return std::nullopt;
    std::optional<QByteArray> sudoPassword;
    if (options.sudoPasswordFromStdin) {
        QByteArray input = context.readStandardInput();
        const qsizetype end = input.indexOf('\n');
        sudoPassword = input.left(end < 0 ? input.size() : end);
        OPENSSL_cleanse(input.data(), std::size_t(input.size()));
    }
    TerminalInteraction interaction(options.ssh.acceptNewHostKey, std::move(sudoPassword));
    SshFetchResult fetched = SshSource::fetch(*target, options.ssh, interaction);
    if (!fetched.ok()) {
        *error = fetched.error;
        if (fetched.failure == SshFetchResult::Failure::HostKeyUnknown && !options.ssh.acceptNewHostKey)
            *error +=
                QLatin1Char(' ') + ImportCommand::tr("Without a terminal to ask on, check the fingerprint "
                                                     "and run again with --accept-new-host-key.");
        return std::nullopt;
    }
    options.request.sourceIsLocal = false;
    options.request.loopbackHost = fetched.connectedHost;
    KubeconfigDocument document = KubeconfigDocument::parse(
        QDir::current().absoluteFilePath(QStringLiteral("ssh-source.yaml")), fetched.kubeconfig);
    OPENSSL_cleanse(fetched.kubeconfig.data(), std::size_t(fetched.kubeconfig.size()));
    return document;
}

int runImport(const Options &options, CommandContext &context, bool remember)
{
    const auto fail = [&context](const QString &message, int code = 1) {
        context.err << ImportCommand::tr("kubeminder import: %1").arg(message) << Qt::endl;
        return code;
    };
    QString error;
    Options effective = options;
    const auto source = isSshSource(options.request.source)
                            ? fetchOverSsh(effective, context, &error)
                            : readSource(options.request.source, context, &error);
    if (!source)
        return fail(error);
    if (source->status() != KubeconfigDocument::Status::Ok)
        return fail(source->error().isEmpty()
                        ? ImportCommand::tr("%1 holds no kubeconfig.").arg(source->path())
                        : source->error());

    const KubeconfigPaths::Resolved paths =
        KubeconfigPaths::resolve(options.kubeconfigs, context.kubeconfigVariable, context.home);
    // A context from a file added to Kubeminder is refreshed in place like any other.
    const KubeconfigSet target = KubeconfigSet::load(
        KubeconfigSources::paths(KubeconfigSources::collect(paths, KubeconfigSources::added(QSettings()))));
    const QString destination = KubeconfigPaths::destination(paths);
    const ThresholdSettings::Saved thresholds = ThresholdSettings::read(QSettings());
    const ExpiryPolicy policy(thresholds.warningDays, thresholds.criticalDays);
    const QDateTime now = context.now();

    const auto plan =
        KubeconfigImporter::plan(target, destination, *source, effective.request, policy, now, &error);
    if (!plan)
        return fail(error);
    for (const QString &warning : plan->warnings)
        context.err << ImportCommand::tr("warning: %1").arg(warning) << '\n';
    context.err.flush();
    context.out << (options.dryRun ? ImportCommand::tr("Would:") : ImportCommand::tr("Changes:")) << '\n';
    for (const ImportChange &change : plan->changes)
        context.out << QStringLiteral("  ") << ReportFormatter::terminalSafe(changeText(change)) << '\n';
    context.out.flush();
    if (options.dryRun)
        return 0;

    BackupStore backups(context.backupDirectory);
    KubeconfigWriter writer(backups, RetentionPolicy::fromSettings(QSettings()));
    const KubeconfigImporter::Result result = KubeconfigImporter::apply(*plan, writer, now);
    for (const WriteResult &write : result.writes) {
        if (!write.ok)
            continue;
        context.out << ImportCommand::tr("Wrote %1").arg(write.writtenPath);
        if (!write.backupPath.isEmpty())
            context.out << ImportCommand::tr(" (backup: %1)").arg(write.backupPath);
        context.out << '\n';
        if (write.permissionsTightened)
            context.out << ImportCommand::tr(
                               "%1 was readable by other users; it is now readable by you only.")
                               .arg(write.writtenPath)
                        << '\n';
    }
    context.out.flush();
    if (!result.ok)
        return fail(result.error);

    if (remember && !isStream(options.request.source)) {
        QSettings settings;
        ImportSourceRegistry(settings).remember(
            options.request.name,
            ImportSource::of(options.request, options.request.source,
                             isSshSource(options.request.source) ? &options.ssh : nullptr, now));
    }

    // Check what is there now, as the next kubectl will see it.
    CheckOptions check;
    check.policy = policy;
    check.now = now;
    check.onlyContexts = {options.request.name};
    const CheckReport report = CredentialChecker::check(KubeconfigSet::load(paths.files), check);
    if (report.contexts.empty())
        return fail(
            ImportCommand::tr("“%1” is not in the kubeconfig after the import.").arg(options.request.name));
    const ContextReport &context0 = report.contexts.front();
    const auto &notAfter = context0.credential.notAfter;
    context.out << ImportCommand::tr("%1: %2").arg(ReportFormatter::terminalSafe(context0.name),
                                                   statusLabel(context0.status));
    if (notAfter)
        context.out << ImportCommand::tr(", expires %1 (%2)")
                           .arg(notAfter->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                formatTimeLeft(*notAfter, now));
    context.out << '\n';
    for (const Problem &problem : context0.problems)
        context.out << QStringLiteral("  ") << ReportFormatter::terminalSafe(problem.message) << '\n';
    context.out.flush();
    return exitCodeFor(context0.status) == 2 ? 2 : 0;
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
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 tr("The fresh kubeconfig file, or - for standard input."));
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
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Import even an expired, not yet valid or mismatched certificate."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show what would change; write nothing."));
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
    parser.addOptions({help, name, kubeconfig, sourceContext, server, ns, setCurrent, force, dryRun, identity,
                       knownHosts, acceptNewHostKey, sudo, sudoPasswordStdin, preset, timeout});
    const auto usage = [&context](const QString &message) {
        context.err << tr("kubeminder import: %1").arg(message) << Qt::endl;
        return CommandLine::UsageError;
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
    return runImport(options, context, true);
}

int ImportCommand::refresh(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Repeats the import that created or last refreshed CONTEXT."));
    parser.addPositionalArgument(QStringLiteral("CONTEXT"), tr("The context to refresh."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                        tr("The kubeconfig (default: as kubectl)."), tr("FILE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Import even an expired, not yet valid or mismatched certificate."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show what would change; write nothing."));
    const QCommandLineOption sudoPasswordStdin(
        QStringLiteral("sudo-password-stdin"),
        tr("SSH: read the sudo password from the first line of standard "
           "input."));
    parser.addOptions({help, kubeconfig, force, dryRun, sudoPasswordStdin});
    const auto usage = [&context](const QString &message) {
        context.err << tr("kubeminder refresh: %1").arg(message) << Qt::endl;
        return CommandLine::UsageError;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("[options]"),
                                                 QStringLiteral("refresh [options]"));
        context.out.flush();
        return 0;
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
    Options options;
    options.request.source = source->location;
    options.request.name = contextName;
    options.request.sourceContext = source->sourceContext;
    options.request.server = source->server;
    options.request.ns = source->ns;
    options.request.force = parser.isSet(force);
    options.kubeconfigs = parser.values(kubeconfig);
    options.dryRun = parser.isSet(dryRun);
    options.sudoPasswordFromStdin = parser.isSet(sudoPasswordStdin);
    if (source->kind == QLatin1String("ssh")) {
        options.ssh.identityFile = source->identityFile;
        options.ssh.knownHostsFile = source->knownHostsFile;
        options.ssh.sudo = SshSource::sudoFromName(source->sudo).value_or(SshOptions::Sudo::Auto);
        options.ssh.preset = SshSource::presetFromName(source->preset).value_or(SshOptions::Preset::K3s);
        if (source->timeoutSeconds > 0)
            options.ssh.timeoutSeconds = source->timeoutSeconds;
    }
    context.out
        << tr("Refreshing “%1” from %2").arg(ReportFormatter::terminalSafe(contextName), source->location)
        << '\n';
    return runImport(options, context, true);
}

} // namespace kubeminder
