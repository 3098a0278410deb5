#include "clirunner.h"
#include "kubeconfig/kubeconfigset.h"
#include "kubeconfigbuilder.h"
#include "storage/backupstore.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;
using namespace kubeminder::test;

/// `kubeminder files` and `kubeminder use`, in-process against real files; kubectl checks the
/// result of `use` when it is installed.
class TestContextCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void filesListsKubectlsAndAdded();
    void filesAddRemove_data();
    void filesAddRemove();
    void checkReadsAddedFiles();
    void backupIncludesAddedFiles();
    void useWritesTheDestination_data();
    void useWritesTheDestination();
    void useRefuses_data();
    void useRefuses();
    void useAlreadyCurrentWritesNothing();

private:
    QString home() const { return m_dir.filePath(QStringLiteral("home")); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    RunResult run(const QStringList &arguments, const QString &kubeconfigVariable = {})
    {
        return runCli(arguments, {.home = home(),
                                  .kubeconfigVariable = kubeconfigVariable,
                                  .backupDirectory = path(QStringLiteral("backups"))});
    }
    /// A file with one context per name (certificate users), current-context `current`.
    QString writeConfig(const QString &relative, const QStringList &contexts, const QString &current = {});
    QString kubectlCurrentContext(const QString &kubeconfigVariable);

    QTemporaryDir m_dir;
};

void TestContextCommands::initTestCase()
{
    setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path(QStringLiteral("settings")));
}

void TestContextCommands::init()
{
    QSettings().clear();
    QDir(home()).removeRecursively();
    QDir(path(QStringLiteral("k"))).removeRecursively();
    QDir(path(QStringLiteral("backups"))).removeRecursively();
}

QString TestContextCommands::writeConfig(const QString &relative, const QStringList &contexts,
                                         const QString &current)
{
    KubeconfigBuilder builder;
    const IssuedCertificate cert = TestPki::leafExpiringIn(fixedNow(), 100);
    for (const QString &name : contexts) {
        builder
            .cluster(name, QStringLiteral("https://%1.lan:6443").arg(name),
                     TestPki::sharedCa().certificatePem)
            .certificateUser(name, cert)
            .context(name, name, name);
    }
    if (!current.isEmpty())
        builder.currentContext(current);
    return builder.writeTo(path(relative));
}

QString TestContextCommands::kubectlCurrentContext(const QString &kubeconfigVariable)
{
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        return QStringLiteral("(kubectl not installed)");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KUBECONFIG"), kubeconfigVariable);
    environment.insert(QStringLiteral("HOME"), home());
    process.setProcessEnvironment(environment);
    process.start(kubectl, {QStringLiteral("config"), QStringLiteral("current-context")});
    if (!process.waitForFinished(30000))
        return QStringLiteral("(kubectl timed out)");
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
}

void TestContextCommands::filesListsKubectlsAndAdded()
{
    const QString a = writeConfig(QStringLiteral("k/a.yaml"), {QStringLiteral("alpha")});
    writeConfig(QStringLiteral("k/folder/one"), {QStringLiteral("one"), QStringLiteral("two")});
    writeFile(path(QStringLiteral("k/folder/broken")), "clusters: [\n");
    writeFile(path(QStringLiteral("k/folder/one.lock")), "");
    const RunResult add =
        run({QStringLiteral("files"), QStringLiteral("add"), path(QStringLiteral("k/folder"))});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));

    const RunResult result = run({QStringLiteral("files")}, a);
    QCOMPARE(result.exitCode, 1); // a broken file
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    QVERIFY2(lines.value(0).startsWith(QStringLiteral("ORIGIN")), qPrintable(result.out));
    QVERIFY2(lines.value(1).contains(QStringLiteral("KUBECONFIG")) &&
                 lines.value(1).contains(QStringLiteral("ok")) && lines.value(1).endsWith(a),
             qPrintable(result.out));
    QVERIFY2(lines.value(2).contains(QStringLiteral("error")) &&
                 lines.value(2).endsWith(QStringLiteral("broken")),
             qPrintable(result.out));
    QVERIFY2(lines.value(3).contains(QStringLiteral("in folder")) &&
                 lines.value(3).contains(QStringLiteral(" 2 ")),
             qPrintable(result.out));
    QVERIFY2(!result.out.contains(QStringLiteral(".lock")), qPrintable(result.out));
    QVERIFY2(result.out.contains(path(QStringLiteral("k/folder")) + QStringLiteral(" (folder)")),
             qPrintable(result.out));
    QVERIFY2(result.err.contains(QStringLiteral("broken")), qPrintable(result.err));
}

void TestContextCommands::filesAddRemove_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("addedAfter"); ///< relative to the test folder

    const auto l = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *item : items)
            list << QString::fromUtf8(item);
        return list;
    };
    QTest::newRow("add a file") << l({"add", "k/a.yaml"}) << 0 << l({"k/a.yaml"});
    QTest::newRow("add a folder and a file") << l({"add", "k", "k/a.yaml"}) << 0 << l({"k", "k/a.yaml"});
    QTest::newRow("add twice keeps one") << l({"add", "k/a.yaml", "k/a.yaml"}) << 0 << l({"k/a.yaml"});
    QTest::newRow("add a missing path refused") << l({"add", "k/nothing"}) << 3 << l({});
    QTest::newRow("remove what is not added refused") << l({"remove", "k/a.yaml"}) << 3 << l({});
    QTest::newRow("add then nothing to do") << l({"add"}) << 3 << l({});
    QTest::newRow("unknown action") << l({"frobnicate", "k"}) << 3 << l({});
}

void TestContextCommands::filesAddRemove()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, addedAfter);
    writeConfig(QStringLiteral("k/a.yaml"), {QStringLiteral("alpha")});
    QStringList absolute{QStringLiteral("files"), arguments.constFirst()};
    for (const QString &argument : arguments.mid(1))
        absolute << path(argument);
    const RunResult result = run(absolute);
    QCOMPARE(result.exitCode, exitCode);
    QStringList expected;
    for (const QString &relative : addedAfter)
        expected << path(relative);
    QCOMPARE(QSettings().value(QStringLiteral("kubeconfigs/added")).toStringList(), expected);

    if (exitCode == 0) {
        QStringList remove{QStringLiteral("files"), QStringLiteral("remove")};
        for (const QString &relative : addedAfter)
            remove << path(relative);
        QCOMPARE(run(remove).exitCode, 0);
        QVERIFY(!QSettings().contains(QStringLiteral("kubeconfigs/added")));
        QVERIFY(QFile::exists(path(QStringLiteral("k/a.yaml")))); // forgotten, not deleted
    }
}

void TestContextCommands::checkReadsAddedFiles()
{
    writeConfig(QStringLiteral("home/.kube/config"), {QStringLiteral("home")}, QStringLiteral("home"));
    writeConfig(QStringLiteral("k/extra.yaml"), {QStringLiteral("extra")});
    QCOMPARE(
        run({QStringLiteral("files"), QStringLiteral("add"), path(QStringLiteral("k/extra.yaml"))}).exitCode,
        0);
    const RunResult result = run({QStringLiteral("check"), QStringLiteral("-o"), QStringLiteral("json")});
    QVERIFY2(result.out.contains(QStringLiteral("\"extra\"")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("\"home\"")), qPrintable(result.out));
    // --kubeconfig means exactly that file.
    const RunResult only = run({QStringLiteral("check"), QStringLiteral("-o"), QStringLiteral("json"),
                                QStringLiteral("--kubeconfig"), path(QStringLiteral("home/.kube/config"))});
    QVERIFY2(!only.out.contains(QStringLiteral("\"extra\"")), qPrintable(only.out));
}

void TestContextCommands::backupIncludesAddedFiles()
{
    const QString home = writeConfig(QStringLiteral("home/.kube/config"), {QStringLiteral("home")});
    const QString extra = writeConfig(QStringLiteral("k/extra.yaml"), {QStringLiteral("extra")});
    QCOMPARE(run({QStringLiteral("files"), QStringLiteral("add"), extra}).exitCode, 0);
    const RunResult result = run({QStringLiteral("backup")});
    QCOMPARE(result.exitCode, 0);
    const BackupStore store(path(QStringLiteral("backups")));
    QCOMPARE(store.list(home).size(), std::size_t(1));
    QCOMPARE(store.list(extra).size(), std::size_t(1));
}

void TestContextCommands::useWritesTheDestination_data()
{
    QTest::addColumn<QStringList>("files"); ///< "name:ctx1,ctx2:current"; "name" alone: missing
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("writtenFile");

    QTest::newRow("one file") << QStringList{QStringLiteral("a:dev,prod:dev")} << QStringLiteral("prod")
                              << QStringLiteral("a");
    QTest::newRow("first existing file wins over a later current-context")
        << QStringList{QStringLiteral("a:dev:"), QStringLiteral("b:prod:prod")} << QStringLiteral("dev")
        << QStringLiteral("a");
    QTest::newRow("missing first entry skipped")
        << QStringList{QStringLiteral("gone"), QStringLiteral("a:dev:"), QStringLiteral("b:prod:prod")}
        << QStringLiteral("dev") << QStringLiteral("a");
    QTest::newRow("context from the second file")
        << QStringList{QStringLiteral("a:dev:dev"), QStringLiteral("b:prod:")} << QStringLiteral("prod")
        << QStringLiteral("a");
}

void TestContextCommands::useWritesTheDestination()
{
    QFETCH(QStringList, files);
    QFETCH(QString, context);
    QFETCH(QString, writtenFile);
    QStringList variable;
    for (const QString &spec : files) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        const QString file = path(QStringLiteral("k/") + parts.at(0));
        variable << file;
        if (parts.size() == 3)
            writeConfig(QStringLiteral("k/") + parts.at(0), parts.at(1).split(QLatin1Char(',')), parts.at(2));
    }
    const QString kubeconfig = variable.join(QDir::listSeparator());
    const RunResult result = run({QStringLiteral("use"), context}, kubeconfig);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(path(QStringLiteral("k/") + writtenFile)), qPrintable(result.out));
    QCOMPARE(KubeconfigSet::load(variable).currentContext(), context);
    QCOMPARE(
        BackupStore(path(QStringLiteral("backups"))).list(path(QStringLiteral("k/") + writtenFile)).size(),
        std::size_t(1));
    const QString kubectl = kubectlCurrentContext(kubeconfig);
    if (!kubectl.startsWith(QLatin1Char('(')))
        QCOMPARE(kubectl, context);
}

void TestContextCommands::useRefuses_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<bool>("brokenSecondFile");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown context") << QStringLiteral("nope") << false
                                     << QStringLiteral("define no context “nope”");
    QTest::newRow("context only in an added file")
        << QStringLiteral("extra") << false << QStringLiteral("KUBECONFIG");
    QTest::newRow("a broken file in the list")
        << QStringLiteral("prod") << true << QStringLiteral("Fix it first");
}

void TestContextCommands::useRefuses()
{
    QFETCH(QString, context);
    QFETCH(bool, brokenSecondFile);
    QFETCH(QString, message);
    const QString a = writeConfig(QStringLiteral("k/a"), {QStringLiteral("dev"), QStringLiteral("prod")},
                                  QStringLiteral("dev"));
    QString variable = a;
    if (brokenSecondFile)
        variable += QDir::listSeparator() + writeFile(path(QStringLiteral("k/b")), "users: [\n");
    writeConfig(QStringLiteral("k/extra"), {QStringLiteral("extra")});
    QCOMPARE(run({QStringLiteral("files"), QStringLiteral("add"), path(QStringLiteral("k/extra"))}).exitCode,
             0);
    QFile file(a);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const RunResult result = run({QStringLiteral("use"), context}, variable);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestContextCommands::useAlreadyCurrentWritesNothing()
{
    const QString a = writeConfig(QStringLiteral("k/a"), {QStringLiteral("dev")}, QStringLiteral("dev"));
    const RunResult result = run({QStringLiteral("use"), QStringLiteral("dev")}, a);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(BackupStore(path(QStringLiteral("backups"))).list().empty());
}

QTEST_GUILESS_MAIN(TestContextCommands)
#include "tst_contextcommands.moc"
