#include "clirunner.h"
#include "kubeconfigbuilder.h"
#include "testapiserver.h"
#include "testpki.h"
#include "transfer/importsourceregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;
using namespace kubeminder::test;

/// `kubeminder probe` against a K3s-like API server on loopback: the table, the JSON, the exit
/// status, and the refresh hint from a remembered source.
class TestProbeCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableAndExitStatus_data();
    void tableAndExitStatus();
    void json();
    void usageErrors_data();
    void usageErrors();

private:
    RunResult run(const QStringList &arguments)
    {
        return runCli(arguments, {.home = m_dir.filePath(QStringLiteral("home")),
                                  .kubeconfigVariable = m_kubeconfig,
                                  .now = realNow()});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestApiServer> m_server;
    QString m_kubeconfig;
    IssuedCertificate m_valid;
    IssuedCertificate m_expired;
};

void TestProbeCommand::initTestCase()
{
    setUpTestEnvironment();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    const QDateTime now = realNow();
    const IssuedCertificate &ca = TestPki::sharedCa();
    const TestApiServer::Options options = TestApiServer::k3sOnLoopback(now);
    m_server = std::make_unique<TestApiServer>(options);
    m_server->start();
    m_valid = TestPki::leafExpiringIn(now, 100);
    m_expired = TestPki::leafExpiringIn(now, -12);
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("pi"), m_server->url(), ca.certificatePem)
        .certificateUser(QStringLiteral("good"), m_valid)
        .certificateUser(QStringLiteral("stale"), m_expired)
        .context(QStringLiteral("good"), QStringLiteral("pi"), QStringLiteral("good"))
        .context(QStringLiteral("stale"), QStringLiteral("pi"), QStringLiteral("stale"));
    m_kubeconfig = builder.writeTo(m_dir.filePath(QStringLiteral("config")));
    QSettings settings;
    ImportSource source;
    source.kind = QStringLiteral("ssh");
    source.location = QStringLiteral("ssh://pi@pi.lan:22/etc/rancher/k3s/k3s.yaml");
    ImportSourceRegistry(settings).remember(QStringLiteral("stale"), source);
}

void TestProbeCommand::tableAndExitStatus_data()
{
    QTest::addColumn<QStringList>("contexts");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); ///< substrings of the output

    QTest::newRow("accepted") << QStringList{QStringLiteral("good")} << 0
                              << QStringList{QStringLiteral("ok"), QStringLiteral("v1.30.4+k3s1")};
    QTest::newRow("rejected, with the cause and the fix")
        << QStringList{QStringLiteral("stale")} << 2
        << QStringList{QStringLiteral("unauthorized"), QStringLiteral("expired"),
                       QStringLiteral("kubeminder refresh stale"), QStringLiteral("pi.lan over SSH")};
    QTest::newRow("every context") << QStringList() << 2
                                   << QStringList{QStringLiteral("good "), QStringLiteral("stale ")};
}

void TestProbeCommand::tableAndExitStatus()
{
    QFETCH(QStringList, contexts);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    const RunResult result = run(
        QStringList{QStringLiteral("probe"), QStringLiteral("--timeout"), QStringLiteral("10")} + contexts);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.out + result.err));
    for (const QString &text : expected)
        QVERIFY2(result.out.contains(text), qPrintable(result.out));
    // The key and certificate stay where they are.
    QVERIFY(!result.out.contains(QStringLiteral("PRIVATE KEY")));
    QVERIFY(!result.out.contains(QString::fromLatin1(m_valid.privateKeyPem.split('\n').at(1).left(24))));
}

void TestProbeCommand::json()
{
    const RunResult result = run({QStringLiteral("probe"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 2);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + result.out));
    const QJsonArray contexts = document.object().value(QStringLiteral("contexts")).toArray();
    QCOMPARE(contexts.size(), 2);
    const QJsonObject good = contexts.at(0).toObject();
    QCOMPARE(good.value(QStringLiteral("name")).toString(), QStringLiteral("good"));
    QCOMPARE(good.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    QCOMPARE(good.value(QStringLiteral("serverVersion")).toString(), QStringLiteral("v1.30.4+k3s1"));
    QCOMPARE(good.value(QStringLiteral("user")).toString(), QStringLiteral("test-user"));
    QVERIFY(good.value(QStringLiteral("groups")).toArray().contains(QStringLiteral("system:masters")));
    const QJsonObject stale = contexts.at(1).toObject();
    QCOMPARE(stale.value(QStringLiteral("result")).toString(), QStringLiteral("unauthorized"));
    QCOMPARE(stale.value(QStringLiteral("httpStatus")).toInt(), 401);
}

void TestProbeCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown context") << QStringList{QStringLiteral("nope")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("-o"), QStringLiteral("yaml")};
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0")};
}

void TestProbeCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const RunResult result = run(QStringList{QStringLiteral("probe")} + arguments);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.startsWith(QStringLiteral("kubeminder probe: ")));
}

QTEST_GUILESS_MAIN(TestProbeCommand)
#include "tst_probecommand.moc"
