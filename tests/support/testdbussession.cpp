#include "testdbussession.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

#include <csignal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace kubeminder::test {

namespace {

QString daemonProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() &&
           file.flush();
}

// sockaddr_un.sun_path is 108 bytes on Linux, with the terminating NUL.
constexpr qsizetype MaxSocketPath = 107;

} // namespace

TestDbusSession::TestDbusSession() = default;

TestDbusSession::~TestDbusSession()
{
    stop();
}

bool TestDbusSession::available()
{
    return !daemonProgram().isEmpty();
}

bool TestDbusSession::fail(const QString &reason)
{
    m_skipReason = reason;
    stop();
    return false;
}

bool TestDbusSession::start()
{
    const QString program = daemonProgram();
    if (program.isEmpty())
        return fail(QStringLiteral("dbus-daemon is not installed (package dbus)"));
    if (!m_directory.isValid())
        return fail(QStringLiteral("no temporary folder: ") + m_directory.errorString());
    if (!writeConfig())
        return false;

    m_daemon.setProgram(program);
    m_daemon.setArguments(
        {QStringLiteral("--nofork"), QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1"),
         QStringLiteral("--config-file=") + m_directory.filePath(QStringLiteral("bus.conf"))});
#ifdef Q_OS_LINUX
    // A test that crashes or times out must not leave a daemon behind.
    m_daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_daemon.start();
    if (!m_daemon.waitForStarted(10000))
        return fail(QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString());

    // The daemon prints its address once it listens.
    QElapsedTimer waited;
    waited.start();
    while (!m_daemon.canReadLine()) {
        if (m_daemon.state() != QProcess::Running || waited.elapsed() > 10000)
            return fail(QStringLiteral("dbus-daemon did not print its address: ") +
                        QString::fromLocal8Bit(m_daemon.readAllStandardError()));
        m_daemon.waitForReadyRead(100);
    }
    m_address = QString::fromLocal8Bit(m_daemon.readLine()).trimmed();
    if (m_address.isEmpty())
        return fail(QStringLiteral("dbus-daemon printed an empty address"));
    return true;
}

void TestDbusSession::stop()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }
    m_address.clear();
}

bool TestDbusSession::isRunning() const
{
    return m_daemon.state() == QProcess::Running;
}

bool TestDbusSession::writeConfig()
{
    const QString socket = m_directory.filePath(QStringLiteral("bus"));
    if (QFile::encodeName(socket).size() > MaxSocketPath)
        return fail(QStringLiteral("the temporary folder's path is too long for a socket: ") + socket);
    const QString services = m_directory.filePath(QStringLiteral("services"));
    if (!QDir().mkpath(services))
        return fail(QStringLiteral("cannot create ") + services);

    // Only what a session bus needs: no system service folders (nothing of the machine is
    // activatable here), anyone on this bus may own any name and talk to anyone.
    const QByteArray config =
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
        " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        "<busconfig>\n"
        "  <type>session</type>\n"
        "  <listen>unix:path=" +
        QFile::encodeName(socket).toPercentEncoding("/", "~") +
        "</listen>\n"
        "  <auth>EXTERNAL</auth>\n"
        "  <servicedir>" +
        QFile::encodeName(services.toHtmlEscaped()) +
        "</servicedir>\n"
        "  <policy context=\"default\">\n"
        "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
        "    <allow eavesdrop=\"true\"/>\n"
        "    <allow own=\"*\"/>\n"
        "  </policy>\n"
        "</busconfig>\n";
    if (!writeText(m_directory.filePath(QStringLiteral("bus.conf")), config))
        return fail(QStringLiteral("cannot write the bus configuration"));
    return true;
}

bool TestDbusSession::addServiceFile(const QString &serviceName, const QString &executable)
{
    const QByteArray service =
        "[D-BUS Service]\nName=" + serviceName.toUtf8() + "\nExec=" + QFile::encodeName(executable) + '\n';
    const QString path =
        m_directory.filePath(QStringLiteral("services/") + serviceName + QStringLiteral(".service"));
    return writeText(path, service) && reloadConfig();
}

// ReloadConfig answers after the daemon has reread its configuration and service folders, so the
// new service is listed as soon as this returns.
bool TestDbusSession::reloadConfig()
{
    const QString name = QStringLiteral("kubeminder-test-reload");
    bool ok = false;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(m_address, name);
        const QDBusMessage reply = bus.call(QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ReloadConfig")));
        ok = reply.type() == QDBusMessage::ReplyMessage;
        if (!ok)
            qWarning("ReloadConfig failed: %s", qPrintable(reply.errorMessage()));
    }
    QDBusConnection::disconnectFromBus(name);
    return ok;
}

} // namespace kubeminder::test
