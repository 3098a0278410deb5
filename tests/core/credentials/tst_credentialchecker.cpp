#include "credentials/credentialchecker.h"
#include "credentialstestutil.h"
#include "kubeconfigbuilder.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kubeminder;
using test::KubeconfigBuilder;
using test::TestPki;

namespace {

const QString Server = QStringLiteral("https://127.0.0.1:6443");

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// One cluster ("cluster", with `caPem` as its CA) and one context ("ctx") using user "user".
KubeconfigBuilder oneContext(const QByteArray &caPem)
{
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("cluster"), Server, caPem)
        .context(QStringLiteral("ctx"), QStringLiteral("cluster"), QStringLiteral("user"))
        .currentContext(QStringLiteral("ctx"));
    return builder;
}

YAML::Node userNode(KubeconfigBuilder &builder, std::size_t index = 0)
{
    return builder.root()["users"][index]["user"];
}

CheckOptions optionsAt(const QDateTime &now)
{
    CheckOptions options;
    options.now = now;
    return options;
}

CheckReport checkFiles(const QStringList &paths, const CheckOptions &options)
{
    return CredentialChecker::check(KubeconfigSet::load(paths), options);
}

const ContextReport *findContext(const CheckReport &report, const QString &name)
{
    for (const ContextReport &context : report.contexts) {
        if (context.name == name)
            return &context;
    }
    return nullptr;
}

QString describeProblems(const std::vector<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines << statusName(problem.severity) + QStringLiteral(": ") + problem.message;
    return lines.join(QLatin1Char('\n'));
}

QStringList contextNames(const CheckReport &report)
{
    QStringList names;
    for (const ContextReport &context : report.contexts)
        names << context.name;
    return names;
}

void appendInfo(QStringList &out, const std::optional<CertificateInfo> &info)
{
    if (!info)
        return;
    out << info->subject << info->commonName << info->organizations << info->issuer << info->issuerCommonName
        << info->serialNumber << info->sha256Fingerprint << info->keyType;
}

// Every piece of text a report carries, for the "no secret leaves" check.
QString everyString(const CheckReport &report)
{
    QStringList out;
    out << report.currentContext;
    for (const FileReport &file : report.files)
        out << file.path << file.error;
    for (const ContextReport &context : report.contexts) {
        out << context.name << context.cluster << context.user << context.ns << context.server << context.file
            << context.clusterFile << context.userFile;
        const CredentialReport &credential = context.credential;
        out << credential.subject << credential.groups << credential.issuer << credential.note;
        appendInfo(out, credential.certificate);
        appendInfo(out, context.clusterCa);
        for (const Problem &problem : context.problems)
            out << problem.message;
    }
    return out.join(QLatin1Char('\n'));
}

// Overlapping 12-character pieces of a secret: none may appear in a report, however it is cut.
QStringList fragments(const QByteArray &secret)
{
    QStringList pieces;
    constexpr qsizetype Length = 12;
    for (qsizetype i = 0; i + Length <= secret.size(); i += Length / 2)
        pieces << QString::fromLatin1(secret.mid(i, Length));
    if (secret.size() < Length)
        pieces << QString::fromLatin1(secret);
    return pieces;
}

// The base64 body of every PEM block: the key material itself, without the armour lines.
QList<QByteArray> pemBodies(const QByteArray &pem)
{
    QList<QByteArray> bodies;
    QByteArray body;
    for (const QByteArray &line : pem.split('\n')) {
        if (line.startsWith("-----BEGIN")) {
            body.clear();
        } else if (line.startsWith("-----END")) {
            bodies << body;
        } else if (!line.contains(':')) {
            body += line.trimmed();
        }
    }
    return bodies;
}

} // namespace

class TestCredentialChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusAndKind_data();
    void statusAndKind();
    void reportFields();
    void problemsSayWhatTheyAreAbout();
    void relativePathsResolveAgainstTheirKubeconfig();
    void execPluginIsNeverRun();
    void customThresholds_data();
    void customThresholds();
    void sharedUserAnalysedOnceReportedTwice();
    void manyContextsInParallel();
    void batchesArriveInNameOrder_data();
    void batchesArriveInNameOrder();
    void onlyContexts_data();
    void onlyContexts();
    void missingFiles_data();
    void missingFiles();
    void exitCodeAndWorst_data();
    void exitCodeAndWorst();
    void exitCodeEndToEnd_data();
    void exitCodeEndToEnd();
    void statusHelpers();
    void noSecretInReport();
    void undecodableDataBreaksTheFile();
    void needsAttentionAndCounts();

private:
    QString newDir();
    QString write(const KubeconfigBuilder &builder, const QString &dir);

    QTemporaryDir m_dir;
    int m_dirCounter = 0;
    QDateTime m_now;
};

void TestCredentialChecker::initTestCase()
{
    test::setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    m_now = test::fixedNow();
}

QString TestCredentialChecker::newDir()
{
    const QString path = m_dir.filePath(QStringLiteral("case-%1").arg(++m_dirCounter));
    if (!QDir().mkpath(path))
        qFatal("cannot create %s", qPrintable(path));
    return path;
}

QString TestCredentialChecker::write(const KubeconfigBuilder &builder, const QString &dir)
{
    return builder.writeTo(dir + QStringLiteral("/config"));
}

void TestCredentialChecker::statusAndKind_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<Status>("status");
    QTest::addColumn<CredentialKind>("kind");
    QTest::addColumn<Status>("credentialStatus");
    QTest::addColumn<Status>("clusterCaStatus");
    QTest::addColumn<QString>("problem"); // a part of the worst problem's message; empty: no problem

    const QByteArray ca = TestPki::sharedCa().certificatePem;
    const QString user = QStringLiteral("user");
    const auto add = [this](const char *name, const QString &dir, const KubeconfigBuilder &builder,
                            Status status, CredentialKind kind, Status credentialStatus, Status caStatus,
                            const QString &problem) {
        QTest::newRow(name) << write(builder, dir) << status << kind << credentialStatus << caStatus
                            << problem;
    };
    const auto certUser = [&](const IssuedCertificate &cert, const QByteArray &chain = {}) {
        KubeconfigBuilder builder = oneContext(ca);
        builder.certificateUser(user, cert, chain);
        return builder;
    };
    const auto in = [&](double days) {
        return TestPki::leafExpiringIn(m_now, days);
    };
    constexpr auto Cert = CredentialKind::ClientCertificate;
    constexpr auto Token = CredentialKind::Token;

    // Client certificates, every band.
    add("certificate, 200 days left", newDir(), certUser(in(200)), Status::Ok, Cert, Status::Ok, Status::Ok,
        {});
    add("certificate, 31 days left", newDir(), certUser(in(31)), Status::Ok, Cert, Status::Ok, Status::Ok,
        {});
    add("certificate, 20 days left", newDir(), certUser(in(20)), Status::Warning, Cert, Status::Warning,
        Status::Ok, str("client certificate expires on 2026-07-05 (20 days left)"));
    add("certificate, 3 days left", newDir(), certUser(in(3)), Status::Critical, Cert, Status::Critical,
        Status::Ok, str("client certificate expires on 2026-06-18 (3 days left)"));
    add("certificate, expired 1 day ago", newDir(), certUser(in(-1)), Status::Expired, Cert, Status::Expired,
        Status::Ok, str("client certificate expired on 2026-06-14 (expired 1 day ago)"));
    add("certificate, expires exactly now", newDir(), certUser(in(0)), Status::Expired, Cert, Status::Expired,
        Status::Ok, str("expired just now"));
    add("certificate, expired 120 days ago", newDir(), certUser(in(-120)), Status::Expired, Cert,
        Status::Expired, Status::Ok, str("expired 120 days ago"));
    add("certificate, not yet valid", newDir(),
        certUser(TestPki::leaf(TestPki::sharedCa(), user, m_now.addDays(1), m_now.addDays(365))),
        Status::Error, Cert, Status::Ok, Status::Ok, str("not valid until 2026-06-16T12:00:00Z"));
    {
        const IssuedCertificate a = in(200);
        const IssuedCertificate b = in(200);
        add("certificate, key of another certificate", newDir(),
            certUser({a.certificatePem, b.privateKeyPem}), Status::Error, Cert, Status::Ok, Status::Ok,
            str("does not belong to its certificate"));
        const IssuedCertificate ed = in(200);
        const IssuedCertificate edwards = TestPki::leafExpiringIn(m_now, 200, KeyAlgorithm::Ed25519);
        add("certificate, key of another type", newDir(),
            certUser({ed.certificatePem, edwards.privateKeyPem}), Status::Error, Cert, Status::Ok, Status::Ok,
            str("does not belong to its certificate"));
        add("certificate, Ed25519 with its own key", newDir(), certUser(edwards), Status::Ok, Cert,
            Status::Ok, Status::Ok, {});
        add("certificate, encrypted key", newDir(),
            certUser({a.certificatePem, test::encryptedKeyPem(a, false)}), Status::Error, Cert, Status::Ok,
            Status::Ok, str("encrypted with a passphrase"));
        add("certificate, PEM garbage as key", newDir(), certUser({a.certificatePem, "not a key\n"}),
            Status::Error, Cert, Status::Ok, Status::Ok, str("the client key of user “user” is unusable"));
    }
    {
        KubeconfigBuilder builder = certUser(in(200));
        userNode(builder).remove("client-key-data");
        add("certificate, missing key", newDir(), builder, Status::Error, Cert, Status::Ok, Status::Ok,
            str("has a client certificate but no client key"));
    }
    {
        KubeconfigBuilder builder = certUser(in(200));
        userNode(builder).remove("client-certificate-data");
        add("key without certificate", newDir(), builder, Status::Error, Cert, Status::Unknown, Status::Ok,
            str("has a client key but no client certificate"));
    }
    add("certificate, PEM garbage", newDir(),
        certUser({"-----BEGIN CERTIFICATE-----\nZ2FyYmFnZQ==\n-----END "
                  "CERTIFICATE-----\n",
                  in(200).privateKeyPem}),
        Status::Error, Cert, Status::Unknown, Status::Ok,
        str("the client certificate of user “user” is unreadable"));
    add("certificate, not PEM at all", newDir(), certUser({"garbage", in(200).privateKeyPem}), Status::Error,
        Cert, Status::Unknown, Status::Ok, str("it contains no PEM certificate"));
    {
        const QString dir = newDir();
        const IssuedCertificate cert = in(20);
        test::writeFile(dir + QStringLiteral("/pki/alice.crt"), cert.certificatePem);
        test::writeFile(dir + QStringLiteral("/pki/alice.key"), cert.privateKeyPem);
        KubeconfigBuilder builder = oneContext(ca);
        builder.certificateFileUser(user, QStringLiteral("pki/alice.crt"), QStringLiteral("pki/alice.key"));
        add("certificate and key files by relative path", dir, builder, Status::Warning, Cert,
            Status::Warning, Status::Ok, str("20 days left"));
    }
    {
        const QString dir = newDir();
        const IssuedCertificate cert = in(200);
        test::writeFile(dir + QStringLiteral("/alice.key"), cert.privateKeyPem);
        KubeconfigBuilder builder = oneContext(ca);
        builder.certificateFileUser(user, QStringLiteral("alice.crt"), QStringLiteral("alice.key"));
        add("missing certificate file", dir, builder, Status::Error, Cert, Status::Unknown, Status::Ok,
            str("client certificate file ") + dir + str("/alice.crt does not exist"));
    }
    {
        const QString dir = newDir();
        const IssuedCertificate cert = in(200);
        test::writeFile(dir + QStringLiteral("/alice.crt"), cert.certificatePem);
        KubeconfigBuilder builder = oneContext(ca);
        builder.certificateFileUser(user, dir + QStringLiteral("/alice.crt"),
                                    dir + QStringLiteral("/alice.key"));
        add("missing key file", dir, builder, Status::Error, Cert, Status::Ok, Status::Ok,
            str("client key file ") + dir + str("/alice.key does not exist"));
    }

    {
        // kubectl fails on an empty key file ("tls: failed to find any PEM data in key input").
        const QString dir = newDir();
        const IssuedCertificate cert = in(200);
        test::writeFile(dir + QStringLiteral("/alice.crt"), cert.certificatePem);
        test::writeFile(dir + QStringLiteral("/alice.key"), {});
        KubeconfigBuilder builder = oneContext(ca);
        builder.certificateFileUser(user, QStringLiteral("alice.crt"), QStringLiteral("alice.key"));
        add("empty key file", dir, builder, Status::Error, Cert, Status::Ok, Status::Ok,
            str("the client key of user “user” is unusable: it contains no PEM private key"));
    }
    {
        const QString dir = newDir();
        const IssuedCertificate cert = in(200);
        test::writeFile(dir + QStringLiteral("/alice.crt"), {});
        test::writeFile(dir + QStringLiteral("/alice.key"), cert.privateKeyPem);
        KubeconfigBuilder builder = oneContext(ca);
        builder.certificateFileUser(user, QStringLiteral("alice.crt"), QStringLiteral("alice.key"));
        add("empty certificate file", dir, builder, Status::Error, Cert, Status::Unknown, Status::Ok,
            str("it contains no PEM certificate"));
    }
    {
        const QString dir = newDir();
        const IssuedCertificate cert = in(200);
        test::writeFile(dir + QStringLiteral("/alice.crt"), cert.certificatePem);
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/alice.key")));
        KubeconfigBuilder builder = oneContext(ca);
        builder.certificateFileUser(user, QStringLiteral("alice.crt"), QStringLiteral("alice.key"));
        add("key path is a folder", dir, builder, Status::Error, Cert, Status::Ok, Status::Ok,
            str("client key file ") + dir + str("/alice.key"));
    }
    {
        const QString dir = newDir();
        const IssuedCertificate cert = in(200);
        test::writeFile(dir + QStringLiteral("/alice.crt"), cert.certificatePem);
        test::writeFile(dir + QStringLiteral("/alice.key"), QByteArray(1024 * 1024 + 1, 'A'));
        KubeconfigBuilder builder = oneContext(ca);
        builder.certificateFileUser(user, QStringLiteral("alice.crt"), QStringLiteral("alice.key"));
        add("key file too large", dir, builder, Status::Error, Cert, Status::Ok, Status::Ok,
            str("client key file ") + dir + str("/alice.key is too large"));
    }

    // The cluster's CA.
    const IssuedCertificate fine = in(200);
    const auto caExpiringIn = [&](double days) {
        const QDateTime notAfter = m_now.addSecs(qint64(days * 86400));
        return TestPki::ca(QStringLiteral("cluster-ca"), notAfter.addYears(-10), notAfter).certificatePem;
    };
    {
        KubeconfigBuilder builder = oneContext(caExpiringIn(-1));
        builder.certificateUser(user, fine);
        add("cluster CA expired, client certificate fine", newDir(), builder, Status::Expired, Cert,
            Status::Ok, Status::Expired, str("the CA of cluster “cluster” expired on 2026-06-14"));
    }
    {
        KubeconfigBuilder builder = oneContext(caExpiringIn(20));
        builder.certificateUser(user, fine);
        add("cluster CA expires in 20 days", newDir(), builder, Status::Warning, Cert, Status::Ok,
            Status::Warning, str("the CA of cluster “cluster” expires on 2026-07-05 (20 days left)"));
    }
    {
        const QByteArray future =
            TestPki::ca(QStringLiteral("cluster-ca"), m_now.addDays(2), m_now.addYears(10)).certificatePem;
        KubeconfigBuilder builder = oneContext(future);
        builder.certificateUser(user, fine);
        add("cluster CA not yet valid", newDir(), builder, Status::Error, Cert, Status::Ok, Status::Error,
            str("the CA of cluster “cluster” is not valid until 2026-06-17T12:00:00Z; check this computer's "
                "clock"));
    }
    {
        const QByteArray next =
            TestPki::ca(QStringLiteral("next-ca"), m_now.addDays(5), m_now.addYears(10)).certificatePem;
        KubeconfigBuilder builder = oneContext(caExpiringIn(300) + next);
        builder.certificateUser(user, fine);
        add("CA rotation: current CA valid, next one not yet", newDir(), builder, Status::Ok, Cert,
            Status::Ok, Status::Ok, {});
    }
    {
        KubeconfigBuilder builder = oneContext(caExpiringIn(-30) + caExpiringIn(400));
        builder.certificateUser(user, fine);
        add("cluster CA bundle, old CA expired, new one valid", newDir(), builder, Status::Ok, Cert,
            Status::Ok, Status::Ok, {});
    }
    {
        KubeconfigBuilder builder = oneContext({});
        builder.certificateUser(user, fine);
        add("no cluster CA (system trust store)", newDir(), builder, Status::Ok, Cert, Status::Ok,
            Status::Unknown, {});
    }
    {
        KubeconfigBuilder builder =
            oneContext("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        builder.certificateUser(user, fine);
        add("cluster CA is PEM garbage", newDir(), builder, Status::Error, Cert, Status::Ok, Status::Error,
            str("the CA of cluster “cluster” is unreadable"));
    }
    {
        const QString dir = newDir();
        test::writeFile(dir + QStringLiteral("/certs/ca.crt"), caExpiringIn(3));
        KubeconfigBuilder builder;
        builder.clusterWithCaFile(QStringLiteral("cluster"), Server, QStringLiteral("certs/ca.crt"))
            .certificateUser(user, fine)
            .context(QStringLiteral("ctx"), QStringLiteral("cluster"), user);
        add("cluster CA file by relative path, 3 days left", dir, builder, Status::Critical, Cert, Status::Ok,
            Status::Critical, str("the CA of cluster “cluster” expires on 2026-06-18 (3 days left)"));
    }
    {
        const QString dir = newDir();
        KubeconfigBuilder builder;
        builder.clusterWithCaFile(QStringLiteral("cluster"), Server, QStringLiteral("ca.crt"))
            .certificateUser(user, fine)
            .context(QStringLiteral("ctx"), QStringLiteral("cluster"), user);
        add("cluster CA file missing", dir, builder, Status::Error, Cert, Status::Ok, Status::Error,
            str("cluster CA file ") + dir + str("/ca.crt does not exist"));
    }
    {
        KubeconfigBuilder builder;
        builder.cluster(QStringLiteral("cluster"), QString(), ca)
            .certificateUser(user, fine)
            .context(QStringLiteral("ctx"), QStringLiteral("cluster"), user);
        add("cluster without server", newDir(), builder, Status::Error, Cert, Status::Ok, Status::Ok,
            str("cluster “cluster” has no server address"));
    }

    // The chain appended to the client certificate (K3s appends its client CA).
    {
        const auto intermediate = [&](double days) {
            CertificateSpec spec;
            spec.commonName = QStringLiteral("tst-intermediate");
            spec.notAfter = m_now.addSecs(qint64(days * 86400));
            spec.notBefore = spec.notAfter.addYears(-5);
            spec.certificateAuthority = true;
            const auto issued = CertificateMinter::issue(spec, &TestPki::sharedCa());
            if (!issued)
                qFatal("cannot mint an intermediate CA");
            return *issued;
        };
        const IssuedCertificate shortLived = intermediate(5);
        const IssuedCertificate leaf =
            TestPki::leaf(shortLived, user, m_now.addDays(-100), m_now.addDays(200));
        add("chain, intermediate expires before the leaf", newDir(),
            certUser(leaf, shortLived.certificatePem), Status::Critical, Cert, Status::Critical, Status::Ok,
            str("the CA “tst-intermediate” in the client certificate chain expires on 2026-06-20 (5 days "
                "left)"));
        const IssuedCertificate expired = intermediate(-2);
        const IssuedCertificate leaf2 = TestPki::leaf(expired, user, m_now.addDays(-100), m_now.addDays(200));
        add("chain, intermediate already expired", newDir(), certUser(leaf2, expired.certificatePem),
            Status::Expired, Cert, Status::Expired, Status::Ok,
            str("the CA “tst-intermediate” in the client certificate chain expired on 2026-06-13"));
        const IssuedCertificate longLived = intermediate(1000);
        const IssuedCertificate leaf3 =
            TestPki::leaf(longLived, user, m_now.addDays(-100), m_now.addDays(20));
        add("chain, intermediate outlives the leaf", newDir(), certUser(leaf3, longLived.certificatePem),
            Status::Warning, Cert, Status::Warning, Status::Ok,
            str("client certificate expires on 2026-07-05"));
    }

    // Tokens.
    const auto tokenUser = [&](const QByteArray &token) {
        KubeconfigBuilder builder = oneContext(ca);
        builder.tokenUser(user, token);
        return builder;
    };
    const auto jwt = [&](double days) {
        return TestPki::jwt(m_now.addSecs(qint64(days * 86400)));
    };
    add("token JWT, 200 days left", newDir(), tokenUser(jwt(200)), Status::Ok, Token, Status::Ok, Status::Ok,
        {});
    add("token JWT, 20 days left", newDir(), tokenUser(jwt(20)), Status::Warning, Token, Status::Warning,
        Status::Ok, str("token expires on 2026-07-05 (20 days left)"));
    add("token JWT, 3 days left", newDir(), tokenUser(jwt(3)), Status::Critical, Token, Status::Critical,
        Status::Ok, str("token expires on 2026-06-18 (3 days left)"));
    add("token JWT, 5 hours left", newDir(), tokenUser(jwt(5.0 / 24)), Status::Critical, Token,
        Status::Critical, Status::Ok, str("(5 hours left)"));
    add("token JWT, expired 2 days ago", newDir(), tokenUser(jwt(-2)), Status::Expired, Token,
        Status::Expired, Status::Ok, str("token expired on 2026-06-13 (expired 2 days ago)"));
    add("token JWT without exp", newDir(),
        tokenUser("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6ZGVmYXVsdDpvbGQifQ.c2ln"),
        Status::Unknown, Token, Status::Unknown, Status::Ok, {});
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.tokenUser(user, "   ");
        add("token of blanks", newDir(), builder, Status::Error, Token, Status::Unknown, Status::Ok,
            str("the token of user “user” is empty"));
    }
    add("opaque token", newDir(), tokenUser("0123456789abcdef0123456789abcdef"), Status::Unknown, Token,
        Status::Unknown, Status::Ok, {});
    {
        const QString dir = newDir();
        test::writeFile(dir + QStringLiteral("/secrets/token"), jwt(20) + '\n');
        KubeconfigBuilder builder = oneContext(ca);
        builder.tokenFileUser(user, QStringLiteral("secrets/token"));
        add("tokenFile by relative path, JWT 20 days left", dir, builder, Status::Warning, Token,
            Status::Warning, Status::Ok, str("token expires on 2026-07-05"));
    }
    {
        const QString dir = newDir();
        test::writeFile(dir + QStringLiteral("/token"), "opaque-token-from-a-file\n");
        KubeconfigBuilder builder = oneContext(ca);
        builder.tokenFileUser(user, dir + QStringLiteral("/token"));
        add("tokenFile with an opaque token", dir, builder, Status::Unknown, Token, Status::Unknown,
            Status::Ok, {});
    }
    {
        // client-go refuses an empty token file ("read empty token from file").
        const QString dir = newDir();
        test::writeFile(dir + QStringLiteral("/token"), "\n");
        KubeconfigBuilder builder = oneContext(ca);
        builder.tokenFileUser(user, QStringLiteral("token"));
        add("tokenFile empty", dir, builder, Status::Error, Token, Status::Unknown, Status::Ok,
            str("token file ") + dir + str("/token is empty"));
    }
    {
        const QString dir = newDir();
        KubeconfigBuilder builder = oneContext(ca);
        builder.tokenFileUser(user, QStringLiteral("token"));
        add("tokenFile missing", dir, builder, Status::Error, Token, Status::Unknown, Status::Ok,
            str("token file ") + dir + str("/token does not exist"));
    }

    // Everything else.
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.execUser(user, QStringLiteral("kubelogin"));
        add("exec plugin", newDir(), builder, Status::Unknown, CredentialKind::Exec, Status::Unknown,
            Status::Ok, {});
    }
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.authProviderUser(user, QStringLiteral("oidc"), jwt(3));
        add("auth-provider oidc id-token, 3 days left", newDir(), builder, Status::Critical,
            CredentialKind::AuthProvider, Status::Critical, Status::Ok,
            str("id-token expires on 2026-06-18"));
    }
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.authProviderUser(user, QStringLiteral("oidc"), jwt(-0.5));
        add("auth-provider oidc id-token expired", newDir(), builder, Status::Expired,
            CredentialKind::AuthProvider, Status::Expired, Status::Ok,
            str("id-token expired on 2026-06-15 (expired 12 hours ago)"));
    }
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.authProviderUser(user, QStringLiteral("oidc"), {});
        add("auth-provider without id-token", newDir(), builder, Status::Unknown,
            CredentialKind::AuthProvider, Status::Unknown, Status::Ok, {});
    }
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.authProviderUser(user, QStringLiteral("oidc"), jwt(-3));
        userNode(builder)["auth-provider"]["config"]["refresh-token"] = "refresh-secret";
        add("auth-provider oidc id-token expired, refresh-token set", newDir(), builder, Status::Unknown,
            CredentialKind::AuthProvider, Status::Unknown, Status::Ok, {});
    }
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.authProviderUser(user, QStringLiteral("gcp"), {});
        add("auth-provider gcp (removed from kubectl)", newDir(), builder, Status::Error,
            CredentialKind::AuthProvider, Status::Unknown, Status::Ok, str("kubectl removed in 1.26"));
    }

    // Configurations client-go refuses outright (validateAuthInfo, validateClusterInfo).
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.tokenUser(user, jwt(200));
        userNode(builder)["username"] = "admin";
        add("token and user name together", newDir(), builder, Status::Error, Token, Status::Ok, Status::Ok,
            str("more than one authentication method"));
    }
    {
        const QString dir = newDir();
        const IssuedCertificate cert = in(200);
        test::writeFile(dir + QStringLiteral("/client.crt"), cert.certificatePem);
        KubeconfigBuilder builder = certUser(cert);
        userNode(builder)["client-certificate"] = "client.crt";
        add("client-certificate and client-certificate-data together", dir, builder, Status::Error, Cert,
            Status::Ok, Status::Ok, str("sets both client-certificate and client-certificate-data"));
    }
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.execUser(user, QStringLiteral("kubelogin"));
        userNode(builder)["auth-provider"]["name"] = "oidc";
        add("exec plugin and auth-provider together", newDir(), builder, Status::Error, CredentialKind::Exec,
            Status::Unknown, Status::Ok, str("sets both an exec plugin and an auth-provider"));
    }
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.execUser(user, QStringLiteral("kubelogin"));
        userNode(builder)["exec"]["apiVersion"] = "client.authentication.k8s.io/v1";
        add("exec plugin v1 without interactiveMode", newDir(), builder, Status::Error, CredentialKind::Exec,
            Status::Unknown, Status::Ok, str("must set interactiveMode"));
    }
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.execUser(user, QStringLiteral("kubelogin"));
        userNode(builder)["exec"]["interactiveMode"] = "Sometimes";
        add("exec plugin with an unknown interactiveMode", newDir(), builder, Status::Error,
            CredentialKind::Exec, Status::Unknown, Status::Ok, str("unknown interactiveMode “Sometimes”"));
    }
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.certificateUser(user, in(200));
        builder.root()["clusters"][0]["cluster"]["insecure-skip-tls-verify"] = true;
        add("insecure-skip-tls-verify with a CA", newDir(), builder, Status::Error, Cert, Status::Ok,
            Status::Ok, str("sets insecure-skip-tls-verify together with a CA"));
    }
    {
        const QString dir = newDir();
        test::writeFile(dir + QStringLiteral("/ca.crt"), ca);
        KubeconfigBuilder builder = oneContext(ca);
        builder.certificateUser(user, in(200));
        builder.root()["clusters"][0]["cluster"]["certificate-authority"] = "ca.crt";
        add("certificate-authority and -data together", dir, builder, Status::Error, Cert, Status::Ok,
            Status::Ok, str("sets both certificate-authority and certificate-authority-data"));
    }

    // A readable tokenFile wins over the inline token (client-go re-reads it for every request).
    {
        const QString dir = newDir();
        test::writeFile(dir + QStringLiteral("/token"), jwt(-2) + '\n');
        KubeconfigBuilder builder = oneContext(ca);
        builder.tokenUser(user, jwt(200));
        userNode(builder)["tokenFile"] = "token";
        add("tokenFile wins over the inline token", dir, builder, Status::Expired, Token, Status::Expired,
            Status::Ok, str("token expired on 2026-06-13"));
    }
    {
        const QString dir = newDir();
        KubeconfigBuilder builder = oneContext(ca);
        builder.tokenUser(user, jwt(200));
        userNode(builder)["tokenFile"] = "missing-token";
        add("inline token used while the tokenFile is missing", dir, builder, Status::Ok, Token, Status::Ok,
            Status::Ok, {});
    }

    // A certificate and a token: the server falls back to the token when the certificate fails.
    {
        KubeconfigBuilder builder = certUser(in(-10));
        userNode(builder)["token"] = jwt(200).toStdString();
        add("expired certificate, valid token", newDir(), builder, Status::Warning, Cert, Status::Ok,
            Status::Ok, str("client certificate expired on 2026-06-05"));
    }
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.basicUser(user, QStringLiteral("admin"), QStringLiteral("hunter2"));
        add("basic auth", newDir(), builder, Status::Unknown, CredentialKind::Basic, Status::Unknown,
            Status::Ok, {});
    }
    {
        KubeconfigBuilder builder = oneContext(ca);
        builder.emptyUser(user);
        add("user with nothing", newDir(), builder, Status::Unknown, CredentialKind::None, Status::Unknown,
            Status::Ok, {});
    }
    {
        KubeconfigBuilder builder;
        builder.cluster(QStringLiteral("cluster"), Server, ca)
            .context(QStringLiteral("ctx"), QStringLiteral("cluster"), QString());
        add("context without user", newDir(), builder, Status::Unknown, CredentialKind::None, Status::Unknown,
            Status::Ok, {});
    }
    {
        KubeconfigBuilder builder;
        builder.cluster(QStringLiteral("cluster"), Server, ca)
            .certificateUser(user, fine)
            .context(QStringLiteral("ctx"), QStringLiteral("nowhere"), user);
        add("context names a missing cluster", newDir(), builder, Status::Error, Cert, Status::Ok,
            Status::Unknown,
            str("context “ctx” names cluster “nowhere”, which no loaded kubeconfig defines"));
    }
    {
        KubeconfigBuilder builder;
        builder.cluster(QStringLiteral("cluster"), Server, ca)
            .certificateUser(user, fine)
            .context(QStringLiteral("ctx"), QStringLiteral("cluster"), QStringLiteral("nobody"));
        add("context names a missing user", newDir(), builder, Status::Error, CredentialKind::None,
            Status::Unknown, Status::Ok,
            str("context “ctx” names user “nobody”, which no loaded kubeconfig defines"));
    }
}

void TestCredentialChecker::statusAndKind()
{
    QFETCH(QString, config);
    QFETCH(Status, status);
    QFETCH(CredentialKind, kind);
    QFETCH(Status, credentialStatus);
    QFETCH(Status, clusterCaStatus);
    QFETCH(QString, problem);

    const CheckReport report = checkFiles({config}, optionsAt(m_now));
    QCOMPARE(report.files.size(), std::size_t(1));
    QCOMPARE(report.files.front().status, KubeconfigDocument::Status::Ok);
    QCOMPARE(report.contexts.size(), std::size_t(1));
    const ContextReport &context = report.contexts.front();
    const QString problems = describeProblems(context.problems);
    QVERIFY2(context.status == status,
             qPrintable(statusName(context.status) + QStringLiteral("\n") + problems));
    QCOMPARE(context.credential.kind, kind);
    QCOMPARE(context.credential.status, credentialStatus);
    QCOMPARE(context.clusterCaStatus, clusterCaStatus);
    QCOMPARE(report.worst(), status);

    if (problem.isEmpty()) {
        QVERIFY2(context.problems.empty(), qPrintable(problems));
    } else {
        const auto found = std::find_if(context.problems.begin(), context.problems.end(),
                                        [&](const Problem &p) { return p.message.contains(problem); });
        QVERIFY2(found != context.problems.end(), qPrintable(problems));
        QCOMPARE(found->severity, status);
    }
    for (const Problem &p : context.problems)
        QVERIFY2(p.severity <= status, qPrintable(problems));
    // The context is exactly as bad as the worst of its parts.
    Status expected = context.credential.status;
    for (const Problem &p : context.problems)
        expected = worst(expected, p.severity);
    QCOMPARE(context.status, worst(expected, Status::Ok));
    // Anything knowable has a date; what cannot be known has a note saying why.
    if (credentialStatus == Status::Unknown && problem.isEmpty())
        QVERIFY(!context.credential.note.isEmpty());
    if (credentialStatus >= Status::Warning && credentialStatus <= Status::Expired)
        QVERIFY(context.credential.notAfter);
}

void TestCredentialChecker::problemsSayWhatTheyAreAbout()
{
    const QString dir = newDir();
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("bare"), QString())
        .tokenFileUser(QStringLiteral("u"), dir + QStringLiteral("/no-such-token"))
        .context(QStringLiteral("ctx"), QStringLiteral("bare"), QStringLiteral("u"))
        .context(QStringLiteral("lost"), QStringLiteral("bare"), QStringLiteral("nobody"));
    const CheckReport report = checkFiles({write(builder, dir)}, optionsAt(m_now));

    const auto subjects = [&](const QString &name) {
        QList<Problem::Subject> out;
        for (const Problem &problem : findContext(report, name)->problems)
            out << problem.subject;
        return out;
    };
    // The cluster's missing server, then the user's unreadable token file.
    QCOMPARE(subjects(QStringLiteral("ctx")), (QList{Problem::Subject::Cluster, Problem::Subject::User}));
    QCOMPARE(subjects(QStringLiteral("lost")), (QList{Problem::Subject::Cluster, Problem::Subject::Context}));
}

void TestCredentialChecker::reportFields()
{
    const QString dir = newDir();
    const IssuedCertificate cert = TestPki::leafExpiringIn(m_now, 200);
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("k3s"), Server, TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("k3s-admin"), cert)
        .context(QStringLiteral("k3s"), QStringLiteral("k3s"), QStringLiteral("k3s-admin"),
                 QStringLiteral("apps"))
        .context(QStringLiteral("another"), QStringLiteral("k3s"), QStringLiteral("k3s-admin"))
        .currentContext(QStringLiteral("k3s"));
    const QString config = write(builder, dir);

    const CheckReport report = checkFiles({config}, optionsAt(m_now));
    QCOMPARE(report.generatedAt, m_now);
    QCOMPARE(report.generatedAt.offsetFromUtc(), 0);
    QCOMPARE(report.currentContext, QStringLiteral("k3s"));
    QCOMPARE(report.files.size(), std::size_t(1));
    QCOMPARE(report.files.front().path, config);
    QVERIFY(report.files.front().error.isEmpty());
    QCOMPARE(contextNames(report), (QStringList{QStringLiteral("another"), QStringLiteral("k3s")}));

    const ContextReport *context = findContext(report, QStringLiteral("k3s"));
    QVERIFY(context);
    QVERIFY(context->current);
    QVERIFY(!findContext(report, QStringLiteral("another"))->current);
    QCOMPARE(context->cluster, QStringLiteral("k3s"));
    QCOMPARE(context->user, QStringLiteral("k3s-admin"));
    QCOMPARE(context->ns, QStringLiteral("apps"));
    QCOMPARE(context->server, Server);
    QCOMPARE(context->file, config);
    QCOMPARE(context->clusterFile, config);
    QCOMPARE(context->userFile, config);
    QCOMPARE(context->status, Status::Ok);

    const CredentialReport &credential = context->credential;
    QCOMPARE(credential.kind, CredentialKind::ClientCertificate);
    QCOMPARE(credential.subject, QStringLiteral("test-user"));
    QCOMPARE(credential.groups, QStringList{QStringLiteral("system:masters")});
    QCOMPARE(credential.issuer, QStringLiteral("kubeminder-test-ca"));
    QCOMPARE(credential.notAfter, std::optional<QDateTime>(m_now.addDays(200)));
    QCOMPARE(credential.notBefore, std::optional<QDateTime>(m_now.addDays(200).addDays(-365)));
    QVERIFY(credential.certificate);
    QCOMPARE(credential.certificate->keyType, QStringLiteral("EC P-256"));
    QCOMPARE(credential.certificate->commonName, QStringLiteral("test-user"));
    QVERIFY(context->clusterCa);
    QCOMPARE(context->clusterCa->commonName, QStringLiteral("kubeminder-test-ca"));
    QVERIFY(context->clusterCa->isCertificateAuthority);
    QCOMPARE(context->clusterCaStatus, Status::Ok);

    // A token's report names its subject and issuer from the claims.
    const QString tokenDir = newDir();
    KubeconfigBuilder tokens = oneContext(TestPki::sharedCa().certificatePem);
    tokens.tokenUser(QStringLiteral("user"), TestPki::jwt(m_now.addDays(3), QStringLiteral("system:sa:ci")));
    const CheckReport tokenReport = checkFiles({write(tokens, tokenDir)}, optionsAt(m_now));
    const CredentialReport &token = tokenReport.contexts.front().credential;
    QCOMPARE(token.subject, QStringLiteral("system:sa:ci"));
    QCOMPARE(token.issuer, QStringLiteral("kubeminder-test"));
    QCOMPARE(token.notAfter, std::optional<QDateTime>(m_now.addDays(3)));
}

void TestCredentialChecker::relativePathsResolveAgainstTheirKubeconfig()
{
    // Two files in different folders, each naming "ca.crt" / "client.crt" relative to itself; the
    // context in the second file uses the cluster and user of the first (client-go merge rules).
    const QString first = newDir();
    const QString second = newDir();
    test::writeFile(first + QStringLiteral("/ca.crt"), TestPki::sharedCa().certificatePem);
    const IssuedCertificate cert = TestPki::leafExpiringIn(m_now, 3);
    test::writeFile(first + QStringLiteral("/client.crt"), cert.certificatePem);
    test::writeFile(first + QStringLiteral("/client.key"), cert.privateKeyPem);
    // A decoy with the same relative names beside the second file: must not be used.
    const IssuedCertificate decoy = TestPki::leafExpiringIn(m_now, 200);
    test::writeFile(second + QStringLiteral("/client.crt"), decoy.certificatePem);
    test::writeFile(second + QStringLiteral("/client.key"), decoy.privateKeyPem);

    KubeconfigBuilder a;
    a.clusterWithCaFile(QStringLiteral("cluster"), Server, QStringLiteral("ca.crt"))
        .certificateFileUser(QStringLiteral("user"), QStringLiteral("client.crt"),
                             QStringLiteral("./client.key"));
    KubeconfigBuilder b;
    b.context(QStringLiteral("ctx"), QStringLiteral("cluster"), QStringLiteral("user"));
    const QString fileA = write(a, first);
    const QString fileB = write(b, second);

    const CheckReport report = checkFiles({fileB, fileA}, optionsAt(m_now));
    QCOMPARE(report.contexts.size(), std::size_t(1));
    const ContextReport &context = report.contexts.front();
    QVERIFY2(context.status == Status::Critical, qPrintable(describeProblems(context.problems)));
    QCOMPARE(context.file, fileB);
    QCOMPARE(context.clusterFile, fileA);
    QCOMPARE(context.userFile, fileA);
    QCOMPARE(context.credential.notAfter, std::optional<QDateTime>(m_now.addDays(3)));
}

void TestCredentialChecker::execPluginIsNeverRun()
{
#ifdef Q_OS_WIN
    QSKIP("uses a POSIX shell script as the plugin");
#endif
    const QString dir = newDir();
    const QString marker = dir + QStringLiteral("/plugin-ran");
    const QString script = test::writeFile(dir + QStringLiteral("/plugin.sh"),
                                           "#!/bin/sh\ntouch '" + marker.toUtf8() + "'\necho '{}'\n");
    QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    // The plugin works: run by hand, it leaves the marker.
    QProcess plugin;
    plugin.start(script, {QStringLiteral("get-token")});
    QVERIFY(plugin.waitForFinished(30000));
    QCOMPARE(plugin.exitCode(), 0);
    QVERIFY(QFile::exists(marker));
    QVERIFY(QFile::remove(marker));

    KubeconfigBuilder builder = oneContext(TestPki::sharedCa().certificatePem);
    builder.execUser(QStringLiteral("user"), script);
    // A second user whose plugin is the shell itself.
    builder.root()["users"].push_back(YAML::Load("name: shell\n"
                                                 "user:\n"
                                                 "  exec:\n"
                                                 "    apiVersion: client.authentication.k8s.io/v1\n"
                                                 "    command: sh\n"
                                                 "    interactiveMode: Never\n"
                                                 "    args: [\"-c\", \"touch '" +
                                                 marker.toStdString() + "'\"]\n"));
    builder.context(QStringLiteral("shell"), QStringLiteral("cluster"), QStringLiteral("shell"));
    const QString config = write(builder, dir);

    const CheckReport report = checkFiles({config}, optionsAt(m_now));
    QCOMPARE(report.contexts.size(), std::size_t(2));
    for (const ContextReport &context : report.contexts) {
        QCOMPARE(context.credential.kind, CredentialKind::Exec);
        QCOMPARE(context.status, Status::Unknown);
        QVERIFY(!context.credential.notAfter);
    }
    QVERIFY(findContext(report, QStringLiteral("ctx"))->credential.note.contains(script));
    QVERIFY2(!QFile::exists(marker), "check ran an exec plugin");
}

void TestCredentialChecker::customThresholds_data()
{
    QTest::addColumn<int>("warningDays");
    QTest::addColumn<int>("criticalDays");
    QTest::addColumn<double>("daysLeft");
    QTest::addColumn<Status>("expected");

    const int w = ExpiryPolicy::DefaultWarningDays;
    const int c = ExpiryPolicy::DefaultCriticalDays;
    QTest::newRow("default, 45 days left") << w << c << 45.0 << Status::Ok;
    QTest::newRow("--warn-days 60, 45 days left") << 60 << c << 45.0 << Status::Warning;
    QTest::newRow("--warn-days 60, 61 days left") << 60 << c << 61.0 << Status::Ok;
    QTest::newRow("--warn-days 60 --critical-days 50, 45 days left") << 60 << 50 << 45.0 << Status::Critical;
    QTest::newRow("--warn-days 10, 20 days left") << 10 << c << 20.0 << Status::Ok;
    QTest::newRow("--critical-days 1, 3 days left") << w << 1 << 3.0 << Status::Warning;
    QTest::newRow("--warn-days 0 --critical-days 0, 1 hour left") << 0 << 0 << 1.0 / 24 << Status::Ok;
    QTest::newRow("--warn-days 0 --critical-days 0, expired") << 0 << 0 << -1.0 << Status::Expired;
}

void TestCredentialChecker::customThresholds()
{
    QFETCH(int, warningDays);
    QFETCH(int, criticalDays);
    QFETCH(double, daysLeft);
    QFETCH(Status, expected);

    const QDateTime notAfter = m_now.addSecs(qint64(daysLeft * 86400));
    KubeconfigBuilder builder = oneContext(TestPki::sharedCa().certificatePem);
    builder.certificateUser(QStringLiteral("user"), TestPki::leafExpiringIn(m_now, daysLeft))
        .tokenUser(QStringLiteral("robot"), TestPki::jwt(notAfter))
        .context(QStringLiteral("robot"), QStringLiteral("cluster"), QStringLiteral("robot"));
    const QString config = write(builder, newDir());

    CheckOptions options = optionsAt(m_now);
    options.policy = ExpiryPolicy(warningDays, criticalDays);
    const CheckReport report = checkFiles({config}, options);
    QCOMPARE(report.contexts.size(), std::size_t(2));
    for (const ContextReport &context : report.contexts) {
        QVERIFY2(context.status == expected,
                 qPrintable(context.name + QLatin1Char('\n') + describeProblems(context.problems)));
        QCOMPARE(context.credential.status, expected);
    }
}

void TestCredentialChecker::sharedUserAnalysedOnceReportedTwice()
{
    const IssuedCertificate cert = TestPki::leafExpiringIn(m_now, 20);
    KubeconfigBuilder builder;
    builder
        .cluster(QStringLiteral("east"), QStringLiteral("https://east:6443"),
                 TestPki::sharedCa().certificatePem)
        .cluster(QStringLiteral("west"), QStringLiteral("https://west:6443"),
                 TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("admin"), cert)
        .context(QStringLiteral("west"), QStringLiteral("west"), QStringLiteral("admin"))
        .context(QStringLiteral("east"), QStringLiteral("east"), QStringLiteral("admin"));
    // In memory this time: parsed bytes, merged, never written.
    const KubeconfigSet set = KubeconfigSet::merge(
        {KubeconfigDocument::parse(m_dir.filePath(QStringLiteral("virtual/config")), builder.toYaml())});
    const CheckReport report = CredentialChecker::check(set, optionsAt(m_now));

    QCOMPARE(contextNames(report), (QStringList{QStringLiteral("east"), QStringLiteral("west")}));
    const ContextReport &east = report.contexts[0];
    const ContextReport &west = report.contexts[1];
    QCOMPARE(east.server, QStringLiteral("https://east:6443"));
    QCOMPARE(west.server, QStringLiteral("https://west:6443"));
    for (const ContextReport *context : {&east, &west}) {
        QCOMPARE(context->user, QStringLiteral("admin"));
        QCOMPARE(context->status, Status::Warning);
        QCOMPARE(context->credential.status, Status::Warning);
        QCOMPARE(context->problems.size(), std::size_t(1));
    }
    QVERIFY(east.credential.certificate && west.credential.certificate);
    QCOMPARE(east.credential.certificate->sha256Fingerprint, west.credential.certificate->sha256Fingerprint);
    QCOMPARE(east.problems.front().message, west.problems.front().message);
}

void TestCredentialChecker::manyContextsInParallel()
{
    // 60 contexts over 6 users and 3 clusters: the parallel analysis must give each context the
    // result of its own user, whatever order the workers finish in.
    KubeconfigBuilder builder;
    const QList<double> days = {200, 20, 3, -1, 100, 25};
    const QList<Status> expected = {Status::Ok,      Status::Warning, Status::Critical,
                                    Status::Expired, Status::Ok,      Status::Warning};
    for (int c = 0; c < 3; ++c)
        builder.cluster(QStringLiteral("c%1").arg(c), Server, TestPki::sharedCa().certificatePem);
    for (int u = 0; u < days.size(); ++u) {
        if (u % 2 == 0)
            builder.certificateUser(QStringLiteral("u%1").arg(u), TestPki::leafExpiringIn(m_now, days[u]));
        else
            builder.tokenUser(QStringLiteral("u%1").arg(u), TestPki::jwt(m_now.addDays(qint64(days[u]))));
    }
    for (int i = 0; i < 60; ++i) {
        builder.context(QStringLiteral("ctx-%1").arg(i, 2, 10, QLatin1Char('0')),
                        QStringLiteral("c%1").arg(i % 3), QStringLiteral("u%1").arg(i % days.size()));
    }
    const CheckReport report = checkFiles({write(builder, newDir())}, optionsAt(m_now));
    QCOMPARE(report.contexts.size(), std::size_t(60));
    for (int i = 0; i < 60; ++i) {
        const ContextReport &context = report.contexts[std::size_t(i)];
        QCOMPARE(context.name, QStringLiteral("ctx-%1").arg(i, 2, 10, QLatin1Char('0')));
        QCOMPARE(context.user, QStringLiteral("u%1").arg(i % days.size()));
        QCOMPARE(context.status, expected[i % days.size()]);
    }
    QCOMPARE(report.worst(), Status::Expired);
    QCOMPARE(report.exitCode(), 2);
}

void TestCredentialChecker::batchesArriveInNameOrder_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<QList<int>>("sizes");

    QTest::newRow("even") << 10 << QList<int>{10, 10, 10};
    QTest::newRow("remainder") << 7 << QList<int>{7, 7, 7, 7, 2};
    QTest::newRow("one batch") << 100 << QList<int>{30};
    QTest::newRow("zero means one at a time") << 0 << QList<int>(30, 1);
}

void TestCredentialChecker::batchesArriveInNameOrder()
{
    QFETCH(int, batchSize);
    QFETCH(QList<int>, sizes);
    // 30 contexts sharing 5 users: a user analysed in an early batch must still serve later ones.
    KubeconfigBuilder builder;
    builder.cluster(str("c"), Server, TestPki::sharedCa().certificatePem);
    for (int u = 0; u < 5; ++u)
        builder.certificateUser(QStringLiteral("u%1").arg(u), TestPki::leafExpiringIn(m_now, 10 + 50 * u));
    for (int i = 29; i >= 0; --i) // defined in reverse: batches still come in name order
        builder.context(QStringLiteral("ctx-%1").arg(i, 2, 10, QLatin1Char('0')), str("c"),
                        QStringLiteral("u%1").arg(i % 5));
    CheckOptions options = optionsAt(m_now);
    options.batchSize = std::size_t(batchSize);
    QList<int> seen;
    std::vector<ContextReport> streamed;
    const CheckReport report = CredentialChecker::check(
        KubeconfigSet::load({write(builder, newDir())}), options, [&](const CheckReport &batch) {
            seen << int(batch.contexts.size());
            QCOMPARE(batch.generatedAt, m_now);
            QCOMPARE(batch.files.size(), std::size_t(1));
            streamed.insert(streamed.end(), batch.contexts.begin(), batch.contexts.end());
        });
    QCOMPARE(seen, sizes);
    QCOMPARE(streamed.size(), report.contexts.size());
    for (std::size_t i = 0; i < streamed.size(); ++i) {
        QCOMPARE(streamed[i].name, QStringLiteral("ctx-%1").arg(i, 2, 10, QLatin1Char('0')));
        QCOMPARE(report.contexts[i].name, streamed[i].name);
        QCOMPARE(streamed[i].status, report.contexts[i].status);
        QVERIFY(streamed[i].credential.notAfter);
        QCOMPARE(*streamed[i].credential.notAfter, *report.contexts[i].credential.notAfter);
    }
}

void TestCredentialChecker::onlyContexts_data()
{
    QTest::addColumn<QStringList>("only");
    QTest::addColumn<QStringList>("reported");
    QTest::addColumn<Status>("worst");

    QTest::newRow("no filter: every context")
        << QStringList() << QStringList{str("broken"), str("fine"), str("soon")} << Status::Error;
    QTest::newRow("one context") << QStringList{str("soon")} << QStringList{str("soon")} << Status::Warning;
    QTest::newRow("the broken one is left out")
        << QStringList{str("soon"), str("fine")} << QStringList{str("fine"), str("soon")} << Status::Warning;
    QTest::newRow("an unknown name is ignored")
        << QStringList{str("fine"), str("typo")} << QStringList{str("fine")} << Status::Ok;
    QTest::newRow("names are case-sensitive") << QStringList{str("FINE")} << QStringList() << Status::Ok;
}

void TestCredentialChecker::onlyContexts()
{
    QFETCH(QStringList, only);
    QFETCH(QStringList, reported);
    QFETCH(Status, worst);

    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("cluster"), Server, TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("fine"), TestPki::leafExpiringIn(m_now, 200))
        .certificateUser(QStringLiteral("soon"), TestPki::leafExpiringIn(m_now, 20))
        .certificateUser(QStringLiteral("broken"), {"garbage", "garbage"})
        .context(QStringLiteral("fine"), QStringLiteral("cluster"), QStringLiteral("fine"))
        .context(QStringLiteral("soon"), QStringLiteral("cluster"), QStringLiteral("soon"))
        .context(QStringLiteral("broken"), QStringLiteral("cluster"), QStringLiteral("broken"));
    CheckOptions options = optionsAt(m_now);
    options.onlyContexts = only;
    const CheckReport report = checkFiles({write(builder, newDir())}, options);
    QCOMPARE(contextNames(report), reported);
    QCOMPARE(report.worst(), worst);
}

void TestCredentialChecker::missingFiles_data()
{
    QTest::addColumn<bool>("withGoodFile");
    QTest::addColumn<bool>("missingFilesAreErrors");
    QTest::addColumn<KubeconfigDocument::Status>("missingStatus");
    QTest::addColumn<Status>("worst");
    QTest::addColumn<int>("exitCode");

    using Doc = KubeconfigDocument::Status;
    QTest::newRow("missing file skipped, like kubectl") << true << false << Doc::Missing << Status::Ok << 0;
    QTest::newRow("missing file is an error when asked") << true << true << Doc::Error << Status::Error << 2;
    QTest::newRow("only a missing file: nothing checked")
        << false << false << Doc::Missing << Status::Ok << 3;
    QTest::newRow("only a missing file, as an error: nothing checked")
        << false << true << Doc::Error << Status::Error << 3;
}

void TestCredentialChecker::missingFiles()
{
    QFETCH(bool, withGoodFile);
    QFETCH(bool, missingFilesAreErrors);
    QFETCH(KubeconfigDocument::Status, missingStatus);
    QFETCH(Status, worst);
    QFETCH(int, exitCode);

    const QString dir = newDir();
    QStringList paths{dir + QStringLiteral("/does-not-exist.yaml")};
    if (withGoodFile) {
        KubeconfigBuilder builder = oneContext(TestPki::sharedCa().certificatePem);
        builder.certificateUser(QStringLiteral("user"), TestPki::leafExpiringIn(m_now, 200));
        paths << write(builder, dir);
    }
    CheckOptions options = optionsAt(m_now);
    options.missingFilesAreErrors = missingFilesAreErrors;
    const CheckReport report = checkFiles(paths, options);
    QCOMPARE(report.files.size(), std::size_t(paths.size()));
    QCOMPARE(report.files.front().path, paths.front());
    QCOMPARE(report.files.front().status, missingStatus);
    QVERIFY(!report.files.front().error.isEmpty());
    QCOMPARE(report.contexts.size(), std::size_t(withGoodFile ? 1 : 0));
    QCOMPARE(report.worst(), worst);
    QCOMPARE(report.exitCode(), exitCode);
}

void TestCredentialChecker::exitCodeAndWorst_data()
{
    QTest::addColumn<QList<int>>("contextStatuses");
    QTest::addColumn<QList<int>>("fileStatuses");
    QTest::addColumn<Status>("worst");
    QTest::addColumn<int>("exitCode");

    using Doc = KubeconfigDocument::Status;
    const auto s = [](std::initializer_list<Status> list) {
        QList<int> out;
        for (Status status : list)
            out << int(status);
        return out;
    };
    const auto f = [](std::initializer_list<Doc> list) {
        QList<int> out;
        for (Doc status : list)
            out << int(status);
        return out;
    };
    QTest::newRow("all ok") << s({Status::Ok, Status::Ok}) << f({Doc::Ok}) << Status::Ok << 0;
    QTest::newRow("ok and unknown") << s({Status::Ok, Status::Unknown}) << f({Doc::Ok}) << Status::Unknown
                                    << 0;
    QTest::newRow("a warning") << s({Status::Ok, Status::Warning, Status::Unknown}) << f({Doc::Ok})
                               << Status::Warning << 1;
    QTest::newRow("a critical") << s({Status::Warning, Status::Critical}) << f({Doc::Ok}) << Status::Critical
                                << 2;
    QTest::newRow("an expired") << s({Status::Expired, Status::Critical}) << f({Doc::Ok}) << Status::Expired
                                << 2;
    QTest::newRow("an error") << s({Status::Error, Status::Expired}) << f({Doc::Ok}) << Status::Error << 2;
    QTest::newRow("a broken file beside fine contexts")
        << s({Status::Ok}) << f({Doc::Ok, Doc::Error}) << Status::Error << 2;
    QTest::newRow("a missing file beside fine contexts")
        << s({Status::Ok}) << f({Doc::Missing, Doc::Ok}) << Status::Ok << 0;
    QTest::newRow("an empty file only") << s({}) << f({Doc::Empty}) << Status::Ok << 0;
    QTest::newRow("no contexts in a fine file") << s({}) << f({Doc::Ok}) << Status::Ok << 0;
    QTest::newRow("nothing at all") << s({}) << f({}) << Status::Ok << 3;
    QTest::newRow("only missing files") << s({}) << f({Doc::Missing, Doc::Missing}) << Status::Ok << 3;
    QTest::newRow("only broken files") << s({}) << f({Doc::Error}) << Status::Error << 3;
}

void TestCredentialChecker::exitCodeAndWorst()
{
    QFETCH(QList<int>, contextStatuses);
    QFETCH(QList<int>, fileStatuses);
    QFETCH(Status, worst);
    QFETCH(int, exitCode);

    CheckReport report;
    for (int status : contextStatuses) {
        ContextReport context;
        context.status = Status(status);
        report.contexts.push_back(context);
    }
    for (int status : fileStatuses)
        report.files.push_back({QStringLiteral("/tmp/config"), KubeconfigDocument::Status(status), {}});
    QCOMPARE(report.worst(), worst);
    QCOMPARE(report.exitCode(), exitCode);
    QCOMPARE(report.nothingChecked(), exitCode == 3);
}

void TestCredentialChecker::exitCodeEndToEnd_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<Status>("worst");
    QTest::addColumn<int>("exitCode");

    const QByteArray ca = TestPki::sharedCa().certificatePem;
    const auto certificateConfig = [&](double days) {
        KubeconfigBuilder builder = oneContext(ca);
        builder.certificateUser(QStringLiteral("user"), TestPki::leafExpiringIn(m_now, days));
        return write(builder, newDir());
    };
    const QString broken =
        test::writeFile(newDir() + QStringLiteral("/config"), "clusters: [\n  - {name: a\n");
    const QString empty = test::writeFile(newDir() + QStringLiteral("/config"), "");
    const QString unknown = [&] {
        KubeconfigBuilder builder = oneContext(ca);
        builder.tokenUser(QStringLiteral("user"), "opaque");
        return write(builder, newDir());
    }();

    QTest::newRow("ok → 0") << QStringList{certificateConfig(200)} << Status::Ok << 0;
    QTest::newRow("unknown → 0") << QStringList{unknown} << Status::Unknown << 0;
    QTest::newRow("warning → 1") << QStringList{certificateConfig(20)} << Status::Warning << 1;
    QTest::newRow("critical → 2") << QStringList{certificateConfig(3)} << Status::Critical << 2;
    QTest::newRow("expired → 2") << QStringList{certificateConfig(-3)} << Status::Expired << 2;
    QTest::newRow("broken file beside a fine one → 2")
        << QStringList{broken, certificateConfig(200)} << Status::Error << 2;
    QTest::newRow("empty file → 0") << QStringList{empty} << Status::Ok << 0;
    QTest::newRow("only a broken file → 3") << QStringList{broken} << Status::Error << 3;
    QTest::newRow("no files → 3") << QStringList() << Status::Ok << 3;
}

void TestCredentialChecker::exitCodeEndToEnd()
{
    QFETCH(QStringList, paths);
    QFETCH(Status, worst);
    QFETCH(int, exitCode);

    const CheckReport report = checkFiles(paths, optionsAt(m_now));
    QCOMPARE(report.worst(), worst);
    QCOMPARE(report.exitCode(), exitCode);
}

void TestCredentialChecker::statusHelpers()
{
    // The enumerators are ordered by severity: worst() is a maximum.
    const QList<Status> order = {Status::Ok,       Status::Unknown, Status::Warning,
                                 Status::Critical, Status::Expired, Status::Error};
    for (qsizetype i = 0; i < order.size(); ++i) {
        for (qsizetype j = 0; j < order.size(); ++j)
            QCOMPARE(worst(order[i], order[j]), order[qMax(i, j)]);
    }
    const QList<int> exitCodes = {0, 0, 1, 2, 2, 2};
    const QStringList names = {str("ok"),       str("unknown"), str("warning"),
                               str("critical"), str("expired"), str("error")};
    for (qsizetype i = 0; i < order.size(); ++i) {
        QCOMPARE(exitCodeFor(order[i]), exitCodes[i]);
        QCOMPARE(statusName(order[i]), names[i]);
        QVERIFY(!statusLabel(order[i]).isEmpty());
    }
    const QList<CredentialKind> kinds = {
        CredentialKind::ClientCertificate, CredentialKind::Token, CredentialKind::Exec,
        CredentialKind::AuthProvider,      CredentialKind::Basic, CredentialKind::None};
    const QStringList kindNames = {str("client-certificate"), str("token"), str("exec"),
                                   str("auth-provider"),      str("basic"), str("none")};
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        QCOMPARE(credentialKindName(kinds[i]), kindNames[i]);
        QVERIFY(!credentialKindLabel(kinds[i]).isEmpty());
    }
}

void TestCredentialChecker::noSecretInReport()
{
    const QString dir = newDir();
    const QByteArray ca = TestPki::sharedCa().certificatePem;
    const IssuedCertificate good = TestPki::leafExpiringIn(m_now, 3);
    const IssuedCertificate other = TestPki::leafExpiringIn(m_now, -2);
    const IssuedCertificate edwards = TestPki::leafExpiringIn(m_now, 20, KeyAlgorithm::Ed25519);
    const QByteArray jwtToken = TestPki::jwt(m_now.addDays(-1), QStringLiteral("system:sa:leaky"));
    const QByteArray fileToken = TestPki::jwt(m_now.addDays(20));
    const QByteArray opaqueToken = "opaque-S3cr3t-token-0123456789abcdef";
    const QByteArray idToken = TestPki::jwt(m_now.addDays(2), QStringLiteral("alice@example.com"));
    const QByteArray password = "hunter2-Sup3r-S3cret-pw";
    const QByteArray execSecret = "exec-arg-S3cret-value";
    const QByteArray envSecret = "exec-env-S3cret-value";
    const QByteArray garbageKey = "-----BEGIN EC PRIVATE KEY-----\nR2FyYmFnZUtleU1hdGVyaWFsU2VjcmV0\n"
                                  "-----END EC PRIVATE KEY-----\n";
    const QByteArray encryptedKey = test::encryptedKeyPem(good, true);
    test::writeFile(dir + QStringLiteral("/token"), fileToken + '\n');
    test::writeFile(dir + QStringLiteral("/other.key"), other.privateKeyPem);

    KubeconfigBuilder builder = oneContext(ca);
    builder.certificateUser(QStringLiteral("user"), good)
        .certificateUser(QStringLiteral("mismatch"), {good.certificatePem, other.privateKeyPem})
        .certificateUser(QStringLiteral("edwards"), edwards)
        .certificateUser(QStringLiteral("garbage-key"), {good.certificatePem, garbageKey})
        .certificateUser(QStringLiteral("encrypted-key"), {good.certificatePem, encryptedKey})
        .certificateUser(QStringLiteral("key-as-cert"), {other.privateKeyPem, other.privateKeyPem})
        .certificateFileUser(QStringLiteral("key-file"), QStringLiteral("missing.crt"),
                             QStringLiteral("other.key"))
        .tokenUser(QStringLiteral("jwt"), jwtToken)
        .tokenUser(QStringLiteral("opaque"), opaqueToken)
        .tokenFileUser(QStringLiteral("token-file"), QStringLiteral("token"))
        .authProviderUser(QStringLiteral("oidc"), QStringLiteral("oidc"), idToken)
        .basicUser(QStringLiteral("basic"), QStringLiteral("admin"), QString::fromLatin1(password))
        .execUser(QStringLiteral("exec"), QStringLiteral("kubelogin"));
    YAML::Node exec = builder.root()["users"][builder.root()["users"].size() - 1]["user"]["exec"];
    exec["args"].push_back("--password=" + execSecret.toStdString());
    YAML::Node env;
    env["name"] = "TOKEN";
    env["value"] = envSecret.toStdString();
    exec["env"].push_back(env);
    const QStringList users = {str("user"),          str("mismatch"),    str("edwards"),  str("garbage-key"),
                               str("encrypted-key"), str("key-as-cert"), str("key-file"), str("jwt"),
                               str("opaque"),        str("token-file"),  str("oidc"),     str("basic"),
                               str("exec")};
    for (const QString &user : users)
        builder.context(QStringLiteral("ctx-") + user, QStringLiteral("cluster"), user);
    const QString config = write(builder, dir);
    // A broken file holding a secret, and one with a secret where a list should be.
    const QString broken = test::writeFile(newDir() + QStringLiteral("/config"),
                                           "users:\n- name: x\n  user:\n    token: " + opaqueToken +
                                               "\n    password: " + password + "\n  [broken\n");
    const QString misshapen =
        test::writeFile(newDir() + QStringLiteral("/config"),
                        "users:\n- name: y\n  user:\n    token: [" + opaqueToken + "]\n");

    const CheckReport report = checkFiles({config, broken, misshapen}, optionsAt(m_now));
    QCOMPARE(report.contexts.size(), std::size_t(users.size() + 1)); // and oneContext()'s "ctx"
    QCOMPARE(report.files.at(1).status, KubeconfigDocument::Status::Error);
    QCOMPARE(report.files.at(2).status, KubeconfigDocument::Status::Error);
    // The check itself found what it should: otherwise "no secret" would prove little.
    QCOMPARE(findContext(report, str("ctx-mismatch"))->status, Status::Error);
    QCOMPARE(findContext(report, str("ctx-jwt"))->status, Status::Expired);
    QCOMPARE(findContext(report, str("ctx-oidc"))->status, Status::Critical);
    QCOMPARE(findContext(report, str("ctx-token-file"))->status, Status::Warning);

    const QString text = everyString(report);
    // The detector itself works: a 20-character slice of a token anywhere in the text is caught.
    const QString planted = text + QString::fromLatin1(opaqueToken.mid(5, 20));
    const QStringList opaquePieces = fragments(opaqueToken);
    QVERIFY(std::any_of(opaquePieces.cbegin(), opaquePieces.cend(),
                        [&](const QString &piece) { return planted.contains(piece); }));
    QVERIFY(text.contains(QStringLiteral("system:sa:leaky"))); // a token's subject is not secret

    QList<QByteArray> secrets = {jwtToken, fileToken, opaqueToken, idToken, password, execSecret, envSecret};
    for (const QByteArray &pem :
         {good.privateKeyPem, other.privateKeyPem, edwards.privateKeyPem, garbageKey, encryptedKey}) {
        secrets << pemBodies(pem);
        secrets << pem.toBase64(); // as client-key-data holds it
    }
    // A JWT's signature and payload are secret; its header ("alg") is not.
    for (const QByteArray &token : {jwtToken, fileToken, idToken})
        secrets << token.mid(token.indexOf('.') + 1);
    for (const QByteArray &secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        for (const QString &piece : fragments(secret)) {
            QVERIFY2(!text.contains(piece),
                     qPrintable(QStringLiteral("the report contains “%1”:\n%2").arg(piece, text)));
        }
    }
}

void TestCredentialChecker::undecodableDataBreaksTheFile()
{
    // client-go decodes *-data as it loads, so kubectl cannot use such a file at all: the report
    // says so for the file, and shows none of its contexts as if they might work.
    KubeconfigBuilder builder = oneContext(TestPki::sharedCa().certificatePem);
    builder.certificateUser(QStringLiteral("user"), TestPki::leafExpiringIn(m_now, 200));
    userNode(builder)["client-certificate-data"] = "not*base64";
    std::vector<KubeconfigDocument> docs;
    docs.push_back(
        KubeconfigDocument::parse(m_dir.filePath(QStringLiteral("undecodable.yaml")), builder.toYaml()));
    CheckOptions options;
    options.now = m_now;
    const CheckReport report = CredentialChecker::check(KubeconfigSet::merge(std::move(docs)), options);
    QCOMPARE(report.files.size(), std::size_t(1));
    QCOMPARE(report.files.front().status, KubeconfigDocument::Status::Error);
    QVERIFY2(report.files.front().error.contains(QLatin1String("is not valid base64")),
             qPrintable(report.files.front().error));
    QVERIFY(report.contexts.empty());
}

void TestCredentialChecker::needsAttentionAndCounts()
{
    // One predicate and one count for the window, the tray and the command line.
    CheckReport report;
    for (const Status status : {Status::Ok, Status::Unknown, Status::Warning, Status::Critical,
                                Status::Expired, Status::Error, Status::Expired}) {
        ContextReport context;
        context.status = status;
        report.contexts.push_back(context);
    }
    QCOMPARE(std::count_if(report.contexts.begin(), report.contexts.end(),
                           [](const ContextReport &c) { return c.needsAttention(); }),
             5);
    report.files.push_back({QStringLiteral("/a"), KubeconfigDocument::Status::Ok, {}});
    report.files.push_back(
        {QStringLiteral("/b"), KubeconfigDocument::Status::Error, QStringLiteral("broken")});
    report.files.push_back({QStringLiteral("/c"), KubeconfigDocument::Status::Missing, {}});
    const CheckReport::Counts counts = report.counts();
    QCOMPARE(counts.contexts, 7);
    QCOMPARE(counts.expired, 2);
    QCOMPARE(counts.expiringSoon, 2);
    QCOMPARE(counts.withErrors, 1);
    QCOMPARE(counts.files, 3);
    QCOMPARE(counts.brokenFiles, 1);
}

QTEST_GUILESS_MAIN(TestCredentialChecker)
#include "tst_credentialchecker.moc"
