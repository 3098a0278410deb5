#include "support/hostname.h"

#include <QTest>
#include <QUrl>

using namespace kubeminder;

// Whether a server's host is this machine: no SSH is suggested to it, and a refresh's --server
// may point at it. Hosts come from QUrl, as the callers take them.
class TestHostName : public QObject
{
    Q_OBJECT

private slots:
    void thisMachine_data();
    void thisMachine();
};

void TestHostName::thisMachine_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("local");
    QTest::newRow("localhost") << QStringLiteral("https://localhost:6443") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("https://LOCALHOST:6443") << true;
    QTest::newRow("name under .localhost") << QStringLiteral("https://k3d.localhost:6443") << true;
    QTest::newRow("localhost with root dot") << QStringLiteral("https://localhost.:6443") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("https://127.0.0.1:6443") << true;
    QTest::newRow("127.53.1.9") << QStringLiteral("https://127.53.1.9:6443") << true;
    QTest::newRow("0.0.0.0") << QStringLiteral("https://0.0.0.0:6443") << true;
    QTest::newRow("[::1]") << QStringLiteral("https://[::1]:6443") << true;
    QTest::newRow("[::]") << QStringLiteral("https://[::]:6443") << true;
    QTest::newRow("[::ffff:127.0.0.1]") << QStringLiteral("https://[::ffff:127.0.0.1]:6443") << true;
    QTest::newRow("no port") << QStringLiteral("https://127.0.0.1") << true;
    QTest::newRow("private address") << QStringLiteral("https://192.168.1.10:6443") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("https://128.0.0.1:6443") << false;
    QTest::newRow("10.127.0.1") << QStringLiteral("https://10.127.0.1:6443") << false;
    QTest::newRow("[::2]") << QStringLiteral("https://[::2]:6443") << false;
    QTest::newRow("[::ffff:10.0.0.1]") << QStringLiteral("https://[::ffff:10.0.0.1]:6443") << false;
    QTest::newRow("[fe80::1]") << QStringLiteral("https://[fe80::1]:6443") << false;
    QTest::newRow("a name") << QStringLiteral("https://pi.lan:6443") << false;
    QTest::newRow("localhost as a prefix") << QStringLiteral("https://localhost.example.com") << false;
    QTest::newRow("notlocalhost") << QStringLiteral("https://notlocalhost:6443") << false;
    QTest::newRow("no host") << QStringLiteral("unix:///run/k3s.sock") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestHostName::thisMachine()
{
    QFETCH(QString, server);
    QFETCH(bool, local);
    QCOMPARE(HostName::isThisMachine(QUrl(server).host()), local);
}

QTEST_GUILESS_MAIN(TestHostName)
#include "tst_hostname.moc"
