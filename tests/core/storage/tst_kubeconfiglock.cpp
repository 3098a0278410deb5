#include "storage/kubeconfiglock.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;

class TestKubeconfigLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void lockPathFor_data();
    void lockPathFor();
    void acquireCreatesTheLockAndReleaseRemovesIt();
    void heldLockIsRefusedWithAClearError();
    void staleLockIsNotTakenOver();
    void lockInAMissingFolderSaysWhy();
    void moveTransfersOwnership();
    void moveAssignmentReleasesTheOldLock();

private:
    QString path(const QString &name) const { return QDir(m_dir->path()).absoluteFilePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKubeconfigLock::initTestCase()
{
    test::setUpTestEnvironment();
}

void TestKubeconfigLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir::setCurrent(m_dir->path()));
}

void TestKubeconfigLock::lockPathFor_data()
{
    QTest::addColumn<QString>("kubeconfig");
    QTest::addColumn<QString>("expected");

    QTest::newRow("absolute") << QStringLiteral("/home/u/.kube/config")
                              << QStringLiteral("/home/u/.kube/config.lock");
    QTest::newRow("relative to the working folder")
        << QStringLiteral("sub/config") << QStringLiteral("%1/sub/config.lock");
    QTest::newRow("dots are cleaned")
        << QStringLiteral("/home/u/.kube/../.kube/config") << QStringLiteral("/home/u/.kube/config.lock");
    QTest::newRow("a name with a suffix")
        << QStringLiteral("/etc/rancher/k3s/k3s.yaml") << QStringLiteral("/etc/rancher/k3s/k3s.yaml.lock");
}

void TestKubeconfigLock::lockPathFor()
{
    QFETCH(QString, kubeconfig);
    QFETCH(QString, expected);
    if (expected.contains(QLatin1String("%1")))
        expected = expected.arg(QDir::currentPath());
    QCOMPARE(KubeconfigLock::lockPathFor(kubeconfig), expected);
}

void TestKubeconfigLock::acquireCreatesTheLockAndReleaseRemovesIt()
{
    const QString config = path(QStringLiteral("config"));
    {
        QString error;
        const std::optional<KubeconfigLock> lock = KubeconfigLock::acquire(config, &error);
        QVERIFY2(lock, qPrintable(error));
        QCOMPARE(lock->lockPath(), config + QStringLiteral(".lock"));
        QVERIFY(QFileInfo::exists(lock->lockPath()));
        // The kubeconfig itself is not touched by locking.
        QVERIFY(!QFileInfo::exists(config));
    }
    QVERIFY(!QFileInfo::exists(config + QStringLiteral(".lock")));
}

void TestKubeconfigLock::heldLockIsRefusedWithAClearError()
{
    const QString config = path(QStringLiteral("config"));
    QString error;
    const std::optional<KubeconfigLock> first = KubeconfigLock::acquire(config, &error);
    QVERIFY2(first, qPrintable(error));

    const std::optional<KubeconfigLock> second = KubeconfigLock::acquire(config, &error);
    QVERIFY(!second);
    QVERIFY2(error.contains(config + QStringLiteral(".lock")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("kubectl")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("delete")), qPrintable(error));
    // The refused attempt must not remove the holder's lock.
    QVERIFY(QFileInfo::exists(config + QStringLiteral(".lock")));
}

void TestKubeconfigLock::staleLockIsNotTakenOver()
{
    // A lock left by a crashed kubectl: like kubectl, we refuse and tell the user; we never guess.
    const QString config = path(QStringLiteral("config"));
    QFile stale(config + QStringLiteral(".lock"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();

    QString error;
    QVERIFY(!KubeconfigLock::acquire(config, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo::exists(stale.fileName()));
}

void TestKubeconfigLock::lockInAMissingFolderSaysWhy()
{
    const QString config = path(QStringLiteral("no-such-folder/config"));
    QString error;
    QVERIFY(!KubeconfigLock::acquire(config, &error));
    QVERIFY2(error.contains(config + QStringLiteral(".lock")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("Another kubectl")), qPrintable(error));
}

void TestKubeconfigLock::moveTransfersOwnership()
{
    const QString config = path(QStringLiteral("config"));
    QString error;
    std::optional<KubeconfigLock> lock = KubeconfigLock::acquire(config, &error);
    QVERIFY2(lock, qPrintable(error));
    {
        KubeconfigLock moved(std::move(*lock));
        lock.reset(); // the moved-from lock must not remove the file
        QVERIFY(QFileInfo::exists(moved.lockPath()));
    }
    QVERIFY(!QFileInfo::exists(config + QStringLiteral(".lock")));
}

void TestKubeconfigLock::moveAssignmentReleasesTheOldLock()
{
    const QString a = path(QStringLiteral("a"));
    const QString b = path(QStringLiteral("b"));
    QString error;
    std::optional<KubeconfigLock> lockA = KubeconfigLock::acquire(a, &error);
    std::optional<KubeconfigLock> lockB = KubeconfigLock::acquire(b, &error);
    QVERIFY(lockA && lockB);
    *lockA = std::move(*lockB);
    QVERIFY(!QFileInfo::exists(a + QStringLiteral(".lock")));
    QVERIFY(QFileInfo::exists(b + QStringLiteral(".lock")));
    lockB.reset();
    QVERIFY(QFileInfo::exists(b + QStringLiteral(".lock")));
    lockA.reset();
    QVERIFY(!QFileInfo::exists(b + QStringLiteral(".lock")));
}

QTEST_GUILESS_MAIN(TestKubeconfigLock)
#include "tst_kubeconfiglock.moc"
