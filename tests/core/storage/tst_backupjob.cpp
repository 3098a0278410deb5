#include "kubeconfigbuilder.h"
#include "storage/backupjob.h"
#include "storage/currentcontextwriter.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;
using namespace kubeminder::test;

namespace {

const QByteArray Config = "apiVersion: v1\nkind: Config\ncurrent-context: one\ncontexts:\n- name: one\n  "
                          "context: {cluster: c, user: u}\n";

} // namespace

class TestBackupJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpTestEnvironment(); }
    void init();
    void backsUpEachFile_data();
    void backsUpEachFile();
    void cancelStopsBeforeTheNextFile();
    void restoreFindsTheOriginal();
    void restoreOfAnUnknownBackupNeedsATarget();
    void useContextWritesWithABackup_data();
    void useContextWritesWithABackup();
    void eachJobRecordsItsReason();
    void previewReadsAsTheRestoreDoes_data();
    void previewReadsAsTheRestoreDoes();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackupJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackupJob::backsUpEachFile_data()
{
    QTest::addColumn<bool>("missingRequired");
    QTest::addColumn<int>("saved");
    QTest::addColumn<int>("attempted");
    QTest::addColumn<int>("errors");
    // Two files that exist, one that does not, and /dev/null (kubectl's "no kubeconfig").
    QTest::newRow("a listed file that is gone is skipped") << false << 2 << 2 << 0;
    QTest::newRow("a named file that is gone is an error") << true << 2 << 3 << 1;
}

void TestBackupJob::backsUpEachFile()
{
    QFETCH(bool, missingRequired);
    QFETCH(int, saved);
    QFETCH(int, attempted);
    QFETCH(int, errors);
    writeFile(path(QStringLiteral("a")), Config);
    writeFile(path(QStringLiteral("b")), Config);
    BackupJob::Setup setup;
    setup.files = {{path(QStringLiteral("a"))},
                   {path(QStringLiteral("missing")), missingRequired},
                   {QStringLiteral("/dev/null"), true},
                   {path(QStringLiteral("b"))}};
    setup.directory = path(QStringLiteral("backups"));
    setup.now = test::fixedNow();
    BackupJob job(setup);
    QList<int> progress;
    job.setProgress([&](int done, int total) {
        QCOMPARE(total, 4);
        progress << done;
    });
    const BackupJob::Result result = job.run();
    QCOMPARE(int(result.saved.size()), saved);
    QCOMPARE(result.attempted, attempted);
    QCOMPARE(int(result.errors.size()), errors);
    QCOMPARE(result.ok(), errors == 0);
    QCOMPARE(progress, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(result.saved.front().original, path(QStringLiteral("a")));
    QCOMPARE(readFile(result.saved.back().path), Config);
    if (errors)
        QVERIFY(result.errors.front().contains(path(QStringLiteral("missing"))));
}

void TestBackupJob::cancelStopsBeforeTheNextFile()
{
    writeFile(path(QStringLiteral("a")), Config);
    writeFile(path(QStringLiteral("b")), Config);
    BackupJob::Setup setup;
    setup.files = {{path(QStringLiteral("a"))}, {path(QStringLiteral("b"))}};
    setup.directory = path(QStringLiteral("backups"));
    setup.now = test::fixedNow();
    BackupJob job(setup);
    job.setProgress([&job](int, int) { job.cancel(); });
    const BackupJob::Result result = job.run();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    QCOMPARE(result.saved.size(), std::size_t(1));
}

void TestBackupJob::restoreFindsTheOriginal()
{
    const QString config = path(QStringLiteral("config"));
    writeFile(config, Config);
    BackupJob::Setup backup;
    backup.files = {{config, true}};
    backup.directory = path(QStringLiteral("backups"));
    backup.now = test::fixedNow();
    const BackupJob::Result saved = BackupJob(backup).run();
    QCOMPARE(saved.saved.size(), std::size_t(1));

    const QByteArray changed = Config + "preferences: {}\n";
    writeFile(config, changed);
    const RestoreJob::Result restored =
        RestoreJob({saved.saved.front().path, QString(), backup.directory, {}, test::fixedNow().addSecs(60)})
            .run();
    QVERIFY2(restored.ok(), qPrintable(restored.write.error));
    QCOMPARE(restored.write.writtenPath, config);
    QCOMPARE(readFile(config), Config);
    // The state before the restore is a backup too: the restore can be undone.
    QVERIFY(!restored.write.backupPath.isEmpty());
    QCOMPARE(readFile(restored.write.backupPath), changed);
}

void TestBackupJob::restoreOfAnUnknownBackupNeedsATarget()
{
    const QString stray = path(QStringLiteral("stray-copy"));
    writeFile(stray, Config);
    const QString directory = path(QStringLiteral("backups"));
    const RestoreJob::Result unknown = RestoreJob({stray, QString(), directory, {}, test::fixedNow()}).run();
    QVERIFY(unknown.unknownBackup);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.backupPath, stray);

    const QString target = path(QStringLiteral("target"));
    const RestoreJob::Result named = RestoreJob({stray, target, directory, {}, test::fixedNow()}).run();
    QVERIFY2(named.ok(), qPrintable(named.write.error));
    QCOMPARE(readFile(target), Config);
}

void TestBackupJob::useContextWritesWithABackup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("backups");
    QTest::newRow("another context") << QStringLiteral("two") << true << 1;
    QTest::newRow("already current: nothing written") << QStringLiteral("one") << true << 0;
    QTest::newRow("unknown context: refused") << QStringLiteral("three") << false << 0;
}

void TestBackupJob::useContextWritesWithABackup()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QFETCH(int, backups);
    const QString config = path(QStringLiteral("config"));
    const QByteArray before = Config + "- name: two\n  context: {cluster: c, user: u}\n";
    writeFile(config, before);
    const QString store = path(QStringLiteral("backups"));
    const UseContextJob::Result result =
        UseContextJob({KubeconfigPaths::resolve({config}, QString(), QString()), name, store,
                       RetentionPolicy(), QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC)})
            .run();
    QCOMPARE(result.ok(), ok);
    QCOMPARE(int(BackupStore(store).list(config).size()), backups);
    if (backups > 0)
        QVERIFY(readFile(config).contains(QByteArray(QByteArray("current-context: ") + name.toUtf8())));
    else
        QCOMPARE(readFile(config), before);
}

void TestBackupJob::eachJobRecordsItsReason()
{
    const QString config = path(QStringLiteral("config"));
    writeFile(config, Config + "- name: two\n  context: {cluster: c, user: u}\n");
    const QString store = path(QStringLiteral("backups"));
    const QDateTime now = test::fixedNow();

    BackupJob::Setup backup;
    backup.files = {{config, true}};
    backup.directory = store;
    backup.now = now;
    const BackupJob::Result manual = BackupJob(backup).run();
    QCOMPARE(manual.saved.size(), std::size_t(1));
    QCOMPARE(manual.saved.front().reason, BackupReason::manual());

    const UseContextJob::Result used =
        UseContextJob({KubeconfigPaths::resolve({config}, QString(), QString()), QStringLiteral("two"), store,
                       RetentionPolicy(), now.addSecs(60)})
            .run();
    QVERIFY2(used.ok(), qPrintable(used.write.error));

    const RestoreJob::Result restored =
        RestoreJob({manual.saved.front().path, QString(), store, {}, now.addSecs(120)}).run();
    QVERIFY2(restored.ok(), qPrintable(restored.write.error));

    // Newest first: before the restore (naming the backup restored by when it was taken), before the
    // switch, the manual one.
    const std::vector<BackupEntry> all = BackupStore(store).list(config);
    QCOMPARE(all.size(), std::size_t(3));
    QCOMPARE(all.at(0).reason,
             BackupReason::beforeRestore(QFileInfo(manual.saved.front().path).fileName(), now));
    QCOMPARE(all.at(0).path, restored.write.backupPath);
    QCOMPARE(all.at(1).reason, BackupReason::beforeUseContext(QStringLiteral("two")));
    QCOMPARE(all.at(2).reason, BackupReason::manual());

    // A file the store does not know, restored over a named target: named by its file name.
    const QString stray = path(QStringLiteral("stray-copy"));
    writeFile(stray, Config);
    QVERIFY(RestoreJob({stray, config, store, {}, now.addSecs(180)}).run().ok());
    QCOMPARE(BackupStore(store).list(config).front().reason,
             BackupReason::beforeRestore(QStringLiteral("stray-copy"), QDateTime()));
}

void TestBackupJob::previewReadsAsTheRestoreDoes_data()
{
    QTest::addColumn<QString>("backup"); // "known", "gone", "broken", "unknown"
    QTest::addColumn<bool>("named");     // a target is given
    QTest::addColumn<QString>("error");  // part of both errors; empty: the preview works
    QTest::addColumn<bool>("unknownBackup");

    QTest::newRow("a backup the store knows") << QStringLiteral("known") << false << QString() << false;
    QTest::newRow("a backup that is gone")
        << QStringLiteral("gone") << true << QStringLiteral("no longer exists") << false;
    QTest::newRow("a backup that is no kubeconfig")
        << QStringLiteral("broken") << true << QStringLiteral("is not a valid kubeconfig") << false;
    QTest::newRow("a file the store does not know")
        << QStringLiteral("unknown") << false << QStringLiteral("is not a backup Kubeminder knows") << true;
}

void TestBackupJob::previewReadsAsTheRestoreDoes()
{
    QFETCH(QString, backup);
    QFETCH(bool, named);
    QFETCH(QString, error);
    QFETCH(bool, unknownBackup);
    const QString config = path(QStringLiteral("config"));
    writeFile(config, Config);
    const QString store = path(QStringLiteral("backups"));
    BackupJob::Setup setup;
    setup.files = {{config, true}};
    setup.directory = store;
    setup.now = test::fixedNow();
    QString backupPath = BackupJob(setup).run().saved.front().path;
    if (backup == QLatin1String("gone"))
        QVERIFY(QFile::remove(backupPath));
    else if (backup == QLatin1String("broken"))
        writeFile(backupPath, "clusters: [\n");
    else if (backup == QLatin1String("unknown"))
        backupPath = writeFile(path(QStringLiteral("stray-copy")), Config);
    // The file now has a second context, which the backup does not.
    const QByteArray current = Config + "- name: two\n  context: {cluster: c, user: u}\n";
    writeFile(config, current);

    RestoreJob job({backupPath, named ? config : QString(), store, {}, test::fixedNow().addSecs(60)});
    const RestoreJob::Preview preview = job.preview();
    QCOMPARE(preview.unknownBackup, unknownBackup);
    QCOMPARE(readFile(config), current);
    QCOMPARE(BackupStore(store).list().size(), std::size_t(backup == QLatin1String("gone") ? 0 : 1));
    if (!error.isEmpty()) {
        QVERIFY2(preview.error.contains(error), qPrintable(preview.error));
        // The restore itself refuses in the same words.
        QCOMPARE(job.run().write.error, preview.error);
        QCOMPARE(readFile(config), current);
        return;
    }
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    QCOMPARE(preview.target, config);
    QCOMPARE(preview.changes.changes.size(), std::size_t(1));
    QCOMPARE(preview.changes.changes.front().context, QStringLiteral("two"));
    QCOMPARE(preview.changes.changes.front().kind, RestoreChange::Kind::Removed);
}

QTEST_GUILESS_MAIN(TestBackupJob)
#include "tst_backupjob.moc"
