#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfig/kubeconfigdraft.h"
#include "kubeconfigbuilder.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;

namespace {

QString dataDir(const QString &folder)
{
    return QDir::cleanPath(QStringLiteral(KUBEMINDER_TEST_DATA_DIR "/") + folder);
}

QString statusName(const KubeconfigDocument &doc)
{
    return KubeconfigDocument::statusName(doc.status());
}

// How a broken-input row gets its file: from tests/data/broken/, or made at run time for inputs
// that cannot be committed (a 16 MiB file, a file without read permission).
enum class Source { Committed, TooLarge, Unreadable };

const UserEntry *findUser(const KubeconfigDocument &doc, const QString &name)
{
    for (const UserEntry &user : doc.users()) {
        if (user.name == name)
            return &user;
    }
    return nullptr;
}

const ClusterEntry *findCluster(const KubeconfigDocument &doc, const QString &name)
{
    for (const ClusterEntry &cluster : doc.clusters()) {
        if (cluster.name == name)
            return &cluster;
    }
    return nullptr;
}

const ContextEntry *findContext(const KubeconfigDocument &doc, const QString &name)
{
    for (const ContextEntry &context : doc.contexts()) {
        if (context.name == name)
            return &context;
    }
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(Source)

class TestKubeconfigDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void draftReadsBack_data();
    void draftReadsBack();

    void status_data();
    void status();
    void missingFileNamesThePath();
    void brokenInputs_data();
    void brokenInputs();
    void everyBrokenFileHasARow();
    void badBase64NeverShowsTheValue();
    void base64Decoding_data();
    void base64Decoding();

    void clusterFields();
    void userFields();
    void contextFields();
    void passwordIsNeverKept();
    void relativePathsResolveAgainstTheFilesFolder_data();
    void relativePathsResolveAgainstTheFilesFolder();
    void execCommandResolvesOnlyWhenItIsAPath_data();
    void execCommandResolvesOnlyWhenItIsAPath();
    void relativeFileArgumentBecomesAbsolute();
    void contentHashIsOfTheBytesRead();
    void parseAnchorsPathsLikeLoad();

private:
    QTemporaryDir m_home;
    KubeconfigDocument m_fields;
};

void TestKubeconfigDocument::initTestCase()
{
    test::setUpTestEnvironment();
    QVERIFY(m_home.isValid());
    m_fields = KubeconfigDocument::load(dataDir(QStringLiteral("kubeconfig/fields.yaml")));
    QVERIFY2(m_fields.status() == KubeconfigDocument::Status::Ok, qPrintable(m_fields.error()));
}

void TestKubeconfigDocument::init()
{
    QVERIFY(QDir::setCurrent(m_home.path()));
}

void TestKubeconfigDocument::status_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("status");

    QTest::newRow("zero bytes") << true << QByteArray() << QStringLiteral("empty");
    QTest::newRow("whitespace only") << true << QByteArray("  \n\t\n\r\n") << QStringLiteral("empty");
    QTest::newRow("comment only") << true << QByteArray("# nothing here yet\n") << QStringLiteral("empty");
    QTest::newRow("null document") << true << QByteArray("null\n") << QStringLiteral("empty");
    QTest::newRow("tilde document") << true << QByteArray("~\n") << QStringLiteral("empty");
    QTest::newRow("document start marker only") << true << QByteArray("---\n") << QStringLiteral("empty");
    QTest::newRow("only apiVersion and kind")
        << true << QByteArray("apiVersion: v1\nkind: Config\n") << QStringLiteral("empty");
    QTest::newRow("what kubectl writes for an empty config")
        << true
        << QByteArray("apiVersion: v1\nclusters: null\ncontexts: null\ncurrent-context: \"\"\nkind: Config\n"
                      "preferences: {}\nusers: null\n")
        << QStringLiteral("empty");
    QTest::newRow("null sections") << true << QByteArray("clusters:\nusers: ~\ncontexts: null\n")
                                   << QStringLiteral("empty");
    QTest::newRow("empty lists") << true << QByteArray("clusters: []\nusers: []\ncontexts: []\n")
                                 << QStringLiteral("empty");
    QTest::newRow("only a current-context")
        << true << QByteArray("current-context: dev\n") << QStringLiteral("ok");
    QTest::newRow("one cluster") << true
                                 << QByteArray("clusters:\n- name: dev\n  cluster: {server: https://x}\n")
                                 << QStringLiteral("ok");
    QTest::newRow("one user without a body")
        << true << QByteArray("users:\n- name: dev\n") << QStringLiteral("ok");
    QTest::newRow("one context") << true
                                 << QByteArray("contexts:\n- name: dev\n  context: {cluster: a, user: b}\n")
                                 << QStringLiteral("ok");
    QTest::newRow("missing") << false << QByteArray() << QStringLiteral("missing");
    QTest::newRow("scalar document") << true << QByteArray("just text\n") << QStringLiteral("error");
    QTest::newRow("invalid yaml") << true << QByteArray("clusters: [\n") << QStringLiteral("error");
    QTest::newRow("cluster body is a list")
        << true << QByteArray("clusters:\n- name: dev\n  cluster: [a]\n") << QStringLiteral("error");
    QTest::newRow("server is a mapping")
        << true << QByteArray("clusters:\n- name: dev\n  cluster: {server: {a: b}}\n")
        << QStringLiteral("error");
    QTest::newRow("insecure-skip-tls-verify is not a boolean")
        << true << QByteArray("clusters:\n- name: dev\n  cluster: {insecure-skip-tls-verify: maybe}\n")
        << QStringLiteral("error");
    QTest::newRow("exec args is not a list")
        << true << QByteArray("users:\n- name: dev\n  user:\n    exec: {args: get-token}\n")
        << QStringLiteral("error");
    QTest::newRow("name is a list") << true << QByteArray("users:\n- name: [a, b]\n")
                                    << QStringLiteral("error");
}

void TestKubeconfigDocument::status()
{
    QFETCH(bool, exists);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, status);

    const QString path = m_home.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    if (exists)
        test::writeFile(path, bytes);
    const KubeconfigDocument doc = KubeconfigDocument::load(path);
    QCOMPARE(statusName(doc), status);
    QCOMPARE(doc.path(), path);
    if (status == QLatin1String("empty") || status == QLatin1String("ok"))
        QVERIFY2(doc.error().isEmpty(), qPrintable(doc.error()));
    else
        QVERIFY2(doc.error().contains(path), qPrintable(doc.error()));
    if (status != QLatin1String("ok")) {
        QVERIFY(doc.clusters().empty());
        QVERIFY(doc.users().empty());
        QVERIFY(doc.contexts().empty());
        QVERIFY(doc.currentContext().isEmpty());
    }

    // parse() on the same bytes must agree with load() (a missing file has no bytes to parse).
    if (exists)
        QCOMPARE(statusName(KubeconfigDocument::parse(path, bytes)), status);
}

void TestKubeconfigDocument::missingFileNamesThePath()
{
    const QString path = m_home.filePath(QStringLiteral("nowhere/config"));
    const KubeconfigDocument doc = KubeconfigDocument::load(path);
    QCOMPARE(doc.status(), KubeconfigDocument::Status::Missing);
    QVERIFY2(doc.error().contains(path), qPrintable(doc.error()));
}

void TestKubeconfigDocument::brokenInputs_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("errorMentions"); ///< besides the file's path, which every error names

    const auto committed = [](const char *file, const char *status, const QStringList &mentions) {
        QTest::newRow(file) << Source::Committed << QString::fromLatin1(file) << QString::fromLatin1(status)
                            << mentions;
    };
    committed("yaml-syntax-error.yaml", "error",
              {QStringLiteral("not valid YAML"), QStringLiteral("line 7")});
    committed("tab-indentation.yaml", "error",
              {QStringLiteral("not valid YAML"), QStringLiteral("tab"), QStringLiteral("line 5")});
    // client-go decodes the *-data fields as it loads, so kubectl refuses the whole file.
    committed("bad-base64.yaml", "error",
              {QStringLiteral("“client-certificate-data” of “dev” is not valid base64"),
               QStringLiteral("line 11")});
    committed("clusters-scalar.yaml", "error",
              {QStringLiteral("“clusters” must be a list"), QStringLiteral("line 3")});
    committed("list-item-string.yaml", "error", {QStringLiteral("“users[1]”"), QStringLiteral("line 6")});
    committed("duplicate-context.yaml", "error",
              {QStringLiteral("“dev” is used twice in “contexts”"), QStringLiteral("line 6")});
    committed("top-level-list.yaml", "error", {QStringLiteral("top level must be a mapping")});
    committed("nul-bytes.yaml", "error", {QStringLiteral("NUL")});
    committed("folder-not-file.yaml", "error", {QStringLiteral("folder")});

    QTest::newRow("larger than 16 MiB (generated)")
        << Source::TooLarge << QStringLiteral("huge.yaml") << QStringLiteral("error")
        << QStringList{QStringLiteral("too large"), QStringLiteral("16 MiB")};
    QTest::newRow("unreadable (generated, chmod 000)")
        << Source::Unreadable << QStringLiteral("unreadable.yaml") << QStringLiteral("error")
        << QStringList{QStringLiteral("Cannot read")};
}

void TestKubeconfigDocument::brokenInputs()
{
    QFETCH(Source, source);
    QFETCH(QString, file);
    QFETCH(QString, status);
    QFETCH(QStringList, errorMentions);

    QString path = dataDir(QStringLiteral("broken/")) + QLatin1Char('/') + file;
    if (source == Source::TooLarge) {
        // A valid kubeconfig padded with a comment: only the size is wrong with it.
        QByteArray bytes = "apiVersion: v1\nkind: Config\n# ";
        bytes += QByteArray(KubeconfigDocument::MaximumFileSize + 1 - bytes.size() - 1, 'x');
        bytes += '\n';
        path = test::writeFile(m_home.filePath(file), bytes);
        QCOMPARE(QFileInfo(path).size(), KubeconfigDocument::MaximumFileSize + 1);
    } else if (source == Source::Unreadable) {
        path = test::writeFile(m_home.filePath(file), "apiVersion: v1\nkind: Config\ncurrent-context: dev\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly)) {
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QSKIP("chmod 000 does not stop this user from reading (running as root?)");
        }
    }

    const KubeconfigDocument doc = KubeconfigDocument::load(path);
    if (source == Source::Unreadable)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QCOMPARE(statusName(doc), status);
    QCOMPARE(doc.path(), path);
    if (status == QLatin1String("ok")) {
        QVERIFY2(doc.error().isEmpty(), qPrintable(doc.error()));
        return;
    }
    QVERIFY2(doc.error().contains(path), qPrintable(doc.error()));
    for (const QString &mention : errorMentions)
        QVERIFY2(doc.error().contains(mention),
                 qPrintable(QStringLiteral("“%1” not in: %2").arg(mention, doc.error())));
    QVERIFY(doc.clusters().empty());
    QVERIFY(doc.users().empty());
    QVERIFY(doc.contexts().empty());
}

void TestKubeconfigDocument::everyBrokenFileHasARow()
{
    // A file dropped into tests/data/broken/ without a row in brokenInputs_data() would test nothing.
    const QStringList rows{
        QStringLiteral("bad-base64.yaml"),        QStringLiteral("clusters-scalar.yaml"),
        QStringLiteral("duplicate-context.yaml"), QStringLiteral("folder-not-file.yaml"),
        QStringLiteral("list-item-string.yaml"),  QStringLiteral("nul-bytes.yaml"),
        QStringLiteral("tab-indentation.yaml"),   QStringLiteral("top-level-list.yaml"),
        QStringLiteral("yaml-syntax-error.yaml"),
    };
    const QStringList entries = QDir(dataDir(QStringLiteral("broken")))
                                    .entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QCOMPARE(entries, rows);
}

void TestKubeconfigDocument::badBase64NeverShowsTheValue()
{
    const KubeconfigDocument doc =
        KubeconfigDocument::load(dataDir(QStringLiteral("broken/bad-base64.yaml")));
    QCOMPARE(doc.status(), KubeconfigDocument::Status::Error);
    // The message names the field and the entry, never the content (it may be half a key).
    QVERIFY2(!doc.error().contains(QLatin1String("not base64!")), qPrintable(doc.error()));
}

void TestKubeconfigDocument::base64Decoding_data()
{
    QTest::addColumn<QByteArray>("yamlValue");
    QTest::addColumn<QByteArray>("decoded");
    QTest::addColumn<bool>("broken"); ///< kubectl refuses the file: "illegal base64 data at input byte N"

    QTest::newRow("padded standard base64") << QByteArray("dGVzdA==") << QByteArray("test") << false;
    QTest::newRow("no padding needed") << QByteArray("dGVzdDEy") << QByteArray("test12") << false;
    // Go's decoder (kubectl) skips line breaks inside the value.
    QTest::newRow("line breaks in a literal block")
        << QByteArray("|\n      dGVz\n      dA==\n") << QByteArray("test") << false;
    QTest::newRow("crlf in a double-quoted value")
        << QByteArray("\"dGVz\\r\\ndA==\"") << QByteArray("test") << false;
    QTest::newRow("space inside") << QByteArray("\"dGVz dA==\"") << QByteArray() << true;
    QTest::newRow("url-safe alphabet") << QByteArray("-_-_") << QByteArray() << true;
    QTest::newRow("wrong padding") << QByteArray("dGVzdA=") << QByteArray() << true;
    // kubectl: "illegal base64 data at input byte 4".
    QTest::newRow("missing padding") << QByteArray("dGVzdA") << QByteArray() << true;
    QTest::newRow("pem text instead of base64")
        << QByteArray("\"-----BEGIN CERTIFICATE-----\"") << QByteArray() << true;
    QTest::newRow("empty string") << QByteArray("\"\"") << QByteArray() << false;
}

void TestKubeconfigDocument::base64Decoding()
{
    QFETCH(QByteArray, yamlValue);
    QFETCH(QByteArray, decoded);
    QFETCH(bool, broken);

    const QByteArray text = "clusters:\n- name: c\n  cluster:\n    certificate-authority-data: " + yamlValue +
                            "\nusers:\n- name: u\n  user:\n    client-certificate-data: " + yamlValue +
                            "\n    client-key-data: " + yamlValue + "\n";
    const KubeconfigDocument doc = KubeconfigDocument::parse(m_home.filePath(QStringLiteral("config")), text);
    if (broken) {
        QCOMPARE(doc.status(), KubeconfigDocument::Status::Error);
        QVERIFY2(
            doc.error().contains(QStringLiteral("“certificate-authority-data” of “c” is not valid base64")),
            qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(QLatin1String("line 4")), qPrintable(doc.error()));
        return;
    }
    QVERIFY2(doc.status() == KubeconfigDocument::Status::Ok, qPrintable(doc.error()));
    QCOMPARE(doc.clusters().size(), std::size_t(1));
    QCOMPARE(doc.users().size(), std::size_t(1));
    QCOMPARE(doc.clusters().front().certificateAuthorityData, decoded);
    QCOMPARE(doc.users().front().clientCertificateData, decoded);
    QCOMPARE(doc.users().front().clientKeyData, decoded);
}

void TestKubeconfigDocument::clusterFields()
{
    const QString folder = dataDir(QStringLiteral("kubeconfig"));
    const QString file = folder + QStringLiteral("/fields.yaml");
    QCOMPARE(m_fields.path(), file);
    QCOMPARE(m_fields.clusters().size(), std::size_t(4));

    const ClusterEntry *full = findCluster(m_fields, QStringLiteral("full"));
    QVERIFY(full);
    QCOMPARE(full->file, file);
    QCOMPARE(full->server, QStringLiteral("https://full.example.com:6443"));
    QCOMPARE(full->certificateAuthority, folder + QStringLiteral("/certs/ca.crt"));
    QCOMPARE(full->certificateAuthorityData, QByteArray("test CA bytes\n"));
    QCOMPARE(full->insecureSkipTlsVerify, true);
    QCOMPARE(full->tlsServerName, QStringLiteral("api.internal"));
    QCOMPARE(full->proxyUrl, QStringLiteral("socks5://127.0.0.1:1080"));

    const ClusterEntry *absolute = findCluster(m_fields, QStringLiteral("absolute-ca"));
    QVERIFY(absolute);
    QCOMPARE(absolute->certificateAuthority, QStringLiteral("/etc/kubeminder-test/ca.crt"));
    QVERIFY(absolute->certificateAuthorityData.isEmpty());
    QCOMPARE(absolute->insecureSkipTlsVerify, false);

    const ClusterEntry *parent = findCluster(m_fields, QStringLiteral("parent-ca"));
    QVERIFY(parent);
    QCOMPARE(parent->certificateAuthority, dataDir(QStringLiteral("shared/ca.crt")));

    const ClusterEntry *noBody = findCluster(m_fields, QStringLiteral("no-body"));
    QVERIFY(noBody);
    QCOMPARE(noBody->file, file);
    QVERIFY(noBody->server.isEmpty());
    QVERIFY(noBody->certificateAuthority.isEmpty());
    QVERIFY(noBody->tlsServerName.isEmpty());
    QVERIFY(noBody->proxyUrl.isEmpty());
}

void TestKubeconfigDocument::userFields()
{
    const QString folder = dataDir(QStringLiteral("kubeconfig"));
    const QString file = folder + QStringLiteral("/fields.yaml");
    QCOMPARE(m_fields.users().size(), std::size_t(9));
    for (const UserEntry &user : m_fields.users()) {
        QCOMPARE(user.file, file);
    }

    const UserEntry *certData = findUser(m_fields, QStringLiteral("cert-data"));
    QVERIFY(certData);
    QCOMPARE(certData->clientCertificateData, QByteArray("test client certificate\n"));
    QCOMPARE(certData->clientKeyData, QByteArray("test client key\n"));
    QVERIFY(certData->clientCertificate.isEmpty());
    QVERIFY(certData->clientKey.isEmpty());
    QVERIFY(certData->token.isEmpty());
    QVERIFY(!certData->exec.has_value());
    QVERIFY(certData->authProvider.isEmpty());

    const UserEntry *certFiles = findUser(m_fields, QStringLiteral("cert-files"));
    QVERIFY(certFiles);
    QCOMPARE(certFiles->clientCertificate, folder + QStringLiteral("/certs/client.crt"));
    QCOMPARE(certFiles->clientKey, QStringLiteral("/var/lib/kubeminder-test/client.key"));
    QVERIFY(certFiles->clientCertificateData.isEmpty());
    QVERIFY(certFiles->clientKeyData.isEmpty());

    const UserEntry *token = findUser(m_fields, QStringLiteral("token"));
    QVERIFY(token);
    QCOMPARE(token->token, QByteArray("test-token-value"));
    QCOMPARE(token->tokenFile, folder + QStringLiteral("/tokens/dev.token"));

    const UserEntry *basic = findUser(m_fields, QStringLiteral("basic"));
    QVERIFY(basic);
    QCOMPARE(basic->username, QStringLiteral("admin"));
    QCOMPARE(basic->hasPassword, true);
    const UserEntry *noPassword = findUser(m_fields, QStringLiteral("basic-no-password"));
    QVERIFY(noPassword);
    QCOMPARE(noPassword->username, QStringLiteral("viewer"));
    QCOMPARE(noPassword->hasPassword, false);

    const UserEntry *exec = findUser(m_fields, QStringLiteral("exec"));
    QVERIFY(exec);
    QVERIFY(exec->exec.has_value());
    QCOMPARE(exec->exec->command, QStringLiteral("aws"));
    const QStringList args{QStringLiteral("eks"), QStringLiteral("get-token"),
                           QStringLiteral("--cluster-name"), QStringLiteral("prod")};
    QCOMPARE(exec->exec->args, args);
    QCOMPARE(exec->exec->apiVersion, QStringLiteral("client.authentication.k8s.io/v1beta1"));
    QCOMPARE(exec->exec->interactiveMode, QStringLiteral("IfAvailable"));
    QVERIFY(exec->token.isEmpty());

    const UserEntry *oidc = findUser(m_fields, QStringLiteral("oidc"));
    QVERIFY(oidc);
    QCOMPARE(oidc->authProvider, QStringLiteral("oidc"));
    QCOMPARE(oidc->authProviderIdToken, QByteArray("test-id-token"));
    QVERIFY(!oidc->exec.has_value());

    const UserEntry *gcp = findUser(m_fields, QStringLiteral("gcp-no-config"));
    QVERIFY(gcp);
    QCOMPARE(gcp->authProvider, QStringLiteral("gcp"));
    QVERIFY(gcp->authProviderIdToken.isEmpty());

    const UserEntry *empty = findUser(m_fields, QStringLiteral("empty"));
    QVERIFY(empty);
    QVERIFY(empty->clientCertificate.isEmpty());
    QVERIFY(empty->clientCertificateData.isEmpty());
    QVERIFY(empty->token.isEmpty());
    QVERIFY(empty->tokenFile.isEmpty());
    QVERIFY(empty->username.isEmpty());
    QVERIFY(!empty->hasPassword);
    QVERIFY(!empty->exec.has_value());
    QVERIFY(empty->authProvider.isEmpty());
}

void TestKubeconfigDocument::contextFields()
{
    const QString file = dataDir(QStringLiteral("kubeconfig/fields.yaml"));
    QCOMPARE(m_fields.currentContext(), QStringLiteral("dev"));
    QCOMPARE(m_fields.contexts().size(), std::size_t(3));

    const ContextEntry *dev = findContext(m_fields, QStringLiteral("dev"));
    QVERIFY(dev);
    QCOMPARE(dev->file, file);
    QCOMPARE(dev->cluster, QStringLiteral("full"));
    QCOMPARE(dev->user, QStringLiteral("cert-data"));
    QCOMPARE(dev->ns, QStringLiteral("team-a"));

    const ContextEntry *noNamespace = findContext(m_fields, QStringLiteral("no-namespace"));
    QVERIFY(noNamespace);
    QCOMPARE(noNamespace->cluster, QStringLiteral("absolute-ca"));
    QCOMPARE(noNamespace->user, QStringLiteral("token"));
    QVERIFY(noNamespace->ns.isEmpty());

    const ContextEntry *empty = findContext(m_fields, QStringLiteral("empty-context"));
    QVERIFY(empty);
    QCOMPARE(empty->file, file);
    QVERIFY(empty->cluster.isEmpty());
    QVERIFY(empty->user.isEmpty());

    // Entries keep the file's order: the merged set and the UI list them that way.
    QStringList order;
    for (const ContextEntry &context : m_fields.contexts())
        order << context.name;
    QCOMPARE(order, (QStringList{QStringLiteral("dev"), QStringLiteral("no-namespace"),
                                 QStringLiteral("empty-context")}));
}

void TestKubeconfigDocument::passwordIsNeverKept()
{
    const QString secret = QStringLiteral("hunter2-do-not-keep");
    for (const UserEntry &user : m_fields.users()) {
        const QStringList fields{user.name,      user.file,     user.clientCertificate, user.clientKey,
                                 user.tokenFile, user.username, user.authProvider};
        for (const QString &field : fields)
            QVERIFY2(!field.contains(secret), qPrintable(user.name));
        QVERIFY(!user.token.contains(secret.toUtf8()));
        QVERIFY(!user.authProviderIdToken.contains(secret.toUtf8()));
        QVERIFY(!user.clientCertificateData.contains(secret.toUtf8()));
        QVERIFY(!user.clientKeyData.contains(secret.toUtf8()));
    }
    QVERIFY(!m_fields.error().contains(secret));

    // A shape error next to a password must not quote it either.
    const KubeconfigDocument broken = KubeconfigDocument::parse(
        m_home.filePath(QStringLiteral("config")),
        "users:\n- name: dev\n  user:\n    username: admin\n    password: " + secret.toUtf8() +
            "\n    token: [x]\n");
    QCOMPARE(broken.status(), KubeconfigDocument::Status::Error);
    QVERIFY(!broken.error().contains(secret));
    QVERIFY2(broken.error().contains(QLatin1String("token")), qPrintable(broken.error()));
}

void TestKubeconfigDocument::relativePathsResolveAgainstTheFilesFolder_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); ///< relative to the temporary home, unless absolute

    QTest::newRow("bare file name") << QStringLiteral("ca.crt") << QStringLiteral("kube/ca.crt");
    QTest::newRow("subfolder") << QStringLiteral("certs/ca.crt") << QStringLiteral("kube/certs/ca.crt");
    QTest::newRow("dot slash") << QStringLiteral("./certs/ca.crt") << QStringLiteral("kube/certs/ca.crt");
    QTest::newRow("parent folder") << QStringLiteral("../shared/ca.crt") << QStringLiteral("shared/ca.crt");
    QTest::newRow("redundant separators")
        << QStringLiteral("certs//x/../ca.crt") << QStringLiteral("kube/certs/ca.crt");
    QTest::newRow("absolute stays as written")
        << QStringLiteral("/etc/kubeminder-test/ca.crt") << QStringLiteral("/etc/kubeminder-test/ca.crt");
    // client-go leaves absolute paths alone entirely, dots and all.
    QTest::newRow("absolute with dots stays as written")
        << QStringLiteral("/etc/../etc/./ca.crt") << QStringLiteral("/etc/../etc/./ca.crt");
    QTest::newRow("name with spaces")
        << QStringLiteral("my certs/ca file.crt") << QStringLiteral("kube/my certs/ca file.crt");
}

void TestKubeconfigDocument::relativePathsResolveAgainstTheFilesFolder()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    if (!QDir::isAbsolutePath(expected))
        expected = m_home.filePath(expected);

    test::KubeconfigBuilder builder;
    builder.clusterWithCaFile(QStringLiteral("c"), QStringLiteral("https://c"), value)
        .certificateFileUser(QStringLiteral("files"), value, value)
        .tokenFileUser(QStringLiteral("token"), value);
    // Loaded from elsewhere: the paths anchor to the file's folder, not the working directory.
    const QString path = builder.writeTo(m_home.filePath(QStringLiteral("kube/config")));
    QVERIFY(QDir::setCurrent(QDir::rootPath()));
    const KubeconfigDocument doc = KubeconfigDocument::load(path);
    QVERIFY2(doc.status() == KubeconfigDocument::Status::Ok, qPrintable(doc.error()));

    QCOMPARE(findCluster(doc, QStringLiteral("c"))->certificateAuthority, expected);
    QCOMPARE(findUser(doc, QStringLiteral("files"))->clientCertificate, expected);
    QCOMPARE(findUser(doc, QStringLiteral("files"))->clientKey, expected);
    QCOMPARE(findUser(doc, QStringLiteral("token"))->tokenFile, expected);
}

void TestKubeconfigDocument::execCommandResolvesOnlyWhenItIsAPath_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected"); ///< relative to the temporary home, unless absolute or bare

    // client-go's GetAuthInfoFileReferences: the command is a file reference only when it holds a
    // path separator; a bare name is looked up on PATH when the plugin runs.
    QTest::newRow("bare name stays for PATH lookup") << QStringLiteral("aws") << QStringLiteral("aws");
    QTest::newRow("dot slash") << QStringLiteral("./bin/get-token")
                               << QStringLiteral("<home>/kube/bin/get-token");
    QTest::newRow("subfolder") << QStringLiteral("bin/get-token")
                               << QStringLiteral("<home>/kube/bin/get-token");
    QTest::newRow("parent folder") << QStringLiteral("../scripts/token.sh")
                                   << QStringLiteral("<home>/scripts/token.sh");
    QTest::newRow("absolute stays as written")
        << QStringLiteral("/usr/local/bin/aws") << QStringLiteral("/usr/local/bin/aws");
}

void TestKubeconfigDocument::execCommandResolvesOnlyWhenItIsAPath()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    expected.replace(QLatin1String("<home>"), m_home.path());

    test::KubeconfigBuilder builder;
    builder.execUser(QStringLiteral("u"), command);
    const QString path = builder.writeTo(m_home.filePath(QStringLiteral("kube/config")));
    QVERIFY(QDir::setCurrent(QDir::rootPath()));
    const KubeconfigDocument doc = KubeconfigDocument::load(path);
    QVERIFY2(doc.status() == KubeconfigDocument::Status::Ok, qPrintable(doc.error()));
    QVERIFY(doc.users().front().exec.has_value());
    QCOMPARE(doc.users().front().exec->command, expected);
}

void TestKubeconfigDocument::relativeFileArgumentBecomesAbsolute()
{
    test::KubeconfigBuilder builder;
    builder.tokenFileUser(QStringLiteral("u"), QStringLiteral("token"));
    builder.writeTo(m_home.filePath(QStringLiteral("sub/config")));
    QVERIFY(QDir::setCurrent(m_home.path()));

    const KubeconfigDocument doc = KubeconfigDocument::load(QStringLiteral("sub/config"));
    QCOMPARE(doc.status(), KubeconfigDocument::Status::Ok);
    QCOMPARE(doc.path(), m_home.filePath(QStringLiteral("sub/config")));
    QCOMPARE(doc.users().front().file, doc.path());
    QCOMPARE(doc.users().front().tokenFile, m_home.filePath(QStringLiteral("sub/token")));
}

void TestKubeconfigDocument::contentHashIsOfTheBytesRead()
{
    const QString path = dataDir(QStringLiteral("kubeconfig/k3s.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const KubeconfigDocument doc = KubeconfigDocument::load(path);
    QCOMPARE(doc.status(), KubeconfigDocument::Status::Ok);
    QCOMPARE(doc.contentHash(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));

    // An empty file has a hash too: a writer must still notice when it gains content.
    const KubeconfigDocument empty = KubeconfigDocument::parse(m_home.filePath(QStringLiteral("empty")), {});
    QCOMPARE(empty.contentHash(), QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256));
}

void TestKubeconfigDocument::parseAnchorsPathsLikeLoad()
{
    const QByteArray text = "clusters:\n- name: c\n  cluster: {certificate-authority: ca.crt}\n";
    const KubeconfigDocument doc =
        KubeconfigDocument::parse(m_home.filePath(QStringLiteral("a/b/config")), text);
    QCOMPARE(doc.status(), KubeconfigDocument::Status::Ok);
    QCOMPARE(doc.clusters().front().certificateAuthority, m_home.filePath(QStringLiteral("a/b/ca.crt")));
}

void TestKubeconfigDocument::draftReadsBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("prod");
    QTest::newRow("a YAML 1.1 boolean") << QStringLiteral("yes");
    QTest::newRow("an octal number") << QStringLiteral("010");
    QTest::newRow("null") << QStringLiteral("~");
    QTest::newRow("empty") << QString();
    QTest::newRow("a line separator") << QStringLiteral("a \u2028 b");
    QTest::newRow("a colon and a hash") << QStringLiteral("a: #b");
}

void TestKubeconfigDocument::draftReadsBack()
{
    // A draft written by code above the kubeconfig layer reads back as the very same entries.
    QFETCH(QString, name);
    KubeconfigDraft draft;
    ClusterEntry cluster;
    cluster.name = name;
    cluster.server = QStringLiteral("https://c:6443");
    cluster.certificateAuthorityData = "CA PEM";
    draft.clusters.push_back(cluster);
    UserEntry user;
    user.name = name;
    user.token = "t0k3n";
    user.exec = ExecPlugin{};
    user.exec->command = QStringLiteral("get-token");
    user.exec->args = {name, QStringLiteral("on")};
    user.exec->provideClusterInfo = true;
    draft.users.push_back(user);
    ContextEntry context;
    context.name = name;
    context.cluster = name;
    context.user = name;
    context.ns = name;
    draft.contexts.push_back(context);
    draft.currentContext = name;

    const KubeconfigDocument doc =
        KubeconfigDocument::parse(m_home.filePath(QStringLiteral("draft")), draft.toYaml());
    QVERIFY2(doc.status() == KubeconfigDocument::Status::Ok, qPrintable(doc.error()));
    QCOMPARE(doc.currentContext(), name);
    QCOMPARE(doc.clusters().size(), std::size_t(1));
    QCOMPARE(doc.clusters().front().name, name);
    QCOMPARE(doc.clusters().front().certificateAuthorityData, QByteArray("CA PEM"));
    QCOMPARE(doc.users().front().token, QByteArray("t0k3n"));
    QCOMPARE(doc.users().front().exec->args, (QStringList{name, QStringLiteral("on")}));
    QVERIFY(doc.users().front().exec->provideClusterInfo);
    QCOMPARE(doc.contexts().front().ns, name);
}

QTEST_GUILESS_MAIN(TestKubeconfigDocument)
#include "tst_kubeconfigdocument.moc"
