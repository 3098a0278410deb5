#include "importsourceregistry.h"

#include "commandsource.h"
#include "credentials/distribution.h"
#include "importrequest.h"
#include "sshsource.h"
#include "support/hostname.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace kubeminder {

namespace {
// Context names may hold '/', which QSettings reads as a group separator.
QString groupFor(const QString &contextName)
{
    return QStringLiteral("importSources/") + QString::fromLatin1(QUrl::toPercentEncoding(contextName));
}
} // namespace

ImportSource ImportSource::of(const ImportRequest &request, const QString &location, const SshOptions *ssh,
                              const QDateTime &now, bool command)
{
    const auto absolute = [](const QString &path) {
        return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
    };
    ImportSource record;
    record.kind = command ? QStringLiteral("cmd") : ssh ? QStringLiteral("ssh") : QStringLiteral("file");
    // An ssh:// URL and a command are kept as given; a path is made absolute, since a later refresh
    // may run from another working directory (the window, a systemd timer).
    record.location = ssh || command ? location : absolute(location);
    record.sourceContext = request.sourceContext;
    record.server = request.server;
    record.ns = request.ns;
    record.lastImported = now;
    if (ssh && command) {
        // A command's time limit travels in the fetch options too: a refresh keeps it.
        record.timeoutSeconds = ssh->timeoutSeconds;
    } else if (ssh) {
        // Only the names of the key and known_hosts files are saved, never their contents or a
        // passphrase: a refresh asks again for whatever secret it needs.
        record.identityFile = absolute(ssh->identityFile);
        record.knownHostsFile = absolute(ssh->knownHostsFile);
        record.sudo = SshSource::sudoName(ssh->sudo);
        record.preset = SshSource::presetName(ssh->preset);
        record.timeoutSeconds = ssh->timeoutSeconds;
    }
    return record;
}

QString ImportSource::describe() const
{
    if (kind == QLatin1String("ssh"))
        // Only the host: the user name and path of the URL add nothing to "Refresh from ..." and the
        // sentence must stay short.
        return QCoreApplication::translate("ImportSource", "from %1 over SSH").arg(QUrl(location).host());
    if (kind == QLatin1String("cmd")) {
        QString ignored;
        if (const std::optional<CommandTarget> target = CommandTarget::parse(location, &ignored))
            return QCoreApplication::translate("ImportSource", "from “%1”").arg(target->display());
    }
    return QCoreApplication::translate("ImportSource", "from %1").arg(location);
}

std::optional<ImportSource> ImportSource::suggestedFor(const ContextReport &context)
{
    const QUrl url(context.server);
    const QString host = url.host();
    // A server on this machine (kind, k3d, a K3s installed here) is not reached over SSH.
    if (host.isEmpty() || HostName::isThisMachine(host))
        return std::nullopt;
    // Only a client certificate comes from the server's admin kubeconfig; a token comes from an
    // identity provider or a service account, which no file on the server holds.
    if (context.credential.kind != CredentialKind::ClientCertificate)
        return std::nullopt;
    ImportSource source;
    source.kind = QStringLiteral("ssh");
    QUrl ssh;
    ssh.setScheme(QStringLiteral("ssh"));
    ssh.setHost(host);
    source.location = ssh.toString();
    // The client CA's name says which distribution issued the certificate, and so which file on the
    // server holds a fresh one. kind and minikube run on this machine, never behind SSH.
    switch (DistributionRules::of(context)) {
    case Distribution::Rke2:
        source.preset = QStringLiteral("rke2");
        break;
    case Distribution::Kubeadm:
        source.preset = QStringLiteral("kubeadm");
        break;
    case Distribution::MicroK8s:
        source.preset = QStringLiteral("microk8s");
        break;
    case Distribution::Kind:
    case Distribution::Minikube:
        return std::nullopt;
    case Distribution::K3s:
    case Distribution::K0s:
    case Distribution::Unknown:
        // K3s is what most certificates copied by hand into ~/.kube/config come from.
        source.preset = QStringLiteral("k3s");
        break;
    }
    return source;
}

ImportSourceRegistry::ImportSourceRegistry(QSettings &settings)
    : m_settings(settings)
{}

void ImportSourceRegistry::remember(const QString &contextName, const ImportSource &source)
{
    m_settings.beginGroup(groupFor(contextName));
    // Clears the group first, so a key that an earlier import set and this one does not (a sudo
    // mode, a server) cannot linger and change the next refresh. The person's choice to keep the
    // context fresh is not the import's to undo.
    const QVariant keepFresh = m_settings.value(QStringLiteral("keepFresh"));
    const QVariant lastAttempt = m_settings.value(QStringLiteral("lastAutomaticAttempt"));
    m_settings.remove(QString());
    if (keepFresh.isValid())
        m_settings.setValue(QStringLiteral("keepFresh"), keepFresh);
    if (lastAttempt.isValid())
        m_settings.setValue(QStringLiteral("lastAutomaticAttempt"), lastAttempt);
    m_settings.setValue(QStringLiteral("kind"), source.kind);
    m_settings.setValue(QStringLiteral("location"), source.location);
    m_settings.setValue(QStringLiteral("sourceContext"), source.sourceContext);
    m_settings.setValue(QStringLiteral("server"), source.server);
    m_settings.setValue(QStringLiteral("namespace"), source.ns);
    m_settings.setValue(QStringLiteral("lastImported"), source.lastImported.toUTC().toString(Qt::ISODate));
    m_settings.setValue(QStringLiteral("identityFile"), source.identityFile);
    m_settings.setValue(QStringLiteral("knownHostsFile"), source.knownHostsFile);
    m_settings.setValue(QStringLiteral("sudo"), source.sudo);
    m_settings.setValue(QStringLiteral("preset"), source.preset);
    m_settings.setValue(QStringLiteral("timeoutSeconds"), source.timeoutSeconds);
    m_settings.endGroup();
    // Written at once: the import has already changed the kubeconfig, and a crash before Qt's own
    // deferred sync would leave a context that cannot be refreshed.
    m_settings.sync();
}

std::optional<ImportSource> ImportSourceRegistry::find(const QString &contextName) const
{
    const QString group = groupFor(contextName);
    // "kind" is always written, so its absence means no record (or one removed by hand).
    if (!m_settings.contains(group + QStringLiteral("/kind")))
        return std::nullopt;
    const auto value = [&](const char *key) {
        return m_settings.value(group + QLatin1Char('/') + QLatin1String(key)).toString();
    };
    ImportSource source;
    source.kind = value("kind");
    source.location = value("location");
    source.sourceContext = value("sourceContext");
    source.server = value("server");
    source.ns = value("namespace");
    source.lastImported = QDateTime::fromString(value("lastImported"), Qt::ISODate);
    source.identityFile = value("identityFile");
    source.knownHostsFile = value("knownHostsFile");
    source.sudo = value("sudo");
    source.preset = value("preset");
    // A hand-edited bad number reads as 0, which a refresh ignores, keeping its default timeout.
    source.timeoutSeconds = value("timeoutSeconds").toInt();
    return source;
}

void ImportSourceRegistry::setKeepFresh(const QString &contextName, bool keep)
{
    if (!find(contextName))
        return;
    m_settings.setValue(groupFor(contextName) + QStringLiteral("/keepFresh"), keep);
    m_settings.sync();
}

bool ImportSourceRegistry::keepsFresh(const QString &contextName) const
{
    return find(contextName) &&
           m_settings.value(groupFor(contextName) + QStringLiteral("/keepFresh")).toBool();
}

QDateTime ImportSourceRegistry::lastAutomaticAttempt(const QString &contextName) const
{
    return QDateTime::fromString(
        m_settings.value(groupFor(contextName) + QStringLiteral("/lastAutomaticAttempt")).toString(),
        Qt::ISODate);
}

void ImportSourceRegistry::setLastAutomaticAttempt(const QString &contextName, const QDateTime &when)
{
    if (!find(contextName))
        return;
    m_settings.setValue(groupFor(contextName) + QStringLiteral("/lastAutomaticAttempt"),
                        when.toUTC().toString(Qt::ISODate));
    m_settings.sync();
}

// So that a new context of the same name does not inherit another server's source.
void ImportSourceRegistry::forget(const QString &contextName)
{
    m_settings.remove(groupFor(contextName));
}

} // namespace kubeminder
