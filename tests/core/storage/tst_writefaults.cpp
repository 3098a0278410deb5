// Fault injection on KubeconfigWriter, beyond tst_kubeconfigwriter (which covers a full tmpfs, a
// lock of our own, a file changed in place, and SIGKILL of a writer flipping between two contents):
// short writes from RLIMIT_FSIZE (no root needed), read-only folders and file systems, a lock left
// by kubectl, kubectl writing the same file at the same time, the file renamed over between read
// and write, a backup for every overwrite, and SIGKILL checked against the backups and the index.
//
// The test binary is also its own child process: "tst_writefaults --helper MODE ..." (see main()).

#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfig/kubeconfigpaths.h"
#include "kubeconfig/yamlemitter.h"
#include "kubeconfig/yamlloader.h"
#include "storage/backupstore.h"
#include "storage/currentcontextwriter.h"
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
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <linux/capability.h>
#include <sys/syscall.h>
#endif

using namespace kubeminder;

namespace {

constexpr int ProcessTimeoutMs = 60000;
const QString Helper = QStringLiteral("--helper");

// Keeps every backup: the tests count them.
constexpr RetentionPolicy KeepAll{RetentionPolicy::Maximum, RetentionPolicy::Maximum};

// Generation `n` of a kubeconfig: its one context and the current context are "g<n>", so a read
// tells which write put it there. `padding` bytes make it as large as a test needs.
QByteArray generation(int n, int padding = 0)
{
    const QByteArray name = "g" + QByteArray::number(n);
    QByteArray yaml = "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                      "    server: https://writefaults.invalid:6443\n"
                      "users:\n- name: u\n  user:\n    token: writefaults-token\n"
                      "contexts:\n- name: " +
                      name + "\n  context:\n    cluster: c\n    user: u\ncurrent-context: " + name + "\n";
    if (padding > 0)
        yaml += "preferences:\n  extensions:\n  - name: padding\n    extension:\n      data: " +
                QByteArray(padding, 'x') + "\n";
    return yaml;
}

// The generation a kubeconfig is, or nothing when it is not whole.
std::optional<int> generationOf(const QByteArray &bytes)
{
    const KubeconfigDocument doc = KubeconfigDocument::parse(QStringLiteral("/generation"), bytes);
    if (doc.status() != KubeconfigDocument::Status::Ok || !doc.currentContext().startsWith(QLatin1Char('g')))
        return std::nullopt;
    bool ok = false;
    const int n = doc.currentContext().mid(1).toInt(&ok);
    return ok ? std::optional(n) : std::nullopt;
}

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

QByteArray readAll(const QString &path)
{
    return readFile(path).value_or(QByteArray());
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

ino_t inodeOf(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                                  QDir::Name);
}

// The backup files of a backup folder (not the index or its lock).
QStringList backupFiles(const QString &folder)
{
    QStringList files;
    for (const QString &name : entries(folder)) {
        if (name.endsWith(QLatin1String(".yaml")))
            files << QDir(folder).absoluteFilePath(name);
    }
    return files;
}

// ---- child process modes ----------------------------------------------------------------------

// write-once KUBECONFIG BACKUP_DIR NEW_FILE EXPECTED_FILE|- FSIZE_LIMIT ignore|die
// One write under RLIMIT_FSIZE: a write past the limit fails with EFBIG (the signal SIGXFSZ
// ignored) or kills the process (not ignored), like a full disk or quota part-way through.
int writeOnce(const QStringList &args)
{
    if (args.size() != 6)
        return 2;
    const std::optional<QByteArray> bytes = readFile(args.at(2));
    const std::optional<QByteArray> expected =
        args.at(3) == QLatin1String("-") ? std::nullopt : readFile(args.at(3));
    if (!bytes || (args.at(3) != QLatin1String("-") && !expected))
        return 2;
    BackupStore store(args.at(1));
    KubeconfigWriter writer(store, KeepAll);
    if (args.at(5) == QLatin1String("ignore"))
        std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{rlim_t(args.at(4).toLongLong()), rlim_t(args.at(4).toLongLong())};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
        return 2;
    const WriteResult result = writer.write(args.at(0), *bytes, expected, kubeminder::test::fixedNow());
    if (!result.backupPath.isEmpty())
        std::printf("backup %s\n", qPrintable(result.backupPath));
    if (!result.ok) {
        std::printf("error %s\n", qPrintable(result.error));
        return 1;
    }
    std::printf("ok\n");
    return 0;
}

// generations KUBECONFIG BACKUP_DIR PADDING START_MSECS
// Reads the generation on disk and writes the next one, forever, one dot per finished write.
int generations(const QStringList &args)
{
    if (args.size() != 4)
        return 2;
    BackupStore store(args.at(1));
    KubeconfigWriter writer(store, KeepAll);
    const int padding = args.at(2).toInt();
    QDateTime now = QDateTime::fromMSecsSinceEpoch(args.at(3).toLongLong(), QTimeZone::utc());
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;) {
        const std::optional<QByteArray> current = readFile(args.at(0));
        const std::optional<int> n = current ? generationOf(*current) : std::nullopt;
        if (!n) {
            std::fputs("the kubeconfig is not whole\n", stderr);
            return 3;
        }
        now = now.addMSecs(1);
        const WriteResult result = writer.write(args.at(0), generation(*n + 1, padding), current, now);
        if (!result.ok) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(result.error));
            return 1;
        }
        std::fputc('.', stdout);
        std::fflush(stdout);
    }
}

// add-extensions KUBECONFIG BACKUP_DIR WRITER COUNT
// Adds COUNT top-level extensions "WRITER-<i>", each by read, change, write, as the window does.
// A refused write (locked by kubectl, changed since it was read) is tried again, like a person
// pressing the button again. Prints "ok BACKUP" per write and "retry REASON" per refusal.
int addExtensions(const QStringList &args)
{
    if (args.size() != 4)
        return 2;
    BackupStore store(args.at(1));
    KubeconfigWriter writer(store, KeepAll);
    const QString path = args.at(0);
    const int count = args.at(3).toInt();
    QDateTime now = kubeminder::test::fixedNow();
    for (int i = 0; i < count; ++i) {
        // Spread out, so the writes interleave with kubectl's.
        QThread::msleep(QRandomGenerator::global()->bounded(40));
        bool written = false;
        for (int attempt = 0; attempt < 500 && !written; ++attempt) {
            const std::optional<QByteArray> current = readFile(path);
            const KubeconfigDocument doc = KubeconfigDocument::parse(path, current.value_or(QByteArray()));
            if (!current || doc.status() != KubeconfigDocument::Status::Ok) {
                // kubectl truncates and rewrites in place: a read can catch it half-way.
                std::printf("retry torn\n");
                QThread::msleep(2);
                continue;
            }
            YAML::Node root = YAML::Clone(doc.root());
            YAML::Node extension;
            extension["name"] = QString(args.at(2) + QLatin1Char('-') + QString::number(i)).toStdString();
            extension["extension"]["writer"] = "kubeminder";
            root["extensions"].push_back(extension);
            now = now.addMSecs(1);
            const WriteResult result = writer.write(path, YamlEmitter::toYaml(root), current, now);
            if (result.ok) {
                std::printf("ok %s\n", qPrintable(result.backupPath));
                written = true;
            } else if (result.error.contains(QLatin1String(".lock"))) {
                std::printf("retry locked\n");
                QThread::msleep(2);
            } else if (result.error.contains(QLatin1String("changed"))) {
                std::printf("retry changed\n");
            } else {
                std::printf("error %s\n", qPrintable(result.error));
                return 1;
            }
            std::fflush(stdout);
        }
        if (!written)
            return 1;
    }
    return 0;
}

int runHelper(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(2);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    if (mode == QLatin1String("write-once"))
        return writeOnce(args);
    if (mode == QLatin1String("generations"))
        return generations(args);
    if (mode == QLatin1String("add-extensions"))
        return addExtensions(args);
    std::fputs("unknown helper mode\n", stderr);
    return 2;
}

// Root writes through mode 0555 (CAP_DAC_OVERRIDE), as in most containers. Dropping the
// capabilities that bypass file permissions makes it meet them like any user, so a read-only
// folder is read-only. Done in main(), before any thread exists: capabilities are per thread.
// Children started as root get them back at exec (mount, kubectl, the helper modes).
void dropFilePermissionOverride()
{
#ifdef Q_OS_LINUX
    if (geteuid() != 0)
        return;
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    if (syscall(SYS_capget, &header, data) != 0)
        return;
    for (const int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH}) {
        data[CAP_TO_INDEX(capability)].effective &= ~CAP_TO_MASK(capability);
        data[CAP_TO_INDEX(capability)].permitted &= ~CAP_TO_MASK(capability);
        data[CAP_TO_INDEX(capability)].inheritable &= ~CAP_TO_MASK(capability);
    }
    syscall(SYS_capset, &header, data);
#endif
}

struct ProcessResult
{
    int exitCode = -1; // -1: crashed or did not finish
    QByteArray out;
    QByteArray err;
};

enum class ReadOnly {
    KubeconfigFolder,
    StateFolder,
    KubeconfigFileSystem,
    BackupFileSystem,
};

} // namespace

Q_DECLARE_METATYPE(ReadOnly)

class TestWriteFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shortWrites_data();
    void shortWrites();
    void readOnly_data();
    void readOnly();
    void lockLeftByKubectl();
    void kubectlRespectsOurLock();
    void writingWithKubectlAtOnce();
    void replacedBetweenReadAndWrite_data();
    void replacedBetweenReadAndWrite();
    void backupForEveryOverwrite();
    void killedDuringWrites();

private:
    QString path(const QString &name) const { return QDir(m_dir->path()).absoluteFilePath(name); }
    QString kube(const QString &name = QStringLiteral("config")) const
    {
        return path(QStringLiteral("kube/") + name);
    }
    QString backupDir() const { return BackupStore::defaultDirectory(); }
    bool mountTmpfs(const QString &folder, const QString &size);
    bool remountReadOnly(const QString &folder);
    ProcessResult helper(const QStringList &arguments) const;
    ProcessResult kubectl(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_mounts;
    QStringList m_readOnly;
    QString m_kubectl;
};

void TestWriteFaults::initTestCase()
{
    test::setUpTestEnvironment();
    m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
}

void TestWriteFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(kube(QString())));
    qputenv("XDG_STATE_HOME", QFile::encodeName(path(QStringLiteral("state"))));
}

void TestWriteFaults::cleanup()
{
    for (const QString &mount : std::as_const(m_mounts))
        QProcess::execute(QStringLiteral("umount"), {mount});
    m_mounts.clear();
    for (const QString &folder : std::as_const(m_readOnly))
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7700));
    m_readOnly.clear();
    m_dir.reset();
}

bool TestWriteFaults::mountTmpfs(const QString &folder, const QString &size)
{
    QDir().mkpath(folder);
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=") + size, QStringLiteral("tmpfs"), folder});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        return false;
    m_mounts.prepend(folder);
    return true;
}

bool TestWriteFaults::remountReadOnly(const QString &folder)
{
    return QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}) == 0;
}

ProcessResult TestWriteFaults::helper(const QStringList &arguments) const
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), QStringList{Helper} + arguments);
    ProcessResult result;
    if (!process.waitForFinished(ProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult TestWriteFaults::kubectl(const QStringList &arguments) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.remove(QStringLiteral("KUBECONFIG"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_kubectl, arguments);
    ProcessResult result;
    if (!process.waitForStarted(ProcessTimeoutMs) || !process.waitForFinished(ProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestWriteFaults::shortWrites_data()
{
    // Sizes relative to the old file (OLD) and the new one (NEW); the index stays small unless
    // the row fills it first.
    QTest::addColumn<QString>("limit");    // "OLD-n", "OLD+n", "NEW-n" or "NEW"
    QTest::addColumn<int>("otherBackups"); // backups of another file already in the index
    QTest::addColumn<bool>("ignoreSignal");
    QTest::addColumn<QString>("outcome"); // "ok", "crash" or a part of the error

    QTest::newRow("backup cut short")
        << QStringLiteral("OLD-500") << 0 << true << QStringLiteral("back it up");
    QTest::newRow("backup index cut short")
        << QStringLiteral("OLD+64") << 30 << true << QStringLiteral("back it up");
    QTest::newRow("new file cut short")
        << QStringLiteral("OLD+64") << 0 << true << QStringLiteral("disk space");
    // Smaller than QFile's write buffer: the write "succeeds" and the flush in commit() fails.
    QTest::newRow("small new file cut short")
        << QStringLiteral("OLD+64") << 0 << true << QStringLiteral("disk space");
    QTest::newRow("new file one byte short")
        << QStringLiteral("NEW-1") << 0 << true << QStringLiteral("disk space");
    QTest::newRow("new file exactly at the limit")
        << QStringLiteral("NEW") << 0 << true << QStringLiteral("ok");
    QTest::newRow("killed by SIGXFSZ half-way")
        << QStringLiteral("OLD+64") << 0 << false << QStringLiteral("crash");
}

void TestWriteFaults::shortWrites()
{
    QFETCH(QString, limit);
    QFETCH(int, otherBackups);
    QFETCH(bool, ignoreSignal);
    QFETCH(QString, outcome);

    const QByteArray oldBytes = generation(1, 1500);
    const QByteArray newBytes =
        generation(2, QByteArray(QTest::currentDataTag()).startsWith("small") ? 6000 : 40000);
    const QString config = kube();
    QVERIFY(writeAll(config, oldBytes));
    QVERIFY(QFile::setPermissions(config, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(writeAll(path(QStringLiteral("old.yaml")), oldBytes));
    QVERIFY(writeAll(path(QStringLiteral("new.yaml")), newBytes));
    BackupStore store(backupDir());
    for (int i = 0; i < otherBackups; ++i) {
        QString error;
        QVERIFY2(store.save(kube(QStringLiteral("other-file-with-a-long-name-%1").arg(i)), oldBytes,
                            test::fixedNow().addSecs(-i), &error, KeepAll),
                 qPrintable(error));
    }
    const QByteArray indexBefore = readAll(QDir(backupDir()).absoluteFilePath(QStringLiteral("index.json")));
    if (otherBackups > 0)
        QVERIFY2(indexBefore.size() > oldBytes.size() + 64, "the index must outgrow the limit for this row");
    const QStringList backupsBefore = backupFiles(backupDir());

    const qint64 base = limit.startsWith(QLatin1String("OLD")) ? oldBytes.size() : newBytes.size();
    const qint64 bytesLimit = base + limit.mid(3).toLongLong();
    const ProcessResult result =
        helper({QStringLiteral("write-once"), config, backupDir(), path(QStringLiteral("new.yaml")),
                path(QStringLiteral("old.yaml")), QString::number(bytesLimit),
                ignoreSignal ? QStringLiteral("ignore") : QStringLiteral("die")});
    const QString output = QString::fromLocal8Bit(result.out + result.err);

    QStringList leftovers = entries(kube(QString()));
    leftovers.removeOne(QStringLiteral("config"));
    if (outcome == QLatin1String("ok")) {
        QVERIFY2(result.exitCode == 0, qPrintable(output));
        QCOMPARE(readAll(config), newBytes);
        QCOMPARE(store.list(config).size(), std::size_t(1));
        QCOMPARE(readAll(store.list(config).front().path), oldBytes);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
        return;
    }

    // Whatever failed, the user's file is whole and unchanged.
    QCOMPARE(readAll(config), oldBytes);
    QCOMPARE(modeOf(config), mode_t(0600));
    if (outcome == QLatin1String("crash")) {
        // Killed like by a crash: only what a crash may leave (kubectl's stale lock, and a named
        // temporary file where the file system has no O_TMPFILE).
        QCOMPARE(result.exitCode, -1);
        static const QRegularExpression allowed(QStringLiteral("^config(\\.lock|\\.[A-Za-z0-9]{6})$"));
        for (const QString &name : std::as_const(leftovers))
            QVERIFY2(allowed.match(name).hasMatch(), qPrintable(name));
        // The backup was made before the new file was started, and it is whole.
        QCOMPARE(readAll(store.list(config).front().path), oldBytes);
        return;
    }
    QVERIFY2(result.exitCode == 1, qPrintable(output));
    QVERIFY2(output.contains(outcome), qPrintable(output));
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    if (outcome == QLatin1String("back it up")) {
        // No half backup stays behind, and the index is the one from before.
        QCOMPARE(backupFiles(backupDir()), backupsBefore);
        QCOMPARE(readAll(QDir(backupDir()).absoluteFilePath(QStringLiteral("index.json"))), indexBefore);
        QCOMPARE(store.list().size(), std::size_t(otherBackups));
    } else {
        // The backup came first and is complete.
        QCOMPARE(store.list(config).size(), std::size_t(1));
        QCOMPARE(readAll(store.list(config).front().path), oldBytes);
    }
}

void TestWriteFaults::readOnly_data()
{
    QTest::addColumn<ReadOnly>("where");
    QTest::addColumn<QString>("message");

    QTest::newRow("kubeconfig folder mode 0555") << ReadOnly::KubeconfigFolder << QStringLiteral("lock file");
    QTest::newRow("state folder mode 0555, no backup folder yet")
        << ReadOnly::StateFolder << QStringLiteral("back it up");
    QTest::newRow("kubeconfig on a read-only file system")
        << ReadOnly::KubeconfigFileSystem << QStringLiteral("lock file");
    QTest::newRow("backups on a read-only file system")
        << ReadOnly::BackupFileSystem << QStringLiteral("back it up");
}

void TestWriteFaults::readOnly()
{
    QFETCH(ReadOnly, where);
    QFETCH(QString, message);

    QString folder = kube(QString());
    if (where == ReadOnly::KubeconfigFileSystem) {
        folder = kube(QStringLiteral("ro"));
        if (!mountTmpfs(folder, QStringLiteral("1m")))
            QSKIP("cannot mount a tmpfs here (needs root): the read-only file system row does not run");
    }
    const QString config = QDir(folder).absoluteFilePath(QStringLiteral("config"));
    const QByteArray oldBytes = generation(1);
    QVERIFY(writeAll(config, oldBytes));
    QVERIFY(QFile::setPermissions(config, QFileDevice::Permissions(0x6644)));

    switch (where) {
    case ReadOnly::KubeconfigFolder:
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x5555)));
        m_readOnly << folder;
        break;
    case ReadOnly::StateFolder:
        QVERIFY(QDir().mkpath(path(QStringLiteral("state"))));
        QVERIFY(QFile::setPermissions(path(QStringLiteral("state")), QFileDevice::Permissions(0x5555)));
        m_readOnly << path(QStringLiteral("state"));
        break;
    case ReadOnly::KubeconfigFileSystem:
        QVERIFY(remountReadOnly(folder));
        break;
    case ReadOnly::BackupFileSystem: {
        if (!mountTmpfs(backupDir(), QStringLiteral("1m")))
            QSKIP("cannot mount a tmpfs here (needs root): the read-only file system row does not run");
        QVERIFY(QFile::setPermissions(backupDir(), QFileDevice::Permissions(0x7700)));
        QVERIFY(remountReadOnly(backupDir()));
        break;
    }
    }
    const QString unwritable = where == ReadOnly::StateFolder        ? path(QStringLiteral("state"))
                               : where == ReadOnly::BackupFileSystem ? backupDir()
                                                                     : folder;
    if (::access(QFile::encodeName(unwritable).constData(), W_OK) == 0)
        QSKIP("this process writes through read-only permissions (root with CAP_DAC_OVERRIDE)");

    const QStringList folderBefore = entries(folder);
    BackupStore store;
    KubeconfigWriter writer(store);
    const WriteResult result = writer.write(config, generation(2), oldBytes, test::fixedNow());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QVERIFY2(result.error.contains(where == ReadOnly::StateFolder || where == ReadOnly::BackupFileSystem
                                       ? backupDir()
                                       : config),
             qPrintable(result.error));
    QCOMPARE(readAll(config), oldBytes);
    QCOMPARE(modeOf(config), mode_t(0644));
    QCOMPARE(entries(folder), folderBefore);
    QVERIFY(store.list().empty());
}

void TestWriteFaults::lockLeftByKubectl()
{
    // client-go's lockFile(): os.OpenFile(name+".lock", O_CREATE|O_EXCL, 0), an empty file of mode
    // 0000, removed when kubectl is done; a killed kubectl leaves it.
    const QString config = kube();
    const QByteArray oldBytes = generation(1);
    QVERIFY(writeAll(config, oldBytes));
    const QString lock = config + QStringLiteral(".lock");
    const int fd = ::open(QFile::encodeName(lock).constData(), O_CREAT | O_EXCL | O_WRONLY, 0);
    QVERIFY(fd >= 0);
    ::close(fd);

    BackupStore store;
    KubeconfigWriter writer(store);
    const WriteResult refused = writer.write(config, generation(2), oldBytes, test::fixedNow());
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(lock), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QLatin1String("kubectl")), qPrintable(refused.error));
    // kubectl's lock is not ours to remove: it stays as it was, and nothing was touched.
    QVERIFY(QFileInfo::exists(lock));
    QCOMPARE(modeOf(lock), mode_t(0));
    QCOMPARE(readAll(config), oldBytes);
    QVERIFY(store.list().empty());
    if (!m_kubectl.isEmpty()) {
        // kubectl refuses it the same way.
        const ProcessResult other = kubectl({QStringLiteral("config"), QStringLiteral("use-context"),
                                             QStringLiteral("g1"), QStringLiteral("--kubeconfig"), config});
        QVERIFY(other.exitCode != 0);
        QVERIFY2(other.err.contains(".lock"), other.err.constData());
    }

    // Once kubectl is done, the same write goes through.
    QVERIFY(QFile::remove(lock));
    const WriteResult written = writer.write(config, generation(2), oldBytes, test::fixedNow());
    QVERIFY2(written.ok, qPrintable(written.error));
    QCOMPARE(readAll(config), generation(2));
}

void TestWriteFaults::kubectlRespectsOurLock()
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not on PATH");
    const QString config = kube();
    QVERIFY(writeAll(config, generation(1)));
    BackupStore store;
    KubeconfigWriter writer(store);
    ProcessResult during;
    // While our write holds the lock (the new file is in place, not yet checked), kubectl tries.
    writer.setAfterCommitHookForTesting([&](const QString &) {
        during = kubectl({QStringLiteral("config"), QStringLiteral("set-context"), QStringLiteral("k"),
                          QStringLiteral("--cluster=c"), QStringLiteral("--kubeconfig"), config});
    });
    const WriteResult result = writer.write(config, generation(2), generation(1), test::fixedNow());
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(during.exitCode == 1, during.err.constData());
    QVERIFY2(during.err.contains(QByteArray(QFile::encodeName(config) + ".lock")), during.err.constData());
    QCOMPARE(readAll(config), generation(2));
    QVERIFY(!QFileInfo::exists(config + QStringLiteral(".lock")));

    // Released: kubectl writes, and keeps our change.
    const ProcessResult after =
        kubectl({QStringLiteral("config"), QStringLiteral("set-context"), QStringLiteral("k"),
                 QStringLiteral("--cluster=c"), QStringLiteral("--kubeconfig"), config});
    QVERIFY2(after.exitCode == 0, after.err.constData());
    const KubeconfigDocument doc = KubeconfigDocument::load(config);
    QCOMPARE(doc.status(), KubeconfigDocument::Status::Ok);
    QCOMPARE(doc.currentContext(), QStringLiteral("g2"));
    QCOMPARE(doc.contexts().size(), std::size_t(2));
}

void TestWriteFaults::writingWithKubectlAtOnce()
{
    // Two Kubeminder processes add entries while kubectl adds contexts, all to one file. kubectl
    // runs one at a time: two kubectl at once lose each other's changes by design (client-go reads
    // the config before it takes the lock, and deletes what its stale copy lacks). For the same
    // reason Kubeminder's entries are top-level extensions, which client-go never compares.
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not on PATH");
    constexpr int KubectlWrites = 15;
    constexpr int KubeminderWrites = 15;
    const QString config = kube();
    QVERIFY(writeAll(config, generation(0)));

    QList<std::shared_ptr<QProcess>> writers;
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
        auto process = std::make_shared<QProcess>();
        process->start(QCoreApplication::applicationFilePath(),
                       {Helper, QStringLiteral("add-extensions"), config, backupDir(), name,
                        QString::number(KubeminderWrites)});
        QVERIFY(process->waitForStarted(ProcessTimeoutMs));
        writers << process;
    }
    int kubectlLocked = 0;
    for (int i = 0; i < KubectlWrites; ++i) {
        for (int attempt = 0;; ++attempt) {
            QVERIFY2(attempt < 200, "kubectl never got the lock");
            const ProcessResult run =
                kubectl({QStringLiteral("config"), QStringLiteral("set-context"),
                         QStringLiteral("k-%1").arg(i), QStringLiteral("--cluster=c"),
                         QStringLiteral("--user=u"), QStringLiteral("--kubeconfig"), config});
            if (run.exitCode == 0)
                break;
            // The only acceptable failure is our lock; kubectl never sees a half-written file.
            QVERIFY2(run.err.contains(".lock: file exists"), run.err.constData());
            ++kubectlLocked;
            QThread::msleep(3);
        }
    }
    QByteArray output;
    for (const auto &process : std::as_const(writers)) {
        QVERIFY(process->waitForFinished(ProcessTimeoutMs));
        output += process->readAllStandardOutput();
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 QByteArray(output + process->readAllStandardError()).constData());
    }

    // The file is whole, for Kubeminder and kubectl, and holds every change of both.
    const KubeconfigDocument doc = KubeconfigDocument::load(config);
    QVERIFY2(doc.status() == KubeconfigDocument::Status::Ok, qPrintable(doc.error()));
    QSet<QString> contexts;
    for (const ContextEntry &context : doc.contexts())
        contexts.insert(context.name);
    for (int i = 0; i < KubectlWrites; ++i)
        QVERIFY2(contexts.contains(QStringLiteral("k-%1").arg(i)), qPrintable(QString::number(i)));
    QSet<QString> extensions;
    for (const YAML::Node &extension : doc.root()["extensions"])
        extensions.insert(QString::fromStdString(extension["name"].as<std::string>()));
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
        for (int i = 0; i < KubeminderWrites; ++i)
            QVERIFY2(extensions.contains(name + QLatin1Char('-') + QString::number(i)),
                     qPrintable(name + QString::number(i)));
    }
    const ProcessResult view =
        kubectl({QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("-o"),
                 QStringLiteral("json"), QStringLiteral("--kubeconfig"), config});
    QVERIFY2(view.exitCode == 0, view.err.constData());
    QCOMPARE(QJsonDocument::fromJson(view.out).object().value(QStringLiteral("contexts")).toArray().size(),
             KubectlWrites + 1);

    // Every write of ours left a backup of what it replaced.
    int written = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.startsWith("ok "))
            continue;
        ++written;
        const QString backup = QString::fromLocal8Bit(line.mid(3));
        QVERIFY2(KubeconfigDocument::load(backup).status() == KubeconfigDocument::Status::Ok,
                 qPrintable(backup));
    }
    QCOMPARE(written, 2 * KubeminderWrites);
    QVERIFY(!QFileInfo::exists(config + QStringLiteral(".lock")));
    qInfo("kubectl found the file locked %d times; Kubeminder: %lld locked, %lld changed under it, %lld torn "
          "reads",
          kubectlLocked, qlonglong(output.count("retry locked")), qlonglong(output.count("retry changed")),
          qlonglong(output.count("retry torn")));
}

void TestWriteFaults::replacedBetweenReadAndWrite_data()
{
    QTest::addColumn<QString>("replacement"); // "other", "same", "symlink" or "folder"
    QTest::addColumn<bool>("written");

    QTest::newRow("renamed over with other content") << QStringLiteral("other") << false;
    QTest::newRow("renamed over with the same content (nothing is lost)") << QStringLiteral("same") << true;
    QTest::newRow("replaced by a symlink to another file") << QStringLiteral("symlink") << false;
    QTest::newRow("replaced by a folder") << QStringLiteral("folder") << false;
}

void TestWriteFaults::replacedBetweenReadAndWrite()
{
    QFETCH(QString, replacement);
    QFETCH(bool, written);

    // Kubeminder reads the file, and before it writes, another program (an editor, a script
    // ignoring kubectl's lock) saves the file by renaming a new one over it.
    const QString config = kube();
    const QByteArray oldBytes = generation(1);
    QVERIFY(writeAll(config, oldBytes));
    const std::optional<QByteArray> read = readFile(config);
    QVERIFY(read);

    const QByteArray theirs = replacement == QLatin1String("same") ? oldBytes : generation(7);
    const QString elsewhere = path(QStringLiteral("elsewhere/config"));
    if (replacement == QLatin1String("symlink")) {
        QVERIFY(writeAll(elsewhere, theirs));
        QVERIFY(QFile::remove(config));
        QVERIFY(QFile::link(elsewhere, config));
    } else if (replacement == QLatin1String("folder")) {
        QVERIFY(QFile::remove(config));
        QVERIFY(QDir().mkpath(config));
    } else {
        const QString saved = kube(QStringLiteral(".config.editor-save"));
        QVERIFY(writeAll(saved, theirs));
        QVERIFY(::rename(QFile::encodeName(saved).constData(), QFile::encodeName(config).constData()) == 0);
    }
    const ino_t inode = inodeOf(config);

    BackupStore store;
    KubeconfigWriter writer(store, KeepAll);
    const WriteResult result = writer.write(config, generation(2), read, test::fixedNow());
    QVERIFY(!QFileInfo::exists(config + QStringLiteral(".lock")));
    if (written) {
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readAll(config), generation(2));
        QCOMPARE(readAll(result.backupPath), oldBytes);
        return;
    }
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(config), qPrintable(result.error));
    // The other program's file is kept exactly: same inode, same bytes, same kind of entry.
    QCOMPARE(inodeOf(config), inode);
    if (replacement == QLatin1String("folder")) {
        QVERIFY(QFileInfo(config).isDir());
        QVERIFY(entries(config).isEmpty());
        return;
    }
    QCOMPARE(QFileInfo(config).isSymLink(), replacement == QLatin1String("symlink"));
    QCOMPARE(readAll(config), theirs);
    if (replacement == QLatin1String("symlink"))
        QCOMPARE(readAll(elsewhere), theirs);
    QVERIFY2(result.error.contains(QLatin1String("reload")), qPrintable(result.error));
    // Nothing was overwritten, so nothing was backed up (the check comes before the backup).
    QVERIFY(store.list(config).empty());
    QCOMPARE(entries(kube(QString())), QStringList({QStringLiteral("config")}));
}

void TestWriteFaults::backupForEveryOverwrite()
{
    // Every way Kubeminder overwrites a file (a write, "use", a restore) backs up the bytes it
    // replaces: the backups of the file are exactly its earlier versions, one per overwrite.
    const QString config = kube();
    QVERIFY(writeAll(config, generation(0)));
    BackupStore store;
    KubeconfigWriter writer(store, KeepAll);
    QList<QByteArray> replaced;
    QDateTime now = test::fixedNow();
    for (int step = 1; step <= 30; ++step) {
        now = now.addSecs(1);
        const QByteArray before = readAll(config);
        WriteResult result;
        switch (step % 3) {
        case 0: {
            // A restore of the oldest version.
            const std::vector<BackupEntry> backups = store.list(config);
            result = writer.restore(backups.back().path, config, now); // the oldest version
            break;
        }
        case 1:
            result = writer.write(config, generation(step), before, now);
            break;
        case 2: {
            // A second context, then "use" of it: two overwrites.
            YAML::Node root = YamlLoader::load(before);
            YAML::Node context;
            context["name"] = "other";
            context["context"]["cluster"] = "c";
            context["context"]["user"] = "u";
            root["contexts"].push_back(context);
            result = writer.write(config, YamlEmitter::toYaml(root), before, now);
            QVERIFY2(result.ok, qPrintable(result.error));
            replaced << before;
            now = now.addSecs(1);
            const QByteArray withOther = readAll(config);
            result = CurrentContextWriter::use(KubeconfigPaths::resolve({config}, QString(), QString()),
                                               QStringLiteral("other"), writer, now);
            QVERIFY2(result.ok, qPrintable(result.error));
            replaced << withOther;
            continue;
        }
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readAll(result.backupPath), before);
        replaced << before;
    }
    // A refused write takes no backup when it cannot even lock.
    QString error;
    std::optional<KubeconfigLock> held = KubeconfigLock::acquire(config, &error);
    QVERIFY2(held, qPrintable(error));
    QVERIFY(!writer.write(config, generation(99), readAll(config), now.addSecs(1)).ok);
    held.reset();

    const std::vector<BackupEntry> backups = store.list(config);
    QCOMPARE(backups.size(), std::size_t(replaced.size()));
    // Newest first in the list; oldest first in `replaced`.
    for (std::size_t i = 0; i < backups.size(); ++i)
        QCOMPARE(readAll(backups[i].path), replaced.at(qsizetype(backups.size() - 1 - i)));
}

void TestWriteFaults::killedDuringWrites()
{
    // A child writes generation after generation and is killed with SIGKILL at random moments,
    // again and again. After every kill: the file is one whole generation, never an older one than
    // before, every generation it replaced is in a complete backup (taken before the rename), and
    // the backup index is valid JSON that lists every backup.
    constexpr int Runs = 200;
    constexpr int Padding = 16 * 1024;
    const QString config = kube();
    QVERIFY(writeAll(config, generation(0, Padding)));
    const QString backups = path(QStringLiteral("killed-backups"));
    const QString index = QDir(backups).absoluteFilePath(QStringLiteral("index.json"));

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed: %u", seed);
    QRandomGenerator random(seed);
    static const QRegularExpression temporary(QStringLiteral("^config\\.[A-Za-z0-9]{6}$"));
    QSet<QString> seenBackups;
    QSet<int> backedUp; // generations found whole in a backup
    int last = 0;
    int staleLocks = 0;
    for (int run = 0; run < Runs; ++run) {
        QProcess child;
        const qint64 start = test::fixedNow().toMSecsSinceEpoch() + qint64(run) * 1'000'000;
        child.start(QCoreApplication::applicationFilePath(),
                    {Helper, QStringLiteral("generations"), config, backups, QString::number(Padding),
                     QString::number(start)});
        QVERIFY2(child.waitForReadyRead(ProcessTimeoutMs), "the writer did not start");
        const int wanted = int(random.bounded(0, 3));
        QByteArray output = child.readAllStandardOutput();
        while (output.count('.') < wanted && child.waitForReadyRead(ProcessTimeoutMs))
            output += child.readAllStandardOutput();
        QThread::usleep(random.bounded(0, 8000));
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("run %1: %2")
                                .arg(run)
                                .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        child.kill();
        QVERIFY(child.waitForFinished(ProcessTimeoutMs));

        const QByteArray now = readAll(config);
        const std::optional<int> n = generationOf(now);
        QVERIFY2(
            n && now == generation(*n, Padding),
            qPrintable(
                QStringLiteral("run %1: the kubeconfig is not whole (%2 bytes)").arg(run).arg(now.size())));
        QVERIFY2(*n >= last,
                 qPrintable(QStringLiteral("run %1: generation %2 after %3").arg(run).arg(*n).arg(last)));
        last = *n;

        const QStringList files = backupFiles(backups);
        for (const QString &file : files) {
            if (seenBackups.contains(file))
                continue;
            seenBackups.insert(file);
            // A backup cut short by the kill is not whole; the write it belongs to never happened.
            const QByteArray bytes = readAll(file);
            const std::optional<int> g = generationOf(bytes);
            if (g && bytes == generation(*g, Padding))
                backedUp.insert(*g);
        }
        for (int g = 0; g < last; ++g)
            QVERIFY2(backedUp.contains(g),
                     qPrintable(QStringLiteral("run %1: generation %2 was overwritten without a backup")
                                    .arg(run)
                                    .arg(g)));

        // Killed before the first index was written, there is none yet; never a broken one.
        if (QFileInfo::exists(index)) {
            QJsonParseError error;
            const QJsonDocument parsed = QJsonDocument::fromJson(readAll(index), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && parsed.isObject(),
                     qPrintable(QStringLiteral("run %1: index.json: %2").arg(run).arg(error.errorString())));
        }
        QCOMPARE(BackupStore(backups).list().size(), std::size_t(files.size()));

        // As after a crashed kubectl: the user (here the test) deletes a stale lock.
        for (const QString &name : entries(kube(QString()))) {
            if (name == QLatin1String("config"))
                continue;
            if (name == QLatin1String("config.lock"))
                ++staleLocks;
            else
                QVERIFY2(temporary.match(name).hasMatch(), qPrintable(name));
            QVERIFY(QFile::remove(kube(name)));
        }
    }
    qInfo("%d kills, %d generations written, %d backups, %d kills left a stale lock", Runs, last,
          int(seenBackups.size()), staleLocks);
    QVERIFY(last >= Runs / 2);
}

int main(int argc, char *argv[])
{
    if (argc >= 2 && QByteArray(argv[1]) == Helper.toLatin1())
        return runHelper(argc, argv);
    dropFilePermissionOverride();
    QCoreApplication app(argc, argv);
    TestWriteFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_writefaults.moc"
