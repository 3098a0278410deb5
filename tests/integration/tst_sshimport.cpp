#include "clirunner.h"
#include "kubeconfigbuilder.h"
#include "testenvironment.h"
#include "testpki.h"
#include "testsshserver.h"
#include "transfer/importsourceregistry.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

using namespace kubeminder;
using namespace kubeminder::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// True when this process can open its controlling terminal, where TerminalInteraction would ask.
bool hasControllingTerminal()
{
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return false;
    ::close(tty);
    return true;
}

/// Pieces of a PEM that must never be printed: a body line, and a stretch of its base64 (as it
/// sits in a kubeconfig's *-data fields).
QStringList secretPieces(const QByteArray &pem)
{
    return {QString::fromLatin1(pem.split('\n').value(1).left(32)),
            QString::fromLatin1(pem.toBase64().mid(40, 32))};
}

/// A pseudo-terminal that the real binary runs in, as if started from an interactive shell: the
/// terminal is its controlling terminal and its standard input, output and error. The test keeps
/// both ends open, so it can look at the terminal's modes after the binary is gone.
class PseudoTerminal
{
public:
    PseudoTerminal()
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
            return;
        char name[128] = {};
        if (::ptsname_r(m_master, name, sizeof name) != 0)
            return;
        m_slaveName = name;
        m_slave = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    }
    PseudoTerminal(const PseudoTerminal &) = delete;
    PseudoTerminal &operator=(const PseudoTerminal &) = delete;
    ~PseudoTerminal()
    {
        if (m_child > 0) {
            ::kill(m_child, SIGKILL);
            ::waitpid(m_child, nullptr, 0);
        }
        for (const int fd : {m_slave, m_master}) {
            if (fd >= 0)
                ::close(fd);
        }
    }

    bool isValid() const { return m_master >= 0 && m_slave >= 0; }

    /// Starts `program` with the terminal as its controlling terminal and standard streams.
    bool start(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
    {
        // Everything the child needs is built before fork(): after it, only async-signal-safe calls.
        std::vector<QByteArray> storage;
        storage.push_back(QFile::encodeName(program));
        for (const QString &argument : arguments)
            storage.push_back(argument.toLocal8Bit());
        const qsizetype argumentCount = qsizetype(storage.size());
        for (const QString &variable : environment.toStringList())
            storage.push_back(variable.toLocal8Bit());
        std::vector<char *> argv;
        std::vector<char *> envp;
        for (qsizetype i = 0; i < qsizetype(storage.size()); ++i)
            (i < argumentCount ? argv : envp).push_back(storage[std::size_t(i)].data());
        argv.push_back(nullptr);
        envp.push_back(nullptr);
        const QByteArray slaveName = m_slaveName;

        m_child = ::fork();
        if (m_child < 0)
            return false;
        if (m_child == 0) {
            // A session of its own, with this terminal as its controlling terminal (as login_tty does),
            // and the signals the test runner handles back at their defaults.
            ::setsid();
            const int tty = ::open(slaveName.constData(), O_RDWR);
            if (tty < 0)
                ::_exit(126);
            ::ioctl(tty, TIOCSCTTY, 0);
            for (int fd = 0; fd < 3; ++fd)
                ::dup2(tty, fd);
            if (tty > 2)
                ::close(tty);
            sigset_t none;
            sigemptyset(&none);
            ::sigprocmask(SIG_SETMASK, &none, nullptr);
            for (const int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE})
                ::signal(signal, SIG_DFL);
            ::execve(argv[0], argv.data(), envp.data());
            ::_exit(127);
        }
        return true;
    }

    /// Reads what the program wrote until `text` shows up; false after `timeoutMs`.
    bool waitFor(const QString &text, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!output().contains(text)) {
            if (timer.elapsed() > timeoutMs)
                return false;
            readAvailable(50);
        }
        return true;
    }

    /// Waits until the terminal's echo is `on` (a prompt for a secret turns it off).
    bool waitForEcho(bool on, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (echo() != on) {
            if (timer.elapsed() > timeoutMs)
                return false;
            readAvailable(20);
        }
        return true;
    }

    bool echo() const
    {
        termios modes{};
        return ::tcgetattr(m_slave, &modes) == 0 && (modes.c_lflag & ECHO) != 0;
    }
    tcflag_t localModes() const
    {
        termios modes{};
        return ::tcgetattr(m_slave, &modes) == 0 ? modes.c_lflag : 0;
    }

    /// Types `bytes` at the keyboard (a 0x03 is Ctrl-C: the terminal sends SIGINT).
    bool type(const QByteArray &bytes)
    {
        return ::write(m_master, bytes.constData(), std::size_t(bytes.size())) == bytes.size();
    }
    bool signal(int signal) const { return m_child > 0 && ::kill(m_child, signal) == 0; }

    /// The program's wait status once it has ended; nothing after `timeoutMs`.
    std::optional<int> waitForExit(int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            int status = 0;
            const pid_t done = ::waitpid(m_child, &status, WNOHANG);
            if (done == m_child) {
                m_child = -1;
                readAvailable(0);
                return status;
            }
            readAvailable(20);
        }
        return std::nullopt;
    }

    QString output() const { return QString::fromUtf8(m_output); }

private:
    void readAvailable(int waitMs)
    {
        pollfd pfd{m_master, POLLIN, 0};
        if (::poll(&pfd, 1, waitMs) <= 0 || !(pfd.revents & POLLIN))
            return;
        char buffer[4096];
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0)
            m_output.append(buffer, n);
    }

    int m_master = -1;
    int m_slave = -1;
    QByteArray m_slaveName;
    pid_t m_child = -1;
    QByteArray m_output;
};

} // namespace

/// `kubeminder import ssh://...` and `kubeminder refresh` end to end, in-process through
/// CommandLine::run (and once as the real binary), against a real sshd on loopback.
class TestSshImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void importNewContext_data();
    void importNewContext();
    void kubectlReadsTheImport();
    void refreshReusesTheRememberedOptions();
    void importRefreshesInPlaceKeepingTheServer();
    void refreshDue_data();
    void refreshDue();
    void unknownHostWithoutTerminal_data();
    void unknownHostWithoutTerminal();
    void changedHostKeyRefused();
    void fetchedExtrasRefused_data();
    void fetchedExtrasRefused();
    void sudoPasswordFromStandardInput();
    void promptAtTerminal_data();
    void promptAtTerminal();

private:
    QProcessEnvironment binaryEnvironment() const;
    RunResult run(const QStringList &arguments, const QByteArray &standardInput = {});
    RunResult runBinaryWithoutTerminal(const QStringList &arguments);
    QStringList importArguments(const QString &host, const QString &remotePath) const;
    /// Writes the server's k3s.yaml (server https://127.0.0.1:6443) with a certificate that has
    /// `daysLeft` at fixedNow(); returns its remote path.
    QString writeRemoteK3s(const QString &name, double daysLeft);
    /// ~/.kube/config with context, cluster and user "pi" at https://pi.example:6443.
    QString writeUserConfigWithPi(double daysLeft);
    QString home() const { return m_dir.filePath(QStringLiteral("home")); }
    QString kubeconfig() const { return home() + QStringLiteral("/.kube/config"); }
    QString backups() const { return m_dir.filePath(QStringLiteral("backups")); }
    QString knownHosts() const { return m_dir.filePath(QStringLiteral("known_hosts")); }
    QString sshPath(const QString &name) const { return m_sshDir.filePath(name); }
    bool knownHostsHas(const QString &host) const;
    int backupCount() const;

    QTemporaryDir m_dir;
    QTemporaryDir m_sshDir;
    TestSshServer m_server{m_sshDir.path()};
    QDateTime m_now;
    QByteArray m_savedHome;
    bool m_terminal = false;
    IssuedCertificate m_fresh;
    QList<IssuedCertificate> m_issued; ///< every certificate a test served: none may be printed
    QString m_transcript;              ///< everything the test's commands printed
};

void TestSshImport::initTestCase()
{
    setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sshDir.isValid());
    // libssh and QDir::homePath() look in $HOME (~/.ssh/config, identities, known_hosts): a home of
    // our own keeps the user's keys, agent and hosts out of the test.
    m_savedHome = qgetenv("HOME");
    QDir().mkpath(home());
    qputenv("HOME", QFile::encodeName(home()));
    qunsetenv("SSH_AUTH_SOCK");
    qunsetenv("KUBECONFIG");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    // TerminalInteraction asks on /dev/tty: a run started from a terminal would wait there for an
    // answer. A new session has no controlling terminal (fails harmlessly for a process-group leader).
    ::setsid();
    m_terminal = hasControllingTerminal();
    if (!m_server.start())
        QSKIP(qPrintable(m_server.skipReason()));
}

void TestSshImport::cleanupTestCase()
{
    m_server.stop();
    qputenv("HOME", m_savedHome);
}

void TestSshImport::init()
{
    m_now = fixedNow();
    m_transcript.clear();
    m_issued.clear();
    m_server.reset();
    QDir(home()).removeRecursively();
    QDir().mkpath(home());
    QDir(backups()).removeRecursively();
    QFile::remove(knownHosts());
    QSettings().clear();
}

void TestSshImport::cleanup()
{
    if (m_transcript.isEmpty())
        return;
    QStringList secrets = {QString::fromUtf8(TestSshServer::SudoPassword), QStringLiteral("PRIVATE KEY")};
    for (const IssuedCertificate &certificate : std::as_const(m_issued))
        secrets << secretPieces(certificate.certificatePem) << secretPieces(certificate.privateKeyPem);
    // The client's SSH private key: a line of its body.
    secrets << QString::fromLatin1(readAll(m_server.clientKey()).split('\n').value(2).left(32));
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!m_transcript.contains(secret), qPrintable(QStringLiteral("printed a secret: ") + secret));
    }
}

RunResult TestSshImport::run(const QStringList &arguments, const QByteArray &standardInput)
{
    const RunResult result =
        runCli(arguments,
               {.home = home(), .backupDirectory = backups(), .now = m_now, .standardInput = standardInput});
    m_transcript += result.out + result.err;
    return result;
}

// What the real binary sees: this test's home and XDG folders, no kubeconfig variable, no agent.
QProcessEnvironment TestSshImport::binaryEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home());
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QLatin1String(variable),
                           m_dir.filePath(QStringLiteral("xdg/") + QLatin1String(variable)));
    environment.remove(QStringLiteral("KUBECONFIG"));
    environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    return environment;
}

// The real binary in a session of its own: no controlling terminal, as under cron or CI.
RunResult TestSshImport::runBinaryWithoutTerminal(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(binaryEnvironment());
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(QStringLiteral(KUBEMINDER_BINARY), arguments);
    process.closeWriteChannel();
    RunResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("kubeminder did not finish: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    m_transcript += result.out + result.err;
    return result;
}

QStringList TestSshImport::importArguments(const QString &host, const QString &remotePath) const
{
    return {
        QStringLiteral("import"),
        QStringLiteral("ssh://%1@%2:%3%4").arg(m_server.user(), host).arg(m_server.port()).arg(remotePath),
        QStringLiteral("--name"),
        QStringLiteral("pi"),
        QStringLiteral("--identity"),
        m_server.clientKey(),
        QStringLiteral("--known-hosts"),
        knownHosts(),
        QStringLiteral("--timeout"),
        QStringLiteral("30")};
}

QString TestSshImport::writeRemoteK3s(const QString &name, double daysLeft)
{
    m_fresh = TestPki::leafExpiringIn(m_now, daysLeft);
    m_issued << m_fresh;
    return m_server.writeRemoteFile(
        name, KubeconfigBuilder()
                  .cluster(QStringLiteral("default"), QStringLiteral("https://127.0.0.1:6443"),
                           TestPki::sharedCa().certificatePem)
                  .certificateUser(QStringLiteral("default"), m_fresh)
                  .context(QStringLiteral("default"), QStringLiteral("default"), QStringLiteral("default"))
                  .currentContext(QStringLiteral("default"))
                  .toYaml());
}

QString TestSshImport::writeUserConfigWithPi(double daysLeft)
{
    const IssuedCertificate old = TestPki::leafExpiringIn(m_now, daysLeft);
    m_issued << old;
    return KubeconfigBuilder()
        .cluster(QStringLiteral("pi"), QStringLiteral("https://pi.example:6443"),
                 TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("pi"), old)
        .context(QStringLiteral("pi"), QStringLiteral("pi"), QStringLiteral("pi"))
        .currentContext(QStringLiteral("pi"))
        .writeTo(kubeconfig());
}

// ssh-keygen -F finds plain and hashed entries alike (the system ssh_config may say HashKnownHosts).
bool TestSshImport::knownHostsHas(const QString &host) const
{
    return TestSshServer::runProgram(QStringLiteral("ssh-keygen"),
                                     {QStringLiteral("-F"),
                                      QStringLiteral("[%1]:%2").arg(host).arg(m_server.port()),
                                      QStringLiteral("-f"), knownHosts()});
}

int TestSshImport::backupCount() const
{
    int count = 0;
    // One .yaml per backup, next to the store's index.json and its lock.
    QDirIterator it(backups(), {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

void TestSshImport::importNewContext_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("server");
    QTest::newRow("address") << "127.0.0.1"
                             << "https://127.0.0.1:6443";
    // The server's loopback address becomes the host actually connected, not the file's 127.0.0.1.
    QTest::newRow("host name") << "localhost"
                               << "https://localhost:6443";
}

void TestSshImport::importNewContext()
{
    QFETCH(QString, host);
    QFETCH(QString, server);
    const QString remote = writeRemoteK3s(QStringLiteral("k3s.yaml"), 100);
    QVERIFY(!QFile::exists(kubeconfig()));
    const RunResult result = run(importArguments(host, remote) << QStringLiteral("--accept-new-host-key"));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY2(result.out.contains(QStringLiteral("pi: OK, expires 2026-09-23 12:00 UTC")),
             qPrintable(result.out));
    QVERIFY2(knownHostsHas(host), readAll(knownHosts()).constData());

    const QByteArray written = readAll(kubeconfig());
    QVERIFY2(written.contains(QByteArray("server: " + server.toUtf8())), written.constData());
    QVERIFY(written.contains(m_fresh.certificatePem.toBase64()));

    // Remembered for refresh, with the options needed to connect again (and no secret).
    QSettings settings;
    const auto source = ImportSourceRegistry(settings).find(QStringLiteral("pi"));
    QVERIFY(source);
    QCOMPARE(source->kind, QStringLiteral("ssh"));
    QCOMPARE(source->location, importArguments(host, remote).at(1));
    QCOMPARE(source->identityFile, m_server.clientKey());
    QCOMPARE(source->knownHostsFile, knownHosts());

    // Known now: the same import without the flag asks nothing and succeeds.
    const RunResult again = run(importArguments(host, remote));
    QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
}

void TestSshImport::kubectlReadsTheImport()
{
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    const QString remote = writeRemoteK3s(QStringLiteral("k3s.yaml"), 100);
    const RunResult result =
        run(importArguments(QStringLiteral("127.0.0.1"), remote) << QStringLiteral("--accept-new-host-key"));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home());
    environment.insert(QStringLiteral("KUBECONFIG"), kubeconfig());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(kubectl,
                  {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
                   QStringLiteral("-o"),
                   QStringLiteral("jsonpath={.users[?(@.name==\"pi\")].user.client-certificate-data}")});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(process.readAllStandardOutput().trimmed(), m_fresh.certificatePem.toBase64());

    process.start(kubectl, {QStringLiteral("config"), QStringLiteral("get-contexts"), QStringLiteral("-o"),
                            QStringLiteral("name")});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(process.readAllStandardOutput().split('\n').contains("pi"));
}

void TestSshImport::refreshReusesTheRememberedOptions()
{
    const QString remote = writeRemoteK3s(QStringLiteral("k3s.yaml"), 100);
    const RunResult imported =
        run(importArguments(QStringLiteral("127.0.0.1"), remote) << QStringLiteral("--accept-new-host-key"));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
    const int backupsBefore = backupCount();
    const QByteArray knownBefore = readAll(knownHosts());

    // K3s renewed its certificate; refresh fetches it the same way, with the remembered identity
    // and known_hosts (neither is in this empty home, so only those options can connect).
    if (m_terminal)
        QSKIP("a controlling terminal is present: a refresh that forgot its options would wait there");
    writeRemoteK3s(QStringLiteral("k3s.yaml"), 365);
    m_now = m_now.addSecs(3600);
    const RunResult refreshed = run({QStringLiteral("refresh"), QStringLiteral("pi")});
    QVERIFY2(refreshed.out.contains(QStringLiteral("Refreshing “pi” from ssh://")),
             qPrintable(refreshed.out));
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err + refreshed.out));
    QVERIFY2(refreshed.out.contains(QStringLiteral("pi: OK, expires 2027-06-15 12:00 UTC")),
             qPrintable(refreshed.out));
    QVERIFY(readAll(kubeconfig()).contains(m_fresh.certificatePem.toBase64()));
    QVERIFY(backupCount() > backupsBefore);
    QCOMPARE(readAll(knownHosts()), knownBefore);

    // The record still holds the options, for the next refresh.
    QSettings settings;
    const auto source = ImportSourceRegistry(settings).find(QStringLiteral("pi"));
    QVERIFY(source);
    QCOMPARE(source->identityFile, m_server.clientKey());
    QCOMPARE(source->knownHostsFile, knownHosts());
}

void TestSshImport::importRefreshesInPlaceKeepingTheServer()
{
    writeUserConfigWithPi(10);
    const QString remote = writeRemoteK3s(QStringLiteral("k3s.yaml"), 365);
    const RunResult result =
        run(importArguments(QStringLiteral("127.0.0.1"), remote) << QStringLiteral("--accept-new-host-key"));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY2(result.out.contains(QStringLiteral("pi: OK, expires 2027-06-15 12:00 UTC")),
             qPrintable(result.out));
    const QByteArray written = readAll(kubeconfig());
    QVERIFY2(written.contains("server: https://pi.example:6443"), written.constData());
    QVERIFY(!written.contains("127.0.0.1"));
    QVERIFY(written.contains(m_fresh.certificatePem.toBase64()));
    QCOMPARE(backupCount(), 1);
}

// `refresh --due` on a real sshd: what can be done without a question is done, what needs one is
// named, and the source having nothing newer is explained. Exit status as monitoring reads it.
void TestSshImport::refreshDue_data()
{
    QTest::addColumn<QString>("remoteName");
    QTest::addColumn<double>("importedDays"); ///< the certificate imported first
    QTest::addColumn<double>("serverDays");   ///< then on the server: a new one; -1 the same; 0 gone
    QTest::addColumn<QString>("change");      ///< "locked-key", "sudo-password", "k3s-running" or nothing
    QTest::addColumn<int>("laterDays");       ///< how much later --due runs
    QTest::addColumn<QString>("outcome");     ///< empty: not due
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    QTest::newRow("due, newer on the server")
        << "k3s.yaml" << 20.0 << 365.0 << "" << 0 << "refreshed" << 0 << "";
    QTest::newRow("not due") << "k3s.yaml" << 100.0 << 365.0 << "" << 0 << "" << 0 << "";
    QTest::newRow("due, the same certificate on the server")
        << "k3s.yaml" << 20.0 << -1.0 << "" << 0 << "unchanged" << 1 << "sudo systemctl restart k3s";
    // systemd on the server says K3s has run for 200 days: the advice says so, and that a restart
    // renews the certificate now.
    QTest::newRow("the same certificate, K3s running for long")
        << "k3s.yaml" << 20.0 << -1.0 << "k3s-running" << 0 << "unchanged" << 1
        << "A restart renews it now. Run on 127.0.0.1: sudo systemctl restart k3s.";
    QTest::newRow("expired, the same certificate on the server")
        << "k3s.yaml" << 20.0 << -1.0 << "" << 25 << "unchanged" << 2 << "when it starts within 120 days";
    QTest::newRow("the key needs a passphrase")
        << "k3s.yaml" << 20.0 << 365.0 << "locked-key" << 0 << "needs-you" << 1 << "the passphrase of ";
    QTest::newRow("root's file, sudo -n allowed")
        << "root-only-k3s.yaml" << 20.0 << 365.0 << "" << 0 << "refreshed" << 0 << "";
    QTest::newRow("root's file, sudo wants a password")
        << "root-only-k3s.yaml" << 20.0 << 365.0 << "sudo-password" << 0 << "needs-you" << 1
        << "the sudo password on 127.0.0.1";
    QTest::newRow("the source file vanished") << "k3s.yaml" << 20.0 << 0.0 << "" << 0 << "failed" << 2 << "";
}

void TestSshImport::refreshDue()
{
    QFETCH(QString, remoteName);
    QFETCH(double, importedDays);
    QFETCH(double, serverDays);
    QFETCH(QString, change);
    QFETCH(int, laterDays);
    QFETCH(QString, outcome);
    QFETCH(int, exitCode);
    QFETCH(QString, says);

    const QString remote = writeRemoteK3s(remoteName, importedDays);
    const QByteArray imported = m_fresh.certificatePem.toBase64();
    const RunResult first =
        run(importArguments(QStringLiteral("127.0.0.1"), remote) << QStringLiteral("--accept-new-host-key"));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
    if (serverDays > 0)
        writeRemoteK3s(remoteName, serverDays);
    else if (serverDays == 0)
        QVERIFY(QFile::remove(remote));
    if (change == QLatin1String("locked-key")) {
        QSettings settings;
        ImportSourceRegistry registry(settings);
        ImportSource source = *registry.find(QStringLiteral("pi"));
        source.identityFile = m_server.lockedKey();
        registry.remember(QStringLiteral("pi"), source);
    } else if (change == QLatin1String("sudo-password")) {
        m_server.setSudoMode("password");
    } else if (change == QLatin1String("k3s-running")) {
        const QDateTime started = m_now.toUTC().addDays(-200);
        m_server.setSystemctlAnswer(
            "LoadState=loaded\nActiveState=active\nActiveEnterTimestamp=" +
            QLocale::c().toString(started, QStringLiteral("ddd yyyy-MM-dd HH:mm:ss")).toLatin1() + " UTC\n");
    }
    m_now = m_now.addDays(laterDays).addSecs(3600);

    const RunResult due = run(
        {QStringLiteral("refresh"), QStringLiteral("--due"), QStringLiteral("-o"), QStringLiteral("json")});
    QVERIFY2(due.exitCode == exitCode, qPrintable(due.err + due.out));
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(due.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(due.out));
    const QJsonArray contexts = report.value(QStringLiteral("contexts")).toArray();
    if (outcome.isEmpty()) {
        QVERIFY(contexts.isEmpty());
        QCOMPARE(report.value(QStringLiteral("notDue")).toInt(), 1);
        QVERIFY(readAll(kubeconfig()).contains(imported));
        return;
    }
    QCOMPARE(contexts.size(), 1);
    const QJsonObject pi = contexts.at(0).toObject();
    QCOMPARE(pi.value(QStringLiteral("name")).toString(), QStringLiteral("pi"));
    QCOMPARE(pi.value(QStringLiteral("outcome")).toString(), outcome);
    const QString text = QString::fromUtf8(QJsonDocument(pi).toJson());
    QVERIFY2(text.contains(says), qPrintable(text));
    const bool refreshed = outcome == QLatin1String("refreshed");
    QCOMPARE(readAll(kubeconfig()).contains(imported), !refreshed);
    if (refreshed) {
        QVERIFY(readAll(kubeconfig()).contains(m_fresh.certificatePem.toBase64()));
        const QDateTime before =
            QDateTime::fromString(pi.value(QStringLiteral("expiresBefore")).toString(), Qt::ISODate);
        const QDateTime after =
            QDateTime::fromString(pi.value(QStringLiteral("expiresAfter")).toString(), Qt::ISODate);
        QVERIFY2(before.isValid() && after > before, qPrintable(text));
    }
    if (change == QLatin1String("locked-key"))
        QVERIFY2(text.contains(m_server.lockedKey()), qPrintable(text));
    if (change == QLatin1String("k3s-running")) {
        QVERIFY2(text.contains(QLatin1String("k3s on 127.0.0.1 has been running since ")), qPrintable(text));
        const QJsonObject service = pi.value(QStringLiteral("serverService")).toObject();
        QCOMPARE(service.value(QStringLiteral("unit")).toString(), QStringLiteral("k3s"));
        QCOMPARE(service.value(QStringLiteral("active")).toBool(), true);
        QVERIFY2(service.value(QStringLiteral("since")).toString().endsWith(QLatin1Char('Z')),
                 qPrintable(text));
    } else if (outcome == QLatin1String("unchanged")) {
        QVERIFY2(pi.value(QStringLiteral("serverService")).isNull(), qPrintable(text));
    }

    // The same run as text: one line for the context (nothing is due once it was refreshed).
    const RunResult plain =
        run({QStringLiteral("refresh"), QStringLiteral("--due"), QStringLiteral("--dry-run")});
    QVERIFY2(plain.out.startsWith(refreshed ? QStringLiteral("Nothing is due") : QStringLiteral("pi: ")),
             qPrintable(plain.out));
}

void TestSshImport::unknownHostWithoutTerminal_data()
{
    QTest::addColumn<bool>("binary");
    QTest::newRow("in-process") << false;
    QTest::newRow("binary in a session without terminal") << true;
}

void TestSshImport::unknownHostWithoutTerminal()
{
    QFETCH(bool, binary);
    if (!binary && m_terminal)
        QSKIP("a controlling terminal is present: the in-process import would ask there");
    if (binary)
        m_now = realNow(); // the real binary reads the real clock
    const QString file = writeUserConfigWithPi(10);
    const QByteArray before = readAll(file);
    const QString remote = writeRemoteK3s(QStringLiteral("k3s.yaml"), 365);
    const QStringList arguments = importArguments(QStringLiteral("127.0.0.1"), remote);
    const RunResult result = binary ? runBinaryWithoutTerminal(arguments) : run(arguments);
    QVERIFY2(result.exitCode != 0 && result.exitCode != -1, qPrintable(result.err + result.out));
    QVERIFY2(result.err.contains(m_server.hostKeyFingerprint()), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("--accept-new-host-key")), qPrintable(result.err));
    QCOMPARE(readAll(file), before);
    QVERIFY(!QFile::exists(knownHosts()));
    QCOMPARE(backupCount(), 0);
}

void TestSshImport::changedHostKeyRefused()
{
    QString error;
    QVERIFY2(m_server.writeKnownHosts(knownHosts(), m_server.otherHostKeyPublicFile(), false,
                                      QStringLiteral("127.0.0.1"), &error),
             qPrintable(error));
    const QByteArray knownBefore = readAll(knownHosts());
    const QString file = writeUserConfigWithPi(10);
    const QByteArray before = readAll(file);
    const QString remote = writeRemoteK3s(QStringLiteral("k3s.yaml"), 365);
    // Even --accept-new-host-key does not accept a changed key.
    const RunResult result =
        run(importArguments(QStringLiteral("127.0.0.1"), remote) << QStringLiteral("--accept-new-host-key"));
    QVERIFY(result.exitCode != 0);
    const QString oldFingerprint = m_server.otherHostKeyFingerprint();
    const QString newFingerprint = m_server.hostKeyFingerprint();
    QVERIFY(oldFingerprint.startsWith(QLatin1String("SHA256:")));
    QVERIFY(newFingerprint.startsWith(QLatin1String("SHA256:")));
    QVERIFY2(result.err.contains(oldFingerprint), qPrintable(result.err));
    QVERIFY2(result.err.contains(newFingerprint), qPrintable(result.err));
    QCOMPARE(readAll(file), before);
    QCOMPARE(readAll(knownHosts()), knownBefore);
    QCOMPARE(backupCount(), 0);
}

void TestSshImport::sudoPasswordFromStandardInput()
{
    m_server.setSudoMode("password");
    const QString remote = writeRemoteK3s(QStringLiteral("root-only-k3s.yaml"), 100);
    const QByteArray password = QByteArray(TestSshServer::SudoPassword) + '\n';

    // Control: without sudo the stand-in cat refuses the file.
    const RunResult refused = run(importArguments(QStringLiteral("127.0.0.1"), remote)
                                  << QStringLiteral("--accept-new-host-key") << QStringLiteral("--sudo")
                                  << QStringLiteral("never"));
    QVERIFY(refused.exitCode != 0);
    QVERIFY(!QFile::exists(kubeconfig()));

    const RunResult result =
        run(importArguments(QStringLiteral("127.0.0.1"), remote) << QStringLiteral("--sudo-password-stdin"),
            password);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY(readAll(kubeconfig()).contains(m_fresh.certificatePem.toBase64()));
    const QString log = QString::fromUtf8(readAll(m_server.sudoLogFile()));
    QVERIFY2(log.contains(QLatin1String("-S -p  cat -- ") + remote), qPrintable(log));
    QVERIFY(!log.contains(QString::fromUtf8(TestSshServer::SudoPassword)));
    // cleanup() checks that the password appears nowhere in the output; the settings hold none.
    QDirIterator settings(m_dir.filePath(QStringLiteral("settings")), QDir::Files,
                          QDirIterator::Subdirectories);
    int settingsFiles = 0;
    while (settings.hasNext()) {
        const QString settingsFile = settings.next();
        ++settingsFiles;
        QVERIFY2(!readAll(settingsFile).contains(TestSshServer::SudoPassword), qPrintable(settingsFile));
    }
    QVERIFY(settingsFiles > 0);
}

void TestSshImport::fetchedExtrasRefused_data()
{
    QTest::addColumn<QString>("userExtra");
    QTest::addColumn<QString>("named");
    QTest::newRow("exec plugin") << QStringLiteral(
                                        "exec: {apiVersion: client.authentication.k8s.io/v1, "
                                        "command: /bin/sh, args: [-c, id], interactiveMode: Never}")
                                 << QStringLiteral("exec /bin/sh -c id");
    QTest::newRow("tokenFile in the user's home")
        << QStringLiteral("tokenFile: ~/.git-credentials") << QStringLiteral("tokenFile ~/.git-credentials");
    QTest::newRow("impersonation") << QStringLiteral("as-groups: [system:masters]")
                                   << QStringLiteral("as-groups [system:masters]");
}

void TestSshImport::fetchedExtrasRefused()
{
    // Over SSH only credentials cross: a server that adds a plugin, a local file for kubectl to
    // send, or impersonation is refused, whatever the options say, and nothing changes here.
    QFETCH(QString, userExtra);
    QFETCH(QString, named);
    const QString file = writeUserConfigWithPi(10);
    const QByteArray before = readAll(file);
    QList<QByteArray> lines = readAll(writeRemoteK3s(QStringLiteral("plain.yaml"), 365)).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype at = lines[i].indexOf("client-certificate-data:");
        if (at >= 0) {
            lines.insert(i, lines[i].left(at) + userExtra.toUtf8());
            break;
        }
    }
    const QString remote = m_server.writeRemoteFile(QStringLiteral("extras.yaml"), lines.join('\n'));
    const RunResult result =
        run(importArguments(QStringLiteral("127.0.0.1"), remote)
            << QStringLiteral("--accept-new-host-key") << QStringLiteral("--allow-exec"));
    QVERIFY2(result.exitCode == 1, qPrintable(result.err + result.out));
    QVERIFY2(result.err.contains(QStringLiteral("only credentials may cross")) && result.err.contains(named),
             qPrintable(result.err));
    QCOMPARE(readAll(file), before);
    QCOMPARE(backupCount(), 0);
}

void TestSshImport::promptAtTerminal_data()
{
    QTest::addColumn<int>("interruption"); ///< 0: the passphrase is typed
    QTest::addColumn<QByteArray>("typed");
    QTest::newRow("passphrase typed") << 0 << QByteArray(TestSshServer::LockedKeyPassphrase) + '\n';
    QTest::newRow("Ctrl-C") << SIGINT << QByteArray("\x03");
    QTest::newRow("SIGINT") << SIGINT << QByteArray();
    QTest::newRow("SIGTERM") << SIGTERM << QByteArray();
}

void TestSshImport::promptAtTerminal()
{
    // The real binary at a real terminal: the host key question (echo on) names the server's key
    // file, the passphrase prompt turns echo off, and the terminal gets its echo back however the
    // prompt ends, including Ctrl-C or a signal while it waits.
    QFETCH(int, interruption);
    QFETCH(QByteArray, typed);
    m_now = realNow(); // the real binary reads the real clock
    const QString remote = writeRemoteK3s(QStringLiteral("k3s.yaml"), 100);
    PseudoTerminal terminal;
    QVERIFY(terminal.isValid());
    QVERIFY(terminal.echo());
    const tcflag_t modesBefore = terminal.localModes();
    QStringList arguments = importArguments(QStringLiteral("127.0.0.1"), remote);
    arguments[arguments.indexOf(m_server.clientKey())] = m_server.lockedKey();
    QVERIFY(terminal.start(QStringLiteral(KUBEMINDER_BINARY), arguments, binaryEnvironment()));

    const auto transcript = qScopeGuard([&] { m_transcript += terminal.output(); });
    QVERIFY2(terminal.waitFor(QStringLiteral("[yes/no/once] ")), qPrintable(terminal.output()));
    QVERIFY2(terminal.output().contains(QStringLiteral("(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub)")),
             qPrintable(terminal.output()));
    QVERIFY(terminal.echo());
    QVERIFY(terminal.type("yes\n"));
    QVERIFY2(terminal.waitFor(QStringLiteral("Passphrase for ") + m_server.lockedKey()),
             qPrintable(terminal.output()));
    QVERIFY2(terminal.waitForEcho(false), qPrintable(terminal.output()));

    if (!typed.isEmpty())
        QVERIFY(terminal.type(typed));
    if (typed.isEmpty())
        QVERIFY(terminal.signal(interruption));
    const std::optional<int> status = terminal.waitForExit();
    QVERIFY2(status, qPrintable(terminal.output()));
    if (interruption == 0) {
        if (!WIFEXITED(*status) || WEXITSTATUS(*status) != 0) {
            // Qt Test cuts long messages: the whole transcript (a sanitizer report with its stacks
            // included) goes to standard error first.
            std::fprintf(stderr, "--- the binary's whole output ---\n%s\n---\n",
                         qPrintable(terminal.output()));
        }
        QVERIFY2(WIFEXITED(*status) && WEXITSTATUS(*status) == 0, qPrintable(terminal.output()));
        QVERIFY2(terminal.output().contains(QStringLiteral("pi: OK")), qPrintable(terminal.output()));
        // Typed with echo off: the passphrase never showed.
        QVERIFY(!terminal.output().contains(QLatin1String(TestSshServer::LockedKeyPassphrase)));
    } else {
        // Ended by the signal itself (so a shell sees 130 or 143), not by an exit code.
        QVERIFY2(WIFSIGNALED(*status), qPrintable(terminal.output()));
        QCOMPARE(WTERMSIG(*status), interruption);
        QVERIFY(!QFile::exists(kubeconfig()));
    }
    QVERIFY2(terminal.echo(), "the terminal was left without echo");
    QCOMPARE(terminal.localModes(), modesBefore);
}

QTEST_GUILESS_MAIN(TestSshImport)
#include "tst_sshimport.moc"
