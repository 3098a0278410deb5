#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace kubeminder::test {

class TestSshServer;

/// An SSH server on a free loopback port that logs in by password, built on libssh's server
/// half: OpenSSH checks passwords only through PAM or the system's password database, which a
/// test may not change. It serves the files and stand-ins of a started TestSshServer (its host
/// key, its bin/ first on the PATH, its $MARKER), one connection at a time, and runs each exec
/// request with /bin/sh -c, standard input read to EOF first (all SshSource sends). Tests that
/// use it hold the CTest RESOURCE_LOCK "sshd", as for TestSshServer.
class PasswordSshServer
{
public:
    enum class Method {
        Password,            ///< offers "password" only
        KeyboardInteractive, ///< offers "keyboard-interactive" only, one "Password: " prompt, as PAM does
    };
    /// As OpenSSH's default MaxAuthTries: after this many wrong answers the server hangs up.
    static constexpr int MaximumTries = 6;

    PasswordSshServer(const TestSshServer &files, Method method, QByteArray password);
    ~PasswordSshServer();
    PasswordSshServer(const PasswordSshServer &) = delete;
    PasswordSshServer &operator=(const PasswordSshServer &) = delete;

    /// Listens; false (see skipReason()) when it cannot.
    bool start();
    void stop();
    QString skipReason() const { return m_skipReason; }

    quint16 port() const { return m_port; }
    /// The only user let in: the one TestSshServer lets in, unless set (before start()). Commands
    /// run as the user this process is, whatever the name.
    QString user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }
    /// Writes `file` as a known_hosts naming 127.0.0.1:port() with the server's host key.
    bool writeKnownHosts(const QString &file) const;

    /// Wrong answers and successful logins since start() (or resetCounts()).
    int rejectedTries() const { return m_rejected.load(); }
    int acceptedLogins() const { return m_accepted.load(); }
    void resetCounts();

private:
    struct Session;
    void run();
    void serve(void *session);
    bool authenticate(Session &session);
    void runCommand(void *channel, const QByteArray &command);

    const TestSshServer &m_files;
    Method m_method;
    QByteArray m_password;
    QString m_user;
    QString m_skipReason;
    quint16 m_port = 0;
    void *m_bind = nullptr; ///< ssh_bind, kept out of this header with libssh
    std::thread m_thread;
    std::atomic_bool m_stopping{false};
    std::atomic_int m_rejected{0};
    std::atomic_int m_accepted{0};
};

} // namespace kubeminder::test
