#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfig/yamlemitter.h"
#include "kubeconfig/yamlloader.h"
#include "storage/kubeconfiglock.h"
#include "storage/kubeconfigwriter.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace kubeminder;

namespace {

constexpr int KubectlTimeoutMs = 30000;
const QByteArray Secret = "writer-test-secret-token";

QByteArray config(const QByteArray &server, const QByteArray &extra = {})
{
    return "apiVersion: v1\nkind: Config\n"
           "clusters:\n- name: c\n  cluster:\n    server: " +
           server +
           "\n"
           "users:\n- name: u\n  user:\n    token: " +
           Secret +
           "\n"
           "contexts:\n- name: ctx\n  context:\n    cluster: c\n    user: u\n"
           "current-context: ctx\n" +
           extra;
}

const QByteArray OldConfig = config("https://old.example.com:6443");
const QByteArray NewConfig = config("https://new.example.com:6443");

// A large new content, to overflow a small file system.
QByteArray bigConfig()
{
    QByteArray extra = "preferences:\n  extensions:\n  - name: padding\n    extension:\n      data: ";
    extra += QByteArray(256 * 1024, 'x') + '\n';
    return config("https://new.example.com:6443", extra);
}

constexpr QFileDevice::Permissions OwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray dataFile(const QString &name)
{
    return readAll(QStringLiteral(KUBEMINDER_TEST_DATA_DIR "/kubeconfig/") + name);
}

// Same type, tag, scalar text and entry order, all the way down. Returns where they differ.
QString difference(const YAML::Node &a, const YAML::Node &b, const QString &where = QStringLiteral("/"))
{
    if (a.Type() != b.Type())
        return where + QStringLiteral(": type %1 vs %2").arg(int(a.Type())).arg(int(b.Type()));
    if (a.Tag() != b.Tag()) {
        return where + QStringLiteral(": tag %1 vs %2")
                           .arg(QString::fromStdString(a.Tag()), QString::fromStdString(b.Tag()));
    }
    if (a.IsScalar() && a.Scalar() != b.Scalar())
        return where + QStringLiteral(": scalar differs");
    if (a.size() != b.size())
        return where + QStringLiteral(": size %1 vs %2").arg(a.size()).arg(b.size());
    if (a.IsSequence()) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            const QString diff = difference(a[i], b[i], where + QString::number(i) + QLatin1Char('/'));
            if (!diff.isEmpty())
                return diff;
        }
    }
    if (a.IsMap()) {
        auto ia = a.begin();
        auto ib = b.begin();
        for (; ia != a.end(); ++ia, ++ib) {
            const QString key =
                ia->first.IsScalar() ? QString::fromStdString(ia->first.Scalar()) : QStringLiteral("?");
            QString diff =
                difference(ia->first, ib->first, where + QStringLiteral("(key ") + key + QStringLiteral(")"));
            if (diff.isEmpty())
                diff = difference(ia->second, ib->second, where + key + QLatin1Char('/'));
            if (!diff.isEmpty())
                return diff;
        }
    }
    return {};
}

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

enum class Failure {
    LockHeld,
    ChangedUnderneath,
    CreatedUnderneath,
    RemovedUnderneath,
    InvalidContent,
    UnwritableFolder,
    UnwritableTargetFolder,
    DiskFull,
    BackupFolderUncreatable,
    DamagedAfterRename,
    DamagedAfterCreating,
};

// What is wrong with the backup a restore is asked to put back.
enum class BackupProblem {
    None,
    Removed,
    Folder,
    NotAKubeconfig,
    Unreadable,
    TooLarge,
};

} // namespace

Q_DECLARE_METATYPE(Failure)
Q_DECLARE_METATYPE(BackupProblem)

class TestKubeconfigWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void happyPath();
    void newFile_data();
    void newFile();
    void symlinkStaysASymlink_data();
    void symlinkStaysASymlink();
    void permissions_data();
    void permissions();
    void keepsOwnerAndGroup_data();
    void keepsOwnerAndGroup();
    void failureLeavesTheOriginal_data();
    void failureLeavesTheOriginal();
    void writeDocumentKeepsEveryOtherField();
    void writeDocumentRefusesAStaleDocument();
    void writeDocumentCreatesAMissingFile();
    void writeDocumentRefusesABrokenFile();
    void restore_data();
    void restore();
    void restoreRefusesAFolderAsTarget();

    void roundTrip_data();
    void roundTrip();
    void emitStyle_data();
    void emitStyle();
    void commentsAreLost();
    void codeBuiltScalarsKeepTheirType();
    void aliasBombIsRefused();

    void crashSafety();

private:
    QString kube(const QString &name = QStringLiteral("config")) const
    {
        return QDir(m_dir->path()).absoluteFilePath(QStringLiteral("kube/") + name);
    }
    QString backupDir() const { return BackupStore::defaultDirectory(); }
    // Files in the kubeconfig folder, hidden ones included: leftovers show up here.
    QStringList kubeFolder() const
    {
        return QDir(kube(QString()))
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }
    bool makeUnwritable(const QString &folder);
    bool mountSmallFileSystem(const QString &folder);
    ProcessResult kubectl(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_mounts;
    QStringList m_readOnly;
    QString m_kubectl;
};

void TestKubeconfigWriter::initTestCase()
{
    test::setUpTestEnvironment();
    m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
}

void TestKubeconfigWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(kube(QString())));
    qputenv("XDG_STATE_HOME",
            QFile::encodeName(QDir(m_dir->path()).absoluteFilePath(QStringLiteral("state"))));
}

void TestKubeconfigWriter::cleanup()
{
    for (const QString &mount : std::as_const(m_mounts))
        QProcess::execute(QStringLiteral("umount"), {mount});
    m_mounts.clear();
    for (const QString &folder : std::as_const(m_readOnly))
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7700));
    m_readOnly.clear();
    m_dir.reset();
}

bool TestKubeconfigWriter::makeUnwritable(const QString &folder)
{
    QFile::setPermissions(folder, QFileDevice::Permissions(0x5555));
    m_readOnly << folder;
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return true;
    // Root writes through mode 0555; a read-only bind mount stops it as well.
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), folder, folder}) != 0)
        return false;
    m_mounts.prepend(folder);
    QProcess::execute(QStringLiteral("mount"),
                      {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), folder});
    return ::access(QFile::encodeName(folder).constData(), W_OK) != 0;
}

bool TestKubeconfigWriter::mountSmallFileSystem(const QString &folder)
{
    QDir().mkpath(folder);
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=64k"), QStringLiteral("tmpfs"), folder});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        return false;
    m_mounts.prepend(folder);
    return true;
}

ProcessResult TestKubeconfigWriter::kubectl(const QStringList &arguments) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.remove(QStringLiteral("KUBECONFIG"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(m_kubectl, arguments);
    ProcessResult result;
    if (!process.waitForStarted(KubectlTimeoutMs) || !process.waitForFinished(KubectlTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestKubeconfigWriter::happyPath()
{
    const QString path = kube();
    QVERIFY(writeAll(path, OldConfig));
    QVERIFY(QFile::setPermissions(path, OwnerOnly));
    BackupStore store;
    KubeconfigWriter writer(store);

    const WriteResult result = writer.write(path, NewConfig, OldConfig, test::fixedNow());
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.writtenPath, path);
    QCOMPARE(readAll(path), NewConfig);
    QCOMPARE(QFileInfo(path).permissions(), OwnerOnly);
    QVERIFY(!result.permissionsTightened);
    // The backup holds the old bytes and is indexed under the kubeconfig's name.
    QVERIFY(!result.backupPath.isEmpty());
    QCOMPARE(readAll(result.backupPath), OldConfig);
    QCOMPARE(QFileInfo(result.backupPath).absolutePath(), backupDir());
    const std::vector<BackupEntry> backups = store.list(path);
    QCOMPARE(backups.size(), std::size_t(1));
    QCOMPARE(backups.front().path, result.backupPath);
    // No lock and no temporary file left behind.
    QCOMPARE(kubeFolder(), QStringList({QStringLiteral("config")}));
}

void TestKubeconfigWriter::newFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("in an existing folder") << QStringLiteral("config");
    QTest::newRow("in a folder that does not exist yet") << QStringLiteral("new/deeper/config");
}

void TestKubeconfigWriter::newFile()
{
    QFETCH(QString, name);
    const QString path = kube(name);
    BackupStore store;
    KubeconfigWriter writer(store);
    const WriteResult result = writer.write(path, NewConfig, std::nullopt, test::fixedNow());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(readAll(path), NewConfig);
    QCOMPARE(QFileInfo(path).permissions(), OwnerOnly);
    QVERIFY(result.backupPath.isEmpty());
    QVERIFY(!result.permissionsTightened);
    QVERIFY(store.list().empty());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
}

void TestKubeconfigWriter::symlinkStaysASymlink_data()
{
    QTest::addColumn<QStringList>("links"); // each entry links to the next; the last to "real/config"
    QTest::addColumn<bool>("relative");

    QTest::newRow("absolute link") << QStringList({QStringLiteral("config")}) << false;
    QTest::newRow("relative link") << QStringList({QStringLiteral("config")}) << true;
    QTest::newRow("chain of links") << QStringList({QStringLiteral("config"), QStringLiteral("middle")})
                                    << true;
}

void TestKubeconfigWriter::symlinkStaysASymlink()
{
    QFETCH(QStringList, links);
    QFETCH(bool, relative);

    const QString target = kube(QStringLiteral("real/config"));
    QVERIFY(writeAll(target, OldConfig));
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QString next = i + 1 < links.size() ? kube(links.at(i + 1)) : target;
        const QString pointsTo = relative ? QDir(kube(QString())).relativeFilePath(next) : next;
        QVERIFY(QFile::link(pointsTo, kube(links.at(i))));
    }

    BackupStore store;
    KubeconfigWriter writer(store);
    const WriteResult result = writer.write(kube(), NewConfig, OldConfig, test::fixedNow());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.writtenPath, target);
    for (const QString &link : std::as_const(links))
        QVERIFY2(QFileInfo(kube(link)).isSymLink(), qPrintable(link));
    QCOMPARE(readAll(target), NewConfig);
    QCOMPARE(readAll(kube()), NewConfig);
    QCOMPARE(readAll(result.backupPath), OldConfig);
    // The lock is on the name kubectl uses, and gone; no temporary file next to the target.
    QVERIFY(!QFileInfo::exists(kube() + QStringLiteral(".lock")));
    QCOMPARE(QDir(kube(QStringLiteral("real"))).entryList(QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("config")}));
}

void TestKubeconfigWriter::permissions_data()
{
    QTest::addColumn<int>("mode"); // Qt permission bits; -1: no file yet
    QTest::addColumn<bool>("tightened");

    QTest::newRow("0644 is tightened") << 0x6644 << true;
    QTest::newRow("0640 is tightened") << 0x6640 << true;
    QTest::newRow("0604 is tightened") << 0x6604 << true;
    QTest::newRow("0600 stays") << 0x6600 << false;
    QTest::newRow("0400 becomes 0600, not a tightening") << 0x4400 << false;
    QTest::newRow("new file") << -1 << false;
}

void TestKubeconfigWriter::permissions()
{
    QFETCH(int, mode);
    QFETCH(bool, tightened);
    const QString path = kube();
    if (mode >= 0) {
        QVERIFY(writeAll(path, OldConfig));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(mode)));
    }
    BackupStore store;
    KubeconfigWriter writer(store);
    const WriteResult result =
        writer.write(path, NewConfig, mode >= 0 ? std::optional(OldConfig) : std::nullopt, test::fixedNow());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.permissionsTightened, tightened);
    QCOMPARE(QFileInfo(path).permissions(), OwnerOnly);
    if (!result.backupPath.isEmpty())
        QCOMPARE(QFileInfo(result.backupPath).permissions(), OwnerOnly);
}

void TestKubeconfigWriter::keepsOwnerAndGroup_data()
{
    QTest::addColumn<bool>("otherOwner"); // else only the group is another's
    QTest::newRow("another user's file (sudo kubeminder ... --kubeconfig ~user/.kube/config)") << true;
    QTest::newRow("a file of another group") << false;
}

void TestKubeconfigWriter::keepsOwnerAndGroup()
{
    QFETCH(bool, otherOwner);
    if (::geteuid() != 0)
        QSKIP("only root can give a file to another user");
    // nobody and nogroup on Debian; any unused ids would do.
    const uid_t owner = otherOwner ? 65534 : ::geteuid();
    const gid_t group = 65534;
    const QString path = kube();
    QVERIFY(writeAll(path, OldConfig));
    QVERIFY(QFile::setPermissions(path, OwnerOnly));
    QCOMPARE(::chown(QFile::encodeName(path).constData(), owner, group), 0);

    BackupStore store;
    KubeconfigWriter writer(store);
    const WriteResult result = writer.write(path, NewConfig, OldConfig, test::fixedNow());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(readAll(path), NewConfig);
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_uid, owner);
    QCOMPARE(status.st_gid, group);
    QCOMPARE(status.st_mode & 07777, mode_t(0600));
    QCOMPARE(kubeFolder(), QStringList({QStringLiteral("config")}));
}

void TestKubeconfigWriter::failureLeavesTheOriginal_data()
{
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("message"); // part of the error

    QTest::newRow("lock held") << Failure::LockHeld << QStringLiteral("config.lock");
    QTest::newRow("file changed underneath") << Failure::ChangedUnderneath << QStringLiteral("changed");
    QTest::newRow("file created underneath") << Failure::CreatedUnderneath << QStringLiteral("created");
    QTest::newRow("file removed underneath") << Failure::RemovedUnderneath << QStringLiteral("removed");
    QTest::newRow("invalid new content")
        << Failure::InvalidContent << QStringLiteral("not a valid kubeconfig");
    QTest::newRow("unwritable folder") << Failure::UnwritableFolder << QStringLiteral("lock");
    QTest::newRow("unwritable folder behind a symlink")
        << Failure::UnwritableTargetFolder << QStringLiteral("temporary file");
    QTest::newRow("disk full") << Failure::DiskFull << QStringLiteral("disk space");
    QTest::newRow("backup folder cannot be created")
        << Failure::BackupFolderUncreatable << QStringLiteral("back it up");
    QTest::newRow("damaged after the rename") << Failure::DamagedAfterRename << QStringLiteral("put back");
    QTest::newRow("damaged after creating") << Failure::DamagedAfterCreating << QStringLiteral("removed");
}

void TestKubeconfigWriter::failureLeavesTheOriginal()
{
    QFETCH(Failure, failure);
    QFETCH(QString, message);

    QString path = kube();
    QString folder = kube(QString());
    QByteArray bytes = NewConfig;
    std::optional<QByteArray> expected = OldConfig;
    QString backupDirectory = backupDir();
    std::optional<KubeconfigLock> heldLock;
    QStringList expectedLeftovers;

    switch (failure) {
    case Failure::DiskFull:
        folder = kube(QStringLiteral("small"));
        if (!mountSmallFileSystem(folder))
            QSKIP("cannot mount a 64 KiB tmpfs here (needs root): the disk-full row does not run");
        path = folder + QStringLiteral("/config");
        bytes = bigConfig();
        break;
    case Failure::UnwritableTargetFolder:
        folder = kube(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        path = folder + QStringLiteral("/config");
        break;
    default:
        break;
    }
    QVERIFY(writeAll(path, OldConfig));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x6644)));
    QString written = path;

    switch (failure) {
    case Failure::LockHeld: {
        QString error;
        heldLock = KubeconfigLock::acquire(path, &error);
        QVERIFY2(heldLock, qPrintable(error));
        break;
    }
    case Failure::ChangedUnderneath:
        QVERIFY(writeAll(path, config("https://someone-else.example.com")));
        break;
    case Failure::CreatedUnderneath:
        expected = std::nullopt;
        break;
    case Failure::RemovedUnderneath:
        QVERIFY(QFile::remove(path));
        break;
    case Failure::InvalidContent:
        bytes = "clusters: [\n  token: " + Secret;
        break;
    case Failure::UnwritableFolder:
        if (!makeUnwritable(folder))
            QSKIP("cannot make a folder unwritable here (root, no bind mount): the row does not run");
        break;
    case Failure::UnwritableTargetFolder:
        written = kube(QStringLiteral("link"));
        QVERIFY(QFile::link(path, written));
        if (!makeUnwritable(folder))
            QSKIP("cannot make a folder unwritable here (root, no bind mount): the row does not run");
        break;
    case Failure::BackupFolderUncreatable: {
        // A plain file where the state folder should be.
        const QString state = QDir(m_dir->path()).absoluteFilePath(QStringLiteral("state"));
        QVERIFY(writeAll(state, "not a folder"));
        break;
    }
    case Failure::DiskFull:
    case Failure::DamagedAfterRename:
        break;
    case Failure::DamagedAfterCreating:
        QVERIFY(QFile::remove(path));
        expected = std::nullopt;
        break;
    }

    const bool existed = QFileInfo::exists(path);
    const QByteArray before = readAll(path);
    const QFileDevice::Permissions modeBefore = QFileInfo(path).permissions();
    const QStringList folderBefore =
        QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    BackupStore store(backupDirectory);
    KubeconfigWriter writer(store);
    if (failure == Failure::DamagedAfterRename || failure == Failure::DamagedAfterCreating)
        writer.setAfterCommitHookForTesting([](const QString &target) { writeAll(target, "clusters: [\n"); });
    const WriteResult result = writer.write(written, bytes, expected, test::fixedNow());

    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QString::fromLatin1(Secret)), "an error message shows a secret");
    QVERIFY(!result.permissionsTightened);
    QCOMPARE(QFileInfo::exists(path), existed);
    QCOMPARE(readAll(path), before);
    if (existed)
        QCOMPARE(QFileInfo(path).permissions(), modeBefore);
    // Nothing left next to it: no temporary file, no lock of ours.
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), folderBefore);
    if (failure != Failure::LockHeld)
        QVERIFY(!QFileInfo::exists(written + QStringLiteral(".lock")));
    else
        QVERIFY(QFileInfo::exists(written + QStringLiteral(".lock")));
}

void TestKubeconfigWriter::writeDocumentKeepsEveryOtherField()
{
    const QString path = kube();
    QVERIFY(writeAll(path, dataFile(QStringLiteral("fields.yaml"))));
    const KubeconfigDocument doc = KubeconfigDocument::load(path);
    QCOMPARE(doc.status(), KubeconfigDocument::Status::Ok);

    YAML::Node root = YAML::Clone(doc.root());
    root["current-context"] = "no-namespace";
    BackupStore store;
    KubeconfigWriter writer(store);
    const WriteResult result = writer.write(doc, root, test::fixedNow());
    QVERIFY2(result.ok, qPrintable(result.error));

    const KubeconfigDocument after = KubeconfigDocument::load(path);
    QCOMPARE(after.status(), KubeconfigDocument::Status::Ok);
    QCOMPARE(after.currentContext(), QStringLiteral("no-namespace"));
    // Everything else is the tree that was read, field for field and in order.
    YAML::Node expected = YamlLoader::load(doc.bytes());
    expected["current-context"] = "no-namespace";
    expected["current-context"].SetTag("?");
    const QString diff = difference(expected, after.root());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(readAll(result.backupPath), doc.bytes());
}

void TestKubeconfigWriter::writeDocumentRefusesAStaleDocument()
{
    const QString path = kube();
    QVERIFY(writeAll(path, OldConfig));
    const KubeconfigDocument doc = KubeconfigDocument::load(path);
    const QByteArray theirs = config("https://theirs.example.com");
    QVERIFY(writeAll(path, theirs));

    BackupStore store;
    KubeconfigWriter writer(store);
    const WriteResult result = writer.write(doc, doc.root(), test::fixedNow());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("reload")), qPrintable(result.error));
    QCOMPARE(readAll(path), theirs);
}

void TestKubeconfigWriter::writeDocumentCreatesAMissingFile()
{
    const QString path = kube(QStringLiteral("fresh"));
    const KubeconfigDocument doc = KubeconfigDocument::load(path);
    QCOMPARE(doc.status(), KubeconfigDocument::Status::Missing);
    BackupStore store;
    KubeconfigWriter writer(store);
    const YAML::Node root = YamlLoader::load(NewConfig);
    const WriteResult result = writer.write(doc, root, test::fixedNow());
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString diff = difference(root, YamlLoader::load(readAll(path)));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestKubeconfigWriter::writeDocumentRefusesABrokenFile()
{
    const QString path = kube();
    const QByteArray broken = "clusters: [\n";
    QVERIFY(writeAll(path, broken));
    const KubeconfigDocument doc = KubeconfigDocument::load(path);
    QCOMPARE(doc.status(), KubeconfigDocument::Status::Error);
    BackupStore store;
    KubeconfigWriter writer(store);
    const WriteResult result = writer.write(doc, YamlLoader::load(NewConfig), test::fixedNow());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    QCOMPARE(readAll(path), broken);
}

void TestKubeconfigWriter::restore_data()
{
    QTest::addColumn<QString>("name"); // the target, in the kubeconfig folder
    QTest::addColumn<bool>("targetExists");
    QTest::addColumn<BackupProblem>("problem");
    QTest::addColumn<QString>("message"); // part of the error; empty: the restore succeeds

    QTest::newRow("over an existing file")
        << QStringLiteral("config") << true << BackupProblem::None << QString();
    QTest::newRow("to a missing file")
        << QStringLiteral("config") << false << BackupProblem::None << QString();
    QTest::newRow("to a missing file in a missing folder")
        << QStringLiteral("gone/config") << false << BackupProblem::None << QString();
    QTest::newRow("backup removed, over an existing file")
        << QStringLiteral("config") << true << BackupProblem::Removed << QStringLiteral("no longer exists");
    QTest::newRow("backup removed, to a missing file")
        << QStringLiteral("config") << false << BackupProblem::Removed << QStringLiteral("no longer exists");
    QTest::newRow("backup is a folder")
        << QStringLiteral("config") << true << BackupProblem::Folder << QStringLiteral("is a folder");
    QTest::newRow("backup is not a kubeconfig")
        << QStringLiteral("config") << true << BackupProblem::NotAKubeconfig
        << QStringLiteral("not a valid kubeconfig");
    QTest::newRow("backup unreadable")
        << QStringLiteral("config") << true << BackupProblem::Unreadable << QStringLiteral("Cannot read");
    QTest::newRow("backup too large")
        << QStringLiteral("config") << true << BackupProblem::TooLarge << QStringLiteral("too large");
}

void TestKubeconfigWriter::restore()
{
    QFETCH(QString, name);
    QFETCH(bool, targetExists);
    QFETCH(BackupProblem, problem);
    QFETCH(QString, message);

    const QString path = kube(name);
    BackupStore store;
    // The backup being restored: NewConfig, taken a day ago; the file holds OldConfig now.
    QString error;
    const QByteArray backupBytes =
        problem == BackupProblem::NotAKubeconfig ? "clusters: [\n  token: " + Secret : NewConfig;
    const std::optional<BackupEntry> backup =
        store.save(path, backupBytes, test::fixedNow().addDays(-1), &error);
    QVERIFY2(backup, qPrintable(error));
    QString backupPath = backup->path;
    if (targetExists) {
        QVERIFY(writeAll(path, OldConfig));
        QVERIFY(QFile::setPermissions(path, OwnerOnly));
    }

    switch (problem) {
    case BackupProblem::None:
    case BackupProblem::NotAKubeconfig:
        break;
    case BackupProblem::Removed:
        QVERIFY(QFile::remove(backupPath));
        break;
    case BackupProblem::Folder:
        backupPath = QDir(m_dir->path()).absoluteFilePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(backupPath));
        break;
    case BackupProblem::Unreadable:
        QVERIFY(QFile::setPermissions(backupPath, QFileDevice::Permissions()));
        if (::access(QFile::encodeName(backupPath).constData(), R_OK) == 0)
            QSKIP("root reads files with mode 0000: the unreadable-backup row does not run");
        break;
    case BackupProblem::TooLarge: {
        // Sparse: the size is what counts, not the bytes.
        QFile file(backupPath);
        QVERIFY(file.resize(KubeconfigDocument::MaximumFileSize + 1));
        break;
    }
    }

    const std::size_t backupsBefore = store.list(path).size();
    const QStringList folderBefore = kubeFolder();
    KubeconfigWriter writer(store);
    const WriteResult result = writer.restore(backupPath, path, test::fixedNow());

    if (message.isEmpty()) {
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.writtenPath, path);
        QCOMPARE(readAll(path), NewConfig);
        QCOMPARE(QFileInfo(path).permissions(), OwnerOnly);
        const std::vector<BackupEntry> backups = store.list(path);
        if (targetExists) {
            // The state before the restore is the newest backup; the restored one is still there.
            QVERIFY(!result.backupPath.isEmpty());
            QCOMPARE(readAll(result.backupPath), OldConfig);
            QCOMPARE(backups.size(), backupsBefore + 1);
            QCOMPARE(backups.front().path, result.backupPath);
            QCOMPARE(backups.front().createdAt, test::fixedNow());
        } else {
            QVERIFY(result.backupPath.isEmpty());
            QCOMPARE(backups.size(), backupsBefore);
        }
        QCOMPARE(readAll(backupPath), NewConfig);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        return;
    }

    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QString::fromLatin1(Secret)), "an error message shows a secret");
    QCOMPARE(QFileInfo::exists(path), targetExists);
    if (targetExists) {
        QCOMPARE(readAll(path), OldConfig);
        QCOMPARE(QFileInfo(path).permissions(), OwnerOnly);
    }
    // Nothing was backed up or left behind: the failure came before the target was touched.
    QCOMPARE(store.list(path).size(), backupsBefore);
    QCOMPARE(kubeFolder(), folderBefore);
}

void TestKubeconfigWriter::restoreRefusesAFolderAsTarget()
{
    const QString path = kube(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(path));
    BackupStore store;
    QString error;
    const std::optional<BackupEntry> backup = store.save(path, NewConfig, test::fixedNow(), &error);
    QVERIFY2(backup, qPrintable(error));
    KubeconfigWriter writer(store);
    const WriteResult result = writer.restore(backup->path, path, test::fixedNow());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("is a folder")), qPrintable(result.error));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(store.list(path).size(), std::size_t(1));
}

void TestKubeconfigWriter::roundTrip_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("checkWithKubectl");

    QTest::newRow("k3s.yaml") << dataFile(QStringLiteral("k3s.yaml")) << true;
    QTest::newRow("every field") << dataFile(QStringLiteral("fields.yaml")) << true;
    QTest::newRow("kubeadm admin.conf")
        << QByteArray(
               "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: "
               "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZB"
               "REFWTVJNd0VRWURWUVFERXdwcmRXSmwKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=\n"
               "    server: https://192.168.1.10:6443\n  name: kubernetes\ncontexts:\n- context:\n"
               "    cluster: kubernetes\n    user: kubernetes-admin\n  name: kubernetes-admin@kubernetes\n"
               "current-context: kubernetes-admin@kubernetes\nkind: Config\npreferences: {}\nusers:\n"
               "- name: kubernetes-admin\n  user:\n    client-certificate-data: "
               "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURJVENDQWdtZ0F3SUJBZ0lJWUZ6L0ZSV1V2SUV3RFFZSktvWklo"
               "dmNOQVFFTEJRQXdGVEVUTUJFR0ExVUUKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=\n"
               "    client-key-data: "
               "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVBdDh3VGZZRTNSREdyVjBPcXVuNGZt"
               "cmh2ZUFPZFB4Y0VGU3ZJdnpJRHpqdXk1d1V6Ci0tLS0tRU5EIFJTQSBQUklWQVRFIEtFWS0tLS0tCg==\n")
        << true;
    QTest::newRow("quoted strings that look like other types")
        << QByteArray(
               "apiVersion: v1\nkind: Config\nclusters:\n- name: \"123\"\n  cluster:\n"
               "    server: 'https://x.example.com:6443'\n    insecure-skip-tls-verify: true\n"
               "    tls-server-name: \"null\"\n    proxy-url: \"\"\n"
               "contexts:\n- name: 'yes'\n  context: {cluster: \"123\", user: \"true\", namespace: "
               "\"0755\"}\n"
               "- name: \"1:30\"\n  context: {cluster: \"123\", user: \"true\", namespace: \"2024-01-01\"}\n"
               "- name: '0x1F'\n  context: {cluster: \"123\", user: 'on', namespace: '1e3'}\n"
               "users:\n- name: \"true\"\n  user: {token: \"~\", username: 'off', password: \"\"}\n"
               "- name: 'on'\n  user: {token: '.inf'}\n"
               "current-context: 'yes'\n")
        << true;
    QTest::newRow("extensions, preferences and unknown keys")
        << QByteArray(
               "apiVersion: v1\nkind: Config\npreferences:\n  colors: true\n  extensions:\n"
               "  - name: pref-ext\n    extension:\n      anything: [1, 2.5, {deep: \"x\"}, null]\n"
               "x-unknown-top: {keep: me, list: [a, b]}\nclusters:\n- name: c\n  x-vendor-field: kept\n"
               "  cluster:\n    server: https://c.example.com:6443\n    proxy-url: socks5://localhost:1080\n"
               "    disable-compression: false\n    extensions:\n"
               "    - name: client.authentication.k8s.io/exec\n      extension:\n"
               "        audience: \"https://sts.example.com\"\n        nested: {a: 1, b: [true, \"false\"]}\n"
               "users:\n- name: exec\n  user:\n    exec:\n      apiVersion: "
               "client.authentication.k8s.io/v1beta1\n"
               "      command: aws\n      args: [eks, get-token, --cluster-name, prod, \"--region\", "
               "\"us-east-1\"]\n"
               "      env:\n      - name: AWS_PROFILE\n        value: \"prod\"\n      - name: EMPTY\n"
               "        value: \"\"\n      interactiveMode: IfAvailable\n      provideClusterInfo: false\n"
               "contexts:\n- name: c\n  context:\n    cluster: c\n    user: exec\n    extensions:\n"
               "    - name: ctx-ext\n      extension: {k: v}\ncurrent-context: c\n")
        << true;
    QTest::newRow("what kubectl writes for an empty config")
        << QByteArray("apiVersion: v1\nclusters: null\ncontexts: null\ncurrent-context: \"\"\nkind: Config\n"
                      "preferences: {}\nusers: null\n")
        << true;
    QTest::newRow("empty values and lists")
        << QByteArray("apiVersion: v1\nkind: Config\nclusters: []\nusers:\ncontexts: ~\npreferences:\n")
        << true;
    QTest::newRow("strings YAML cannot hold plainly")
        << QByteArray("apiVersion: v1\nkind: Config\nusers:\n- name: \"a: b\"\n  user:\n"
                      "    token: \"- leading dash\"\n    username: \"#hash\"\n    password: \"  spaces  \"\n"
                      "- name: \"tab\\there\"\n  user:\n    token: \"line\\nbreak\"\n"
                      "- name: 한국어\n  user:\n    username: \"ünïcödé\"\n    token: \"\\\"quoted\\\" and "
                      "'single'\"\n")
        << true;
    QTest::newRow("block scalars")
        << QByteArray("apiVersion: v1\nkind: Config\nusers:\n- name: literal\n  user:\n    token: |\n"
                      "      line one\n      line two\n- name: folded\n  user:\n    token: >-\n      folded\n"
                      "      text\n")
        << true;
    QTest::newRow("explicit tags")
        << QByteArray("apiVersion: v1\nkind: Config\ncurrent-context: !!str 5\nx-local: !custom value\n"
                      "x-verbatim: !<tag:example.com,2026:thing> v\n")
        << false;
    QTest::newRow("anchors and aliases")
        << QByteArray("apiVersion: v1\nkind: Config\nclusters:\n- name: a\n  cluster: &shared\n"
                      "    server: https://shared.example.com\n- name: b\n  cluster: *shared\n")
        << true;
    QTest::newRow("CRLF line ends")
        << QByteArray(
               "apiVersion: v1\r\nkind: Config\r\ncurrent-context: \"dev\"\r\ncontexts:\r\n- name: dev\r\n"
               "  context:\r\n    cluster: c\r\n")
        << true;
}

void TestKubeconfigWriter::roundTrip()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, checkWithKubectl);

    const YAML::Node original = YamlLoader::load(yaml);
    const QByteArray emitted = YamlEmitter::toYaml(original);
    QVERIFY(!emitted.isEmpty());
    QVERIFY(emitted.endsWith('\n'));
    const YAML::Node reread = YamlLoader::load(emitted);
    QString diff = difference(original, reread);
    QVERIFY2(diff.isEmpty(), qPrintable(diff + QStringLiteral("\n") + QString::fromUtf8(emitted)));
    // The reference parser agrees, and writing again changes nothing.
    diff = difference(original, YamlLoader::loadPlain(emitted));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(YamlEmitter::toYaml(reread), emitted);
    QCOMPARE(KubeconfigDocument::parse(kube(), emitted).status(),
             KubeconfigDocument::parse(kube(), yaml).status());

    if (!checkWithKubectl)
        return;
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not on PATH: the check that kubectl reads the output the same way does not run");
    // Side by side in one folder, so relative paths mean the same to kubectl.
    QVERIFY(writeAll(kube(QStringLiteral("original")), yaml));
    QVERIFY(writeAll(kube(QStringLiteral("emitted")), emitted));
    const QStringList view = {QStringLiteral("config"), QStringLiteral("view"),
                              QStringLiteral("--raw"),  QStringLiteral("-o"),
                              QStringLiteral("json"),   QStringLiteral("--kubeconfig")};
    const ProcessResult before = kubectl(view + QStringList{kube(QStringLiteral("original"))});
    const ProcessResult after = kubectl(view + QStringList{kube(QStringLiteral("emitted"))});
    QVERIFY2(before.exitCode == 0, before.err.constData());
    QVERIFY2(after.exitCode == 0, after.err.constData());
    QCOMPARE(QJsonDocument::fromJson(after.out), QJsonDocument::fromJson(before.out));
}

void TestKubeconfigWriter::emitStyle_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("block style, two spaces, order kept")
        << QByteArray("kind: Config\napiVersion: v1\nclusters:\n- name: c\n  cluster: {server: https://c}\n")
        << QByteArray("kind: Config\napiVersion: v1\nclusters:\n  - name: c\n    cluster:\n"
                      "      server: https://c\n");
    QTest::newRow("empty mapping and list stay inline")
        << QByteArray("preferences: {}\nclusters: []\n") << QByteArray("preferences: {}\nclusters: []\n");
    QTest::newRow("flow list becomes a block list")
        << QByteArray("args: [a, b]\n") << QByteArray("args:\n  - a\n  - b\n");
    QTest::newRow("quoted stays quoted, plain stays plain")
        << QByteArray("a: 'yes'\nb: yes\nc: \"8080\"\nd: 8080\ne: true\n")
        << QByteArray("a: \"yes\"\nb: yes\nc: \"8080\"\nd: 8080\ne: true\n");
    QTest::newRow("null") << QByteArray("a:\nb: null\nc: ~\n") << QByteArray("a: ~\nb: ~\nc: ~\n");
    // go-yaml takes a raw U+2028 for a line break even inside quotes (and drops the blanks around
    // it): such a value is written with the separator escaped, and only that value.
    QTest::newRow("U+2028 escaped, other text as it is")
        << QByteArray("a: \"x \\L y\"\nb: \"\xC3\xA9\"\n")
        << QByteArray("a: \"x \\u2028 y\"\nb: \"\xC3\xA9\"\n");
    QTest::newRow("long base64 on one line") << QByteArray("data: ") + QByteArray(300, 'A') + "==\n"
                                             << QByteArray("data: ") + QByteArray(300, 'A') + "==\n";
}

void TestKubeconfigWriter::emitStyle()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, expected);
    QCOMPARE(YamlEmitter::toYaml(YamlLoader::load(yaml)), expected);
}

void TestKubeconfigWriter::commentsAreLost()
{
    // A known limit: yaml-cpp keeps no comments, so a write drops the file's comments. Everything
    // kubectl reads is kept; the backup taken before every write still has them.
    const QByteArray yaml = "# my clusters\napiVersion: v1 # trailing\nkind: Config\n";
    const QByteArray emitted = YamlEmitter::toYaml(YamlLoader::load(yaml));
    QCOMPARE(emitted, QByteArray("apiVersion: v1\nkind: Config\n"));
}

void TestKubeconfigWriter::codeBuiltScalarsKeepTheirType()
{
    // Nodes made in code carry no tag; the kubeconfig schema decides: booleans stay booleans,
    // everything else is a string and quoted when YAML 1.1 (kubectl's) would read another type.
    YAML::Node root;
    root["apiVersion"] = "v1";
    root["kind"] = "Config";
    YAML::Node cluster;
    cluster["name"] = "123";
    cluster["cluster"]["server"] = "https://code.example.com";
    cluster["cluster"]["insecure-skip-tls-verify"] = true;
    root["clusters"].push_back(cluster);
    YAML::Node user;
    user["name"] = "true";
    user["user"]["token"] = "0x1F";
    root["users"].push_back(user);
    YAML::Node context;
    context["name"] = "yes";
    context["context"]["cluster"] = "123";
    context["context"]["user"] = "true";
    context["context"]["namespace"] = "null";
    root["contexts"].push_back(context);
    root["current-context"] = "yes";

    const QByteArray emitted = YamlEmitter::toYaml(root);
    QVERIFY2(emitted.contains("insecure-skip-tls-verify: true\n"), emitted.constData());
    QVERIFY2(emitted.contains("name: \"123\"\n"), emitted.constData());
    QVERIFY2(emitted.contains("current-context: \"yes\"\n"), emitted.constData());

    const KubeconfigDocument doc = KubeconfigDocument::parse(kube(), emitted);
    QCOMPARE(doc.status(), KubeconfigDocument::Status::Ok);
    QCOMPARE(doc.clusters().front().name, QStringLiteral("123"));
    QVERIFY(doc.clusters().front().insecureSkipTlsVerify);
    QCOMPARE(doc.contexts().front().ns, QStringLiteral("null"));

    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not on PATH: the kubectl half of this test does not run");
    QVERIFY(writeAll(kube(), emitted));
    const ProcessResult view =
        kubectl({QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
                 QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--kubeconfig"), kube()});
    QVERIFY2(view.exitCode == 0, view.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(view.out).object();
    QCOMPARE(json.value(QStringLiteral("current-context")).toString(), QStringLiteral("yes"));
    const QJsonObject firstCluster = json.value(QStringLiteral("clusters")).toArray().first().toObject();
    QCOMPARE(firstCluster.value(QStringLiteral("name")).toString(), QStringLiteral("123"));
    QCOMPARE(firstCluster.value(QStringLiteral("cluster"))
                 .toObject()
                 .value(QStringLiteral("insecure-skip-tls-verify")),
             QJsonValue(true));
    const QJsonObject firstContext = json.value(QStringLiteral("contexts")).toArray().first().toObject();
    QCOMPARE(firstContext.value(QStringLiteral("context"))
                 .toObject()
                 .value(QStringLiteral("namespace"))
                 .toString(),
             QStringLiteral("null"));
}

void TestKubeconfigWriter::aliasBombIsRefused()
{
    // Each level doubles the size when written out: 2^40 copies must not be attempted.
    QByteArray yaml = "a0: &a0 [x, x]\n";
    for (int i = 1; i <= 40; ++i)
        yaml += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [*a" +
                QByteArray::number(i - 1) + ", *a" + QByteArray::number(i - 1) + "]\n";
    QVERIFY(YamlEmitter::toYaml(YamlLoader::load(yaml)).isEmpty());
}

void TestKubeconfigWriter::crashSafety()
{
    // A child writes the kubeconfig in a loop, flipping between two contents, and is killed with
    // SIGKILL at a random moment, again and again. Whatever the moment, the file must be one of the
    // two contents, whole.
    constexpr int Runs = 200;
    const QString path = kube();
    const QByteArray a = config("https://a.example.com");
    const QByteArray b = bigConfig();
    QVERIFY(writeAll(kube(QStringLiteral("../a.yaml")), a));
    QVERIFY(writeAll(kube(QStringLiteral("../b.yaml")), b));
    QVERIFY(writeAll(path, a));
    const QString backups = QDir(m_dir->path()).absoluteFilePath(QStringLiteral("crash-backups"));

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("crash-safety seed: %u", seed);
    QRandomGenerator random(seed);
    // QSaveFile's temporary files are "<name>.XXXXXX" (on Linux usually unnamed: O_TMPFILE).
    const QRegularExpression temporary(QStringLiteral("^config\\.[A-Za-z0-9]{6}$"));
    int writes = 0;
    int locksLeft = 0;
    for (int run = 0; run < Runs; ++run) {
        QProcess child;
        const qint64 start = test::fixedNow().toMSecsSinceEpoch() + qint64(run) * 10'000'000;
        child.start(QStringLiteral(KUBEMINDER_CRASHWRITER),
                    {path, backups, kube(QStringLiteral("../a.yaml")), kube(QStringLiteral("../b.yaml")),
                     QString::number(start)});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QVERIFY2(child.waitForReadyRead(10000), "the crash writer did not start writing");
        // Let it finish a random number of writes (however slow the disk is today), then kill it a
        // random moment later: before, within or after the next one.
        const int wanted = int(random.bounded(0, 3));
        QByteArray output = child.readAllStandardOutput();
        while (output.count('.') < wanted && child.waitForReadyRead(30000))
            output += child.readAllStandardOutput();
        QTest::qSleep(int(random.bounded(0, 25)));
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("run %1: the writer stopped by itself: %2")
                                .arg(run)
                                .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        child.kill(); // SIGKILL on Unix: no handler, no cleanup, like a crash or a power cut

        QVERIFY(child.waitForFinished(10000));
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("run %1: the writer stopped by itself: %2")
                                .arg(run)
                                .arg(QString::fromLocal8Bit(child.readAllStandardError()))));

        const QByteArray now = readAll(path);
        QVERIFY2(now == a || now == b, qPrintable(QStringLiteral("run %1: the kubeconfig is neither content "
                                                                 "(%2 bytes)")
                                                      .arg(run)
                                                      .arg(now.size())));
        QCOMPARE(KubeconfigDocument::parse(path, now).status(), KubeconfigDocument::Status::Ok);
        output += child.readAllStandardOutput();
        writes += int(output.count('.'));

        // Like after a crashed kubectl: a stale lock may remain, and QSaveFile's temporary file.
        for (const QString &name : kubeFolder()) {
            if (name == QLatin1String("config"))
                continue;
            if (name == QLatin1String("config.lock")) {
                ++locksLeft;
            } else {
                QVERIFY2(temporary.match(name).hasMatch(),
                         qPrintable(QStringLiteral("run %1 left %2").arg(run).arg(name)));
            }
            QVERIFY(QFile::remove(kube(name)));
        }
    }
    qInfo("crash safety: %d kills, %d writes finished between them, %d kills left a stale lock", Runs, writes,
          locksLeft);
    // The kills really landed among writes: many hit one half-way, holding the lock.
    QVERIFY(writes >= Runs / 2);
    QVERIFY(locksLeft >= Runs / 4);
}

QTEST_GUILESS_MAIN(TestKubeconfigWriter)
#include "tst_kubeconfigwriter.moc"
