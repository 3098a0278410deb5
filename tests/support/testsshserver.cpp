#include "testsshserver.h"

#include "kubeconfigbuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

namespace kubeminder::test {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void makeExecutable(const QString &path)
{
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                    QFile::ExeOther);
}

} // namespace

TestSshServer::TestSshServer(const QString &directory)
    : m_directory(directory)
    , m_user(currentUser())
{}

TestSshServer::~TestSshServer()
{
    stop();
}

QString TestSshServer::path(const QString &name) const
{
    return QDir(m_directory).filePath(name);
}

bool TestSshServer::fail(const QString &reason)
{
    m_skipReason = reason;
    return false;
}

bool TestSshServer::start()
{
    if (!QFileInfo(QStringLiteral("/usr/sbin/sshd")).isExecutable())
        return fail(QStringLiteral("/usr/sbin/sshd is not installed (package openssh-server)"));
    if (getuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
    if (!writeStandIns() || !generateKeys() || !writeConfig())
        return false;

    m_sshd.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                          path(QStringLiteral("sshd_config"))};
    if (m_logLevel != "ERROR")
        arguments << QStringLiteral("-E") << logFile();
    m_sshd.start(QStringLiteral("/usr/sbin/sshd"), arguments);
    if (!m_sshd.waitForStarted(10000))
        return fail(QStringLiteral("sshd did not start: ") + m_sshd.errorString());
    return waitUntilListening();
}

void TestSshServer::stop()
{
    if (m_sshd.state() == QProcess::NotRunning)
        return;
    m_sshd.terminate();
    if (!m_sshd.waitForFinished(5000)) {
        m_sshd.kill();
        m_sshd.waitForFinished(5000);
    }
}

bool TestSshServer::isRunning() const
{
    return m_sshd.state() == QProcess::Running;
}

// Stand-ins first on the session's PATH: a "cat" for which paths containing "root-only" are
// unreadable unless run through sudo, a "sudo" that behaves as sudo-mode says, and a "microk8s".
bool TestSshServer::writeStandIns()
{
    const QString bin = remoteBinDirectory();
    if (!QDir().mkpath(bin))
        return fail(QStringLiteral("cannot create ") + bin);
    writeFile(bin + QLatin1String("/cat"), QByteArrayLiteral("#!/bin/sh\n"
                                                             "for a in \"$@\"; do\n"
                                                             "  case \"$a\" in *root-only*)\n"
                                                             "    if [ -z \"$KM_SUDO\" ]; then\n"
                                                             "      echo \"cat: $a: Permission denied\" >&2\n"
                                                             "      exit 1\n"
                                                             "    fi;;\n"
                                                             "  esac\n"
                                                             "done\n"
                                                             "exec /bin/cat \"$@\"\n"));
    const QByteArray dir = QFile::encodeName(m_directory);
    writeFile(bin + QLatin1String("/sudo"),
              "#!/bin/sh\n"
              "D='" +
                  dir +
                  "'\n"
                  "mode=$(/bin/cat \"$D/sudo-mode\")\n"
                  "echo \"$*\" >> \"$D/sudo-log\"\n"
                  "export KM_SUDO=1\n"
                  "if [ \"$1\" = -n ]; then\n"
                  "  shift\n"
                  "  if [ \"$mode\" = nopasswd ]; then exec \"$@\"; fi\n"
                  "  echo 'sudo: a password is required' >&2; exit 1\n"
                  "fi\n"
                  "if [ \"$1\" = -S ]; then\n"
                  "  shift\n"
                  "  if [ \"$1\" = -p ]; then shift 2; fi\n"
                  "  IFS= read -r pw\n"
                  "  case \"$mode\" in\n"
                  "  nopasswd) exec \"$@\";;\n"
                  "  refused) echo \"$(id -un) is not in the sudoers file.\" >&2; exit 1;;\n"
                  "  esac\n"
                  "  if [ \"$pw\" = \"$(/bin/cat \"$D/sudo-password\")\" ]; then exec \"$@\"; fi\n"
                  "  echo 'Sorry, try again.' >&2\n"
                  "  echo 'sudo: 1 incorrect password attempt' >&2; exit 1\n"
                  "fi\n"
                  "echo 'usage: sudo' >&2; exit 1\n");
    writeFile(bin + QLatin1String("/microk8s"),
              "#!/bin/sh\n[ \"$1\" = config ] && exec /bin/cat '" + dir + "/microk8s.yaml'\nexit 2\n");
    writeFile(
        bin + QLatin1String("/systemctl"),
        "#!/bin/sh\n"
        "D='" +
            dir +
            "'\n"
            "echo \"TZ=$TZ $*\" >> \"$D/systemctl-log\"\n"
            "if [ -f \"$D/systemctl-delay\" ]; then sleep \"$(/bin/cat \"$D/systemctl-delay\")\"; fi\n"
            "if [ -f \"$D/systemctl-show\" ]; then exec /bin/cat \"$D/systemctl-show\"; fi\n"
            "echo 'System has not been booted with systemd as init system (PID 1). Can'\\''t operate.' >&2\n"
            "exit 1\n");
    for (const char *name : {"cat", "sudo", "microk8s", "systemctl"})
        makeExecutable(bin + QLatin1Char('/') + QLatin1String(name));
    writeFile(path(QStringLiteral("sudo-password")), QByteArray(SudoPassword) + '\n');
    setSudoMode("nopasswd");
    return true;
}

bool TestSshServer::generateKeys()
{
    const bool ok =
        generateKey(path(QStringLiteral("hostkey"))) && generateKey(path(QStringLiteral("otherhostkey"))) &&
        generateKey(clientKey()) && generateKey(agentKey()) &&
        generateKey(lockedKey(), QString::fromUtf8(LockedKeyPassphrase)) && generateKey(strangerKey());
    if (!ok)
        return fail(QStringLiteral("ssh-keygen could not create keys"));
    writeFile(path(QStringLiteral("authorized_keys")), readAll(clientKey() + QLatin1String(".pub")) +
                                                           readAll(agentKey() + QLatin1String(".pub")) +
                                                           readAll(lockedKey() + QLatin1String(".pub")));
    return true;
}

bool TestSshServer::writeConfig()
{
    m_port = freePort();
    if (m_port == 0)
        return fail(QStringLiteral("no free loopback port"));
    const QByteArray config = "ListenAddress 127.0.0.1\n"
                              "Port " +
                              QByteArray::number(m_port) +
                              "\n"
                              "HostKey " +
                              QFile::encodeName(path(QStringLiteral("hostkey"))) +
                              "\n"
                              "AuthorizedKeysFile " +
                              QFile::encodeName(path(QStringLiteral("authorized_keys"))) +
                              "\n"
                              "PidFile none\n"
                              "UsePAM no\n"
                              "StrictModes no\n"
                              "PermitRootLogin prohibit-password\n"
                              "PubkeyAuthentication yes\n"
                              "PasswordAuthentication no\n"
                              "KbdInteractiveAuthentication no\n"
                              "MaxAuthTries 20\n"
                              "UseDNS no\n"
                              "PrintMotd no\n"
                              "LogLevel " +
                              m_logLevel +
                              "\n"
                              "SetEnv PATH=" +
                              QFile::encodeName(remoteBinDirectory()) +
                              ":/usr/local/bin:/usr/bin:/bin MARKER=" + QFile::encodeName(markerFile()) +
                              "\n";
    writeFile(path(QStringLiteral("sshd_config")), config);
    return true;
}

bool TestSshServer::authorizeKey(const QString &publicKeyFile) const
{
    const QByteArray key = readAll(publicKeyFile);
    QFile file(path(QStringLiteral("authorized_keys")));
    return !key.isEmpty() && file.open(QIODevice::Append) && file.write(key) == key.size();
}

bool TestSshServer::waitUntilListening()
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {
        if (m_sshd.state() != QProcess::Running)
            return fail(QStringLiteral("sshd exited: ") + QString::fromLocal8Bit(m_sshd.readAll()));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return fail(QStringLiteral("sshd did not listen on port %1").arg(m_port));
}

QString TestSshServer::hostKeyFingerprint() const
{
    return fingerprintOf(hostKeyPublicFile());
}

QString TestSshServer::otherHostKeyFingerprint() const
{
    return fingerprintOf(otherHostKeyPublicFile());
}

QString TestSshServer::writeRemoteFile(const QString &name, const QByteArray &bytes) const
{
    return writeFile(path(QStringLiteral("remote/") + name), bytes);
}

void TestSshServer::setSudoMode(const QByteArray &mode) const
{
    writeFile(path(QStringLiteral("sudo-mode")), mode + '\n');
}

void TestSshServer::setSystemctlAnswer(const QByteArray &output, int delaySeconds) const
{
    writeFile(path(QStringLiteral("systemctl-show")), output);
    if (delaySeconds > 0)
        writeFile(path(QStringLiteral("systemctl-delay")), QByteArray::number(delaySeconds) + '\n');
    else
        QFile::remove(path(QStringLiteral("systemctl-delay")));
}

void TestSshServer::reset() const
{
    QFile::remove(markerFile());
    QFile::remove(sudoLogFile());
    QFile::remove(systemctlLogFile());
    QFile::remove(path(QStringLiteral("systemctl-show")));
    QFile::remove(path(QStringLiteral("systemctl-delay")));
    setSudoMode("nopasswd");
}

bool TestSshServer::writeKnownHosts(const QString &file, const QString &hostKeyPub, bool hashed,
                                    const QString &host, QString *error) const
{
    const QList<QByteArray> parts = readAll(hostKeyPub).trimmed().split(' ');
    if (parts.size() < 2) {
        if (error)
            *error = hostKeyPub + QLatin1String(" holds no public key");
        return false;
    }
    writeFile(file, "# known hosts of the test\n[" + host.toUtf8() + "]:" + QByteArray::number(m_port) + ' ' +
                        parts[0] + ' ' + parts[1] + '\n');
    if (!hashed)
        return true;
    if (!runProgram(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), file}, error))
        return false;
    QFile::remove(file + QLatin1String(".old"));
    return readAll(file).contains("|1|");
}

QString TestSshServer::currentUser()
{
    const passwd *entry = getpwuid(getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER");
}

quint16 TestSshServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString TestSshServer::fingerprintOf(const QString &publicKeyFile)
{
    QProcess process;
    process.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), publicKeyFile});
    process.waitForFinished(10000);
    const QString line = QString::fromLatin1(process.readAllStandardOutput());
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("SHA256:\\S+")).match(line);
    return match.captured(0);
}

bool TestSshServer::runProgram(const QString &program, const QStringList &arguments, QString *error,
                               const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        if (error)
            *error = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QLatin1String(": ") +
                     QString::fromLocal8Bit(process.readAll()) + process.errorString();
        return false;
    }
    return true;
}

bool TestSshServer::generateKey(const QString &path, const QString &passphrase)
{
    // ssh-keygen asks before overwriting, and there is no one to answer.
    QFile::remove(path);
    QFile::remove(path + QLatin1String(".pub"));
    QString error;
    const bool ok = runProgram(QStringLiteral("ssh-keygen"),
                               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                QStringLiteral("-N"), passphrase, QStringLiteral("-C"),
                                QStringLiteral("test"), QStringLiteral("-f"), path},
                               &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

} // namespace kubeminder::test
