#include "kubeconfig/kubeconfigwatcher.h"
#include "testenvironment.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kubeminder;

namespace {

constexpr int DebounceMs = 50;
// A signal the watcher owes arrives within three debounce intervals (its cap on a burst); waiting
// twice that long and seeing none means none is coming.
constexpr int QuietMs = 6 * DebounceMs;

// What a row does to one path. Every write changes the size, so the change is visible whatever
// the file system's timestamp granularity.
enum class Action {
    WriteInPlace,      ///< truncate and write, as kubectl does
    WriteSameSize,     ///< other bytes, same length: only the mtime or the file's own event tells
    WriteKeepingStat,  ///< other bytes, same length and mtime: only the file's own event tells
    SetModified,       ///< mtime only, as `touch -d`
    ReplaceAtomically, ///< temp file renamed over it, as QSaveFile, vim and our writer do
    Remove,
    Create,          ///< an empty file
    CreateAndRemove, ///< kubectl's lock: there and gone
    RenameToHidden,
    MakeFolder,
};

QByteArray nextContent()
{
    static int generation = 0;
    ++generation;
    return "apiVersion: v1\nkind: Config\n# generation " + QByteArray::number(generation) + '\n' +
           QByteArray(generation, '#') + '\n';
}

bool writeInPlace(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

bool apply(Action action, const QString &path)
{
    switch (action) {
    case Action::WriteInPlace:
        return writeInPlace(path, nextContent());
    case Action::WriteSameSize: {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QByteArray content = file.readAll();
        file.close();
        content.fill(content.startsWith('x') ? 'y' : 'x');
        return writeInPlace(path, content);
    }
    case Action::WriteKeepingStat: {
        const QDateTime modified = QFileInfo(path).lastModified();
        QFile file(path);
        return apply(Action::WriteSameSize, path) && file.open(QIODevice::ReadWrite) &&
               file.setFileTime(modified, QFileDevice::FileModificationTime);
    }
    case Action::SetModified: {
        QFile file(path);
        return file.open(QIODevice::ReadWrite) &&
               file.setFileTime(test::realNow().addSecs(-3600), QFileDevice::FileModificationTime);
    }
    case Action::ReplaceAtomically: {
        QSaveFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(nextContent()) > 0 && file.commit();
    }
    case Action::Remove:
        return QFile::remove(path);
    case Action::Create:
        return writeInPlace(path, {});
    case Action::CreateAndRemove:
        return writeInPlace(path, {}) && QFile::remove(path);
    case Action::RenameToHidden: {
        const QFileInfo info(path);
        return QFile::rename(path, info.dir().filePath(QLatin1Char('.') + info.fileName()));
    }
    case Action::MakeFolder:
        return QDir().mkpath(path);
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Action)

class TestKubeconfigWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void watchedFile_data();
    void watchedFile();
    void atomicWritesKeepBeingSeen();
    void replacedWhileHeldOpen();
    void burstGivesOneSignal_data();
    void burstGivesOneSignal();
    void endlessBurstIsStillReported();
    void addedFolder_data();
    void addedFolder();
    void missingFolderCreatedLater_data();
    void missingFolderCreatedLater();
    void setPathsEmitsNothing();
    void samePathsKeepPendingChange();
    void droppedPathsAreForgotten_data();
    void droppedPathsAreForgotten();

private:
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QStringList paths(const QStringList &relative) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KubeconfigWatcher> m_watcher;
};

QStringList TestKubeconfigWatcher::paths(const QStringList &relative) const
{
    QStringList result;
    for (const QString &item : relative)
        result << path(item);
    return result;
}

void TestKubeconfigWatcher::initTestCase()
{
    test::setUpTestEnvironment();
}

void TestKubeconfigWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_watcher = std::make_unique<KubeconfigWatcher>();
    m_watcher->setDebounceInterval(DebounceMs);
}

void TestKubeconfigWatcher::cleanup()
{
    m_watcher.reset();
    m_dir.reset();
}

void TestKubeconfigWatcher::watchedFile_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("target");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("expected");

    QTest::newRow("written in place") << true << "config" << Action::WriteInPlace << true;
    QTest::newRow("rewritten with the same size") << true << "config" << Action::WriteSameSize << true;
    QTest::newRow("mtime changed") << true << "config" << Action::SetModified << true;
    QTest::newRow("rewritten with the same size and mtime")
        << true << "config" << Action::WriteKeepingStat << true;
    QTest::newRow("replaced by an atomic rename") << true << "config" << Action::ReplaceAtomically << true;
    QTest::newRow("deleted") << true << "config" << Action::Remove << true;
    QTest::newRow("missing, created in place") << false << "config" << Action::WriteInPlace << true;
    QTest::newRow("missing, created by a rename") << false << "config" << Action::ReplaceAtomically << true;
    QTest::newRow("missing, created empty") << false << "config" << Action::Create << true;

    QTest::newRow("lock created and removed") << true << "config.lock" << Action::CreateAndRemove << false;
    QTest::newRow("lock left behind") << true << "config.lock" << Action::Create << false;
    QTest::newRow("lock next to a missing file")
        << false << "config.lock" << Action::CreateAndRemove << false;
    QTest::newRow("unrelated file created") << true << "notes.txt" << Action::Create << false;
    QTest::newRow("unrelated file replaced") << true << "other.yaml" << Action::ReplaceAtomically << false;
    QTest::newRow("sub-folder created") << true << "sub" << Action::MakeFolder << false;
    QTest::newRow("unrelated file next to a missing one") << false << "notes.txt" << Action::Create << false;
}

void TestKubeconfigWatcher::watchedFile()
{
    QFETCH(bool, exists);
    QFETCH(QString, target);
    QFETCH(Action, action);
    QFETCH(bool, expected);

    const QString config = path(QStringLiteral("config"));
    if (exists) {
        QVERIFY(apply(Action::WriteInPlace, config));
        // A whole second, which WriteKeepingStat can put back exactly (QFileInfo rounds to ms).
        QFile file(config);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(test::fixedNow(), QFileDevice::FileModificationTime));
    }
    m_watcher->setPaths({config}, {});
    QSignalSpy spy(m_watcher.get(), &KubeconfigWatcher::changed);

    QVERIFY(apply(action, path(target)));
    if (expected) {
        QTRY_COMPARE(spy.count(), 1);
        spy.clear();
    }
    QVERIFY(!spy.wait(QuietMs));

    // Still watching, whatever happened: a plain write (or re-creation) after it is seen, which a
    // file watch lost to a rename would miss.
    QVERIFY(apply(Action::WriteInPlace, config));
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(!spy.wait(QuietMs));
}

void TestKubeconfigWatcher::atomicWritesKeepBeingSeen()
{
    const QString config = path(QStringLiteral("config"));
    QVERIFY(apply(Action::WriteInPlace, config));
    m_watcher->setPaths({config}, {});
    QSignalSpy spy(m_watcher.get(), &KubeconfigWatcher::changed);

    for (int i = 1; i <= 3; ++i) {
        QVERIFY(apply(Action::ReplaceAtomically, config));
        QTRY_COMPARE(spy.count(), i);
    }
    // Only the file watch sees this one: it must be on the newest inode.
    QVERIFY(apply(Action::WriteInPlace, config));
    QTRY_COMPARE(spy.count(), 4);
    QVERIFY(!spy.wait(QuietMs));
}

void TestKubeconfigWatcher::replacedWhileHeldOpen()
{
    const QString config = path(QStringLiteral("config"));
    QVERIFY(apply(Action::WriteInPlace, config));
    m_watcher->setPaths({config}, {});
    QSignalSpy spy(m_watcher.get(), &KubeconfigWatcher::changed);

    // While someone (an editor, a reader) holds the old file open, its inode outlives the rename and
    // QFileSystemWatcher keeps watching it instead of dropping the path.
    QFile holder(config);
    QVERIFY(holder.open(QIODevice::ReadOnly));
    QVERIFY(apply(Action::ReplaceAtomically, config));
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(apply(Action::WriteInPlace, config));
    QTRY_COMPARE(spy.count(), 2);
    QVERIFY(!spy.wait(QuietMs));
}

void TestKubeconfigWatcher::burstGivesOneSignal_data()
{
    QTest::addColumn<Action>("action");

    QTest::newRow("writes in place") << Action::WriteInPlace;
    QTest::newRow("atomic renames") << Action::ReplaceAtomically;
}

void TestKubeconfigWatcher::burstGivesOneSignal()
{
    QFETCH(Action, action);

    // Longer than the gaps below even on a loaded machine.
    m_watcher->setDebounceInterval(250);
    const QString config = path(QStringLiteral("config"));
    QVERIFY(apply(Action::WriteInPlace, config));
    m_watcher->setPaths({config}, {});
    QSignalSpy spy(m_watcher.get(), &KubeconfigWatcher::changed);

    for (int i = 0; i < 5; ++i) {
        QVERIFY(apply(action, config));
        QTest::qWait(10); // let each write's events reach the watcher on its own
    }
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(!spy.wait(3 * 250));
}

void TestKubeconfigWatcher::endlessBurstIsStillReported()
{
    const QString config = path(QStringLiteral("config"));
    QVERIFY(apply(Action::WriteInPlace, config));
    m_watcher->setPaths({config}, {});
    QSignalSpy spy(m_watcher.get(), &KubeconfigWatcher::changed);

    // Writes closer together than the debounce interval, for longer than three of them.
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < 8 * DebounceMs) {
        QVERIFY(apply(Action::WriteInPlace, config));
        QTest::qWait(DebounceMs / 5);
    }
    QVERIFY(spy.count() >= 1);
}

void TestKubeconfigWatcher::addedFolder_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("expected");

    QTest::newRow("candidate created") << "new.yaml" << Action::Create << true;
    QTest::newRow("candidate created by a rename") << "new.yaml" << Action::ReplaceAtomically << true;
    QTest::newRow("candidate written in place") << "dev.yaml" << Action::WriteInPlace << true;
    QTest::newRow("candidate replaced by a rename") << "dev.yaml" << Action::ReplaceAtomically << true;
    QTest::newRow("candidate mtime changed") << "dev.yaml" << Action::SetModified << true;
    QTest::newRow("candidate removed") << "dev.yaml" << Action::Remove << true;
    QTest::newRow("candidate renamed to a hidden name") << "dev.yaml" << Action::RenameToHidden << true;

    QTest::newRow("hidden file created") << ".new.yaml" << Action::Create << false;
    QTest::newRow("hidden file written") << ".hidden" << Action::WriteInPlace << false;
    QTest::newRow("lock created and removed") << "dev.yaml.lock" << Action::CreateAndRemove << false;
    QTest::newRow("lock left behind") << "dev.yaml.lock" << Action::Create << false;
    QTest::newRow("editor backup created") << "dev.yaml~" << Action::Create << false;
    QTest::newRow("vim swap file created") << ".dev.yaml.swp" << Action::Create << false;
    QTest::newRow("backup written") << "dev.yaml.bak" << Action::WriteInPlace << false;
    QTest::newRow("sub-folder created") << "sub" << Action::MakeFolder << false;
    QTest::newRow("file created in a sub-folder") << "nested/deep.yaml" << Action::Create << false;
}

void TestKubeconfigWatcher::addedFolder()
{
    QFETCH(QString, target);
    QFETCH(Action, action);
    QFETCH(bool, expected);

    const QString folder = path(QStringLiteral("configs"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/nested")));
    const QStringList existing{QStringLiteral("dev.yaml"), QStringLiteral(".hidden"),
                               QStringLiteral("dev.yaml.bak")};
    for (const QString &name : existing)
        QVERIFY(apply(Action::WriteInPlace, folder + QLatin1Char('/') + name));
    m_watcher->setPaths({}, {folder});
    QSignalSpy spy(m_watcher.get(), &KubeconfigWatcher::changed);

    QVERIFY(apply(action, folder + QLatin1Char('/') + target));
    if (expected) {
        QTRY_COMPARE(spy.count(), 1);
        spy.clear();
    }
    QVERIFY(!spy.wait(QuietMs));

    QVERIFY(apply(Action::Create, folder + QStringLiteral("/later.yaml")));
    QTRY_COMPARE(spy.count(), 1);
    // A candidate that appeared later is watched like the others.
    QVERIFY(apply(Action::WriteInPlace, folder + QStringLiteral("/later.yaml")));
    QTRY_COMPARE(spy.count(), 2);
}

void TestKubeconfigWatcher::missingFolderCreatedLater_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<QString>("folderToMake");
    QTest::addColumn<QString>("fileToWrite");

    QTest::newRow("kubeconfig in a missing folder")
        << QStringList{QStringLiteral("home/.kube/config")} << QStringList{} << "home/.kube"
        << "home/.kube/config";
    QTest::newRow("kubeconfig two missing folders down")
        << QStringList{QStringLiteral("a/b/config")} << QStringList{} << "a/b"
        << "a/b/config";
    QTest::newRow("added folder not there yet")
        << QStringList{} << QStringList{QStringLiteral("later")} << "later"
        << "later/prod.yaml";
}

void TestKubeconfigWatcher::missingFolderCreatedLater()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, folders);
    QFETCH(QString, folderToMake);
    QFETCH(QString, fileToWrite);

    m_watcher->setPaths(paths(files), paths(folders));
    QSignalSpy spy(m_watcher.get(), &KubeconfigWatcher::changed);

    QVERIFY(QDir().mkpath(path(folderToMake)));
    QVERIFY(!spy.wait(QuietMs)); // an empty folder changes nothing

    QVERIFY(apply(Action::WriteInPlace, path(fileToWrite)));
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(apply(Action::WriteInPlace, path(fileToWrite)));
    QTRY_COMPARE(spy.count(), 2);
    QVERIFY(!spy.wait(QuietMs));
}

void TestKubeconfigWatcher::setPathsEmitsNothing()
{
    const QString config = path(QStringLiteral("config"));
    const QString folder = path(QStringLiteral("configs"));
    QVERIFY(apply(Action::WriteInPlace, config));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(apply(Action::WriteInPlace, folder + QStringLiteral("/dev.yaml")));
    QSignalSpy spy(m_watcher.get(), &KubeconfigWatcher::changed);

    m_watcher->setPaths({config, path(QStringLiteral("missing"))}, {folder});
    QVERIFY(!spy.wait(QuietMs));
    m_watcher->setPaths({config}, {});
    QVERIFY(!spy.wait(QuietMs));
    m_watcher->setPaths({}, {});
    QVERIFY(!spy.wait(QuietMs));
}

void TestKubeconfigWatcher::samePathsKeepPendingChange()
{
    const QString config = path(QStringLiteral("config"));
    const QString other = path(QStringLiteral("other"));
    QVERIFY(apply(Action::WriteInPlace, config));
    QVERIFY(apply(Action::WriteInPlace, other));
    m_watcher->setPaths({config, other}, {});
    QSignalSpy spy(m_watcher.get(), &KubeconfigWatcher::changed);

    QVERIFY(apply(Action::WriteInPlace, config));
    QCoreApplication::processEvents(); // the write is now pending in the watcher
    // The same set, in another order and spelling: nothing to redo, and the pending change stays.
    m_watcher->setPaths({other, path(QStringLiteral("./config")), config}, {});
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(!spy.wait(QuietMs));
}

void TestKubeconfigWatcher::droppedPathsAreForgotten_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<QString>("target");
    QTest::addColumn<Action>("action");

    const QString a = QStringLiteral("one/a.yaml");
    const QString b = QStringLiteral("one/b.yaml");
    const QString c = QStringLiteral("two/c.yaml");
    const QString folder = QStringLiteral("folder");

    QTest::newRow("file dropped, alone in its folder")
        << QStringList{a, b} << QStringList{folder} << c << Action::ReplaceAtomically;
    QTest::newRow("file dropped, written in place")
        << QStringList{a, b} << QStringList{folder} << c << Action::WriteInPlace;
    QTest::newRow("file dropped, its folder still watched")
        << QStringList{a, c} << QStringList{folder} << b << Action::ReplaceAtomically;
    QTest::newRow("file dropped, deleted") << QStringList{a, c} << QStringList{folder} << b << Action::Remove;
    QTest::newRow("added folder dropped, candidate created")
        << QStringList{a, b, c} << QStringList{} << QStringLiteral("folder/new.yaml") << Action::Create;
    QTest::newRow("added folder dropped, candidate written")
        << QStringList{a, b, c} << QStringList{} << QStringLiteral("folder/x.yaml") << Action::WriteInPlace;
    QTest::newRow("everything dropped") << QStringList{} << QStringList{} << a << Action::WriteInPlace;
}

void TestKubeconfigWatcher::droppedPathsAreForgotten()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, folders);
    QFETCH(QString, target);
    QFETCH(Action, action);

    const QStringList allFiles{QStringLiteral("one/a.yaml"), QStringLiteral("one/b.yaml"),
                               QStringLiteral("two/c.yaml")};
    for (const QString &folder : {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("folder")})
        QVERIFY(QDir().mkpath(path(folder)));
    for (const QString &file : allFiles + QStringList{QStringLiteral("folder/x.yaml")})
        QVERIFY(apply(Action::WriteInPlace, path(file)));
    m_watcher->setPaths(paths(allFiles), {path(QStringLiteral("folder"))});
    m_watcher->setPaths(paths(files), paths(folders));
    QSignalSpy spy(m_watcher.get(), &KubeconfigWatcher::changed);

    QVERIFY(apply(action, path(target)));
    QVERIFY(!spy.wait(QuietMs));

    // What is kept still counts.
    if (files.isEmpty())
        return;
    QVERIFY(apply(Action::WriteInPlace, path(files.first())));
    QTRY_COMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TestKubeconfigWatcher)
#include "tst_kubeconfigwatcher.moc"
