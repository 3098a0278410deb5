#include "storage/backupstore.h"
#include "support/timetext.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <sys/stat.h>

using namespace kubeminder;

namespace {

const QByteArray TwoContexts = "apiVersion: v1\nkind: Config\n"
                               "clusters:\n- name: c\n  cluster: {server: 'https://c.example.com'}\n"
                               "users:\n- name: u\n  user: {token: backup-test-secret-token}\n"
                               "contexts:\n- name: one\n  context: {cluster: c, user: u}\n"
                               "- name: two\n  context: {cluster: c, user: u}\n"
                               "current-context: one\n";

constexpr QFileDevice::Permissions OwnerOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr QFileDevice::Permissions OwnerOnlyFolder =
    OwnerOnlyFile | QFileDevice::ExeOwner | QFileDevice::ExeUser;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList names(const std::vector<BackupEntry> &entries)
{
    QStringList list;
    for (const BackupEntry &entry : entries)
        list << QFileInfo(entry.path).fileName();
    return list;
}

} // namespace

class TestBackupStore : public QObject
{
    Q_OBJECT

private slots:
    void retentionFromSettings_data();
    void retentionFromSettings();
    void retentionWriteClamps();
    void initTestCase();
    void init();

    void defaultDirectory_data();
    void defaultDirectory();
    void naming_data();
    void naming();
    void sameMillisecondGetsUniqueNames();
    void permissions();
    void existingFolderIsTightened();
    void backupHoldsExactlyTheBytes();
    void contextsAreCounted_data();
    void contextsAreCounted();
    void indexHoldsNoSecrets();
    void listIsNewestFirstAndFiltered();
    void find();
    void retention_data();
    void retention();
    void pruneLeavesOtherFilesAlone();
    void corruptIndex_data();
    void corruptIndex();
    void uncreatableFolderFails();
    void reasonIsRecorded_data();
    void reasonIsRecorded();
    void backupsWithoutAReason();
    void badReasonsReadAsUnknown_data();
    void badReasonsReadAsUnknown();
    void hostileIndexFile_data();
    void hostileIndexFile();

private:
    QString original(const QString &name = QStringLiteral("config")) const
    {
        return QDir(m_dir->path()).absoluteFilePath(QStringLiteral("home/.kube/") + name);
    }
    QString backupDir() const
    {
        return QDir(m_dir->path()).absoluteFilePath(QStringLiteral("state/backups"));
    }
    QString indexPath() const { return QDir(backupDir()).absoluteFilePath(QStringLiteral("index.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackupStore::initTestCase()
{
    test::setUpTestEnvironment();
}

void TestBackupStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_dir->path()));
}

void TestBackupStore::defaultDirectory_data()
{
    QTest::addColumn<QString>("stateHome");
    QTest::addColumn<QString>("expected");

    QTest::newRow("XDG_STATE_HOME") << QStringLiteral("/var/tmp/state")
                                    << QStringLiteral("/var/tmp/state/kubeminder/backups");
    QTest::newRow("trailing slash") << QStringLiteral("/var/tmp/state/")
                                    << QStringLiteral("/var/tmp/state/kubeminder/backups");
    // Relative values are invalid by the XDG specification; in test mode Qt's test folder is used.
    QTest::newRow("relative is ignored")
        << QStringLiteral("state") << QDir::homePath() + QStringLiteral("/.qttest/state/kubeminder/backups");
    QTest::newRow("unset") << QString()
                           << QDir::homePath() + QStringLiteral("/.qttest/state/kubeminder/backups");
}

void TestBackupStore::defaultDirectory()
{
    QFETCH(QString, stateHome);
    QFETCH(QString, expected);
    if (stateHome.isNull())
        qunsetenv("XDG_STATE_HOME");
    else
        qputenv("XDG_STATE_HOME", QFile::encodeName(stateHome));
    QCOMPARE(BackupStore::defaultDirectory(), expected);
    QCOMPARE(BackupStore().directory(), expected);
}

void TestBackupStore::naming_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");

    const QDateTime now = test::fixedNow();
    QTest::newRow("config") << QStringLiteral("config") << now
                            << QStringLiteral("config.20260615T120000.000Z.yaml");
    QTest::newRow("milliseconds") << QStringLiteral("config") << now.addMSecs(1234)
                                  << QStringLiteral("config.20260615T120001.234Z.yaml");
    QTest::newRow("k3s.yaml keeps its suffix")
        << QStringLiteral("k3s.yaml") << now << QStringLiteral("k3s.yaml.20260615T120000.000Z.yaml");
    // The name is in UTC whatever zone "now" was given in.
    QTest::newRow("local time becomes UTC") << QStringLiteral("config") << now.toOffsetFromUtc(2 * 3600)
                                            << QStringLiteral("config.20260615T120000.000Z.yaml");
}

void TestBackupStore::naming()
{
    QFETCH(QString, name);
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);

    BackupStore store(backupDir());
    QString error;
    const std::optional<BackupEntry> entry = store.save(original(name), TwoContexts, now, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(QFileInfo(entry->path).fileName(), expected);
    QCOMPARE(QFileInfo(entry->path).absolutePath(), backupDir());
    QCOMPARE(entry->original, original(name));
    QCOMPARE(entry->createdAt, now.toUTC());
    QCOMPARE(entry->createdAt.timeSpec(), Qt::UTC);
}

void TestBackupStore::sameMillisecondGetsUniqueNames()
{
    BackupStore store(backupDir());
    QStringList paths;
    for (int i = 0; i < 3; ++i) {
        QString error;
        const auto entry =
            store.save(original(), TwoContexts + QByteArray::number(i), test::fixedNow(), &error);
        QVERIFY2(entry, qPrintable(error));
        paths << QFileInfo(entry->path).fileName();
    }
    QCOMPARE(paths, QStringList({QStringLiteral("config.20260615T120000.000Z.yaml"),
                                 QStringLiteral("config.20260615T120000.000Z-1.yaml"),
                                 QStringLiteral("config.20260615T120000.000Z-2.yaml")}));
    // Newest first, even though they share a timestamp.
    QCOMPARE(names(store.list(original())), QStringList({paths.at(2), paths.at(1), paths.at(0)}));
    QCOMPARE(readAll(store.list(original()).front().path), TwoContexts + '2');
}

void TestBackupStore::permissions()
{
    BackupStore store(backupDir());
    QString error;
    const auto entry = store.save(original(), TwoContexts, test::fixedNow(), &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(QFileInfo(backupDir()).permissions(), OwnerOnlyFolder);
    QCOMPARE(QFileInfo(entry->path).permissions(), OwnerOnlyFile);
    const QString index = QDir(backupDir()).absoluteFilePath(QStringLiteral("index.json"));
    QVERIFY(QFileInfo::exists(index));
    QCOMPARE(QFileInfo(index).permissions(), OwnerOnlyFile);
}

void TestBackupStore::existingFolderIsTightened()
{
    QVERIFY(QDir().mkpath(backupDir()));
    QVERIFY(QFile::setPermissions(backupDir(), QFileDevice::Permissions(0x7755)));
    BackupStore store(backupDir());
    QString error;
    QVERIFY2(store.save(original(), TwoContexts, test::fixedNow(), &error), qPrintable(error));
    QCOMPARE(QFileInfo(backupDir()).permissions(), OwnerOnlyFolder);
}

void TestBackupStore::backupHoldsExactlyTheBytes()
{
    // Not even a header: a backup is a kubeconfig the user can use as it is.
    const QByteArray bytes = TwoContexts + QByteArray("# trailing comment, no newline");
    BackupStore store(backupDir());
    QString error;
    const auto entry = store.save(original(), bytes, test::fixedNow(), &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(readAll(entry->path), bytes);
    QCOMPARE(entry->size, qint64(bytes.size()));
}

void TestBackupStore::contextsAreCounted_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("contexts");

    QTest::newRow("two contexts") << TwoContexts << 2;
    QTest::newRow("k3s") << QByteArray(
                                "apiVersion: v1\nclusters:\n- cluster:\n    server: https://127.0.0.1:6443\n"
                                "  name: default\ncontexts:\n- context:\n    cluster: default\n"
                                "    user: default\n  name: default\ncurrent-context: default\n"
                                "kind: Config\npreferences: {}\nusers:\n- name: default\n  user: {}\n")
                         << 1;
    QTest::newRow("empty file") << QByteArray() << 0;
    QTest::newRow("invalid YAML") << QByteArray("clusters: [\n") << 0;
    QTest::newRow("not a kubeconfig") << QByteArray("- a\n- b\n") << 0;
}

void TestBackupStore::contextsAreCounted()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, contexts);
    BackupStore store(backupDir());
    QString error;
    const auto entry = store.save(original(), bytes, test::fixedNow(), &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->contexts, contexts);
    QCOMPARE(store.list(original()).front().contexts, contexts);
}

void TestBackupStore::indexHoldsNoSecrets()
{
    BackupStore store(backupDir());
    QString error;
    const auto entry = store.save(original(), TwoContexts, test::fixedNow(), &error);
    QVERIFY2(entry, qPrintable(error));

    const QByteArray json = readAll(QDir(backupDir()).absoluteFilePath(QStringLiteral("index.json")));
    QVERIFY(!json.contains("backup-test-secret-token"));
    QVERIFY(!json.contains("c.example.com"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray backups = doc.object().value(QStringLiteral("backups")).toArray();
    QCOMPARE(backups.size(), 1);
    const QJsonObject item = backups.first().toObject();
    QStringList keys = item.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("contexts"), QStringLiteral("createdAt"),
                                QStringLiteral("file"), QStringLiteral("original"), QStringLiteral("size")}));
    QCOMPARE(item.value(QStringLiteral("original")).toString(), original());
    QCOMPARE(item.value(QStringLiteral("file")).toString(), QFileInfo(entry->path).fileName());
}

void TestBackupStore::listIsNewestFirstAndFiltered()
{
    BackupStore store(backupDir());
    const QDateTime now = test::fixedNow();
    QString error;
    // Saved out of time order on purpose: the list sorts by time, not by when save() ran.
    QVERIFY(store.save(original(), "a", now.addDays(-2), &error));
    QVERIFY(store.save(original(QStringLiteral("other")), "b", now.addDays(-1), &error));
    QVERIFY(store.save(original(), "c", now, &error));
    QVERIFY(store.save(original(), "d", now.addDays(-3), &error));

    QCOMPARE(names(store.list(original())),
             QStringList({QStringLiteral("config.20260615T120000.000Z.yaml"),
                          QStringLiteral("config.20260613T120000.000Z.yaml"),
                          QStringLiteral("config.20260612T120000.000Z.yaml")}));
    QCOMPARE(names(store.list(original(QStringLiteral("other")))),
             QStringList({QStringLiteral("other.20260614T120000.000Z.yaml")}));
    QCOMPARE(store.list().size(), std::size_t(4));
    QCOMPARE(QFileInfo(store.list().at(1).path).fileName(),
             QStringLiteral("other.20260614T120000.000Z.yaml"));
    // A relative or unclean spelling of the same file finds the same backups.
    QVERIFY(QDir().mkpath(QFileInfo(original()).absolutePath()));
    QVERIFY(QDir::setCurrent(QFileInfo(original()).absolutePath()));
    QCOMPARE(store.list(QStringLiteral("../.kube/config")).size(), std::size_t(3));
    QVERIFY(store.list(original(QStringLiteral("never-backed-up"))).empty());
    // A store whose folder does not exist yet lists nothing.
    QVERIFY(BackupStore(backupDir() + QStringLiteral("-none")).list().empty());
}

void TestBackupStore::find()
{
    BackupStore store(backupDir());
    QString error;
    const auto entry = store.save(original(), TwoContexts, test::fixedNow(), &error);
    QVERIFY2(entry, qPrintable(error));

    const std::optional<BackupEntry> found = store.find(entry->path);
    QVERIFY(found);
    QCOMPARE(found->original, original());
    QCOMPARE(found->createdAt, test::fixedNow());
    QCOMPARE(found->size, qint64(TwoContexts.size()));
    QCOMPARE(found->contexts, 2);
    QVERIFY(!store.find(original()));
    QVERIFY(!store.find(entry->path + QStringLiteral(".nope")));
}

void TestBackupStore::retention_data()
{
    QTest::addColumn<QList<int>>("ageDays");
    QTest::addColumn<int>("keepLast");
    QTest::addColumn<int>("keepDays");
    QTest::addColumn<QList<int>>("keptAges");

    QTest::newRow("defaults keep young ones beyond 20")
        << QList<int>({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22})
        << 20 << 30
        << QList<int>({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22});
    QTest::newRow("old ones beyond keepLast go")
        << QList<int>({0, 40, 50, 60}) << 2 << 30 << QList<int>({0, 40});
    QTest::newRow("keepLast keeps old ones")
        << QList<int>({100, 200, 300}) << 3 << 30 << QList<int>({100, 200, 300});
    QTest::newRow("young ones beyond keepLast stay")
        << QList<int>({0, 1, 2, 3, 45}) << 1 << 30 << QList<int>({0, 1, 2, 3});
    QTest::newRow("exactly keepDays old stays") << QList<int>({0, 30, 31}) << 1 << 30 << QList<int>({0, 30});
    QTest::newRow("only backup never deleted") << QList<int>({400}) << 0 << 0 << QList<int>({400});
    QTest::newRow("newest always stays even with keepLast 0")
        << QList<int>({90, 100, 400}) << 0 << 0 << QList<int>({90});
    QTest::newRow("nothing to prune") << QList<int>({0}) << 20 << 30 << QList<int>({0});
}

void TestBackupStore::retention()
{
    QFETCH(QList<int>, ageDays);
    QFETCH(int, keepLast);
    QFETCH(int, keepDays);
    QFETCH(QList<int>, keptAges);

    BackupStore store(backupDir());
    const QDateTime now = test::fixedNow();
    const RetentionPolicy keepAll{1000, 100000};
    QString error;
    for (int age : ageDays)
        QVERIFY2(store.save(original(), QByteArray::number(age), now.addDays(-age), &error, keepAll),
                 qPrintable(error));

    const int removed = store.prune(original(), RetentionPolicy{keepLast, keepDays}, now);
    QCOMPARE(removed, int(ageDays.size() - keptAges.size()));

    QList<int> kept;
    for (const BackupEntry &entry : store.list(original()))
        kept << int(entry.createdAt.daysTo(now));
    std::sort(kept.begin(), kept.end());
    QCOMPARE(kept, keptAges);
    // The files are really gone, not just out of the index.
    const QStringList files = QDir(backupDir()).entryList({QStringLiteral("config.*.yaml")}, QDir::Files);
    QCOMPARE(files.size(), keptAges.size());
}

void TestBackupStore::pruneLeavesOtherFilesAlone()
{
    BackupStore store(backupDir());
    const QDateTime now = test::fixedNow();
    QString error;
    for (int age : {100, 200, 300}) {
        QVERIFY(store.save(original(), "x", now.addDays(-age), &error, {1000, 100000}));
        QVERIFY(
            store.save(original(QStringLiteral("other")), "y", now.addDays(-age), &error, {1000, 100000}));
    }
    // save() prunes the file it saved, by its policy.
    QVERIFY(store.save(original(), "z", now, &error, {1, 0}));
    QCOMPARE(store.list(original()).size(), std::size_t(1));
    QCOMPARE(store.list(original(QStringLiteral("other"))).size(), std::size_t(3));
}

void TestBackupStore::corruptIndex_data()
{
    QTest::addColumn<QByteArray>("index");
    QTest::addColumn<bool>("remove");

    QTest::newRow("missing") << QByteArray() << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("garbage") << QByteArray("\x00\xff{{{ not json", 14) << false;
    QTest::newRow("truncated") << QByteArray("{\"version\":1,\"backups\":[{\"file\":\"con") << false;
    QTest::newRow("array at the top") << QByteArray("[1, 2, 3]") << false;
    QTest::newRow("wrong types") << QByteArray("{\"backups\": {\"file\": 3}}") << false;
    QTest::newRow("entries of the wrong shape")
        << QByteArray("{\"backups\": [1, \"x\", null, {\"file\": 7, \"createdAt\": []}]}") << false;
    QTest::newRow("a path outside the folder")
        << QByteArray("{\"backups\": [{\"file\": \"../../etc/passwd\", \"original\": \"/x\", "
                      "\"createdAt\": \"2026-06-15T12:00:00.000Z\"}]}")
        << false;
    QTest::newRow("an entry whose file is gone")
        << QByteArray(
               "{\"backups\": [{\"file\": \"gone.20260101T000000.000Z.yaml\", \"original\": \"/x/gone\", "
               "\"createdAt\": \"2026-01-01T00:00:00.000Z\", \"size\": 3, \"contexts\": 0}]}")
        << false;
}

void TestBackupStore::corruptIndex()
{
    QFETCH(QByteArray, index);
    QFETCH(bool, remove);

    BackupStore store(backupDir());
    QString error;
    const auto first = store.save(original(), TwoContexts, test::fixedNow().addDays(-1), &error);
    QVERIFY2(first, qPrintable(error));
    const QString indexPath = QDir(backupDir()).absoluteFilePath(QStringLiteral("index.json"));
    if (remove)
        QVERIFY(QFile::remove(indexPath));
    else
        QVERIFY(writeAll(indexPath, index));

    // The backup is still listed, found from the folder; its original is unknown now.
    std::vector<BackupEntry> all = store.list();
    QCOMPARE(all.size(), std::size_t(1));
    QCOMPARE(all.front().path, first->path);
    QVERIFY(all.front().original.isEmpty());
    QCOMPARE(all.front().createdAt, first->createdAt);
    QCOMPARE(all.front().size, first->size);
    QCOMPARE(all.front().contexts, 2);
    QVERIFY(store.list(original()).empty());
    QVERIFY(!store.find(first->path));

    // Saving again writes a sound index; the orphan is kept, never pruned as someone else's.
    const auto second = store.save(original(), "new", test::fixedNow(), &error, {1, 0});
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(names(store.list(original())), QStringList({QFileInfo(second->path).fileName()}));
    QCOMPARE(store.list().size(), std::size_t(2));
    QVERIFY(QFileInfo::exists(first->path));
    QJsonParseError parseError;
    QJsonDocument::fromJson(readAll(indexPath), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
}

void TestBackupStore::uncreatableFolderFails()
{
    // A file where the backup folder's parent should be.
    const QString blocker = QDir(m_dir->path()).absoluteFilePath(QStringLiteral("blocker"));
    QVERIFY(writeAll(blocker, "x"));
    BackupStore store(blocker + QStringLiteral("/backups"));
    QString error;
    QVERIFY(!store.save(original(), TwoContexts, test::fixedNow(), &error));
    QVERIFY2(error.contains(blocker + QStringLiteral("/backups")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("backup-test-secret-token")));
    QVERIFY(store.list().empty());
}

void TestBackupStore::reasonIsRecorded_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QDateTime>("takenAt");
    QTest::addColumn<QString>("indexName"); // as index.json says it
    QTest::addColumn<QString>("text");      // describe(), dates in UTC

    using Kind = BackupReason::Kind;
    const QString restored = QStringLiteral("config.20260613T120000.000Z.yaml");
    QTest::newRow("manual") << int(Kind::Manual) << QString() << QDateTime() << QStringLiteral("manual")
                            << QStringLiteral("Manual");
    QTest::newRow("before an import")
        << int(Kind::BeforeImport) << QStringLiteral("homelab") << QDateTime()
        << QStringLiteral("before-import") << QStringLiteral("Before import of homelab");
    QTest::newRow("before a refresh")
        << int(Kind::BeforeRefresh) << QStringLiteral("homelab") << QDateTime()
        << QStringLiteral("before-refresh") << QStringLiteral("Before refresh of homelab");
    QTest::newRow("before a restore of a known backup")
        << int(Kind::BeforeRestore) << restored << test::fixedNow().addDays(-2)
        << QStringLiteral("before-restore") << QStringLiteral("Before restore of 2026-06-13 12:00 UTC");
    QTest::newRow("before a restore of a file the store did not know")
        << int(Kind::BeforeRestore) << QStringLiteral("copy.yaml") << QDateTime()
        << QStringLiteral("before-restore") << QStringLiteral("Before restore of copy.yaml");
    QTest::newRow("before use-context")
        << int(Kind::BeforeUseContext) << QStringLiteral("prod") << QDateTime()
        << QStringLiteral("before-use-context") << QStringLiteral("Before switching to prod");
    QTest::newRow("a context name in Hangul")
        << int(Kind::BeforeUseContext) << QString::fromUtf8("홈랩") << QDateTime()
        << QStringLiteral("before-use-context") << QString::fromUtf8("Before switching to 홈랩");
}

void TestBackupStore::reasonIsRecorded()
{
    QFETCH(int, kind);
    QFETCH(QString, subject);
    QFETCH(QDateTime, takenAt);
    QFETCH(QString, indexName);
    QFETCH(QString, text);
    const BackupReason reason{BackupReason::Kind(kind), subject, takenAt};

    BackupStore store(backupDir());
    QString error;
    const auto entry = store.save(original(), TwoContexts, test::fixedNow(), &error, {}, reason);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->reason, reason);
    // Another backup, of another file, for another reason: the index is written again and keeps both.
    QVERIFY(store.save(original(QStringLiteral("other")), TwoContexts, test::fixedNow().addSecs(1), &error,
                       {}, BackupReason::manual()));

    // Read back from disk, by a store that did not write it.
    const std::vector<BackupEntry> listed = BackupStore(backupDir()).list(original());
    QCOMPARE(listed.size(), std::size_t(1));
    QCOMPARE(listed.front().reason, reason);
    QCOMPARE(BackupStore(backupDir()).find(entry->path)->reason, reason);
    QCOMPARE(listed.front().reason.describe(&TimeText::dateTime), text);

    const QJsonArray backups =
        QJsonDocument::fromJson(readAll(indexPath())).object().value(QStringLiteral("backups")).toArray();
    QCOMPARE(backups.size(), 2);
    const QJsonObject item = backups.first().toObject();
    QCOMPARE(item.value(QStringLiteral("reason")).toString(), indexName);
    QCOMPARE(item.value(QStringLiteral("subject")).toString(), subject);
    QVERIFY(!readAll(indexPath()).contains("backup-test-secret-token"));
}

void TestBackupStore::backupsWithoutAReason()
{
    // An index as Kubeminder wrote it before reasons were recorded, and a backup it does not list.
    QVERIFY(QDir().mkpath(backupDir()));
    const QString old = QStringLiteral("config.20260601T120000.000Z.yaml");
    QVERIFY(writeAll(QDir(backupDir()).absoluteFilePath(old), TwoContexts));
    const QString stray = QStringLiteral("config.20260602T120000.000Z.yaml");
    QVERIFY(writeAll(QDir(backupDir()).absoluteFilePath(stray), TwoContexts));
    QVERIFY(writeAll(indexPath(),
                     QStringLiteral("{\"version\": 1, \"backups\": [{\"file\": \"%1\", \"original\": "
                                    "\"%2\", \"createdAt\": \"2026-06-01T12:00:00.000Z\", \"size\": "
                                    "%3, \"contexts\": 2}]}")
                         .arg(old, original())
                         .arg(TwoContexts.size())
                         .toUtf8()));

    BackupStore store(backupDir());
    std::vector<BackupEntry> all = store.list();
    QCOMPARE(names(all), QStringList({stray, old}));
    for (const BackupEntry &entry : all) {
        QVERIFY(!entry.reason.known());
        QCOMPARE(entry.reason.describe(&TimeText::dateTime), QString());
    }
    QCOMPARE(all.back().original, original());

    // The next backup records its reason; the old ones stay as they were.
    QString error;
    QVERIFY2(store.save(original(), "new", test::fixedNow(), &error, {},
                        BackupReason::beforeImport(QStringLiteral("homelab"))),
             qPrintable(error));
    all = store.list();
    QCOMPARE(all.size(), std::size_t(3));
    QCOMPARE(all.front().reason, BackupReason::beforeImport(QStringLiteral("homelab")));
    QVERIFY(!all.at(1).reason.known());
    QVERIFY(!all.at(2).reason.known());
    QCOMPARE(all.at(2).original, original());
}

void TestBackupStore::badReasonsReadAsUnknown_data()
{
    QTest::addColumn<QByteArray>("fields"); // the reason's fields in the index entry
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("takenAt");

    const int unknown = int(BackupReason::Kind::Unknown);
    QTest::newRow("a kind from a newer Kubeminder")
        << QByteArray("\"reason\": \"before-launch\", \"subject\": \"x\"") << unknown << QString() << false;
    QTest::newRow("a kind that is no text") << QByteArray("\"reason\": 3") << unknown << QString() << false;
    QTest::newRow("a subject that is no text")
        << QByteArray("\"reason\": \"before-import\", \"subject\": [\"homelab\"]") << unknown << QString()
        << false;
    QTest::newRow("a terminal escape in the subject")
        << QByteArray("\"reason\": \"before-import\", \"subject\": \"home\\u001b]0;owned\\u0007lab\"")
        << unknown << QString() << false;
    QTest::newRow("a subject of a megabyte")
        << QByteArray("\"reason\": \"before-import\", \"subject\": \"" + QByteArray(1024 * 1024, 'a') + "\"")
        << unknown << QString() << false;
    QTest::newRow("an import of nothing")
        << QByteArray("\"reason\": \"before-import\"") << unknown << QString() << false;
    QTest::newRow("a subject of the longest length kept")
        << QByteArray("\"reason\": \"before-import\", \"subject\": \"" + QByteArray(1024, 'a') + "\"")
        << int(BackupReason::Kind::BeforeImport) << QString(1024, QLatin1Char('a')) << false;
    QTest::newRow("a restore time that is no date")
        << QByteArray("\"reason\": \"before-restore\", \"subject\": \"c.yaml\", \"subjectTakenAt\": \"soon\"")
        << int(BackupReason::Kind::BeforeRestore) << QStringLiteral("c.yaml") << false;
    QTest::newRow("a restore time")
        << QByteArray("\"reason\": \"before-restore\", \"subject\": \"c.yaml\", \"subjectTakenAt\": "
                      "\"2026-06-13T12:00:00.000Z\"")
        << int(BackupReason::Kind::BeforeRestore) << QStringLiteral("c.yaml") << true;
}

void TestBackupStore::badReasonsReadAsUnknown()
{
    QFETCH(QByteArray, fields);
    QFETCH(int, kind);
    QFETCH(QString, subject);
    QFETCH(bool, takenAt);
    BackupStore store(backupDir());
    QString error;
    const auto entry = store.save(original(), TwoContexts, test::fixedNow(), &error);
    QVERIFY2(entry, qPrintable(error));
    QByteArray index = readAll(indexPath());
    const qsizetype contexts = index.indexOf("\"contexts\": 2");
    QVERIFY(contexts > 0);
    index.insert(contexts, fields + ", ");
    QVERIFY(writeAll(indexPath(), index));

    // The backup is listed as before, with its original; only the reason may be lost.
    const std::vector<BackupEntry> all = store.list();
    QCOMPARE(all.size(), std::size_t(1));
    QCOMPARE(all.front().path, entry->path);
    QCOMPARE(all.front().original, original());
    QCOMPARE(int(all.front().reason.kind), kind);
    QCOMPARE(all.front().reason.subject, subject);
    QCOMPARE(all.front().reason.subjectTakenAt.isValid(), takenAt);
    if (takenAt)
        QCOMPARE(all.front().reason.subjectTakenAt, test::fixedNow().addDays(-2));
}

void TestBackupStore::hostileIndexFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a FIFO") << QStringLiteral("fifo");
    QTest::newRow("larger than any index") << QStringLiteral("huge");
}

void TestBackupStore::hostileIndexFile()
{
    QFETCH(QString, kind);
    BackupStore store(backupDir());
    QString error;
    const auto entry =
        store.save(original(), TwoContexts, test::fixedNow(), &error, {}, BackupReason::manual());
    QVERIFY2(entry, qPrintable(error));
    QVERIFY(QFile::remove(indexPath()));
    if (kind == QLatin1String("fifo")) {
        QVERIFY(::mkfifo(QFile::encodeName(indexPath()).constData(), 0600) == 0);
    } else {
        // Sparse: past the limit without writing 64 MiB.
        QFile huge(indexPath());
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(64 * 1024 * 1024 + 1));
    }

    // On a thread of its own: a read that waits for the FIFO's writer fails the test, not hangs it.
    auto listing = std::async(std::launch::async, [this] { return BackupStore(backupDir()).list(); });
    if (listing.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
        QFile writer(indexPath());
        (void)writer.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        listing.wait();
        QFAIL("listing the backups did not finish within 10 s");
    }
    // Listed from the folder, as with any index that cannot be read: no original, no reason.
    const std::vector<BackupEntry> all = listing.get();
    QCOMPARE(all.size(), std::size_t(1));
    QCOMPARE(all.front().path, entry->path);
    QVERIFY(all.front().original.isEmpty());
    QVERIFY(!all.front().reason.known());
}

void TestBackupStore::retentionFromSettings_data()
{
    QTest::addColumn<QVariant>("keepLast");
    QTest::addColumn<QVariant>("keepDays");
    QTest::addColumn<int>("expectedLast");
    QTest::addColumn<int>("expectedDays");
    QTest::newRow("defaults") << QVariant() << QVariant() << 20 << 30;
    QTest::newRow("both saved") << QVariant(5) << QVariant(90) << 5 << 90;
    QTest::newRow("zero keeps the default") << QVariant(0) << QVariant(0) << 20 << 30;
    QTest::newRow("not a number keeps the default")
        << QVariant(QStringLiteral("many")) << QVariant(7) << 20 << 7;
}

void TestBackupStore::retentionFromSettings()
{
    QFETCH(QVariant, keepLast);
    QFETCH(QVariant, keepDays);
    QFETCH(int, expectedLast);
    QFETCH(int, expectedDays);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("kubeminder.conf")), QSettings::IniFormat);
    if (keepLast.isValid())
        settings.setValue(QStringLiteral("backups/keepLast"), keepLast);
    if (keepDays.isValid())
        settings.setValue(QStringLiteral("backups/keepDays"), keepDays);
    const RetentionPolicy policy = RetentionPolicy::fromSettings(settings);
    QCOMPARE(policy.keepLast, expectedLast);
    QCOMPARE(policy.keepDays, expectedDays);
    // What is read is what write() saves, and reads back the same.
    QSettings other(dir.filePath(QStringLiteral("other.conf")), QSettings::IniFormat);
    policy.write(other);
    const RetentionPolicy again = RetentionPolicy::fromSettings(other);
    QCOMPARE(again.keepLast, expectedLast);
    QCOMPARE(again.keepDays, expectedDays);
}

void TestBackupStore::retentionWriteClamps()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("kubeminder.conf")), QSettings::IniFormat);
    RetentionPolicy{0, RetentionPolicy::Maximum + 1}.write(settings);
    const RetentionPolicy policy = RetentionPolicy::fromSettings(settings);
    QCOMPARE(policy.keepLast, RetentionPolicy::Minimum);
    QCOMPARE(policy.keepDays, RetentionPolicy::Maximum);
}

QTEST_GUILESS_MAIN(TestBackupStore)
#include "tst_backupstore.moc"
