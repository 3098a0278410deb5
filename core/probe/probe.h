#pragma once

// The probe's inner class, shared by the two files it is written in: clusterprober.cpp runs a
// probe, probediagnosis.cpp explains its outcome. Not part of ClusterProber's interface.

#include "apiconnection.h"
#include "clusterprober.h"
#include "proxyresolver.h"

#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>

#include <optional>

namespace kubeminder::probing {

using Outcome = ProbeResult::Outcome;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

/// The body of an answer as a JSON object (empty when it is none).
QJsonObject jsonObject(const QByteArray &body);

/// What the probe sends, gathered from the kubeconfig or an exec plugin. Holds secrets (the key,
/// the token): it lives only inside a Probe, which wipes the token when it ends.
struct Credentials
{
    enum class Origin { Kubeconfig, ExecPlugin, AuthProvider };
    /// Where the credential came from decides how a rejection is explained: only one read from the
    /// kubeconfig can be compared with the local report.
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

/// One probe of one context, from configuration to the joined message. Running it (reading the
/// credentials, the TLS handshake, the requests) is in clusterprober.cpp; explaining what the
/// server or the network answered, in probediagnosis.cpp.
class Probe
{
public:
    Probe(const KubeconfigSet &set, const ContextReport &local, const ProbeOptions &options)
        : m_set(set)
        , m_local(local)
        , m_options(options)
        // The CLI passes the check's "now" so report and probe agree; a caller without one gets the clock.
        , m_now(options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc())
    {}
    // QByteArray frees without wiping; the copies of secrets this probe made are cleared by hand.
    ~Probe()
    {
        m_credentials.token.fill('\0');
        for (QByteArray &secret : m_secrets)
            secret.fill('\0');
    }

    ProbeResult run();

private:
    // Steps of run(), in order; each returns false after finishing the result with the reason.
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

    // The outcomes, in probediagnosis.cpp: each turns what happened into one sentence with a next step.
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
    // Every secret the probe touches is registered, and scrub() removes them from all result text.
    void addSecret(const QByteArray &secret);
    void scrub();

    // Borrowed: the set, the report and the options outlive the probe (ClusterProber::probe's frame).
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

} // namespace kubeminder::probing
