#include "clusterprober.h"

#include "apiconnection.h"
#include "credentials/certificate.h"
#include "credentials/credentialrules.h"
#include "credentials/privatekey.h"
#include "probe.h"
#include "proxyresolver.h"
#include "support/credentialfile.h"
#include "support/timetext.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>
#include <QThreadPool>

#include <openssl/evp.h>

namespace kubeminder {

namespace probing {

namespace {

const QByteArray SelfSubjectReviewPath =
    QByteArrayLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews");
// An empty review that the server fills in, as Go serialises the one `kubectl auth whoami` posts.
const QByteArray SelfSubjectReviewBody =
    QByteArrayLiteral(R"({"kind":"SelfSubjectReview","apiVersion":"authentication.k8s.io/v1",)"
                      R"("metadata":{"creationTimestamp":null},"status":{"userInfo":{}}})");

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

// A server answer is untrusted text: anything that is not a JSON object reads as an empty object,
// and every field lookup below then simply finds nothing.
QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

ProbeResult Probe::run()
{
    QElapsedTimer elapsed;
    elapsed.start();
    m_result.context = m_local.name;
    m_result.server = m_local.server;
    if (m_options.cancel && m_options.cancel->load())
        notProbed(ClusterProber::tr("the probe was cancelled"));
    else if (prepare())
        ask();
    // scrub() runs last, on every path out, so no early return can leak a secret into the result.
    m_result.durationMs = elapsed.elapsed();
    scrub();
    return m_result;
}

void Probe::finish(Outcome outcome, const QString &message, const QString &detail)
{
    m_result.outcome = outcome;
    m_result.message = message;
    const auto &notAfter = m_local.credential.notAfter;
    m_result.credentialExpired = notAfter && notAfter->isValid() && *notAfter <= m_now &&
                                 m_local.credential.kind != CredentialKind::Exec;
    // A rejection already explains the expiry; any other answer (refused, timeout, TLS) is about
    // the way to the server and says nothing of the credential, so the local finding is added.
    if (m_result.expiryBehindAnotherFailure())
        m_result.message += ClusterProber::tr("; besides, the credential itself expired on %1: %2")
                                .arg(TimeText::date(*notAfter), nextStep());
    // An empty detail keeps the one an earlier step recorded (a TLS error text, a server's Status).
    if (!detail.isEmpty())
        m_result.detail = detail;
}

bool Probe::configurationError(const QString &message)
{
    finish(Outcome::ConfigurationError, message);
    return false;
}

bool Probe::notProbed(const QString &message)
{
    finish(Outcome::NotProbed, message);
    return false;
}

QString Probe::nextStep() const
{
    // The window knows whether an import source is saved for this context and can say "refresh from
    // <server>"; the generic advice is for the CLI and for contexts without a source.
    const QString hint = m_options.refreshHint ? m_options.refreshHint(m_local.name) : QString();
    return hint.isEmpty() ? ClusterProber::tr("import a fresh kubeconfig from the cluster") : hint;
}

QString Probe::hostAndPort() const
{
    const bool tls = m_url.scheme() != QLatin1String("http");
    // An IPv6 literal needs brackets, or its colons run into the port.
    const QString host = m_url.host().contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + m_url.host() + QLatin1Char(']')
                             : m_url.host();
    return host + QLatin1Char(':') + QString::number(m_url.port(tls ? 443 : 80));
}

void Probe::addSecret(const QByteArray &secret)
{
    // Whole secrets, and every line of a PEM key: a message quoting part of one is still a leak.
    const QList<QByteArray> lines = secret.split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        // Short lines are skipped: redacting every 3-letter fragment would garble ordinary words. The
        // PEM marker lines are public text, not part of the secret.
        if (trimmed.size() >= 8 && !trimmed.startsWith("-----"))
            m_secrets << trimmed;
    }
    if (secret.trimmed().size() >= 4)
        m_secrets << secret.trimmed();
}

void Probe::scrub()
{
    // Every field that can hold text from the server or a plugin is scrubbed: an error page or a
    // misbehaving server may echo the Authorization header back.
    const auto clean = [this](QString &text) {
        for (const QByteArray &secret : std::as_const(m_secrets)) {
            const QString plain = QString::fromUtf8(secret);
            if (!plain.isEmpty() && text.contains(plain))
                text.replace(plain, QStringLiteral("[redacted]"));
        }
    };
    clean(m_result.message);
    clean(m_result.detail);
    clean(m_result.user);
    clean(m_result.serverVersion);
    for (QString &group : m_result.groups)
        clean(group);
}

bool Probe::prepare()
{
    m_context = m_set.context(m_local.name);
    if (!m_context)
        return configurationError(
            ClusterProber::tr("context “%1” is not in the loaded kubeconfigs").arg(m_local.name));
    if (m_context->cluster.isEmpty())
        return configurationError(CredentialRules::contextWithoutCluster(m_local.name));
    m_cluster = m_set.cluster(m_context->cluster);
    if (!m_cluster)
        return configurationError(CredentialRules::unknownCluster(m_local.name, m_context->cluster));
    m_result.server = m_cluster->server;
    if (m_cluster->server.trimmed().isEmpty())
        return configurationError(CredentialRules::noServer(m_cluster->name));
    QString server = m_cluster->server.trimmed();
    // kubectl accepts a server without a scheme ("10.0.0.1:6443") and uses https for it whenever TLS
    // settings exist, as on every real cluster; the probe always assumes https.
    if (!server.contains(QLatin1String("://")))
        server.prepend(QLatin1String("https://"));
    m_url = QUrl(server, QUrl::StrictMode);
    const QString scheme = m_url.scheme().toLower();
    if (!m_url.isValid() || m_url.host().isEmpty())
        return configurationError(
            ClusterProber::tr("the server address “%1” of cluster “%2” is not a valid URL")
                .arg(m_cluster->server, m_cluster->name));
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return configurationError(ClusterProber::tr("the server address “%1” of cluster “%2” uses “%3”; "
                                                    "an API server is reached over https://")
                                      .arg(m_cluster->server, m_cluster->name, scheme));
    // Lower-cased, so every later comparison against "http" and "https" is exact.
    m_url.setScheme(scheme);

    const UserEntry *user = nullptr;
    if (!m_context->user.isEmpty()) {
        user = m_set.user(m_context->user);
        if (!user)
            return configurationError(CredentialRules::unknownUser(m_local.name, m_context->user));
    }
    // Credentials come before TLS, because configureTls() puts the client certificate into the TLS
    // configuration. The proxy comes last: its failure is a configuration error of its own.
    if (!loadCredentials(user) || !configureTls())
        return false;
    m_proxy = ProxyResolver::resolve(m_cluster->proxyUrl, m_url, m_options.environment);
    if (!m_proxy.error.isEmpty())
        return configurationError(m_proxy.error);
    if (m_proxy.proxy)
        // The proxy password travels in Proxy-Authorization and could be echoed by a proxy's error page.
        addSecret(m_proxy.proxy->password().toUtf8());
    return true;
}

bool Probe::loadCredentials(const UserEntry *user)
{
    if (!user)
        return true; // anonymous
    m_userName = user->name;
    // Certificate and token may both be set; client-go sends both, and so does the probe, so it sees
    // the same answer kubectl would.
    if (CredentialRules::hasCertificate(*user) && !loadCertificate(*user))
        return false;
    if (!loadToken(*user))
        return false;
    if (m_credentials.hasCertificate() || m_credentials.hasToken())
        return true;
    // An exec plugin is only consulted when the kubeconfig gives no static credential, as in
    // client-go, where a static token or certificate wins over the plugin's.
    if (user->exec)
        return runExecPlugin(*user);
    if (!user->authProvider.isEmpty()) {
        // client-go's oidc provider sends the id-token as a bearer token (refreshing it first when
        // it ran out, which the probe does not do: a rejection then says the token expired).
        if (user->authProvider == QLatin1String("oidc") && !user->authProviderIdToken.isEmpty()) {
            m_credentials.origin = Credentials::Origin::AuthProvider;
            m_credentials.plugin = user->authProvider;
            return useToken(user->authProviderIdToken, user->name);
        }
        return notProbed(ClusterProber::tr("user “%1” gets its credentials from the “%2” auth provider, "
                                           "which the probe cannot use; check it with kubectl")
                             .arg(user->name, user->authProvider));
    }
    if (!user->username.isEmpty() || user->hasPassword)
        return notProbed(ClusterProber::tr("user “%1” signs in with a user name and password, which "
                                           "Kubeminder does not read (Kubernetes removed basic "
                                           "authentication in 1.19)")
                             .arg(user->name));
    return true; // a user without credentials: anonymous
}

bool Probe::loadCertificate(const UserEntry &user)
{
    QString error;
    const auto certificatePem = CredentialFile::read(user.clientCertificateData, user.clientCertificate,
                                                     CredentialRules::clientCertificate(), &error);
    if (!certificatePem)
        return configurationError(error);
    const auto keyPem =
        CredentialFile::read(user.clientKeyData, user.clientKey, CredentialRules::clientKey(), &error);
    if (!keyPem)
        return configurationError(error);
    // Registered before any parsing, so even a parse error that quotes the input cannot show the key.
    addSecret(*keyPem);
    if (certificatePem->isEmpty())
        return configurationError(CredentialRules::keyWithoutCertificate(user.name));
    if (keyPem->isEmpty())
        return configurationError(CredentialRules::certificateWithoutKey(user.name));
    return useCertificate(*certificatePem, *keyPem, user.name);
}

bool Probe::useCertificate(const QByteArray &certificatePem, const QByteArray &keyPem, const QString &owner)
{
    addSecret(keyPem);
    QString why;
    const std::vector<Certificate> chain = Certificate::parsePemBundle(certificatePem, &why);
    if (chain.empty())
        return configurationError(CredentialRules::certificateUnreadable(owner, why));
    const std::optional<PrivateKey> key = PrivateKey::parsePem(keyPem, &why);
    if (!key)
        return configurationError(CredentialRules::keyUnusable(owner, why));
    if (!chain.front().matches(*key))
        return configurationError(CredentialRules::keyMismatch(owner));
    // QSslKey reads only some PEM flavours per algorithm; handing it OpenSSL's key as an opaque
    // handle covers every type PrivateKey reads (EC, RSA, Ed25519; SEC1, PKCS#1, PKCS#8).
    EVP_PKEY *handle = key->handle();
    if (!handle || EVP_PKEY_up_ref(handle) != 1)
        return configurationError(ClusterProber::tr("the client key of user “%1” is unusable").arg(owner));
    // EVP_PKEY_up_ref above gave QSslKey its own reference; PrivateKey keeps and frees its own.
    m_credentials.key = QSslKey(Qt::HANDLE(handle), QSsl::PrivateKey); // takes the reference
    if (m_credentials.key.isNull())
        return configurationError(ClusterProber::tr("the client key of user “%1” is unusable").arg(owner));
    // The whole chain is sent, as Go's tls sends every certificate of a client-certificate file: a
    // server that trusts only a root needs the intermediates that follow the leaf.
    for (const Certificate &certificate : chain)
        m_credentials.chain << QSslCertificate(certificate.der(), QSsl::Der);
    m_credentials.leaf = chain.front().info();
    return true;
}

bool Probe::loadToken(const UserEntry &user)
{
    const CredentialRules::BearerToken bearer = CredentialRules::bearerToken(user);
    if (!bearer.error.isEmpty())
        return configurationError(bearer.error);
    if (bearer.token.isEmpty())
        return true;
    return useToken(bearer.token, user.name);
}

bool Probe::useToken(const QByteArray &token, const QString &owner)
{
    addSecret(token);
    // A line break would end the Authorization header and start another one.
    if (token.contains('\n') || token.contains('\r'))
        return configurationError(
            ClusterProber::tr("the token of user “%1” contains a line break; remove it").arg(owner));
    m_credentials.token = token;
    return true;
}

bool Probe::runExecPlugin(const UserEntry &user)
{
    const QString command = user.exec->command;
    if (!m_options.execCredential)
        return notProbed((m_options.surface == Surface::Window
                              ? ClusterProber::tr("user “%1” gets its credential from the exec plugin “%2”, "
                                                  "which is run only when asked: choose “Run the exec plugin "
                                                  "and test again”")
                              : ClusterProber::tr("user “%1” gets its credential from the exec plugin “%2”, "
                                                  "which is run only when asked: pass --run-exec to run it"))
                             .arg(user.name, command));
    QString error;
    // A failure with a message is a configuration error (the plugin is broken or refused to run);
    // one without means the plugin was not run, which is "not probed".
    std::optional<ExecCredential> credential = m_options.execCredential(user, m_cluster->name, &error);
    if (!credential && !error.isEmpty())
        return configurationError(
            ClusterProber::tr("the exec plugin “%1” of user “%2” failed: %3").arg(command, user.name, error));
    if (!credential)
        return notProbed(
            ClusterProber::tr("the exec plugin “%1” of user “%2” was not run").arg(command, user.name));
    addSecret(credential->token);
    addSecret(credential->clientKeyData);
    // The plugin's output is secret; once it has been copied into the TLS key and the header it is
    // wiped, on every path out of this function.
    const auto wipe = qScopeGuard([&credential] {
        credential->token.fill('\0');
        credential->clientKeyData.fill('\0');
    });
    m_credentials.origin = Credentials::Origin::ExecPlugin;
    m_credentials.plugin = command;
    // The certificate's own date wins over the plugin's expirationTimestamp: it is what the server
    // actually checks.
    m_credentials.expiry = credential->notAfter ? credential->notAfter : credential->expirationTimestamp;
    if (!credential->clientCertificateData.isEmpty() || !credential->clientKeyData.isEmpty()) {
        if (!useCertificate(credential->clientCertificateData, credential->clientKeyData, user.name))
            return false;
    }
    if (!credential->token.isEmpty() && !useToken(credential->token, user.name))
        return false;
    if (!m_credentials.hasCertificate() && !m_credentials.hasToken())
        return configurationError(
            ClusterProber::tr("the exec plugin “%1” of user “%2” returned no credential")
                .arg(command, user.name));
    return true;
}

bool Probe::configureTls()
{
    m_tls = QSslConfiguration::defaultConfiguration();
    // TLS 1.2 is client-go's minimum too.
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    const ClusterEntry &cluster = *m_cluster;
    const bool hasCa = !cluster.certificateAuthority.isEmpty() || !cluster.certificateAuthorityData.isEmpty();
    if (cluster.insecureSkipTlsVerify) {
        if (hasCa)
            return configurationError(CredentialRules::insecureWithCa(cluster.name));
        // The user asked for it in the kubeconfig; kubectl skips verification then, and the probe must
        // give the same answer, not a stricter one.
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (hasCa) {
            QString error;
            const auto pem =
                CredentialFile::read(cluster.certificateAuthorityData, cluster.certificateAuthority,
                                     CredentialRules::clusterCa(), &error);
            if (!pem)
                return configurationError(error);
            m_caCertificates = QSslCertificate::fromData(*pem, QSsl::Pem);
            if (m_caCertificates.isEmpty())
                return configurationError(
                    ClusterProber::tr("the CA of cluster “%1” is unreadable").arg(cluster.name));
            // Only the kubeconfig's CA, as client-go does: the system's CAs vouch for public
            // names, not for this cluster.
            m_tls.setCaCertificates(m_caCertificates);
        }
    }
    if (m_credentials.hasCertificate()) {
        m_tls.setLocalCertificateChain(m_credentials.chain);
        m_tls.setPrivateKey(m_credentials.key);
    }
    return true;
}

ApiConnection::Endpoint Probe::endpoint() const
{
    ApiConnection::Endpoint endpoint;
    endpoint.tls = m_url.scheme() == QLatin1String("https");
    endpoint.host = m_url.host();
    endpoint.port = quint16(m_url.port(endpoint.tls ? 443 : 80));
    // Go sends the URL's host as written, with the port only when the URL has one.
    QString hostHeader = m_url.host(QUrl::FullyEncoded);
    if (hostHeader.contains(QLatin1Char(':')))
        hostHeader = QLatin1Char('[') + hostHeader + QLatin1Char(']');
    if (m_url.port() != -1)
        hostHeader += QLatin1Char(':') + QString::number(m_url.port());
    endpoint.hostHeader = hostHeader.toUtf8();
    // tls-server-name overrides the name the certificate is checked against (and the SNI), as in
    // client-go, for clusters reached through an IP address or a tunnel.
    endpoint.peerName = m_cluster->tlsServerName;
    endpoint.tlsConfiguration = m_tls;
    endpoint.proxy = m_proxy.proxy;
    return endpoint;
}

void Probe::ask()
{
    // One deadline for all the requests of a probe, not one per request, so `--timeout` bounds the
    // whole probe of a context as the user expects.
    const QDeadlineTimer deadline(qint64(qMax(1, m_options.timeoutSeconds)) * 1000);
    ApiConnection connection(endpoint(), deadline, m_options.cancel);
    QByteArray prefix = m_url.path(QUrl::FullyEncoded).toUtf8();
    // A server URL may carry a path ("https://rancher/k8s/clusters/c-1"); client-go prefixes every API
    // path with it. A trailing slash would give "//api".
    while (prefix.endsWith('/'))
        prefix.chop(1);
    Headers headers{{"Accept", "application/json, */*"},
                    {"User-Agent", QByteArrayLiteral("kubeminder/" KUBEMINDER_VERSION " (probe)")}};
    if (m_credentials.hasToken())
        headers.append(
            std::pair{QByteArrayLiteral("Authorization"), QByteArray("Bearer " + m_credentials.token)});
    // The Authorization header holds a copy of the token; wipe it on every way out.
    const auto wipe = qScopeGuard([&headers] {
        for (auto &header : headers)
            header.second.fill('\0');
    });

    const QByteArray reviewTarget = prefix + SelfSubjectReviewPath;
    const std::optional<HttpResponse> review = askWhoWeAre(connection, reviewTarget, headers);
    if (!review)
        return;
    // Discovery is asked only when the review did not already identify us.
    if (!m_accepted && !askDiscovery(connection, prefix + "/api", headers))
        return;
    // /version is readable by anyone (even anonymous users on most clusters); the version helps the
    // user tell which cluster answered, and its failure decides nothing.
    const auto version = connection.send("GET", prefix + "/version", headers);
    if (version && isSuccess(version->status))
        m_result.serverVersion = jsonObject(version->body).value(QLatin1String("gitVersion")).toString();
    if (m_accepted)
        return accepted();
    if (m_forbidden)
        return forbidden();
    if (m_unexpected)
        return unexpected(m_unexpected->first, m_unexpected->second);
    unexpected(*review, reviewTarget);
}

std::optional<HttpResponse> Probe::askWhoWeAre(ApiConnection &connection, const QByteArray &target,
                                               const Headers &headers)
{
    // A SelfSubjectReview (Kubernetes 1.28 and later) says who the server thinks we are.
    Headers post = headers;
    post.append(std::pair{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    const auto review = connection.send("POST", target, post, SelfSubjectReviewBody);
    for (auto &header : post)
        header.second.fill('\0');
    if (!review) {
        connectionFailed(connection.error());
        return std::nullopt;
    }
    // 401 is decisive: the server did not accept the credentials, and no other request can change
    // that, so the probe stops here.
    if (review->status == 401) {
        unauthorized(*review);
        return std::nullopt;
    }
    if (isSuccess(review->status)) {
        const QJsonObject userInfo = jsonObject(review->body)
                                         .value(QLatin1String("status"))
                                         .toObject()
                                         .value(QLatin1String("userInfo"))
                                         .toObject();
        if (userInfo.contains(QLatin1String("username"))) {
            m_identified = m_accepted = true;
            m_acceptedStatus = review->status;
            m_result.user = userInfo.value(QLatin1String("username")).toString();
            const QJsonArray groups = userInfo.value(QLatin1String("groups")).toArray();
            for (const QJsonValue &group : groups)
                m_result.groups << group.toString();
        }
        // 403 on the review means authenticated but not allowed to ask: discovery may still show that
        // the credentials work.
    } else if (review->status == 403) {
        m_forbidden = *review;
    } else if (review->status >= 500) {
        m_unexpected = std::pair{*review, target};
    }
    return review;
}

bool Probe::askDiscovery(ApiConnection &connection, const QByteArray &target, const Headers &headers)
{
    // Older servers (or one with the API switched off) answer the review with 404: discovery,
    // which every authenticated user may read, says whether the credentials are accepted.
    const auto api = connection.send("GET", target, headers);
    if (!api) {
        connectionFailed(connection.error());
        return false;
    }
    if (api->status == 401) {
        unauthorized(*api);
        return false;
    }
    if (isSuccess(api->status) &&
        jsonObject(api->body).value(QLatin1String("kind")).toString() == QLatin1String("APIVersions")) {
        m_accepted = true;
        m_acceptedStatus = api->status;
    } else if (api->status == 403) {
        if (!m_forbidden)
            m_forbidden = *api;
        // A 5xx is kept over an earlier odd answer: it is the one that most likely explains the failure.
    } else if (!m_unexpected || api->status >= 500) {
        m_unexpected = std::pair{*api, target};
    }
    return true;
}

} // namespace probing

using probing::Probe;

ProbeResult ClusterProber::probe(const KubeconfigSet &set, const ContextReport &local,
                                 const ProbeOptions &options)
{
    // Blocking sockets (and a local event loop for the name lookup) have no place on the GUI
    // thread; QCoreApplication's inherits() needs no QtGui to tell.
    Q_ASSERT_X(!(QCoreApplication::instance() &&
                 QThread::currentThread() == QCoreApplication::instance()->thread() &&
                 QCoreApplication::instance()->inherits("QGuiApplication")),
               "ClusterProber::probe", "never probe on the GUI thread");
    return Probe(set, local, options).run();
}

std::vector<ProbeResult>
ClusterProber::probeAll(const KubeconfigSet &set, const CheckReport &report, const ProbeOptions &options,
                        const std::function<void(std::size_t index, const ProbeResult &result)> &onResult)
{
    std::vector<ProbeResult> results(report.contexts.size());
    // A private pool, bounded by the option: probes spend their time waiting on the network, and a
    // private pool's threads end (and take OpenSSL's per-thread state with them) before we return.
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, options.concurrency));
    for (std::size_t i = 0; i < report.contexts.size(); ++i) {
        // Each task writes only its own slot of `results`, so no lock is needed; waitForDone() below is
        // the synchronisation point.
        pool.start([&, i] {
            results[i] = probe(set, report.contexts[i], options);
            if (onResult)
                onResult(i, results[i]);
        });
    }
    pool.waitForDone();
    return results;
}

} // namespace kubeminder
