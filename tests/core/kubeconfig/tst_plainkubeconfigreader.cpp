#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfig/plainkubeconfigreader.h"
#include "kubeconfigbuilder.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;

// PlainKubeconfigReader reads the common layout without a YAML tree, for `kubeminder check`. Its
// one promise: for any bytes, either it declines, or the entries it gives are exactly those of the
// full path (yaml-cpp, go-yaml's rules, the schema), which kubectlparity and kubectlrandom hold to
// kubectl's. Every row and every file below is read both ways and compared.
class TestPlainKubeconfigReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layouts_data();
    void layouts();
    void filesOfTheSuite();
    void generatedSets_data();
    void generatedSets();

private:
    // Reads `bytes` both ways; fails the test unless they agree. Returns whether the reader took it.
    bool readBothWays(const QByteArray &bytes, const QString &name);
    static QString describe(const KubeconfigDocument &doc);

    QTemporaryDir m_dir;
};

void TestPlainKubeconfigReader::initTestCase()
{
    test::setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
}

// Every field of every entry, one line each, so a difference shows where it is.
QString TestPlainKubeconfigReader::describe(const KubeconfigDocument &doc)
{
    QStringList lines;
    lines << QStringLiteral("status %1").arg(KubeconfigDocument::statusName(doc.status()));
    lines << QStringLiteral("current %1").arg(doc.currentContext());
    for (const ClusterEntry &c : doc.clusters()) {
        lines << QStringLiteral(
                     "cluster %1 file=%2 server=%3 ca=%4 caData=%5 insecure=%6 tlsName=%7 proxy=%8 "
                     "noCompression=%9 exec=%10")
                     .arg(c.name, c.file, c.server, c.certificateAuthority,
                          QString::fromLatin1(c.certificateAuthorityData.toHex()),
                          QString::number(c.insecureSkipTlsVerify), c.tlsServerName, c.proxyUrl,
                          QString::number(c.disableCompression))
                     .arg(c.execConfig.has_value());
    }
    for (const UserEntry &u : doc.users()) {
        lines << QStringLiteral("user %1 file=%2 cert=%3 certData=%4 key=%5 keyData=%6 token=%7 tokenFile=%8 "
                                "username=%9 password=%10 exec=%11 provider=%12 idToken=%13 refresh=%14")
                     .arg(u.name, u.file, u.clientCertificate,
                          QString::fromLatin1(u.clientCertificateData.toHex()), u.clientKey,
                          QString::fromLatin1(u.clientKeyData.toHex()), QString::fromLatin1(u.token.toHex()),
                          u.tokenFile, u.username)
                     .arg(u.hasPassword)
                     .arg(u.exec.has_value())
                     .arg(u.authProvider, QString::fromLatin1(u.authProviderIdToken.toHex()))
                     .arg(u.authProviderCanRefresh);
    }
    for (const ContextEntry &c : doc.contexts()) {
        lines << QStringLiteral("context %1 file=%2 cluster=%3 user=%4 namespace=%5")
                     .arg(c.name, c.file, c.cluster, c.user, c.ns);
    }
    return lines.join(QLatin1Char('\n'));
}

bool TestPlainKubeconfigReader::readBothWays(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir.filePath(QStringLiteral("config/") + name);
    const bool taken = PlainKubeconfigReader::read(path, bytes).has_value();
    const KubeconfigDocument full = KubeconfigDocument::parse(path, bytes, KubeconfigDocument::Detail::Tree);
    const KubeconfigDocument quick =
        KubeconfigDocument::parse(path, bytes, KubeconfigDocument::Detail::Entries);
    const QString expected = describe(full);
    const QString actual = describe(quick);
    if (actual != expected) {
        QTest::qFail(
            qPrintable(QStringLiteral("%1 reads differently without a tree:\n--- text\n%2\n--- full\n%3\n"
                                      "--- plain reader\n%4")
                           .arg(name, QString::fromUtf8(bytes), expected, actual)),
            __FILE__, __LINE__);
    }
    // What the reader takes, the full path must find usable: an error is always the full path's.
    if (taken && full.status() != KubeconfigDocument::Status::Ok &&
        full.status() != KubeconfigDocument::Status::Empty) {
        QTest::qFail(qPrintable(name + QStringLiteral(": taken, yet the full path says: ") + full.error()),
                     __FILE__, __LINE__);
    }
    return taken;
}

void TestPlainKubeconfigReader::layouts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("taken");

    const QByteArray ca =
        QByteArray("certificate-authority-data: ") + QByteArray("CA certificate").toBase64();
    const QByteArray cert = QByteArray("client-certificate-data: ") + QByteArray("a certificate").toBase64();
    const QByteArray key = QByteArray("client-key-data: ") + QByteArray("a key").toBase64();
    // kubectl's own layout: lists at the key's indent.
    const QByteArray kubectl = "apiVersion: v1\n"
                               "clusters:\n"
                               "- cluster:\n"
                               "    " +
                               ca +
                               "\n"
                               "    server: https://127.0.0.1:6443\n"
                               "  name: default\n"
                               "contexts:\n"
                               "- context:\n"
                               "    cluster: default\n"
                               "    user: default\n"
                               "  name: default\n"
                               "current-context: default\n"
                               "kind: Config\n"
                               "preferences: {}\n"
                               "users:\n"
                               "- name: default\n"
                               "  user:\n"
                               "    " +
                               cert +
                               "\n"
                               "    " +
                               key + "\n";
    QTest::newRow("kubectl's layout (K3s)") << kubectl << true;
    QByteArray indented;
    for (const QByteArray &line : kubectl.split('\n')) {
        // Every line inside a list two deeper, the dashes included.
        const bool inList = line.startsWith("- ") || line.startsWith("  ");
        indented += (inList ? "  " + line : line) + '\n';
    }
    QTest::newRow("lists indented by two") << indented << true;
    QTest::newRow("a document marker and comments")
        << "---\n# my clusters\n" +
               QByteArray(kubectl).replace("kind: Config\n", "kind: Config # yes\n# end\n")
        << true;
    QTest::newRow("quoted values") << QByteArray(kubectl)
                                          .replace("server: https://127.0.0.1:6443",
                                                   "server: 'https://127.0.0.1:6443'")
                                          .replace("current-context: default", "current-context: \"default\"")
                                   << true;
    QTest::newRow("'' in single quotes")
        << QByteArray(kubectl)
               .replace("namespace", "x")
               .replace("user: default\n  name: default",
                        "user: default\n    namespace: 'it''s'\n  name: default")
        << true;
    QTest::newRow("a relative path, and a token")
        << QByteArray(kubectl).replace(QByteArray("    " + cert + "\n    " + key + "\n"),
                                       "    client-certificate: certs/me.crt\n    client-key: ../me.key\n"
                                       "    token: abc.def\n")
        << true;
    QTest::newRow("blank lines and trailing spaces") << QByteArray(kubectl).replace("\n", "  \n\n") << true;
    QTest::newRow("an empty file of entries")
        << QByteArray("apiVersion: v1\nkind: Config\npreferences: {}\n") << true;
    QTest::newRow("empty lists") << QByteArray("apiVersion: v1\nclusters: []\ncontexts: []\nusers: []\n")
                                 << true;
    QTest::newRow("a URL with # and :")
        << QByteArray(kubectl).replace("https://127.0.0.1:6443", "https://host:6443/p#frag") << true;

    // Declined: the full path reads each one (and says what is wrong, where something is).
    QTest::newRow("CRLF") << QByteArray(kubectl).replace("\n", "\r\n") << false;
    QTest::newRow("a tab") << QByteArray(kubectl).replace("kind: Config", "kind:\tConfig") << false;
    QTest::newRow("a byte-order mark") << "\xEF\xBB\xBF" + kubectl << false;
    QTest::newRow("an anchor and an alias") << QByteArray(kubectl)
                                                   .replace("cluster: default\n", "cluster: &c default\n")
                                                   .replace("user: default\n  name", "user: *c\n  name")
                                            << false;
    QTest::newRow("a tag") << QByteArray(kubectl).replace("kind: Config", "kind: !!str Config") << false;
    QTest::newRow("a block scalar") << QByteArray(kubectl).replace("kind: Config", "kind: |\n  Config")
                                    << false;
    QTest::newRow("a value over two lines")
        << QByteArray(kubectl).replace("server: https://127.0.0.1:6443",
                                       "server: https://127.0.0.1\n      :6443")
        << false;
    QTest::newRow("a flow mapping") << QByteArray(kubectl).replace(
                                           "- context:\n    cluster: default\n    user: default\n",
                                           "- context: {cluster: default, user: default}\n")
                                    << false;
    QTest::newRow("a key twice") << QByteArray(kubectl).replace("kind: Config\n",
                                                                "kind: Config\nkind: Other\n")
                                 << false;
    QTest::newRow("a name twice") << QByteArray(kubectl).replace(
                                         "users:\n", "users:\n- name: default\n  user:\n    token: x\n")
                                  << false;
    QTest::newRow("a YAML 1.1 boolean")
        << QByteArray(kubectl).replace("current-context: default", "current-context: yes") << false;
    QTest::newRow("a number") << QByteArray(kubectl).replace("current-context: default",
                                                             "current-context: 0100")
                              << false;
    QTest::newRow("a null") << QByteArray(kubectl).replace("current-context: default", "current-context: ~")
                            << false;
    QTest::newRow("an empty value") << QByteArray(kubectl).replace("current-context: default",
                                                                   "current-context:")
                                    << false;
    QTest::newRow("an escape") << QByteArray(kubectl).replace("current-context: default",
                                                              "current-context: \"de\\u0066ault\"")
                               << false;
    QTest::newRow("not base64") << QByteArray(kubectl).replace(key, "client-key-data: abc") << false;
    QTest::newRow("an exec plugin") << QByteArray(kubectl).replace(
                                           QByteArray("    " + key + "\n"),
                                           QByteArray("    " + key + "\n    exec:\n      command: aws\n"))
                                    << false;
    QTest::newRow("insecure-skip-tls-verify")
        << QByteArray(kubectl).replace("    server:", "    insecure-skip-tls-verify: true\n    server:")
        << false;
    QTest::newRow("a password") << QByteArray(kubectl).replace(QByteArray("    " + cert + "\n"),
                                                               "    password: secret\n")
                                << false;
    QTest::newRow("preferences with content")
        << QByteArray(kubectl).replace("preferences: {}", "preferences:\n  colors: true") << false;
    QTest::newRow("a second document") << kubectl + "---\nkind: Config\n" << false;
    QTest::newRow("a directive") << "%YAML 1.1\n---\n" + kubectl << false;
    QTest::newRow("a merge key") << QByteArray(kubectl).replace("    user: default\n",
                                                                "    <<: {}\n    user: default\n")
                                 << false;
    QTest::newRow("a control character")
        << QByteArray(kubectl).replace("kind: Config", "kind: Con\x01fig") << false;
    QTest::newRow("a C1 control") << QByteArray(kubectl).replace("default\nkind", "def\xC2\x9B"
                                                                                  "ault\nkind")
                                  << false;
    QTest::newRow("another apiVersion")
        << QByteArray(kubectl).replace("apiVersion: v1", "apiVersion: v2") << false;
    QTest::newRow("another kind") << QByteArray(kubectl).replace("kind: Config", "kind: Pod") << false;
    QByteArray deep = "apiVersion: v1\npreferences:\n";
    for (int level = 1; level <= 1500; ++level)
        deep += QByteArray(level, ' ') + "k" + QByteArray::number(level) + ":\n";
    deep += QByteArray(1501, ' ') + "leaf: x\n";
    QTest::newRow("nesting 1,500 deep") << deep << false;
    QTest::newRow("JSON") << QByteArray(R"({"apiVersion": "v1", "kind": "Config"})") << false;
    QTest::newRow("a line separator") << QByteArray(kubectl).replace("default\nkind", "def\xE2\x80\xA8"
                                                                                      "ault\nkind")
                                      << false;
    QTest::newRow("an item that is not a mapping")
        << QByteArray(kubectl).replace("contexts:\n", "contexts:\n- x\n") << false;
    QTest::newRow("a deeper line after a value")
        << QByteArray(kubectl).replace("kind: Config\n", "kind: Config\n  more\n") << false;
}

void TestPlainKubeconfigReader::layouts()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, taken);
    QCOMPARE(readBothWays(text, QStringLiteral("row.yaml")), taken);
}

// Every kubeconfig the suite keeps (test data, fuzz seeds and regressions): whatever the reader
// takes must read as the full path reads it.
void TestPlainKubeconfigReader::filesOfTheSuite()
{
    int files = 0;
    int taken = 0;
    for (const char *folder : {"data", "fuzz/corpus/kubeconfig", "fuzz/corpus/yamlroundtrip",
                               "fuzz/regressions/kubeconfig", "fuzz/regressions/yamlroundtrip"}) {
        QDirIterator it(QStringLiteral(KUBEMINDER_TESTS_DIR "/") + QLatin1String(folder), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            // The full path checks these first; the reader is only asked after them.
            if (bytes.contains('\0') || !QByteArrayView(bytes).isValidUtf8())
                continue;
            ++files;
            taken += readBothWays(bytes, QFileInfo(file.fileName()).fileName()) ? 1 : 0;
        }
    }
    qInfo("%d of %d files read without a tree", taken, files);
    QVERIFY(files > 20);
    QVERIFY(taken > 0);
}

void TestPlainKubeconfigReader::generatedSets_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::newRow("EC P-256, as K3s") << int(KeyAlgorithm::EcP256);
    QTest::newRow("RSA-2048, as kubeadm") << int(KeyAlgorithm::Rsa2048);
    QTest::newRow("Ed25519") << int(KeyAlgorithm::Ed25519);
}

// What KubeconfigBuilder writes (yaml-cpp's emitter, as Kubeminder's own writes) is taken.
void TestPlainKubeconfigReader::generatedSets()
{
    QFETCH(int, algorithm);
    test::KubeconfigBuilder builder;
    for (int i = 0; i < 5; ++i) {
        const QString name = QStringLiteral("ctx-%1").arg(i);
        builder
            .cluster(name, QStringLiteral("https://10.0.0.%1:6443").arg(i + 1),
                     test::TestPki::sharedCa().certificatePem)
            .certificateUser(name,
                             test::TestPki::leafExpiringIn(test::fixedNow(), 30 * i, KeyAlgorithm(algorithm)),
                             test::TestPki::sharedCa().certificatePem)
            .context(name, name, name);
    }
    builder.currentContext(QStringLiteral("ctx-0"));
    const QString path = builder.writeTo(m_dir.filePath(QStringLiteral("generated.yaml")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(readBothWays(file.readAll(), QStringLiteral("generated.yaml")));
}

QTEST_GUILESS_MAIN(TestPlainKubeconfigReader)
#include "tst_plainkubeconfigreader.moc"
