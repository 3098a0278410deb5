#include "transfer/importsourceregistry.h"

#include <QTest>

using namespace kubeminder;

// Where fresh credentials most likely come from when none is remembered: what the Import dialog
// opens on and what `check` suggests.
class TestImportSource : public QObject
{
    Q_OBJECT

private slots:
    void suggestedFor_data();
    void suggestedFor();
};

void TestImportSource::suggestedFor_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("location"); ///< empty: no suggestion
    QTest::addColumn<QString>("preset");
    const int certificate = int(CredentialKind::ClientCertificate);
    const QString k3s = QStringLiteral("k3s-client-ca@1700000000");
    QTest::newRow("K3s on the LAN") << QStringLiteral("https://pi.lan:6443") << certificate << k3s
                                    << QStringLiteral("ssh://pi.lan") << QStringLiteral("k3s");
    QTest::newRow("RKE2") << QStringLiteral("https://10.0.0.5:9345") << certificate
                          << QStringLiteral("rke2-client-ca@1700000000") << QStringLiteral("ssh://10.0.0.5")
                          << QStringLiteral("rke2");
    QTest::newRow("unknown issuer: K3s, the common case")
        << QStringLiteral("https://node1.example:6443") << certificate << QStringLiteral("my-ca")
        << QStringLiteral("ssh://node1.example") << QStringLiteral("k3s");
    QTest::newRow("kubeadm") << QStringLiteral("https://cp1.example:6443") << certificate
                             << QStringLiteral("kubernetes") << QStringLiteral("ssh://cp1.example")
                             << QStringLiteral("kubeadm");
    QTest::newRow("MicroK8s") << QStringLiteral("https://10.0.0.7:16443") << certificate
                              << QStringLiteral("10.152.183.1") << QStringLiteral("ssh://10.0.0.7")
                              << QStringLiteral("microk8s");
    QTest::newRow("minikube runs here") << QStringLiteral("https://192.168.49.2:8443") << certificate
                                        << QStringLiteral("minikubeCA") << QString() << QString();
    QTest::newRow("IPv6") << QStringLiteral("https://[fd00::5]:6443") << certificate << k3s
                          << QStringLiteral("ssh://[fd00::5]") << QStringLiteral("k3s");
    QTest::newRow("this machine: 127.0.0.1")
        << QStringLiteral("https://127.0.0.1:6443") << certificate << k3s << QString() << QString();
    QTest::newRow("this machine: localhost")
        << QStringLiteral("https://localhost:6443") << certificate << k3s << QString() << QString();
    QTest::newRow("this machine: ::1")
        << QStringLiteral("https://[::1]:6443") << certificate << k3s << QString() << QString();
    QTest::newRow("a token") << QStringLiteral("https://pi.lan:6443") << int(CredentialKind::Token)
                             << QString() << QString() << QString();
    QTest::newRow("no server") << QString() << certificate << k3s << QString() << QString();
}

void TestImportSource::suggestedFor()
{
    QFETCH(QString, server);
    QFETCH(int, kind);
    QFETCH(QString, issuer);
    QFETCH(QString, location);
    QFETCH(QString, preset);
    ContextReport context;
    context.name = QStringLiteral("homelab");
    context.server = server;
    context.credential.kind = CredentialKind(kind);
    context.credential.issuer = issuer;
    const std::optional<ImportSource> suggested = ImportSource::suggestedFor(context);
    if (location.isEmpty()) {
        QVERIFY(!suggested);
        return;
    }
    QVERIFY(suggested);
    QCOMPARE(suggested->kind, QStringLiteral("ssh"));
    QCOMPARE(suggested->location, location);
    QCOMPARE(suggested->preset, preset);
}

QTEST_GUILESS_MAIN(TestImportSource)
#include "tst_importsource.moc"
