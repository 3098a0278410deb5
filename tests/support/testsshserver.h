#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kubeminder::test {

/// A real OpenSSH server on a free loopback port, run as the current user from a folder the test
/// owns: its own host key, authorized keys and stand-in programs first on the session's PATH (a
/// "cat" that refuses paths containing "root-only" unless run through sudo, a scriptable "sudo", a
/// "microk8s"). Tests that use it declare the CTest RESOURCE_LOCK "sshd".
///
/// Files in the folder: hostkey, otherhostkey (a key the server does not have, for "changed host
/// key"), userkey, agentkey, lockedkey (passphrase LockedKeyPassphrase) and strangerkey (not
/// authorized), each with its .pub; remote/ for files the server serves; bin/ with the stand-ins;
/// sudo-mode, sudo-password and sudo-log for the stand-in sudo; "marker", which the session's
/// $MARKER names (a command injected into a remote path would create it).
class TestSshServer
{
public:
    /// The stand-in sudo's password.
    static constexpr char SudoPassword[] = "correct horse 'battery\" staple";
    /// The passphrase of lockedKey().
    static constexpr char LockedKeyPassphrase[] = "open sesame";

    /// Works in `directory`, which the test owns and removes.
    explicit TestSshServer(const QString &directory);
    ~TestSshServer();
    TestSshServer(const TestSshServer &) = delete;
    TestSshServer &operator=(const TestSshServer &) = delete;

    /// Creates the keys and stand-ins and starts sshd; false (see skipReason()) when it cannot.
    bool start();
    void stop();
    bool isRunning() const;
    /// sshd's LogLevel (before start(); default ERROR). Any other level also sends the log to
    /// logFile(), so a test can see what the server did (say, "Accepted publickey for ...").
    void setLogLevel(const QByteArray &level) { m_logLevel = level; }
    QString logFile() const { return path(QStringLiteral("sshd.log")); }
    /// Lets in the key in `publicKeyFile` too (another server's client key, say).
    bool authorizeKey(const QString &publicKeyFile) const;
    /// Why start() failed, for QSKIP.
    QString skipReason() const { return m_skipReason; }

    quint16 port() const { return m_port; }
    /// The user the server runs as, and the only one it lets in.
    QString user() const { return m_user; }
    QString path(const QString &name) const;

    QString hostKeyPublicFile() const { return path(QStringLiteral("hostkey.pub")); }
    /// A key the server does not have: known_hosts with it means "the host key changed".
    QString otherHostKeyPublicFile() const { return path(QStringLiteral("otherhostkey.pub")); }
    /// "SHA256:..." of the server's host key, as ssh-keygen prints it.
    QString hostKeyFingerprint() const;
    QString otherHostKeyFingerprint() const;

    /// Authorized client keys (private key files; the public ones are next to them, .pub).
    QString clientKey() const { return path(QStringLiteral("userkey")); }
    QString agentKey() const { return path(QStringLiteral("agentkey")); }
    QString lockedKey() const { return path(QStringLiteral("lockedkey")); }
    /// A key the server does not accept.
    QString strangerKey() const { return path(QStringLiteral("strangerkey")); }

    /// Where the stand-ins live: first on the PATH of every session.
    QString remoteBinDirectory() const { return path(QStringLiteral("bin")); }
    /// The file a command injected into a remote path would create.
    QString markerFile() const { return path(QStringLiteral("marker")); }
    /// One line per stand-in sudo call: its arguments.
    QString sudoLogFile() const { return path(QStringLiteral("sudo-log")); }

    /// Writes `bytes` as remote/<name> and returns its absolute path (what an ssh:// URL names).
    /// Names containing "root-only" can only be read through the stand-in sudo.
    QString writeRemoteFile(const QString &name, const QByteArray &bytes) const;
    /// How the stand-in sudo behaves: "nopasswd", "password" (SudoPassword on -S) or "refused".
    void setSudoMode(const QByteArray &mode) const;
    /// What the stand-in systemctl prints (exit status 0), after waiting `delaySeconds`; without an
    /// answer it says, as in a container, that the system was not booted with systemd (status 1).
    void setSystemctlAnswer(const QByteArray &output, int delaySeconds = 0) const;
    /// One line per stand-in systemctl call: its arguments.
    QString systemctlLogFile() const { return path(QStringLiteral("systemctl-log")); }
    /// Clears the marker, the sudo and systemctl logs and systemctl's answer, and makes sudo
    /// "nopasswd" again.
    void reset() const;

    /// Writes `file` as a known_hosts file naming `host`:port() with the key in `hostKeyPub`
    /// (hashed with ssh-keygen -H if asked), after a comment line. False with `error` on failure.
    bool writeKnownHosts(const QString &file, const QString &hostKeyPub, bool hashed = false,
                         const QString &host = QStringLiteral("127.0.0.1"), QString *error = nullptr) const;

    // Helpers for tests that talk to the server by other means.

    /// The name of the user this process runs as.
    static QString currentUser();
    /// A free loopback port: bound, read and released (the sshd lock keeps other tests away).
    static quint16 freePort();
    /// "SHA256:..." of a public key file, as ssh-keygen prints it.
    static QString fingerprintOf(const QString &publicKeyFile);
    /// Runs a helper program; on failure returns false with its output in `error`.
    static bool runProgram(const QString &program, const QStringList &arguments, QString *error = nullptr,
                           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    /// A fresh ed25519 key pair at `path` and `path`.pub (replacing any there).
    static bool generateKey(const QString &path, const QString &passphrase = {});

private:
    bool writeStandIns();
    bool generateKeys();
    bool writeConfig();
    bool waitUntilListening();
    bool fail(const QString &reason);

    QString m_directory;
    QString m_user;
    QString m_skipReason;
    quint16 m_port = 0;
    QByteArray m_logLevel = "ERROR";
    QProcess m_sshd;
};

} // namespace kubeminder::test
