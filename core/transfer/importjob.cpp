#include "importjob.h"

#include "credentials/credentialchecker.h"
#include "credentials/thresholdsettings.h"
#include "importsourceregistry.h"
#include "interactionhandler.h"
#include "kubeconfig/kubeconfigset.h"
#include "kubeconfig/kubeconfigsources.h"
#include "storage/backupreason.h"
#include "storage/backupstore.h"
#include "storage/kubeconfigwriter.h"
#include "support/secretbytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace kubeminder {

namespace {

Distribution distributionOf(SshOptions::Preset preset)
{
    switch (preset) {
    case SshOptions::Preset::K3s:
        return Distribution::K3s;
    case SshOptions::Preset::Rke2:
        return Distribution::Rke2;
    case SshOptions::Preset::Kubeadm:
        return Distribution::Kubeadm;
    case SshOptions::Preset::MicroK8s:
        return Distribution::MicroK8s;
    case SshOptions::Preset::K0s:
        return Distribution::K0s;
    }
    return Distribution::Unknown;
}

// The same bound as for a kubeconfig on disk: a source is nothing else.
constexpr qint64 MaximumSourceSize = KubeconfigDocument::MaximumFileSize;

// Wipes a buffer this job owns (SecretBytes::adopt wipes an unshared one and empties it).
void wipe(QByteArray &bytes)
{
    SecretBytes::adopt(std::move(bytes));
}

// A pipe or other stream named as a source: read to its end, once. A folder or a missing path is
// not a stream (the loader explains those).
bool isStream(const QFileInfo &info)
{
    return info.exists() && !info.isFile() && !info.isDir();
}

} // namespace

ImportJob::Setup ImportJob::repeating(const QString &context, const ImportSource &remembered)
{
    Setup setup;
    setup.request.source = remembered.location;
    setup.request.name = context;
    setup.request.sourceContext = remembered.sourceContext;
    setup.request.server = remembered.server;
    setup.request.ns = remembered.ns;
    setup.source.location = remembered.location;
    if (remembered.kind == QLatin1String("cmd")) {
        setup.source.kind = Source::Kind::Command;
        if (remembered.timeoutSeconds > 0)
            setup.source.ssh.timeoutSeconds = remembered.timeoutSeconds;
    } else if (remembered.kind == QLatin1String("ssh")) {
        setup.source.kind = Source::Kind::Ssh;
        SshOptions &ssh = setup.source.ssh;
        ssh.identityFile = remembered.identityFile;
        ssh.knownHostsFile = remembered.knownHostsFile;
        ssh.sudo = SshSource::sudoFromName(remembered.sudo).value_or(SshOptions::Sudo::Auto);
        ssh.preset = SshSource::presetFromName(remembered.preset).value_or(SshOptions::Preset::K3s);
        if (remembered.timeoutSeconds > 0)
            ssh.timeoutSeconds = remembered.timeoutSeconds;
    }
    return setup;
}

ImportJob::ImportJob(Setup setup, InteractionHandler *interaction)
    : m_setup(std::move(setup))
    , m_interaction(interaction)
{
    // A command is kept in one spelling (cmd: and its words, quoted only where needed), so the
    // remembered source reads the same however it was typed.
    if (m_setup.source.kind == Source::Kind::Command) {
        QString ignored;
        if (const std::optional<CommandTarget> target =
                CommandTarget::parse(m_setup.source.location, &ignored)) {
            if (m_setup.request.source == m_setup.source.location)
                m_setup.request.source = target->toSource();
            m_setup.source.location = target->toSource();
        }
    }
    const ImportJob::Source &source = m_setup.source;
    ImportRequest &request = m_setup.request;
    if (request.source.isEmpty() || request.source == QLatin1String("-"))
        request.source = source.location == QLatin1String("-") ? tr("standard input") : source.location;
    // What is not a file the user named on this computer (a fetch, a pipe, standard input, bytes
    // read with pkexec) is from elsewhere: only credentials cross.
    const bool stream = source.kind == Source::Kind::File && isStream(QFileInfo(source.location));
    request.origin =
        source.kind == Source::Kind::File && !stream ? SourceOrigin::LocalFile : SourceOrigin::Elsewhere;
    // A source on this machine may legitimately say https://127.0.0.1:6443 (the cluster runs here);
    // from SSH that address means the remote host, so the importer replaces it or asks for --server.
    // A command runs here too: kind's https://127.0.0.1:PORT is right on this machine.
    request.sourceIsLocal = source.kind != Source::Kind::Ssh;
    // One reader for every message of the job, the fetch's included.
    m_setup.source.ssh.surface = request.surface;
    // A stream is read once; a file read through pkexec is remembered as the file it is (a refresh
    // meets the same permission problem and offers pkexec again).
    if (stream || (source.kind == Source::Kind::Bytes && !QFileInfo(source.location).isAbsolute()))
        m_setup.remember = false;
}

ImportJob::~ImportJob()
{
    wipe(m_setup.source.bytes);
}

void ImportJob::step(Step step)
{
    if (m_progress)
        m_progress(step);
}

bool ImportJob::readSource()
{
    Source &source = m_setup.source;
    switch (source.kind) {
    case Source::Kind::Ssh: {
        // Progress steps let the window say "Connecting..." rather than freeze on a slow SSH server.
        step(Step::Fetching);
        const auto target = SshTarget::parse(source.location, &m_result.error);
        if (!target)
            return false;
        if (!m_interaction) {
            m_result.error = tr("Nothing can answer the questions of an SSH connection here.");
            return false;
        }
        // The server's service state explains a refresh that finds nothing newer; a new context
        // cannot be one, so a first import does not ask.
        source.ssh.readServiceState =
            KubeconfigSet::load(targetPaths()).context(m_setup.request.name) != nullptr;
        SshFetchResult fetched = SshSource::fetch(*target, source.ssh, *m_interaction, &m_cancel);
        if (!fetched.ok()) {
            wipe(fetched.kubeconfig);
            m_result.cancelled = fetched.failure == SshFetchResult::Failure::Cancelled;
            m_result.fetchFailure = fetched.failure;
            m_result.error = fetched.error;
            return false;
        }
        // The host actually reached (after ~/.ssh/config's HostName), which is what a loopback server
        // address in the fetched file must become.
        m_setup.request.loopbackHost = fetched.connectedHost;
        m_service = fetched.service;
        m_source = KubeconfigDocument::parse(source.location, fetched.kubeconfig);
        // The fetched bytes hold the cluster's admin key; once parsed into the document they are wiped.
        wipe(fetched.kubeconfig);
        return true;
    }
    case Source::Kind::Command: {
        step(Step::Fetching);
        const auto target = CommandTarget::parse(source.location, &m_result.error);
        if (!target)
            return false;
        CommandFetchResult fetched = CommandSource::run(*target, source.ssh.timeoutSeconds, &m_cancel);
        if (!fetched.ok()) {
            wipe(fetched.kubeconfig);
            m_result.cancelled = fetched.cancelled;
            m_result.error = fetched.error;
            return false;
        }
        m_source = KubeconfigDocument::parse(source.location, fetched.kubeconfig);
        wipe(fetched.kubeconfig);
        return true;
    }
    case Source::Kind::Bytes: {
        step(Step::Reading);
        const bool tooLarge = source.bytes.size() > MaximumSourceSize;
        const QString name = source.location == QLatin1String("-")
                                 ? QDir::current().absoluteFilePath(QStringLiteral("stdin"))
                                 : source.location;
        if (!tooLarge)
            m_source = KubeconfigDocument::parse(name, source.bytes);
        wipe(source.bytes);
        if (tooLarge) {
            m_result.error = source.location == QLatin1String("-")
                                 ? tr("The kubeconfig on standard input is too large.")
                                 : tr("%1 is too large to be a kubeconfig.").arg(source.location);
            return false;
        }
        return true;
    }
    case Source::Kind::File:
        break;
    }

    step(Step::Reading);
    const QFileInfo info(source.location);
    const QString path = info.absoluteFilePath();
    if (isStream(info)) {
        // The user named it, so waiting for its writer is right; it is read once, to a bound.
        QFile stream(path);
        if (!stream.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            m_result.error = tr("Cannot read %1: %2").arg(path, stream.errorString());
            return false;
        }
        QByteArray bytes = stream.read(MaximumSourceSize + 1);
        const bool tooLarge = bytes.size() > MaximumSourceSize;
        if (!tooLarge)
            m_source = KubeconfigDocument::parse(path, bytes);
        wipe(bytes);
        if (tooLarge) {
            m_result.error = tr("The kubeconfig read from %1 is too large.").arg(path);
            return false;
        }
        return true;
    }
    if (!info.exists()) {
        m_result.error = tr("%1 does not exist.").arg(path);
        return false;
    }
    if (info.isDir()) {
        m_result.error = tr("%1 is a folder; name the kubeconfig file in it.").arg(path);
        return false;
    }
    // Reported as its own case, so the window can offer to read the file with pkexec instead.
    if (!info.isReadable()) {
        m_result.sourceUnreadable = true;
        m_result.error =
            tr("%1 is not readable by you (K3s writes its kubeconfig for root only). Pipe it in instead: "
               "sudo cat %1 | kubeminder import - --name NAME, or start K3s with --write-kubeconfig-mode "
               "0640 and a group you are in.")
                .arg(path);
        return false;
    }
    m_source = KubeconfigDocument::load(path);
    return true;
}

QStringList ImportJob::targetPaths() const
{
    // The same files the window shows, added ones included, so the import sees the same owners of
    // each name as the user does.
    return KubeconfigSources::paths(
        KubeconfigSources::collect(m_setup.paths, KubeconfigSources::added(QSettings())));
}

const ImportJob::Result &ImportJob::prepare()
{
    // prepare() may run again (after the user answered a question); a source already fetched is not
    // fetched a second time, which for SSH would ask for passwords again.
    const bool fetched = m_source.has_value();
    m_result = Result();
    if (m_cancel) {
        m_result.cancelled = true;
        m_result.error = tr("Cancelled.");
        return m_result;
    }
    if (!fetched && !readSource())
        return m_result;

    step(Step::Planning);
    m_planned = targetPaths();
    const KubeconfigSet target = KubeconfigSet::load(m_planned);
    // The user's thresholds, so "the fresh certificate expires soon" warnings match the window.
    const ThresholdSettings::Saved thresholds = ThresholdSettings::read(QSettings());
    m_policy = ExpiryPolicy(thresholds.warningDays, thresholds.criticalDays);
    m_plan = KubeconfigImporter::plan(target, KubeconfigPaths::destination(m_setup.paths), *m_source,
                                      m_setup.request, m_policy, m_setup.now, &m_result.error);
    if (!m_plan)
        return m_result;
    m_result.prepared = true;
    m_result.refresh = m_plan->refresh;
    m_result.changes = m_plan->changes;
    m_result.warnings = m_plan->warnings;
    m_result.kept = m_plan->kept;
    m_result.guarded = m_plan->guarded;
    m_result.newCredential = m_plan->newCredential;
    if (m_plan->notNewer) {
        // Over SSH the kind of server is known; from a file, the certificate's issuer had to say.
        if (m_setup.source.kind == Source::Kind::Ssh) {
            m_plan->notNewer->distribution = distributionOf(m_setup.source.ssh.preset);
            QString ignored;
            if (const std::optional<SshTarget> target = SshTarget::parse(m_setup.source.location, &ignored))
                m_plan->notNewer->host = target->host;
            m_plan->notNewer->service = m_service;
        }
    }
    m_result.notNewer = m_plan->notNewer;
    m_result.files.clear();
    for (const KubeconfigEdit &edit : std::as_const(m_plan->edits))
        m_result.files.push_back(edit.preview());
    return m_result;
}

const ImportJob::Result &ImportJob::commit(bool consent)
{
    if (!m_plan && !prepare().prepared)
        return m_result;
    // Consent is given after the user saw the guarded fields of exactly this plan.
    m_plan->request.allowGuarded = m_plan->request.allowGuarded || consent;

    step(Step::Writing);
    BackupStore backups(m_setup.backupDirectory);
    // The backups this import takes say what they were for, in the Backups window and `kubeminder backups`.
    const BackupReason reason = m_plan->refresh ? BackupReason::beforeRefresh(m_setup.request.name)
                                                : BackupReason::beforeImport(m_setup.request.name);
    KubeconfigWriter writer(backups, RetentionPolicy::fromSettings(QSettings()), reason);
    KubeconfigImporter::Result applied = KubeconfigImporter::apply(*m_plan, writer, m_setup.now);
    m_result.writes = std::move(applied.writes);
    if (!applied.ok) {
        m_result.error = applied.error;
        return m_result;
    }
    m_result.written = true;

    if (m_setup.remember) {
        const Source &source = m_setup.source;
        QSettings settings;
        ImportSourceRegistry(settings).remember(
            m_setup.request.name,
            ImportSource::of(m_setup.request, source.location,
                             source.kind == Source::Kind::Ssh || source.kind == Source::Kind::Command
                                 ? &source.ssh
                                 : nullptr,
                             m_setup.now, source.kind == Source::Kind::Command));
    }

    // What the next kubectl will see.
    step(Step::Checking);
    CheckOptions check;
    check.policy = m_policy;
    check.now = m_setup.now;
    check.onlyContexts = {m_setup.request.name};
    // Read back from disk, not from the plan: the result shows what was really written.
    const CheckReport report = CredentialChecker::check(KubeconfigSet::load(m_planned), check);
    if (!report.contexts.empty())
        m_result.after = report.contexts.front();
    return m_result;
}

} // namespace kubeminder
