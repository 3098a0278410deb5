#include "clusterprober.h"

#include "apiconnection.h"
#include "credentials/certificate.h"
#include "credentials/credentialfile.h"
#include "credentials/credentialrules.h"
#include "credentials/privatekey.h"
#include "proxyresolver.h"
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

namespace {

using Outcome = ProbeResult::Outcome;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

const QByteArray SelfSubjectReviewPath =
    QByteArrayLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews");
const QByteArray SelfSubjectReviewBody =
    QByteArrayLiteral(R"({"kind":"SelfSubjectReview","apiVersion":"authentication.k8s.io/v1",)"
                      R"("metadata":{"creationTimestamp":null},"status":{"userInfo":{}}})");

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// The technical detail of an answer: the Kubernetes Status message when there is one.
QString statusDetail(const HttpResponse &response)
{
    const QString status =
        QStringLiteral("HTTP %1 %2").arg(response.status).arg(QString::fromLatin1(response.reason));
    const QJsonObject json = jsonObject(response.body);
    if (json.value(QLatin1String("kind")).toString() == QLatin1String("Status")) {
        const QString message = json.value(QLatin1String("message")).toString();
        const QString reason = json.value(QLatin1String("reason")).toString();
        if (!reason.isEmpty() && reason != message)
            return QStringLiteral("%1: %2 (%3)").arg(status, message, reason);
        return QStringLiteral("%1: %2").arg(status, message);
    }
    return status;
}

QString statusMessage(const HttpResponse &response)
{
    return jsonObject(response.body).value(QLatin1String("message")).toString();
}

// The DNS and IP names a server certificate is valid for.
QStringList certificateNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    return names;
}

QString commonName(const QSslCertificate &certificate, bool issuer)
{
    const QStringList names = issuer ? certificate.issuerInfo(QSslCertificate::CommonName)
                                     : certificate.subjectInfo(QSslCertificate::CommonName);
    if (!names.isEmpty())
        return names.front();
    return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
}

bool isUntrustedError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::CertificateSignatureFailed:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
    case QSslError::SubjectIssuerMismatch:
    case QSslError::AuthorityIssuerSerialNumberMismatch:
        return true;
    default:
        return false;
    }
}

struct Credentials
{
    enum class Origin { Kubeconfig, ExecPlugin, AuthProvider };
    Origin origin = Origin::Kubeconfig;
    QList<QSslCertificate> chain;
    QSslKey key;
    std::optional<CertificateInfo> leaf;
    QByteArray token;
    std::optional<QDateTime> expiry; ///< of an exec plugin's credential
    QString plugin;                  ///< the exec command or auth-provider name

    bool hasCertificate() const { return !chain.isEmpty(); }
    bool hasToken() const { return !token.isEmpty(); }
};

/// One probe of one context, from configuration to the joined message.
class Probe
{
public:
    Probe(const KubeconfigSet &set, const ContextReport &local, const ProbeOptions &options)
        : m_set(set)
        , m_local(local)
        , m_options(options)
        , m_now(options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc())
    {}
    ~Probe()
    {
        m_credentials.token.fill('\0');
        for (QByteArray &secret : m_secrets)
            secret.fill('\0');
    }

    ProbeResult run();

private:
    bool prepare();
    bool loadCredentials(const UserEntry *user);
    bool loadCertificate(const UserEntry &user);
    bool useCertificate(const QByteArray &certificatePem, const QByteArray &keyPem, const QString &owner);
    bool loadToken(const UserEntry &user);
    bool useToken(const QByteArray &token, const QString &owner);
    bool runExecPlugin(const UserEntry &user);
    bool configureTls();
    ApiConnection::Endpoint endpoint() const;
    void ask();
    std::optional<HttpResponse> askWhoWeAre(ApiConnection &connection, const QByteArray &target,
                                            const Headers &headers);
    bool askDiscovery(ApiConnection &connection, const QByteArray &target, const Headers &headers);

    void finish(Outcome outcome, const QString &message, const QString &detail = {});
    bool configurationError(const QString &message);
    bool notProbed(const QString &message);
    void connectionFailed(const ApiConnection::Error &error);
    void tlsFailed(const ApiConnection::Error &error);
    void unauthorized(const HttpResponse &response);
    QString certificateRejection() const;
    QString tokenRejection() const;
    void accepted();
    void forbidden();
    void unexpected(const HttpResponse &response, const QByteArray &target);
    QString nextStep() const;
    QString hostAndPort() const;
    QString clusterName() const { return m_cluster ? m_cluster->name : m_local.cluster; }
    void addSecret(const QByteArray &secret);
    void scrub();

    const KubeconfigSet &m_set;
    const ContextReport &m_local;
    const ProbeOptions &m_options;
    const QDateTime m_now;
    ProbeResult m_result;

    const ContextEntry *m_context = nullptr;
    const ClusterEntry *m_cluster = nullptr;
    QString m_userName;
    QUrl m_url;
    Credentials m_credentials;
    QList<QSslCertificate> m_caCertificates;
    QSslConfiguration m_tls;
    ProxyChoice m_proxy;
    QList<QByteArray> m_secrets;

    // What the server said, request by request.
    bool m_identified = false;
    bool m_accepted = false;
    int m_acceptedStatus = 0;
    std::optional<HttpResponse> m_forbidden;
    std::optional<std::pair<HttpResponse, QByteArray>> m_unexpected;
};

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
    m_result.durationMs = elapsed.elapsed();
    scrub();
    return m_result;
}

void Probe::finish(Outcome outcome, const QString &message, const QString &detail)
{
    m_result.outcome = outcome;
    m_result.message = message;
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
    const QString hint = m_options.refreshHint ? m_options.refreshHint(m_local.name) : QString();
    return hint.isEmpty() ? ClusterProber::tr("import a fresh kubeconfig from the cluster") : hint;
}

QString Probe::hostAndPort() const
{
    const bool tls = m_url.scheme() != QLatin1String("http");
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
        if (trimmed.size() >= 8 && !trimmed.startsWith("-----"))
            m_secrets << trimmed;
    }
    if (secret.trimmed().size() >= 4)
        m_secrets << secret.trimmed();
}

void Probe::scrub()
{
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
    m_url.setScheme(scheme);

    const UserEntry *user = nullptr;
    if (!m_context->user.isEmpty()) {
        user = m_set.user(m_context->user);
        if (!user)
            return configurationError(CredentialRules::unknownUser(m_local.name, m_context->user));
    }
    if (!loadCredentials(user) || !configureTls())
        return false;
    m_proxy = ProxyResolver::resolve(m_cluster->proxyUrl, m_url, m_options.environment);
    if (!m_proxy.error.isEmpty())
        return configurationError(m_proxy.error);
    if (m_proxy.proxy)
        addSecret(m_proxy.proxy->password().toUtf8());
    return true;
}

bool Probe::loadCredentials(const UserEntry *user)
{
    if (!user)
        return true; // anonymous
    m_userName = user->name;
    if (CredentialRules::hasCertificate(*user) && !loadCertificate(*user))
        return false;
    if (!loadToken(*user))
        return false;
    if (m_credentials.hasCertificate() || m_credentials.hasToken())
        return true;
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
    m_credentials.key = QSslKey(Qt::HANDLE(handle), QSsl::PrivateKey); // takes the reference
    if (m_credentials.key.isNull())
        return configurationError(ClusterProber::tr("the client key of user “%1” is unusable").arg(owner));
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
        return notProbed(ClusterProber::tr("user “%1” gets its credential from the exec plugin “%2”, which "
                                           "is run only when asked: pass --run-exec to run it")
                             .arg(user.name, command));
    QString error;
    std::optional<ExecCredential> credential = m_options.execCredential(user, m_cluster->name, &error);
    if (!credential && !error.isEmpty())
        return configurationError(
            ClusterProber::tr("the exec plugin “%1” of user “%2” failed: %3").arg(command, user.name, error));
    if (!credential)
        return notProbed(
            ClusterProber::tr("the exec plugin “%1” of user “%2” was not run").arg(command, user.name));
    addSecret(credential->token);
    addSecret(credential->clientKeyData);
    const auto wipe = qScopeGuard([&credential] {
        credential->token.fill('\0');
        credential->clientKeyData.fill('\0');
    });
    m_credentials.origin = Credentials::Origin::ExecPlugin;
    m_credentials.plugin = command;
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
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    const ClusterEntry &cluster = *m_cluster;
    const bool hasCa = !cluster.certificateAuthority.isEmpty() || !cluster.certificateAuthorityData.isEmpty();
    if (cluster.insecureSkipTlsVerify) {
        if (hasCa)
            return configurationError(CredentialRules::insecureWithCa(cluster.name));
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
    endpoint.peerName = m_cluster->tlsServerName;
    endpoint.tlsConfiguration = m_tls;
    endpoint.proxy = m_proxy.proxy;
    return endpoint;
}

void Probe::ask()
{
    const QDeadlineTimer deadline(qint64(qMax(1, m_options.timeoutSeconds)) * 1000);
    ApiConnection connection(endpoint(), deadline, m_options.cancel);
    QByteArray prefix = m_url.path(QUrl::FullyEncoded).toUtf8();
    while (prefix.endsWith('/'))
        prefix.chop(1);
    Headers headers{{"Accept", "application/json, */*"},
                    {"User-Agent", QByteArrayLiteral("kubeminder/" KUBEMINDER_VERSION " (probe)")}};
    if (m_credentials.hasToken())
        headers.append(
            std::pair{QByteArrayLiteral("Authorization"), QByteArray("Bearer " + m_credentials.token)});
    const auto wipe = qScopeGuard([&headers] {
        for (auto &header : headers)
            header.second.fill('\0');
    });

    const QByteArray reviewTarget = prefix + SelfSubjectReviewPath;
    const std::optional<HttpResponse> review = askWhoWeAre(connection, reviewTarget, headers);
    if (!review)
        return;
    if (!m_accepted && !askDiscovery(connection, prefix + "/api", headers))
        return;
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
    } else if (!m_unexpected || api->status >= 500) {
        m_unexpected = std::pair{*api, target};
    }
    return true;
}

// "... is forbidden: User "alice" cannot get path "/api"": a refusal names the user and what was
// refused.
QRegularExpressionMatch matchForbidden(const HttpResponse &response)
{
    static const QRegularExpression pattern(QStringLiteral(R"re(User "([^"]*)" cannot (.*)$)re"));
    return pattern.match(statusMessage(response));
}

void Probe::accepted()
{
    m_result.httpStatus = m_acceptedStatus;
    if (!m_identified && m_forbidden) {
        // Not allowed to ask who we are, but allowed in: the refusal named the user.
        const QRegularExpressionMatch match = matchForbidden(*m_forbidden);
        if (match.hasMatch()) {
            m_result.user = match.captured(1);
            m_identified = true;
        }
    }
    QString message;
    if (!m_identified) {
        message = ClusterProber::tr("the server accepted the credentials (before Kubernetes 1.28 it cannot "
                                    "say as whom)");
    } else if (m_result.groups.isEmpty()) {
        message = ClusterProber::tr("authenticated as %1").arg(m_result.user);
    } else {
        message = ClusterProber::tr("authenticated as %1 (groups: %2)")
                      .arg(m_result.user, m_result.groups.join(QStringLiteral(", ")));
    }
    if (!m_result.serverVersion.isEmpty())
        message = ClusterProber::tr("%1; Kubernetes %2").arg(message, m_result.serverVersion);
    finish(Outcome::Ok, message);
}

void Probe::forbidden()
{
    const HttpResponse &response = *m_forbidden;
    m_result.httpStatus = response.status;
    const QRegularExpressionMatch match = matchForbidden(response);
    QString message;
    if (match.hasMatch()) {
        m_result.user = match.captured(1);
        message = ClusterProber::tr("authenticated as %1, but not allowed to %2: the cluster's RBAC rules "
                                    "grant this user nothing here; ask the cluster's administrator for a "
                                    "role binding")
                      .arg(match.captured(1), match.captured(2));
    } else {
        message = ClusterProber::tr("the server accepted the credentials but refuses every request (RBAC); "
                                    "ask the cluster's administrator for a role binding");
    }
    finish(Outcome::Forbidden, message, statusDetail(response));
}

void Probe::unexpected(const HttpResponse &response, const QByteArray &target)
{
    m_result.httpStatus = response.status;
    QString message;
    if (response.status >= 500) {
        message =
            ClusterProber::tr("the API server answered HTTP %1 %2: it may be starting up or overloaded; "
                              "try again later")
                .arg(response.status)
                .arg(QString::fromLatin1(response.reason));
    } else {
        message = ClusterProber::tr("%1 does not answer like a Kubernetes API server (HTTP %2 for %3): check "
                                    "the server address of cluster “%4”")
                      .arg(hostAndPort())
                      .arg(response.status)
                      .arg(QString::fromUtf8(target), clusterName());
    }
    finish(Outcome::UnexpectedResponse, message, statusDetail(response));
}

void Probe::unauthorized(const HttpResponse &response)
{
    m_result.httpStatus = response.status;
    QString message;
    if (m_credentials.hasCertificate()) {
        message = certificateRejection();
        if (m_credentials.hasToken())
            message = ClusterProber::tr("%1; the token was rejected as well").arg(message);
    } else if (m_credentials.hasToken()) {
        message = tokenRejection();
    } else if (m_userName.isEmpty()) {
        message = ClusterProber::tr("the server requires credentials and context “%1” has no user "
                                    "(anonymous access is off); %2")
                      .arg(m_local.name, nextStep());
    } else {
        message =
            ClusterProber::tr("the server requires credentials and user “%1” has none (anonymous access "
                              "is off); %2")
                .arg(m_userName, nextStep());
    }
    finish(Outcome::Unauthorized, message, statusDetail(response));
}

QString Probe::certificateRejection() const
{
    // The local analysis read the same certificate; for an exec plugin's certificate only the
    // leaf itself knows its dates.
    const bool fromKubeconfig = m_credentials.origin == Credentials::Origin::Kubeconfig &&
                                m_local.credential.kind == CredentialKind::ClientCertificate &&
                                m_local.credential.notAfter;
    const CertificateInfo &leaf = *m_credentials.leaf;
    const QDateTime notBefore =
        fromKubeconfig && m_local.credential.notBefore ? *m_local.credential.notBefore : leaf.notBefore;
    const QDateTime notAfter = fromKubeconfig ? *m_local.credential.notAfter : leaf.notAfter;
    QString issuer = fromKubeconfig ? m_local.credential.issuer : QString();
    if (issuer.isEmpty())
        issuer = leaf.issuerCommonName.isEmpty() ? leaf.issuer : leaf.issuerCommonName;
    const QString what =
        m_credentials.origin == Credentials::Origin::ExecPlugin
            ? ClusterProber::tr("the client certificate from the exec plugin “%1”").arg(m_credentials.plugin)
            : ClusterProber::tr("the client certificate");
    if (notAfter <= m_now)
        return ClusterProber::tr("the server rejected %1: it expired on %2; %3")
            .arg(what, TimeText::date(notAfter), nextStep());
    if (notBefore > m_now)
        return ClusterProber::tr(
                   "the server rejected %1: it is not valid until %2; check this computer's clock")
            .arg(what, TimeText::iso(notBefore));
    return ClusterProber::tr(
               "the server rejected %1 although it is valid until %2: the server does not trust "
               "its issuer (%3), so the cluster's CA changed (reinstalled?); %4")
        .arg(what, TimeText::date(notAfter), issuer, nextStep());
}

QString Probe::tokenRejection() const
{
    QString what;
    std::optional<QDateTime> expiry;
    switch (m_credentials.origin) {
    case Credentials::Origin::Kubeconfig:
        what = ClusterProber::tr("the token");
        if (m_local.credential.kind == CredentialKind::Token)
            expiry = m_local.credential.notAfter;
        break;
    case Credentials::Origin::AuthProvider:
        what = ClusterProber::tr("the id-token of the “%1” auth provider").arg(m_credentials.plugin);
        if (m_local.credential.kind == CredentialKind::AuthProvider)
            expiry = m_local.credential.notAfter;
        break;
    case Credentials::Origin::ExecPlugin:
        what = ClusterProber::tr("the token from the exec plugin “%1”").arg(m_credentials.plugin);
        expiry = m_credentials.expiry;
        break;
    }
    if (expiry && *expiry <= m_now)
        return ClusterProber::tr("the server rejected %1: it expired on %2; %3")
            .arg(what, TimeText::date(*expiry), nextStep());
    return ClusterProber::tr("the server rejected %1 (revoked, expired or issued for another cluster); %2")
        .arg(what, nextStep());
}

void Probe::connectionFailed(const ApiConnection::Error &error)
{
    using Failure = ApiConnection::Failure;
    const QString where = hostAndPort();
    const QString through =
        m_proxy.proxy ? ClusterProber::tr(" (through the proxy %1)").arg(m_proxy.description) : QString();
    switch (error.failure) {
    case Failure::None:
    case Failure::Cancelled:
        return finish(Outcome::NotProbed, ClusterProber::tr("the probe was cancelled"));
    case Failure::HostNotFound:
        if (m_proxy.proxy)
            return finish(
                Outcome::DnsFailure,
                ClusterProber::tr("the proxy %1 cannot resolve %2: check the server address of cluster "
                                  "“%3”")
                    .arg(m_proxy.description, m_url.host(), clusterName()),
                error.text);
        return finish(
            Outcome::DnsFailure,
            ClusterProber::tr("cannot resolve %1: check the server address of cluster “%2”, and this "
                              "computer's DNS or VPN")
                .arg(m_url.host(), clusterName()),
            error.text);
    case Failure::Connect:
        if (error.socketError == QAbstractSocket::ConnectionRefusedError)
            return finish(
                Outcome::ConnectionRefused,
                ClusterProber::tr("%1 refused the connection%2: the API server is not running or listens "
                                  "on another port (K3s: systemctl status k3s)")
                    .arg(where, through),
                error.text);
        return finish(Outcome::NetworkError,
                      ClusterProber::tr("cannot reach %1%2: %3; check the network, VPN or firewall")
                          .arg(where, through, error.text),
                      error.text);
    case Failure::Proxy:
        return finish(
            Outcome::ProxyError,
            m_proxy.fromEnvironment
                ? ClusterProber::tr("the proxy %1 could not connect to %2 (%3); check HTTPS_PROXY and "
                                    "NO_PROXY")
                      .arg(m_proxy.description, where, error.text)
                : ClusterProber::tr("the proxy %1 could not connect to %2 (%3); check the proxy-url of "
                                    "cluster “%4”")
                      .arg(m_proxy.description, where, error.text, clusterName()),
            error.text);
    case Failure::Tls:
        return tlsFailed(error);
    case Failure::Timeout:
        return finish(Outcome::Timeout,
                      ClusterProber::tr("no answer from %1%2 within %3 s (%4): the server is down or "
                                        "unreachable, or a firewall or VPN drops the traffic")
                          .arg(where, through)
                          .arg(qMax(1, m_options.timeoutSeconds))
                          .arg(ApiConnection::phaseText(error.phase)),
                      error.text);
    case Failure::Closed:
        return finish(
            Outcome::NetworkError,
            ClusterProber::tr("%1 closed the connection %2: it may not be a Kubernetes API server, or "
                              "something between cut the connection")
                .arg(where, ApiConnection::phaseText(error.phase)),
            error.text);
    case Failure::Protocol:
    case Failure::TooLarge: {
        // What passed its bound is said in the user's language; the detail keeps the technical text.
        const QString what =
            error.failure == Failure::TooLarge ? ApiConnection::tooLargeText(error.part) : error.text;
        return finish(
            Outcome::UnexpectedResponse,
            ClusterProber::tr("%1 does not answer like a Kubernetes API server (%2): check the server "
                              "address of cluster “%3”")
                .arg(where, what, clusterName()),
            error.text);
    }
    }
}

void Probe::tlsFailed(const ApiConnection::Error &error)
{
    QSslCertificate server = error.peerCertificateChain.value(0);
    const QSslError *untrusted = nullptr;
    const QSslError *expired = nullptr;
    const QSslError *notYetValid = nullptr;
    const QSslError *mismatch = nullptr;
    for (const QSslError &sslError : error.sslErrors) {
        if (server.isNull() && !sslError.certificate().isNull())
            server = sslError.certificate();
        if (isUntrustedError(sslError.error()) && !untrusted)
            untrusted = &sslError;
        else if (sslError.error() == QSslError::CertificateExpired && !expired)
            expired = &sslError;
        else if (sslError.error() == QSslError::CertificateNotYetValid && !notYetValid)
            notYetValid = &sslError;
        else if (sslError.error() == QSslError::HostNameMismatch)
            mismatch = &sslError;
    }
    m_result.serverCertificateNames = certificateNames(server);
    const QString detail = error.text;
    const QString issuer = commonName(server, true);
    if (untrusted) {
        if (m_caCertificates.isEmpty()) {
            return finish(
                Outcome::TlsUntrusted,
                ClusterProber::tr("the server's certificate is issued by “%1”, which this computer does "
                                  "not trust: cluster “%2” names no CA; %3")
                    .arg(issuer, clusterName(), nextStep()),
                detail);
        }
        QStringList trusted;
        for (const QSslCertificate &ca : std::as_const(m_caCertificates))
            trusted << commonName(ca, false);
        return finish(
            Outcome::TlsUntrusted,
            ClusterProber::tr("the server's certificate is issued by “%1”, not by the kubeconfig's CA "
                              "“%2”: the cluster's CA was rotated (reinstalled?) or %3 is a different "
                              "cluster; %4")
                .arg(issuer, trusted.join(QStringLiteral("”, “")), hostAndPort(), nextStep()),
            detail);
    }
    if (expired) {
        const QSslCertificate certificate = expired->certificate().isNull() ? server : expired->certificate();
        if (certificate != server) {
            return finish(
                Outcome::TlsServerExpired,
                ClusterProber::tr("the cluster's CA “%1” expired on %2: the cluster's certificates must "
                                  "be rotated; then %3")
                    .arg(commonName(certificate, false), TimeText::date(certificate.expiryDate()),
                         nextStep()),
                detail);
        }
        return finish(
            Outcome::TlsServerExpired,
            ClusterProber::tr("the server's certificate expired on %1: the cluster must renew it (K3s "
                              "renews it when k3s restarts; k3s certificate rotate forces it)")
                .arg(TimeText::date(certificate.expiryDate())),
            detail);
    }
    if (notYetValid) {
        const QSslCertificate certificate =
            notYetValid->certificate().isNull() ? server : notYetValid->certificate();
        return finish(Outcome::TlsError,
                      ClusterProber::tr("the server's certificate is not valid until %1: the clock of this "
                                        "computer or of the server is wrong")
                          .arg(TimeText::iso(certificate.effectiveDate())),
                      detail);
    }
    if (mismatch) {
        const QStringList names = m_result.serverCertificateNames;
        QString suggestion;
        for (const QString &name : names) {
            if (QHostAddress(name).isNull() && !name.startsWith(QLatin1Char('*'))) {
                suggestion = name;
                break;
            }
        }
        const QString shownNames =
            names.isEmpty() ? commonName(server, false) : names.join(QStringLiteral(", "));
        if (!m_cluster->tlsServerName.isEmpty()) {
            return finish(Outcome::TlsNameMismatch,
                          ClusterProber::tr("the server's certificate is valid for %1, not for “%2”, the "
                                            "tls-server-name of cluster “%3”: set tls-server-name to one of "
                                            "those names")
                              .arg(shownNames, m_cluster->tlsServerName, clusterName()),
                          detail);
        }
        if (suggestion.isEmpty()) {
            return finish(
                Outcome::TlsNameMismatch,
                ClusterProber::tr("the server's certificate is valid for %1, not for %2: the address "
                                  "is missing from the certificate (K3s: add --tls-san %2 on the "
                                  "server and restart k3s)")
                    .arg(shownNames, m_url.host()),
                detail);
        }
        return finish(
            Outcome::TlsNameMismatch,
            ClusterProber::tr("the server's certificate is valid for %1, not for %2: the address is "
                              "missing from the certificate (K3s: add --tls-san %2 on the server and "
                              "restart k3s), or set tls-server-name: %3 in cluster “%4”")
                .arg(shownNames, m_url.host(), suggestion, clusterName()),
            detail);
    }
    finish(Outcome::TlsError,
           ClusterProber::tr("the TLS handshake with %1 failed: %2").arg(hostAndPort(), error.text), detail);
}

} // namespace

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
