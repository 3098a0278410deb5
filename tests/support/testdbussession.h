#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace kubeminder::test {

/// A private D-Bus session bus: its own dbus-daemon on a socket in a temporary folder, so tests
/// never touch the desktop's bus and see only the services they start. The daemon reads a
/// configuration of our own rather than the system's session.conf, so no service of the machine
/// is activatable on it; services the test wants activatable go in with addServiceFile().
///
/// Connect with QDBusConnection::connectToBus(address(), name). The daemon is killed with the
/// object (and, on Linux, with the test process should it crash).
class TestDbusSession
{
public:
    TestDbusSession();
    ~TestDbusSession();
    TestDbusSession(const TestDbusSession &) = delete;
    TestDbusSession &operator=(const TestDbusSession &) = delete;

    /// Whether dbus-daemon is installed (package dbus): the test skips without it.
    static bool available();

    /// Starts the daemon and waits until it listens; false (see skipReason()) when it cannot.
    bool start();
    void stop();
    bool isRunning() const;
    /// Why start() failed, for QSKIP.
    QString skipReason() const { return m_skipReason; }

    /// The bus address ("unix:path=...,guid=..."), valid after start().
    QString address() const { return m_address; }

    /// Makes `serviceName` activatable (a .service file running `executable`) and has the daemon
    /// reread its service folder. Nothing is started until someone calls the service.
    bool addServiceFile(const QString &serviceName, const QString &executable);

private:
    bool fail(const QString &reason);
    bool writeConfig();
    bool reloadConfig();

    QTemporaryDir m_directory;
    QProcess m_daemon;
    QString m_address;
    QString m_skipReason;
};

} // namespace kubeminder::test
