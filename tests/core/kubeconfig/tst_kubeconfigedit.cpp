#include "kubeconfig/kubeconfigedit.h"
#include "kubeconfig/kubeconfigtree.h"

#include <QTest>

using namespace kubeminder;

namespace {

const QString Path = QStringLiteral("/nonexistent/kubeminder-edit/config");

KubeconfigDocument parse(const QByteArray &yaml)
{
    return KubeconfigDocument::parse(Path, yaml);
}

// The fields of one entry's body in their written order, "key=value" joined by ";": what a later
// reader sees, independent of how the emitter indents.
QString bodyOf(const QByteArray &written, const char *list, const char *body, const QString &name)
{
    const KubeconfigDocument reread = parse(written);
    if (reread.status() == KubeconfigDocument::Status::Error)
        return QStringLiteral("error: ") + reread.error();
    const auto item = KubeconfigTree::findNamed(reread.root(), list, name);
    if (!item)
        return QStringLiteral("missing");
    QStringList fields;
    for (const auto &field : KubeconfigTree::child(*item, body)) {
        const QString value =
            field.second.IsScalar() ? QString::fromStdString(field.second.Scalar()) : QStringLiteral("{...}");
        fields << QString::fromStdString(field.first.Scalar()) + QLatin1Char('=') + value;
    }
    return fields.join(QLatin1Char(';'));
}

const QByteArray Fresh = R"(
clusters:
- name: fresh
  cluster:
    server: https://192.0.2.10:6443
    certificate-authority-data: TkVXQ0E=
    tls-server-name: k3s
users:
- name: fresh
  user:
    client-certificate-data: TkVXQ0VSVA==
    client-key-data: TkVXS0VZ
contexts:
- name: fresh
  context:
    cluster: fresh
    user: fresh
current-context: fresh
)";

} // namespace

class TestKubeconfigEdit : public QObject
{
    Q_OBJECT

private slots:
    void refreshUser_data();
    void refreshUser();
    void refreshCluster_data();
    void refreshCluster();
    void addContextCopiesAndRenames();
    void newFileStartsAsKubeconfig();
    void namesStayStrings();
    void fieldKinds();
};

void TestKubeconfigEdit::refreshUser_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("after");

    QTest::newRow("token becomes a certificate, in the token's place")
        << QByteArray("{as: bob, token: T0xE, namespace-hint: x}") << int(KubeconfigEdit::Outcome::Changed)
        << QStringLiteral("as=bob;client-certificate-data=TkVXQ0VSVA==;client-key-data=TkVXS0VZ;"
                          "namespace-hint=x");
    QTest::newRow("every credential field goes")
        << QByteArray("{username: u, password: p, client-certificate: /c, client-key: /k, exec: {command: "
                      "x}, tokenFile: /t}")
        << int(KubeconfigEdit::Outcome::Changed)
        << QStringLiteral("client-certificate-data=TkVXQ0VSVA==;client-key-data=TkVXS0VZ");
    QTest::newRow("no credentials before: the fresh ones go at the end")
        << QByteArray("{as: bob}") << int(KubeconfigEdit::Outcome::Changed)
        << QStringLiteral("as=bob;client-certificate-data=TkVXQ0VSVA==;client-key-data=TkVXS0VZ");
    QTest::newRow("the same credentials: unchanged")
        << QByteArray("{client-certificate-data: TkVXQ0VSVA==, client-key-data: TkVXS0VZ}")
        << int(KubeconfigEdit::Outcome::Unchanged)
        << QStringLiteral("client-certificate-data=TkVXQ0VSVA==;client-key-data=TkVXS0VZ");
}

void TestKubeconfigEdit::refreshUser()
{
    QFETCH(QByteArray, user);
    QFETCH(int, outcome);
    QFETCH(QString, after);

    const KubeconfigDocument document = parse("users:\n- name: u\n  user: " + user + "\n");
    QCOMPARE(document.status(), KubeconfigDocument::Status::Ok);
    KubeconfigEdit edit(document);
    QCOMPARE(int(edit.refreshUser(QStringLiteral("u"), parse(Fresh), QStringLiteral("fresh"))), outcome);
    QCOMPARE(bodyOf(edit.toYaml(), "users", "user", QStringLiteral("u")), after);
    QCOMPARE(edit.isUnchanged(), outcome == int(KubeconfigEdit::Outcome::Unchanged));
    QCOMPARE(edit.original().bytes(), document.bytes());

    QCOMPARE(edit.refreshUser(QStringLiteral("other"), parse(Fresh), QStringLiteral("fresh")),
             KubeconfigEdit::Outcome::NotFound);
}

void TestKubeconfigEdit::refreshCluster_data()
{
    QTest::addColumn<QByteArray>("cluster");
    QTest::addColumn<bool>("takeCa");
    QTest::addColumn<QStringList>("drop");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("after");

    QTest::newRow("fresh CA in place, server and the rest kept")
        << QByteArray("{server: https://pi:6443, certificate-authority: /ca.crt, proxy-url: http://p}")
        << true << QStringList() << QString()
        << QStringLiteral("server=https://pi:6443;certificate-authority-data=TkVXQ0E=;proxy-url=http://p");
    QTest::newRow("a CA next to insecure-skip-tls-verify drops it")
        << QByteArray("{server: https://pi:6443, insecure-skip-tls-verify: true}") << true
        << QStringList{QStringLiteral("insecure-skip-tls-verify")} << QString()
        << QStringLiteral("server=https://pi:6443;certificate-authority-data=TkVXQ0E=");
    QTest::newRow("only a new server: the CA stays")
        << QByteArray("{certificate-authority-data: T0xE, server: https://old:6443}") << false
        << QStringList() << QStringLiteral("https://new:6443")
        << QStringLiteral("certificate-authority-data=T0xE;server=https://new:6443");
}

void TestKubeconfigEdit::refreshCluster()
{
    QFETCH(QByteArray, cluster);
    QFETCH(bool, takeCa);
    QFETCH(QStringList, drop);
    QFETCH(QString, server);
    QFETCH(QString, after);

    KubeconfigEdit edit(parse("clusters:\n- name: c\n  cluster: " + cluster + "\n"));
    KubeconfigEdit::ClusterChange change;
    change.takeCa = takeCa;
    change.drop = drop;
    change.server = server;
    QCOMPARE(edit.refreshCluster(QStringLiteral("c"), parse(Fresh), QStringLiteral("fresh"), change),
             KubeconfigEdit::Outcome::Changed);
    QCOMPARE(bodyOf(edit.toYaml(), "clusters", "cluster", QStringLiteral("c")), after);
    QCOMPARE(edit.refreshCluster(QStringLiteral("c"), parse(Fresh), QStringLiteral("fresh"), change),
             KubeconfigEdit::Outcome::Unchanged);
}

void TestKubeconfigEdit::addContextCopiesAndRenames()
{
    const KubeconfigDocument document = parse("apiVersion: v1\nkind: Config\nclusters:\n- name: other\n  "
                                              "cluster: {server: https://o:6443}\ncurrent-context: other\n");
    KubeconfigEdit edit(document);
    edit.addContext(QStringLiteral("pi"), parse(Fresh), QStringLiteral("fresh"),
                    QStringLiteral("https://pi.lan:6443"), QStringLiteral("apps"));
    const QByteArray written = edit.toYaml();
    const KubeconfigDocument reread = parse(written);
    QCOMPARE(reread.status(), KubeconfigDocument::Status::Ok);
    QCOMPARE(reread.currentContext(), QStringLiteral("other"));
    QCOMPARE(reread.clusters().size(), std::size_t(2));
    QCOMPARE(
        bodyOf(written, "clusters", "cluster", QStringLiteral("pi")),
        QStringLiteral("server=https://pi.lan:6443;certificate-authority-data=TkVXQ0E=;tls-server-name=k3s"));
    QCOMPARE(bodyOf(written, "users", "user", QStringLiteral("pi")),
             QStringLiteral("client-certificate-data=TkVXQ0VSVA==;client-key-data=TkVXS0VZ"));
    QCOMPARE(bodyOf(written, "contexts", "context", QStringLiteral("pi")),
             QStringLiteral("cluster=pi;user=pi;namespace=apps"));
    QVERIFY(!edit.isUnchanged());
    QVERIFY(!edit.createsFile());
}

void TestKubeconfigEdit::newFileStartsAsKubeconfig()
{
    const KubeconfigDocument missing = KubeconfigDocument::load(Path);
    QCOMPARE(missing.status(), KubeconfigDocument::Status::Missing);
    KubeconfigEdit edit(missing);
    QVERIFY(edit.createsFile());
    QVERIFY(!edit.isUnchanged());
    edit.setCurrentContext(QStringLiteral("pi"));
    const KubeconfigDocument reread = parse(edit.toYaml());
    QCOMPARE(reread.currentContext(), QStringLiteral("pi"));
    QCOMPARE(KubeconfigTree::child(reread.root(), "apiVersion").Scalar(), std::string("v1"));
    QCOMPARE(KubeconfigTree::child(reread.root(), "kind").Scalar(), std::string("Config"));

    // An empty file is a kubeconfig to be, like a missing one, but it exists.
    KubeconfigEdit empty(parse(""));
    QVERIFY(!empty.createsFile());
    QVERIFY(!empty.isUnchanged());
}

void TestKubeconfigEdit::namesStayStrings()
{
    // A name kubectl would read as a number or a boolean when plain is written quoted.
    for (const QString &name : {QStringLiteral("010"), QStringLiteral("yes"), QStringLiteral("~")}) {
        KubeconfigEdit edit(parse(Fresh));
        edit.setCurrentContext(name);
        edit.addContext(name, parse(Fresh), QStringLiteral("fresh"), {}, {});
        const KubeconfigDocument reread = parse(edit.toYaml());
        QCOMPARE(reread.status(), KubeconfigDocument::Status::Ok);
        QCOMPARE(reread.currentContext(), name);
        QCOMPARE(reread.contexts().back().name, name);
        QCOMPARE(reread.contexts().back().cluster, name);
    }
}

void TestKubeconfigEdit::fieldKinds()
{
    QVERIFY(KubeconfigEdit::isCredentialField(QStringLiteral("tokenFile")));
    QVERIFY(KubeconfigEdit::isCredentialField(QStringLiteral("auth-provider")));
    QVERIFY(!KubeconfigEdit::isCredentialField(QStringLiteral("as")));
    QVERIFY(KubeconfigEdit::isCaField(QStringLiteral("certificate-authority")));
    QVERIFY(!KubeconfigEdit::isCaField(QStringLiteral("server")));
    QVERIFY(KubeconfigEdit::setsCa(parse(Fresh), QStringLiteral("fresh")));
    QVERIFY(!KubeconfigEdit::setsCa(parse("clusters:\n- name: c\n  cluster: {server: https://c}\n"),
                                    QStringLiteral("c")));
    QVERIFY(!KubeconfigEdit::setsCa(parse(Fresh), QStringLiteral("nope")));
}

QTEST_GUILESS_MAIN(TestKubeconfigEdit)
#include "tst_kubeconfigedit.moc"
