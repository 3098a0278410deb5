#pragma once

#include <QString>
#include <QStringList>

namespace kubeminder {

/// What the API server said about one context's credentials, joined with the local analysis.
/// Plain values; nothing in here is secret (no token, key or proxy password in any field).
struct ProbeResult
{
    enum class Outcome {
        Ok,                 ///< the server accepted the credentials
        Unauthorized,       ///< 401: the server did not accept them (or there were none)
        Forbidden,          ///< 403 everywhere: authenticated, but RBAC allows nothing
        TlsUntrusted,       ///< the server certificate is not signed by the kubeconfig's CA
        TlsNameMismatch,    ///< the server certificate is not valid for the address used
        TlsServerExpired,   ///< the server certificate has expired
        TlsError,           ///< any other TLS failure
        DnsFailure,         ///< the server's name does not resolve
        ConnectionRefused,  ///< nothing listens on the server's port
        Timeout,            ///< no answer within the probe's time budget
        ProxyError,         ///< the proxy refused or could not reach the server
        NetworkError,       ///< any other network failure
        UnexpectedResponse, ///< an answer, but not one a Kubernetes API server gives (5xx, not HTTP)
        NotProbed,          ///< not asked: exec plugin not run, basic auth, cancelled
        ConfigurationError, ///< the kubeconfig cannot be used as it is (no server, unreadable key)
    };

    QString context;
    QString server;
    Outcome outcome = Outcome::NotProbed;
    int httpStatus = 0;    ///< the status of the deciding answer; 0 when there was none
    QString serverVersion; ///< gitVersion from /version, e.g. "v1.30.4+k3s1"
    QString user;          ///< who the server thinks we are (SelfSubjectReview), when it says
    QStringList groups;
    /// Translated sentence: the cause, joined with the local analysis, and the next step.
    QString message;
    /// Technical: the server's Status message, TLS or socket error texts. Untranslated.
    QString detail;
    /// The names (subject alternative names) of the server certificate, when TLS failed on it.
    QStringList serverCertificateNames;
    qint64 durationMs = 0;
    /// ContextReport::connectionId() of the context as it was tested: a later check whose
    /// context says otherwise (refreshed, restored) makes this answer stale.
    QString testedConnection;
    /// The local analysis, whatever the server said: the credential's own expiry has passed. A
    /// server that is down hides that; both are named, or the user fixes one and meets the other.
    bool credentialExpired = false;

    bool ok() const { return outcome == Outcome::Ok; }
    /// The server's answer was about the way to it (refused, timeout, TLS, DNS...), not about the
    /// credential, and the credential has expired too: both must be named.
    bool expiryBehindAnotherFailure() const
    {
        return credentialExpired && outcome != Outcome::Ok && outcome != Outcome::Unauthorized &&
               outcome != Outcome::Forbidden && outcome != Outcome::NotProbed &&
               outcome != Outcome::ConfigurationError;
    }
};

/// Stable machine name: "ok", "unauthorized", "forbidden", "tls-untrusted", "tls-name-mismatch",
/// "tls-server-expired", "tls-error", "dns-failure", "connection-refused", "timeout",
/// "proxy-error", "network-error", "unexpected-response", "not-probed", "configuration-error".
QString probeOutcomeName(ProbeResult::Outcome outcome);
/// Translated, short human name.
QString probeOutcomeLabel(ProbeResult::Outcome outcome);

} // namespace kubeminder
