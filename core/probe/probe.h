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

} // namespace kubeminder::probing
