#include "probe.h"
#include "support/timetext.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSslSocket>

namespace kubeminder::probing {

namespace {

// The technical detail of an answer: the Kubernetes Status message when there is one.
QString statusDetail(const HttpResponse &response)
{
    // The status line comes first because it is there even when the body is not a Status (an HTML
    // error page from a proxy or load balancer).
    const QString status =
        QStringLiteral("HTTP %1 %2").arg(response.status).arg(QString::fromLatin1(response.reason));
    const QJsonObject json = jsonObject(response.body);
    if (json.value(QLatin1String("kind")).toString() == QLatin1String("Status")) {
        const QString message = json.value(QLatin1String("message")).toString();
        const QString reason = json.value(QLatin1String("reason")).toString();
        // The reason ("Unauthorized", "Forbidden") adds nothing when the server repeated it as the message.
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
// Only SANs count as names: Go's x509 has ignored the CN for host names since Go 1.15, so kubectl
// would not accept a name that is only in the CN.
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

// The CN is what a user recognises ("k3s-server-ca@1700000000"); the full display name is only
// the fallback for a certificate without one.
QString commonName(const QSslCertificate &certificate, bool issuer)
{
    const QStringList names = issuer ? certificate.issuerInfo(QSslCertificate::CommonName)
                                     : certificate.subjectInfo(QSslCertificate::CommonName);
    if (!names.isEmpty())
        return names.front();
    return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
}

// Every error that means "this chain does not end in a CA we were told to trust". They share one
// cause for a kubeconfig user (a CA that changed or a wrong cluster) and one piece of advice.
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

// "... is forbidden: User "alice" cannot get path "/api"": a refusal names the user and what was
// refused.
QRegularExpressionMatch matchForbidden(const HttpResponse &response)
{
    // The sentence of the API server's RBAC authorizer. If a server words it differently, the match
    // fails and the generic message is used; nothing depends on it beyond the wording.
    static const QRegularExpression pattern(QStringLiteral(R"re(User "([^"]*)" cannot (.*)$)re"));
    return pattern.match(statusMessage(response));
}

} // namespace

// The status kept is that of the request that decided the outcome, not of the last one sent.
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
        // The version helps the user see which cluster answered when several contexts share an address.
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
    // 5xx comes from an API server that is there but unwell (etcd down, starting up). Changing the
    // kubeconfig would not help, so the advice is to wait.
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
    // The certificate is explained first: when both are sent the server tried the certificate first,
    // and the certificate is what an import can replace.
    if (m_credentials.hasCertificate()) {
        message = certificateRejection();
        if (m_credentials.hasToken())
            message = ClusterProber::tr("%1; the token was rejected as well").arg(message);
    } else if (m_credentials.hasToken()) {
        message = tokenRejection();
        // No credentials at all and a 401: the cluster has anonymous access off, so the context needs a
        // user with credentials.
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
    // The dates from the local report are preferred when they describe this certificate, so the probe
    // message and the check report agree to the second.
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
    // Expiry explains a 401 best, then a wrong clock. A certificate that is valid by its dates and
    // still rejected points at a CA the server no longer trusts, the classic K3s reinstall.
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
    // The local report's date is the token's only when its analysis was of a token; for any other
    // kind it belongs to another credential.
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
    // Without a readable expiry, the probe cannot tell the causes apart and names them all.
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
    // None should not arrive here; if it does, "not probed" is the answer that claims the least.
    case Failure::None:
    case Failure::Cancelled:
        return finish(Outcome::NotProbed, ClusterProber::tr("the probe was cancelled"));
    case Failure::HostNotFound:
        // Behind a proxy the proxy resolves the name, so this computer's DNS is not the one to check.
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
    // Refused is worth its own outcome: the host is up and reachable, only nothing listens there, which
    // for K3s means the service is down. Any other connect error is the network's.
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
    // The phase (connecting, TLS handshake, waiting for the answer) tells a firewall that drops
    // packets from a server that accepts the connection and then hangs.
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
    // The peer chain may be empty when the handshake failed early; the certificate attached to the
    // first SSL error is the next best source of the server's identity.
    QSslCertificate server = error.peerCertificateChain.value(0);
    const QSslError *untrusted = nullptr;
    const QSslError *expired = nullptr;
    const QSslError *notYetValid = nullptr;
    const QSslError *mismatch = nullptr;
    for (const QSslError &sslError : error.sslErrors) {
        if (server.isNull() && !sslError.certificate().isNull())
            server = sslError.certificate();
        // The first error of each kind is kept; which one is explained is decided below, by priority.
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
    // Trust is explained before dates and names: with an untrusted chain the other errors may come
    // from a certificate we should not believe anyway.
    if (untrusted) {
        // Without a CA in the kubeconfig the system's CAs were used, and a private cluster CA is not
        // among them.
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
        // An expired certificate other than the server's own is a CA in its chain, which only rotating the
        // cluster's certificates can fix.
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
            // Only a concrete DNS name is suggested for tls-server-name: an IP or a wildcard cannot be one.
            if (QHostAddress(name).isNull() && !name.startsWith(QLatin1Char('*'))) {
                suggestion = name;
                break;
            }
        }
        const QString shownNames =
            names.isEmpty() ? commonName(server, false) : names.join(QStringLiteral(", "));
        // The user already overrides the name; the fix is to choose another one, not to add a SAN.
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
    // Any other handshake failure (protocol version, a client certificate the server refused at the
    // TLS layer) gets OpenSSL's text, which is the most precise we have.
    finish(Outcome::TlsError,
           ClusterProber::tr("the TLS handshake with %1 failed: %2").arg(hostAndPort(), error.text), detail);
}

} // namespace kubeminder::probing
