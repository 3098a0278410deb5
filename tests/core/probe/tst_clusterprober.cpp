#include "credentials/credentialchecker.h"
#include "kubeconfigbuilder.h"
#include "probe/clusterprober.h"
#include "probe/proxyresolver.h"
#include "support/timetext.h"
#include "testapiserver.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace kubeminder;
using test::KubeconfigBuilder;
using test::TestApiServer;
using test::TestPki;
using Outcome = ProbeResult::Outcome;

Q_DECLARE_METATYPE(kubeminder::ProbeResult::Outcome)
Q_DECLARE_METATYPE(kubeminder::test::TestApiServer::Mode)

namespace {

// A loopback port nothing listens on: taken, then given back.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QString Hint = str("refresh from pi.lan over SSH (kubeminder refresh homelab)");
const QByteArray ValidToken = QByteArrayLiteral("k3s-token-0123456789abcdef");
const QByteArray BadToken = QByteArrayLiteral("revoked-token-fedcba9876543210");

// Everything a person or a script could see of a result.
QString visibleText(const ProbeResult &result)
{
    return QStringList{result.context,
                       result.server,
                       result.serverVersion,
                       result.user,
                       result.groups.join(QLatin1Char(' ')),
                       result.message,
                       result.detail,
                       result.serverCertificateNames.join(QLatin1Char(' '))}
        .join(QLatin1Char('\n'));
}

QString describe(const ProbeResult &result)
{
    return str("%1: %2 [%3]").arg(probeOutcomeName(result.outcome), result.message, result.detail);
}

} // namespace

class TestClusterProber : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void credentials_data();
    void credentials();
    void olderServerFallsBackToDiscovery();
    void reconnectsWhenTheServerCloses();
    void localhostTriesEveryAddress();
    void execPlugin_data();
    void execPlugin();
    void serverCertificate_data();
    void serverCertificate();
    void noAnswerEndsWithinTheBudget_data();
    void noAnswerEndsWithinTheBudget();
    void overlongAnswerIsRefusedPromptly_data();
    void overlongAnswerIsRefusedPromptly();
    void connectionRefused();
    void connectionRefusedAndExpiredNamesBoth();
    void unresolvableName();
    void proxy_data();
    void proxy();
    void noProxy_data();
    void noProxy();
    void configurationErrors_data();
    void configurationErrors();
    void probeAllRunsConcurrentlyInOrder();
    void cancelledProbesAreNotProbed();

private:
    KubeconfigBuilder oneContext(const QString &server, const QByteArray &caPem = {}) const;
    ProbeOptions options(int timeoutSeconds = 10) const;
    ProbeResult probe(const KubeconfigBuilder &builder, const ProbeOptions &options,
                      const QString &context = str("ctx"));
    IssuedCertificate serverCertificate(const IssuedCertificate &ca, const QStringList &names,
                                        const QDateTime &notBefore, const QDateTime &notAfter) const;
    std::unique_ptr<TestApiServer> startServer(TestApiServer::Options options) const;

    // The TLS stacks on both ends check certificate dates against the real clock, so every date
    // here is relative to it; no test depends on a particular day.
    QDateTime m_now;
    QTemporaryDir m_dir;
    int m_files = 0;
    IssuedCertificate m_serverCa;
    IssuedCertificate m_otherServerCa;
    IssuedCertificate m_clientCa;
    IssuedCertificate m_foreignClientCa;
    IssuedCertificate m_serverCertificate;
    std::unique_ptr<TestApiServer> m_server;
};

void TestClusterProber::initTestCase()
{
    test::setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    m_now = test::realNow();
    const QDateTime from = m_now.addDays(-30);
    const QDateTime to = m_now.addYears(10);
    // K3s names its CAs after the second they were made: a reinstalled cluster has new names.
    m_serverCa = TestPki::ca(str("k3s-server-ca@1600000000"), from, to);
    m_otherServerCa = TestPki::ca(str("k3s-server-ca@1700000000"), from, to);
    m_clientCa = TestPki::ca(str("k3s-client-ca@1600000000"), from, to);
    m_foreignClientCa = TestPki::ca(str("k3s-client-ca@1700000000"), from, to);
    m_serverCertificate = serverCertificate(m_serverCa,
                                            {str("kubernetes"), str("kubernetes.default"), str("localhost"),
                                             str("api.k3s.invalid"), str("127.0.0.1")},
                                            m_now.addDays(-1), m_now.addYears(1));

    TestApiServer::Options server;
    server.serverCertificate = m_serverCertificate;
    server.clientCaPem = m_clientCa.certificatePem;
    server.validToken = ValidToken;
    server.forbiddenUsers = {str("mallory")};
    m_server = startServer(server);
}

IssuedCertificate TestClusterProber::serverCertificate(const IssuedCertificate &ca, const QStringList &names,
                                                       const QDateTime &notBefore,
                                                       const QDateTime &notAfter) const
{
    return TestPki::server(ca, str("k3s"), names, notBefore, notAfter);
}

std::unique_ptr<TestApiServer> TestClusterProber::startServer(TestApiServer::Options options) const
{
    auto server = std::make_unique<TestApiServer>(std::move(options));
    server->start();
    return server;
}

KubeconfigBuilder TestClusterProber::oneContext(const QString &server, const QByteArray &caPem) const
{
    KubeconfigBuilder builder;
    builder.cluster(str("k3s"), server, caPem)
        .context(str("ctx"), str("k3s"), str("user"))
        .currentContext(str("ctx"));
    return builder;
}

ProbeOptions TestClusterProber::options(int timeoutSeconds) const
{
    ProbeOptions options;
    options.now = m_now;
    options.timeoutSeconds = timeoutSeconds;
    options.refreshHint = [](const QString &) {
        return Hint;
    };
    options.environment = QProcessEnvironment(); // no HTTPS_PROXY from the machine running the test
    return options;
}

ProbeResult TestClusterProber::probe(const KubeconfigBuilder &builder, const ProbeOptions &options,
                                     const QString &context)
{
    const QString path = builder.writeTo(m_dir.filePath(str("config-%1").arg(++m_files)));
    const KubeconfigSet set = KubeconfigSet::load({path});
    CheckOptions check;
    check.now = m_now;
    const CheckReport report = CredentialChecker::check(set, check);
    for (const ContextReport &local : report.contexts) {
        if (local.name == context)
            return ClusterProber::probe(set, local, options);
    }
    qFatal("no context %s", qPrintable(context));
}

void TestClusterProber::credentials_data()
{
    QTest::addColumn<QString>("credential");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("fragments"); // {notBefore} and {notAfter}: the certificate's dates

    const QStringList alice{str("authenticated as alice (groups: system:masters, system:authenticated)"),
                            str("; Kubernetes v1.30.4+k3s1")};
    const QString tokenUser = str("system:serviceaccount:default:probe");
    QTest::newRow("EC certificate") << str("ec") << Outcome::Ok << 201 << str("alice") << alice;
    QTest::newRow("RSA certificate") << str("rsa") << Outcome::Ok << 201 << str("alice") << alice;
    QTest::newRow("EC key in PKCS#8") << str("pkcs8") << Outcome::Ok << 201 << str("alice") << alice;
    QTest::newRow("Ed25519 certificate") << str("ed25519") << Outcome::Ok << 201 << str("alice") << alice;
    QTest::newRow("certificate and key files") << str("files") << Outcome::Ok << 201 << str("alice") << alice;
    QTest::newRow("expired certificate")
        << str("expired") << Outcome::Unauthorized << 401 << QString()
        << QStringList{str("the server rejected the client certificate: it expired on {notAfter}; ") + Hint};
    QTest::newRow("certificate not yet valid")
        << str("not-yet-valid") << Outcome::Unauthorized << 401 << QString()
        << QStringList{str("the server rejected the client certificate: it is not valid until {notBefore}; "
                           "check this computer's clock")};
    QTest::newRow("certificate from another CA")
        << str("foreign") << Outcome::Unauthorized << 401 << QString()
        << QStringList{
               str("the server rejected the client certificate although it is valid until {notAfter}: "
                   "the server does not trust its issuer (k3s-client-ca@1700000000), so the "
                   "cluster's CA changed (reinstalled?); ") +
               Hint};
    QTest::newRow("valid token") << str("token") << Outcome::Ok << 201 << tokenUser
                                 << QStringList{str("authenticated as system:serviceaccount:default:probe "
                                                    "(groups: system:serviceaccounts, ")};
    QTest::newRow("token file") << str("token-file") << Outcome::Ok << 201 << tokenUser << QStringList();
    QTest::newRow("revoked token")
        << str("bad-token") << Outcome::Unauthorized << 401 << QString()
        << QStringList{
               str("the server rejected the token (revoked, expired or issued for another cluster); ") +
               Hint};
    QTest::newRow("expired JWT")
        << str("expired-jwt") << Outcome::Unauthorized << 401 << QString()
        << QStringList{str("the server rejected the token: it expired on {notAfter}; ") + Hint};
    // The API server tries the certificate, then the token.
    QTest::newRow("expired certificate, valid token")
        << str("expired+token") << Outcome::Ok << 201 << tokenUser << QStringList();
    QTest::newRow("expired certificate, revoked token")
        << str("expired+bad-token") << Outcome::Unauthorized << 401 << QString()
        << QStringList{str("it expired on {notAfter}; ") + Hint + str("; the token was rejected as well")};
    QTest::newRow("user without credentials")
        << str("none") << Outcome::Unauthorized << 401 << QString()
        << QStringList{
               str("the server requires credentials and user “user” has none (anonymous access is off)")};
    QTest::newRow("context without user")
        << str("no-user") << Outcome::Unauthorized << 401 << QString()
        << QStringList{str("the server requires credentials and context “ctx” has no user")};
    QTest::newRow("user without any permission")
        << str("forbidden") << Outcome::Forbidden << 403 << str("mallory")
        << QStringList{
               str("authenticated as mallory, but not allowed to create resource \"selfsubjectreviews\""),
               str("RBAC")};
}

void TestClusterProber::credentials()
{
    QFETCH(QString, credential);
    QFETCH(Outcome, outcome);
    QFETCH(int, httpStatus);
    QFETCH(QString, user);
    QFETCH(QStringList, fragments);

    KubeconfigBuilder builder = oneContext(m_server->url(), m_serverCa.certificatePem);
    QDateTime notBefore = m_now.addDays(-1);
    QDateTime notAfter = m_now.addDays(30);
    KeyAlgorithm algorithm = KeyAlgorithm::EcP256;
    if (credential == QLatin1String("rsa"))
        algorithm = KeyAlgorithm::Rsa2048;
    if (credential == QLatin1String("ed25519"))
        algorithm = KeyAlgorithm::Ed25519;
    if (credential.startsWith(QLatin1String("expired"))) {
        notBefore = m_now.addDays(-400);
        notAfter = m_now.addDays(-35);
    }
    if (credential == QLatin1String("not-yet-valid")) {
        notBefore = m_now.addDays(2);
        notAfter = m_now.addDays(400);
    }
    const IssuedCertificate &issuer = credential == QLatin1String("foreign") ? m_foreignClientCa : m_clientCa;
    const QString commonName = credential == QLatin1String("forbidden") ? str("mallory") : str("alice");
    const IssuedCertificate certificate =
        TestPki::leaf(issuer, commonName, notBefore, notAfter, algorithm, {str("system:masters")},
                      credential == QLatin1String("pkcs8"));
    // K3s appends its client CA to the certificate.
    const QByteArray chain = issuer.certificatePem;
    QList<QByteArray> secrets{certificate.privateKeyPem};

    if (credential == QLatin1String("token")) {
        builder.tokenUser(str("user"), ValidToken);
        secrets << ValidToken;
    } else if (credential == QLatin1String("token-file")) {
        builder.tokenFileUser(str("user"), test::writeFile(m_dir.filePath(str("token")), ValidToken + '\n'));
        secrets << ValidToken;
    } else if (credential == QLatin1String("bad-token")) {
        builder.tokenUser(str("user"), BadToken);
        secrets << BadToken;
    } else if (credential == QLatin1String("expired-jwt")) {
        notAfter = m_now.addDays(-3);
        const QByteArray jwt = TestPki::jwt(notAfter);
        builder.tokenUser(str("user"), jwt);
        secrets << jwt;
    } else if (credential == QLatin1String("none")) {
        builder.emptyUser(str("user"));
    } else if (credential == QLatin1String("no-user")) {
        builder = KubeconfigBuilder();
        builder.cluster(str("k3s"), m_server->url(), m_serverCa.certificatePem)
            .context(str("ctx"), str("k3s"), QString());
    } else if (credential == QLatin1String("files")) {
        const QString certFile =
            test::writeFile(m_dir.filePath(str("client.crt")), certificate.certificatePem + chain);
        const QString keyFile = test::writeFile(m_dir.filePath(str("client.key")), certificate.privateKeyPem);
        builder.certificateFileUser(str("user"), certFile, keyFile);
    } else {
        builder.certificateUser(str("user"), certificate, chain);
        if (credential.endsWith(QLatin1String("+token")))
            builder.root()["users"][0]["user"]["token"] = ValidToken.toStdString();
        if (credential.endsWith(QLatin1String("+bad-token")))
            builder.root()["users"][0]["user"]["token"] = BadToken.toStdString();
        secrets << ValidToken << BadToken;
    }

    const ProbeResult result = probe(builder, options());
    QVERIFY2(result.outcome == outcome, qPrintable(describe(result)));
    QCOMPARE(result.httpStatus, httpStatus);
    QCOMPARE(result.user, user);
    QCOMPARE(result.context, str("ctx"));
    QCOMPARE(result.server, m_server->url());
    if (outcome == Outcome::Ok && !user.startsWith(QLatin1String("system:")))
        QCOMPARE(result.groups, (QStringList{str("system:masters"), str("system:authenticated")}));
    if (outcome == Outcome::Ok)
        QCOMPARE(result.serverVersion, str("v1.30.4+k3s1"));
    if (outcome == Outcome::Unauthorized)
        QVERIFY2(result.detail.contains(str("HTTP 401")), qPrintable(result.detail));
    for (QString fragment : std::as_const(fragments)) {
        fragment.replace(str("{notAfter}"), TimeText::date(notAfter));
        fragment.replace(str("{notBefore}"), notBefore.toUTC().toString(Qt::ISODate));
        QVERIFY2(result.message.contains(fragment), qPrintable(result.message + str("\nlacks: ") + fragment));
    }
    const QString visible = visibleText(result);
    for (const QByteArray &secret : std::as_const(secrets)) {
        for (const QByteArray &line : secret.split('\n')) {
            if (line.size() >= 8 && !line.startsWith("-----"))
                QVERIFY2(!visible.contains(QString::fromUtf8(line)), "a secret reached the result");
        }
    }
}

void TestClusterProber::olderServerFallsBackToDiscovery()
{
    TestApiServer::Options options;
    options.serverCertificate = m_serverCertificate;
    options.clientCaPem = m_clientCa.certificatePem;
    options.selfSubjectReviews = false; // Kubernetes 1.27
    options.gitVersion = str("v1.27.16+k3s1");
    const auto server = startServer(options);

    KubeconfigBuilder builder = oneContext(server->url(), m_serverCa.certificatePem);
    builder.certificateUser(str("user"),
                            TestPki::leaf(m_clientCa, str("alice"), m_now.addDays(-1), m_now.addDays(30)));
    const ProbeResult result = probe(builder, this->options());
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.user, QString());
    QCOMPARE(result.serverVersion, str("v1.27.16+k3s1"));
    QCOMPARE(result.message,
             str("the server accepted the credentials (before Kubernetes 1.28 it cannot say as "
                 "whom); Kubernetes v1.27.16+k3s1"));
    // One connection, kept alive: three requests, the discovery answer chunked.
    QCOMPARE(server->requests(),
             (QStringList{str("POST /apis/authentication.k8s.io/v1/selfsubjectreviews 404 alice"),
                          str("GET /api 200 alice"), str("GET /version 200 alice")}));
    QCOMPARE(server->connections(), 1);

    // Without credentials the old server says 401 to both.
    KubeconfigBuilder anonymous = oneContext(server->url(), m_serverCa.certificatePem);
    anonymous.emptyUser(str("user"));
    QCOMPARE(probe(anonymous, this->options()).outcome, Outcome::Unauthorized);
}

void TestClusterProber::reconnectsWhenTheServerCloses()
{
    TestApiServer::Options options;
    options.serverCertificate = m_serverCertificate;
    options.clientCaPem = m_clientCa.certificatePem;
    options.validToken = ValidToken;
    options.closeConnections = true;
    const auto server = startServer(options);

    KubeconfigBuilder builder = oneContext(server->url(), m_serverCa.certificatePem);
    builder.tokenUser(str("user"), ValidToken);
    const ProbeResult result = probe(builder, this->options());
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.serverVersion, str("v1.30.4+k3s1"));
    QCOMPARE(server->requests().size(), 2);
    QCOMPARE(server->connections(), 2);
}

void TestClusterProber::localhostTriesEveryAddress()
{
    // "localhost" may resolve to ::1 first; the server listens on 127.0.0.1 only.
    KubeconfigBuilder builder = oneContext(m_server->url(str("localhost")), m_serverCa.certificatePem);
    builder.tokenUser(str("user"), ValidToken);
    const ProbeResult result = probe(builder, options());
    QVERIFY2(result.ok(), qPrintable(describe(result)));
}

void TestClusterProber::execPlugin_data()
{
    QTest::addColumn<QString>("hook");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("not run without --run-exec") << str("none") << Outcome::NotProbed
                                                << str("user “user” gets its credential from the exec plugin "
                                                       "“k3s-login”, which is run only when asked: "
                                                       "pass --run-exec to run it");
    QTest::newRow("token") << str("token") << Outcome::Ok << str("authenticated as system:serviceaccount");
    QTest::newRow("certificate") << str("certificate") << Outcome::Ok << str("authenticated as alice");
    QTest::newRow("revoked token")
        << str("bad-token") << Outcome::Unauthorized
        << str("the server rejected the token from the exec plugin “k3s-login” (revoked");
    QTest::newRow("plugin failed") << str("error") << Outcome::ConfigurationError
                                   << str("the exec plugin “k3s-login” of user “user” failed: exit code 1");
    QTest::newRow("declined") << str("declined") << Outcome::NotProbed
                              << str("the exec plugin “k3s-login” of user “user” was not run");
}

void TestClusterProber::execPlugin()
{
    QFETCH(QString, hook);
    QFETCH(Outcome, outcome);
    QFETCH(QString, fragment);

    KubeconfigBuilder builder = oneContext(m_server->url(), m_serverCa.certificatePem);
    builder.execUser(str("user"), str("k3s-login"));
    ProbeOptions options = this->options();
    QString seenCluster;
    const IssuedCertificate certificate =
        TestPki::leaf(m_clientCa, str("alice"), m_now.addDays(-1), m_now.addDays(1));
    if (hook != QLatin1String("none")) {
        options.execCredential = [&](const UserEntry &user, const QString &cluster,
                                     QString *error) -> std::optional<ExecCredential> {
            seenCluster = cluster;
            if (user.name != QLatin1String("user"))
                return std::nullopt;
            ExecCredential credential;
            if (hook == QLatin1String("token"))
                credential.token = ValidToken;
            else if (hook == QLatin1String("bad-token"))
                credential.token = BadToken;
            else if (hook == QLatin1String("certificate")) {
                credential.clientCertificateData = certificate.certificatePem;
                credential.clientKeyData = certificate.privateKeyPem;
            } else if (hook == QLatin1String("error")) {
                *error = str("exit code 1");
                return std::nullopt;
            } else {
                return std::nullopt;
            }
            return credential;
        };
    }
    const ProbeResult result = probe(builder, options);
    QVERIFY2(result.outcome == outcome, qPrintable(describe(result)));
    QVERIFY2(result.message.contains(fragment), qPrintable(result.message));
    if (hook != QLatin1String("none"))
        QCOMPARE(seenCluster, str("k3s"));
    const QString visible = visibleText(result);
    QVERIFY(!visible.contains(QString::fromUtf8(ValidToken)));
    QVERIFY(!visible.contains(QString::fromUtf8(BadToken)));
}

void TestClusterProber::serverCertificate_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QStringList>("fragments");
    QTest::addColumn<QStringList>("names");

    const QStringList local{str("kubernetes.local")};
    QTest::newRow("signed by another CA")
        << str("other-ca") << Outcome::TlsUntrusted
        << QStringList{str("the server's certificate is issued by “k3s-server-ca@1700000000”, not by the "
                           "kubeconfig's CA “k3s-server-ca@1600000000”: the cluster's CA was rotated "
                           "(reinstalled?) or 127.0.0.1:{port} is a different cluster; ") +
                       Hint}
        << QStringList{str("kubernetes"), str("127.0.0.1")};
    QTest::newRow("no CA in the kubeconfig")
        << str("no-ca") << Outcome::TlsUntrusted
        << QStringList{str("which this computer does not trust: cluster “k3s” names no CA")}
        << QStringList{str("kubernetes"), str("127.0.0.1")};
    QTest::newRow("address not in the certificate")
        << str("mismatch") << Outcome::TlsNameMismatch
        << QStringList{str(
               "the server's certificate is valid for kubernetes.local, not for 127.0.0.1: the "
               "address is missing from the certificate (K3s: add --tls-san 127.0.0.1 on the server "
               "and restart k3s), or set tls-server-name: kubernetes.local in cluster “k3s”")}
        << local;
    QTest::newRow("tls-server-name fixes the mismatch")
        << str("mismatch+server-name") << Outcome::Ok << QStringList{str("authenticated as alice")}
        << QStringList();
    QTest::newRow("wrong tls-server-name")
        << str("wrong-server-name") << Outcome::TlsNameMismatch
        << QStringList{str("not for “wrong.example”, the tls-server-name of cluster “k3s”")}
        << QStringList{str("kubernetes"), str("127.0.0.1")};
    QTest::newRow("insecure-skip-tls-verify")
        << str("insecure") << Outcome::Ok << QStringList{str("authenticated as alice")} << QStringList();
    QTest::newRow("server certificate expired")
        << str("expired") << Outcome::TlsServerExpired
        << QStringList{str("the server's certificate expired on {expired}: the cluster must renew it")}
        << QStringList{str("kubernetes"), str("127.0.0.1")};
    QTest::newRow("server certificate not yet valid")
        << str("not-yet-valid") << Outcome::TlsError
        << QStringList{str(
               "the server's certificate is not valid until {notYetValid}: the clock of this computer "
               "or of the server is wrong")}
        << QStringList{str("kubernetes"), str("127.0.0.1")};
}

void TestClusterProber::serverCertificate()
{
    QFETCH(QString, variant);
    QFETCH(Outcome, outcome);
    QFETCH(QStringList, fragments);
    QFETCH(QStringList, names);

    const QStringList k3sNames{str("kubernetes"), str("127.0.0.1")};
    const QDateTime expiredOn = m_now.addDays(-2);
    const QDateTime validFrom = m_now.addDays(3);
    TestApiServer::Options options;
    options.clientCaPem = m_clientCa.certificatePem;
    if (variant == QLatin1String("other-ca") || variant == QLatin1String("no-ca") ||
        variant == QLatin1String("insecure"))
        options.serverCertificate =
            serverCertificate(m_otherServerCa, k3sNames, m_now.addDays(-1), m_now.addYears(1));
    else if (variant.startsWith(QLatin1String("mismatch")))
        options.serverCertificate =
            serverCertificate(m_serverCa, {str("kubernetes.local")}, m_now.addDays(-1), m_now.addYears(1));
    else if (variant == QLatin1String("expired"))
        options.serverCertificate = serverCertificate(m_serverCa, k3sNames, m_now.addDays(-400), expiredOn);
    else if (variant == QLatin1String("not-yet-valid"))
        options.serverCertificate = serverCertificate(m_serverCa, k3sNames, validFrom, m_now.addYears(1));
    else
        options.serverCertificate =
            serverCertificate(m_serverCa, k3sNames, m_now.addDays(-1), m_now.addYears(1));
    const auto server = startServer(options);

    const bool noCa = variant == QLatin1String("no-ca") || variant == QLatin1String("insecure");
    KubeconfigBuilder builder = oneContext(server->url(), noCa ? QByteArray() : m_serverCa.certificatePem);
    builder.certificateUser(str("user"),
                            TestPki::leaf(m_clientCa, str("alice"), m_now.addDays(-1), m_now.addDays(30)));
    if (variant == QLatin1String("mismatch+server-name"))
        builder.clusterField(str("k3s"), str("tls-server-name"), str("kubernetes.local"));
    if (variant == QLatin1String("wrong-server-name"))
        builder.clusterField(str("k3s"), str("tls-server-name"), str("wrong.example"));
    if (variant == QLatin1String("insecure"))
        builder.clusterFlag(str("k3s"), str("insecure-skip-tls-verify"), true);

    const ProbeResult result = probe(builder, this->options());
    QVERIFY2(result.outcome == outcome, qPrintable(describe(result)));
    for (QString fragment : std::as_const(fragments)) {
        fragment.replace(str("{port}"), QString::number(server->port()));
        fragment.replace(str("{expired}"), TimeText::date(expiredOn));
        fragment.replace(str("{notYetValid}"), validFrom.toUTC().toString(Qt::ISODate));
        QVERIFY2(result.message.contains(fragment), qPrintable(result.message + str("\nlacks: ") + fragment));
    }
    QCOMPARE(result.serverCertificateNames, names);
    if (outcome != Outcome::Ok) {
        QVERIFY(!result.detail.isEmpty());
        QCOMPARE(result.httpStatus, 0);
        QVERIFY(server->requests().isEmpty()); // nothing was sent over an untrusted connection
    }
}

void TestClusterProber::noAnswerEndsWithinTheBudget_data()
{
    QTest::addColumn<TestApiServer::Mode>("mode");
    QTest::addColumn<QString>("phase");
    QTest::newRow("no TLS handshake") << TestApiServer::Mode::NeverAnswers << str("during the TLS handshake");
    QTest::newRow("no HTTP answer") << TestApiServer::Mode::NeverResponds
                                    << str("while waiting for the answer");
}

void TestClusterProber::noAnswerEndsWithinTheBudget()
{
    QFETCH(TestApiServer::Mode, mode);
    QFETCH(QString, phase);

    TestApiServer::Options options;
    options.serverCertificate = m_serverCertificate;
    options.clientCaPem = m_clientCa.certificatePem;
    options.mode = mode;
    const auto server = startServer(options);
    KubeconfigBuilder builder = oneContext(server->url(), m_serverCa.certificatePem);
    builder.tokenUser(str("user"), ValidToken);

    QElapsedTimer elapsed;
    elapsed.start();
    const ProbeResult result = probe(builder, this->options(1));
    QCOMPARE(result.outcome, Outcome::Timeout);
    QVERIFY2(elapsed.elapsed() < 2500, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(result.durationMs >= 900 && result.durationMs < 2000,
             qPrintable(QString::number(result.durationMs)));
    QVERIFY2(result.message.startsWith(
                 str("no answer from 127.0.0.1:%1 within 1 s (%2)").arg(server->port()).arg(phase)),
             qPrintable(result.message));
}

void TestClusterProber::overlongAnswerIsRefusedPromptly_data()
{
    QTest::addColumn<QByteArray>("start");  // sent once
    QTest::addColumn<QByteArray>("repeat"); // then this, for 16 MiB, then nothing (the line stays open)
    QTest::addColumn<QString>("part");      // what the message says passed its bound

    const QByteArray created = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n";
    const QByteArray chunked = created + "Transfer-Encoding: chunked\r\n\r\n";
    const QByteArray field = "X-Filler: " + QByteArray(1000, 'x') + "\r\n";
    QTest::newRow("status line") << QByteArray("HTTP/1.1 201 ") << QByteArray("Created")
                                 << str("its status line is longer than 16 KiB");
    QTest::newRow("one header line") << created + "X-Filler: " << QByteArray("x")
                                     << str("a header line is longer than 16 KiB");
    QTest::newRow("header, in total") << created << field << str("its header is larger than 64 KiB");
    QTest::newRow("number of headers")
        << created << QByteArray("X-A: b\r\n") << str("it has more than 256 header lines");
    QTest::newRow("chunk-size line") << chunked << QByteArray("0")
                                     << str("a chunk-size line is longer than 16 KiB");
    QTest::newRow("chunk extension") << chunked + "10;name=" << QByteArray("x")
                                     << str("a chunk-size line is longer than 16 KiB");
    // The review's case: the last chunk, then a trailer without a line break.
    QTest::newRow("one trailer line") << chunked + "0\r\n"
                                      << QByteArray("x") << str("a trailer line is longer than 16 KiB");
    QTest::newRow("trailer, in total") << chunked + "0\r\n"
                                       << field << str("its trailer is larger than 64 KiB");
    QTest::newRow("number of trailers")
        << chunked + "0\r\n"
        << QByteArray("X-T: 1\r\n") << str("it has more than 256 trailer lines");
    QTest::newRow("chunked body") << chunked << "1000\r\n" + QByteArray(0x1000, 'x') + "\r\n"
                                  << str("its body is larger than 4 MiB");
    QTest::newRow("body of a Content-Length") << created + "Content-Length: 629145600\r\n\r\n"
                                              << QByteArray("x") << str("its body is larger than 4 MiB");
    QTest::newRow("body until the connection closes")
        << created + "\r\n"
        << QByteArray("x") << str("its body is larger than 4 MiB");
    QTest::newRow("interim answers") << QByteArray() << QByteArray("HTTP/1.1 100 Continue\r\n\r\n")
                                     << str("more than 5 interim (1xx) answers came first");
}

void TestClusterProber::overlongAnswerIsRefusedPromptly()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, repeat);
    QFETCH(QString, part);

    TestApiServer::Options options;
    options.serverCertificate = m_serverCertificate;
    options.clientCaPem = m_clientCa.certificatePem;
    options.mode = TestApiServer::Mode::Raw;
    options.rawAnswer = start;
    options.rawRepeat = repeat;
    const auto server = startServer(options);
    KubeconfigBuilder builder = oneContext(server->url(), m_serverCa.certificatePem);
    builder.tokenUser(str("user"), ValidToken);

    // Unbounded, the probe would take in all 16 MiB, then wait for the rest until its deadline.
    QElapsedTimer elapsed;
    elapsed.start();
    const ProbeResult result = probe(builder, this->options(8));
    QVERIFY2(result.outcome == Outcome::UnexpectedResponse, qPrintable(describe(result)));
    QVERIFY2(elapsed.elapsed() < 4000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(result.message,
             str("127.0.0.1:%1 does not answer like a Kubernetes API server (the answer is too "
                 "large: %2): check the server address of cluster “k3s”")
                 .arg(server->port())
                 .arg(part));
    QCOMPARE(result.detail, str("the answer is too large: ") + part);
    QVERIFY(!visibleText(result).contains(QString::fromUtf8(ValidToken)));
}

void TestClusterProber::connectionRefused()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);

    KubeconfigBuilder builder = oneContext(str("https://127.0.0.1:%1").arg(port), m_serverCa.certificatePem);
    builder.tokenUser(str("user"), ValidToken);
    const ProbeResult result = probe(builder, options(2));
    QVERIFY2(result.outcome == Outcome::ConnectionRefused, qPrintable(describe(result)));
    QVERIFY2(result.message.startsWith(
                 str("127.0.0.1:%1 refused the connection: the API server is not running").arg(port)),
             qPrintable(result.message));
    QVERIFY(!result.credentialExpired);
    QVERIFY2(!result.message.contains(str("expired")), qPrintable(result.message));
}

void TestClusterProber::connectionRefusedAndExpiredNamesBoth()
{
    // The server is down and the certificate ran out: fixing one, the user would meet the other.
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    KubeconfigBuilder builder = oneContext(str("https://127.0.0.1:%1").arg(port), m_serverCa.certificatePem);
    builder.certificateUser(str("user"), TestPki::leafExpiringIn(m_now, -12));
    const ProbeResult result = probe(builder, options(2));
    QVERIFY2(result.outcome == Outcome::ConnectionRefused, qPrintable(describe(result)));
    QVERIFY(result.credentialExpired);
    QVERIFY2(result.message.contains(str("refused the connection")), qPrintable(result.message));
    QVERIFY2(result.message.contains(
                 str("the credential itself expired on %1").arg(TimeText::date(m_now.addDays(-12)))),
             qPrintable(result.message));
}

void TestClusterProber::unresolvableName()
{
    // .invalid never resolves (RFC 6761).
    KubeconfigBuilder builder =
        oneContext(str("https://k3s.kubeminder.invalid:6443"), m_serverCa.certificatePem);
    builder.tokenUser(str("user"), ValidToken);
    const ProbeResult result = probe(builder, options(5));
    QVERIFY2(result.outcome == Outcome::DnsFailure, qPrintable(describe(result)));
    QVERIFY2(
        result.message.startsWith(str("cannot resolve k3s.kubeminder.invalid: check the server address of "
                                      "cluster “k3s”")),
        qPrintable(result.message));
}

void TestClusterProber::proxy_data()
{
    QTest::addColumn<QString>("proxyUrl");
    QTest::addColumn<QString>("httpsProxy"); // the environment's HTTPS_PROXY
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("tunnel");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("proxy-url http") << str("http://127.0.0.1:{proxy}") << QString() << QString()
                                    << str("127.0.0.1") << Outcome::Ok << str("CONNECT 127.0.0.1:{port}")
                                    << str("authenticated as alice");
    QTest::newRow("proxy-url http resolves the name")
        << str("http://127.0.0.1:{proxy}") << QString() << QString() << str("api.k3s.invalid") << Outcome::Ok
        << str("CONNECT api.k3s.invalid:{port}") << QString();
    QTest::newRow("proxy-url socks5")
        << str("socks5://127.0.0.1:{proxy}") << QString() << QString() << str("api.k3s.invalid")
        << Outcome::Ok << str("SOCKS5 api.k3s.invalid:{port}") << QString();
    QTest::newRow("proxy-url wins over HTTPS_PROXY")
        << str("http://127.0.0.1:{proxy}") << str("http://127.0.0.1:1") << QString() << str("api.k3s.invalid")
        << Outcome::Ok << str("CONNECT api.k3s.invalid:{port}") << QString();
    QTest::newRow("HTTPS_PROXY") << QString() << str("127.0.0.1:{proxy}") << QString()
                                 << str("api.k3s.invalid") << Outcome::Ok
                                 << str("CONNECT api.k3s.invalid:{port}") << QString();
    QTest::newRow("NO_PROXY exempts the domain")
        << QString() << str("http://127.0.0.1:{proxy}") << str("example.com,.k3s.invalid")
        << str("api.k3s.invalid") << Outcome::DnsFailure << QString()
        << str("cannot resolve api.k3s.invalid");
    QTest::newRow("HTTPS_PROXY never serves loopback")
        << QString() << str("http://127.0.0.1:{proxy}") << QString() << str("127.0.0.1") << Outcome::Ok
        << QString() << QString();
    QTest::newRow("proxy refuses")
        << str("deny:http://127.0.0.1:{proxy}") << QString() << QString() << str("127.0.0.1")
        << Outcome::ProxyError << str("CONNECT 127.0.0.1:{port}")
        << str("the proxy http://127.0.0.1:{proxy} could not connect to 127.0.0.1:{port}");
    QTest::newRow("proxy password stays secret")
        << str("http://probe:s3cret-proxy-password@127.0.0.1:{proxy}") << QString() << QString()
        << str("127.0.0.1") << Outcome::Ok << str("CONNECT 127.0.0.1:{port}") << QString();
    QTest::newRow("https proxy")
        << str("https://127.0.0.1:{proxy}") << QString() << QString() << str("127.0.0.1")
        << Outcome::ConfigurationError << QString()
        << str("the proxy https://127.0.0.1:{proxy} is an HTTPS proxy, which Kubeminder "
               "cannot use yet");
    QTest::newRow("unsupported scheme")
        << str("ftp://127.0.0.1:{proxy}") << QString() << QString() << str("127.0.0.1")
        << Outcome::ConfigurationError << QString()
        << str("uses the scheme “ftp”; kubectl supports only http, https and socks5");
}

void TestClusterProber::proxy()
{
    QFETCH(QString, proxyUrl);
    QFETCH(QString, httpsProxy);
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(Outcome, outcome);
    QFETCH(QString, tunnel);
    QFETCH(QString, fragment);

    TestApiServer::Options serverOptions;
    serverOptions.serverCertificate = m_serverCertificate;
    serverOptions.clientCaPem = m_clientCa.certificatePem;
    serverOptions.proxyDenies = proxyUrl.startsWith(QLatin1String("deny:"));
    const auto server = startServer(serverOptions);
    const auto fill = [&](QString text) {
        return text.replace(str("deny:"), QString())
            .replace(str("{proxy}"), QString::number(server->proxyPort()))
            .replace(str("{port}"), QString::number(server->port()));
    };

    KubeconfigBuilder builder = oneContext(server->url(host), m_serverCa.certificatePem);
    builder.certificateUser(str("user"),
                            TestPki::leaf(m_clientCa, str("alice"), m_now.addDays(-1), m_now.addDays(30)));
    if (!proxyUrl.isEmpty())
        builder.clusterField(str("k3s"), str("proxy-url"), fill(proxyUrl));
    ProbeOptions options = this->options(5);
    if (!httpsProxy.isEmpty())
        options.environment.insert(str("HTTPS_PROXY"), fill(httpsProxy));
    if (!noProxy.isEmpty())
        options.environment.insert(str("no_proxy"), noProxy);

    const ProbeResult result = probe(builder, options);
    QVERIFY2(result.outcome == outcome, qPrintable(describe(result)));
    // Qt asks a proxy that refused a second time before it gives up.
    QStringList tunnels = server->tunnels();
    tunnels.removeDuplicates();
    QCOMPARE(tunnels, tunnel.isEmpty() ? QStringList() : QStringList{fill(tunnel)});
    QVERIFY2(result.message.contains(fill(fragment)), qPrintable(result.message));
    QVERIFY(!visibleText(result).contains(str("s3cret-proxy-password")));
}

void TestClusterProber::noProxy_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("bypassed");

    QTest::newRow("empty") << QString() << str("k3s.lan") << 6443 << false;
    QTest::newRow("localhost") << QString() << str("localhost") << 6443 << true;
    QTest::newRow("loopback IPv4") << QString() << str("127.0.0.2") << 6443 << true;
    QTest::newRow("loopback IPv6") << QString() << str("::1") << 6443 << true;
    QTest::newRow("star") << str("*") << str("k3s.lan") << 6443 << true;
    QTest::newRow("domain and its subdomains") << str("lan") << str("k3s.lan") << 6443 << true;
    QTest::newRow("domain itself") << str("k3s.lan") << str("k3s.lan") << 6443 << true;
    QTest::newRow("leading dot: subdomains only") << str(".k3s.lan") << str("k3s.lan") << 6443 << false;
    QTest::newRow("leading star") << str("*.lan") << str("k3s.lan") << 6443 << true;
    QTest::newRow("not a suffix of a label") << str("3s.lan") << str("k3s.lan") << 6443 << false;
    QTest::newRow("port matches") << str("k3s.lan:6443") << str("k3s.lan") << 6443 << true;
    QTest::newRow("port differs") << str("k3s.lan:443") << str("k3s.lan") << 6443 << false;
    QTest::newRow("IP") << str("10.0.0.5") << str("10.0.0.5") << 6443 << true;
    QTest::newRow("CIDR") << str("10.0.0.0/8, 192.168.0.0/16") << str("192.168.1.20") << 6443 << true;
    QTest::newRow("CIDR miss") << str("10.0.0.0/8") << str("172.16.0.1") << 6443 << false;
    QTest::newRow("IPv6 with port") << str("[fd00::1]:6443") << str("fd00::1") << 6443 << true;
    QTest::newRow("case and spaces") << str(" K3S.Lan ") << str("k3s.LAN") << 6443 << true;
}

void TestClusterProber::noProxy()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, bypassed);
    QCOMPARE(ProxyResolver::bypasses(noProxy, host, port), bypassed);
}

void TestClusterProber::configurationErrors_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("key of another certificate")
        << str("key-mismatch") << Outcome::ConfigurationError
        << str("the client key of user “user” does not belong to its certificate");
    QTest::newRow("missing key file")
        << str("missing-key") << Outcome::ConfigurationError << str("does not exist");
    QTest::newRow("dangling cluster")
        << str("dangling-cluster") << Outcome::ConfigurationError
        << str("context “ctx” names cluster “gone”, which no loaded kubeconfig defines");
    QTest::newRow("no server") << str("no-server") << Outcome::ConfigurationError
                               << str("cluster “k3s” has no server address");
    QTest::newRow("insecure with a CA") << str("insecure-and-ca") << Outcome::ConfigurationError
                                        << str("sets insecure-skip-tls-verify together with a CA");
    QTest::newRow("basic auth") << str("basic") << Outcome::NotProbed
                                << str("signs in with a user name and password");
    QTest::newRow("gcp auth provider") << str("gcp") << Outcome::NotProbed << str("the “gcp” auth provider");
}

void TestClusterProber::configurationErrors()
{
    QFETCH(QString, variant);
    QFETCH(Outcome, outcome);
    QFETCH(QString, fragment);

    KubeconfigBuilder builder;
    const IssuedCertificate alice =
        TestPki::leaf(m_clientCa, str("alice"), m_now.addDays(-1), m_now.addDays(30));
    const IssuedCertificate bob = TestPki::leaf(m_clientCa, str("bob"), m_now.addDays(-1), m_now.addDays(30));
    builder
        .cluster(str("k3s"), variant == QLatin1String("no-server") ? QString() : m_server->url(),
                 m_serverCa.certificatePem)
        .context(str("ctx"), variant == QLatin1String("dangling-cluster") ? str("gone") : str("k3s"),
                 str("user"));
    if (variant == QLatin1String("key-mismatch"))
        builder.certificateUser(str("user"), IssuedCertificate{alice.certificatePem, bob.privateKeyPem});
    else if (variant == QLatin1String("missing-key"))
        builder.certificateFileUser(str("user"),
                                    test::writeFile(m_dir.filePath(str("alice.crt")), alice.certificatePem),
                                    m_dir.filePath(str("nowhere.key")));
    else if (variant == QLatin1String("basic"))
        builder.basicUser(str("user"), str("admin"), str("hunter2-password"));
    else if (variant == QLatin1String("gcp"))
        builder.authProviderUser(str("user"), str("gcp"), {});
    else
        builder.certificateUser(str("user"), alice);
    if (variant == QLatin1String("insecure-and-ca"))
        builder.clusterFlag(str("k3s"), str("insecure-skip-tls-verify"), true);

    const QStringList before = m_server->requests();
    const ProbeResult result = probe(builder, options());
    QVERIFY2(result.outcome == outcome, qPrintable(describe(result)));
    QVERIFY2(result.message.contains(fragment), qPrintable(result.message));
    QCOMPARE(m_server->requests(), before); // nothing was sent
    QVERIFY(!visibleText(result).contains(str("hunter2-password")));
}

void TestClusterProber::probeAllRunsConcurrentlyInOrder()
{
    TestApiServer::Options silentOptions;
    silentOptions.serverCertificate = m_serverCertificate;
    silentOptions.clientCaPem = m_clientCa.certificatePem;
    silentOptions.mode = TestApiServer::Mode::NeverResponds;
    const auto silent = startServer(silentOptions);

    // Six contexts in name order: four to a server that never answers, two to the real one.
    KubeconfigBuilder builder;
    builder.cluster(str("live"), m_server->url(), m_serverCa.certificatePem)
        .cluster(str("silent"), silent->url(), m_serverCa.certificatePem)
        .tokenUser(str("good"), ValidToken)
        .tokenUser(str("bad"), BadToken);
    const QStringList names{str("a-silent"),   str("b-live"),   str("c-silent"),
                            str("d-live-bad"), str("e-silent"), str("f-silent")};
    for (const QString &name : names) {
        builder.context(name, name.contains(str("silent")) ? str("silent") : str("live"),
                        name.endsWith(str("bad")) ? str("bad") : str("good"));
    }
    const QString path = builder.writeTo(m_dir.filePath(str("many")));
    const KubeconfigSet set = KubeconfigSet::load({path});
    CheckOptions check;
    check.now = m_now;
    const CheckReport report = CredentialChecker::check(set, check);

    ProbeOptions options = this->options(1);
    options.concurrency = 4;
    QMutex mutex;
    QSet<std::size_t> announced;
    QElapsedTimer elapsed;
    elapsed.start();
    const std::vector<ProbeResult> results =
        ClusterProber::probeAll(set, report, options, [&](std::size_t index, const ProbeResult &result) {
            const QMutexLocker locker(&mutex);
            QCOMPARE(result.context, report.contexts[index].name);
            announced.insert(index);
        });
    // Four one-second timeouts at once, then the rest: about two seconds, not four.
    QVERIFY2(elapsed.elapsed() < 3500, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(announced.size(), qsizetype(names.size()));
    QCOMPARE(results.size(), std::size_t(names.size()));
    const QList<Outcome> expected{Outcome::Timeout,      Outcome::Ok,      Outcome::Timeout,
                                  Outcome::Unauthorized, Outcome::Timeout, Outcome::Timeout};
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(results[std::size_t(i)].context, names[i]);
        QVERIFY2(results[std::size_t(i)].outcome == expected[i],
                 qPrintable(describe(results[std::size_t(i)])));
    }
}

void TestClusterProber::cancelledProbesAreNotProbed()
{
    KubeconfigBuilder builder = oneContext(m_server->url(), m_serverCa.certificatePem);
    builder.tokenUser(str("user"), ValidToken);
    const std::atomic_bool cancel{true};
    ProbeOptions options = this->options();
    options.cancel = &cancel;
    const QStringList before = m_server->requests();
    const ProbeResult result = probe(builder, options);
    QCOMPARE(result.outcome, Outcome::NotProbed);
    QCOMPARE(result.message, str("the probe was cancelled"));
    QCOMPARE(m_server->requests(), before);
}

QTEST_GUILESS_MAIN(TestClusterProber)
#include "tst_clusterprober.moc"
