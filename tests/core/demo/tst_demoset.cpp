#include "credentials/credentialchecker.h"
#include "demo/demoset.h"
#include "testenvironment.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;

class TestDemoSet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpTestEnvironment(); }
    void coversEveryStatusAndKind();
    void neverOverwritesAKubeconfig_data();
    void neverOverwritesAKubeconfig();
};

void TestDemoSet::coversEveryStatusAndKind()
{
    QTemporaryDir dir;
    QString error;
    const QStringList files = DemoSet::write(dir.path(), test::fixedNow(), &error);
    QVERIFY2(files.size() == 2, qPrintable(error));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    for (const QString &file : files) {
        QCOMPARE(QFile::permissions(file) & others, QFile::Permissions());
        QVERIFY(QFile::permissions(file).testFlags(QFile::ReadOwner | QFile::WriteOwner));
    }
    CheckOptions options;
    options.now = test::fixedNow();
    const CheckReport report = CredentialChecker::check(KubeconfigSet::load(files), options);
    QSet<Status> statuses;
    QSet<CredentialKind> kinds;
    for (const ContextReport &context : report.contexts) {
        statuses.insert(context.status);
        kinds.insert(context.credential.kind);
    }
    QCOMPARE(statuses, (QSet<Status>{Status::Ok, Status::Unknown, Status::Warning, Status::Critical,
                                     Status::Expired, Status::Error}));
    QVERIFY(kinds.contains(CredentialKind::ClientCertificate));
    QVERIFY(kinds.contains(CredentialKind::Token));
    QVERIFY(kinds.contains(CredentialKind::Exec));
    QCOMPARE(report.currentContext, QStringLiteral("staging-k3s"));
}

void TestDemoSet::neverOverwritesAKubeconfig_data()
{
    QTest::addColumn<QString>("existing");
    QTest::newRow("config exists (the folder is ~/.kube)") << QStringLiteral("config");
    QTest::newRow("team.yaml exists") << QStringLiteral("team.yaml");
}

void TestDemoSet::neverOverwritesAKubeconfig()
{
    QFETCH(QString, existing);
    QTemporaryDir dir;
    const QByteArray precious = "apiVersion: v1\nkind: Config\n# the user's own\n";
    QFile file(dir.filePath(existing));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(precious);
    file.close();

    QString error;
    QVERIFY(DemoSet::write(dir.path(), test::fixedNow(), &error).isEmpty());
    QVERIFY2(error.contains(dir.filePath(existing)), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), precious);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(TestDemoSet)
#include "tst_demoset.moc"
