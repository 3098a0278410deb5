#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace kubeminder {

/// One Kubeminder per user. The first launch becomes the primary and listens on a local socket;
/// a later launch finds it there, hands over its arguments and quits, and the primary raises its
/// window (messageReceived). A launch at login with --minimized therefore never opens a second tray
/// icon, and clicking the menu entry again brings the running window to the front.
///
/// The wire format is one small frame each way: the magic "KMSI", a big-endian 32-bit length, and
/// a JSON object. The request is {"version": 1, "command": "raise", "arguments": [...]}, the reply
/// {"version": 1, "accepted": true}. Later versions may add fields but keep these, so "raise" still
/// works while an older primary runs during an upgrade. Anything else (another magic, a length over
/// MaximumMessageSize, bad JSON, an unknown command) makes the primary drop the connection without
/// a reply; nothing of it reaches messageReceived.
///
/// Deciding who is primary is serialised by a QLockFile next to the socket ("<socket>.lock", held
/// only for that decision), because QLocalServer::listen() with an access option binds in a
/// temporary folder and renames the socket into place: two launches at the same moment would
/// otherwise both "succeed", the later one silently replacing the earlier one's socket.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 2000;
    /// The bound on one frame's JSON, in bytes; a request is a few hundred.
    static constexpr qint64 MaximumMessageSize = 64 * 1024;
    /// Connections the primary serves at once; more are closed straight away.
    static constexpr int MaximumConnections = 32;
    /// How long the primary waits for a connection's request before closing it.
    static constexpr int DefaultConnectionTimeoutMs = 5000;

    /// `serverName` is handed to QLocalServer as is: an absolute path is the socket file itself; a
    /// plain name becomes a file in QDir::tempPath(), which all users share. Tests use a path in a
    /// QTemporaryDir so they never meet each other or a running Kubeminder.
    explicit SingleInstance(const QString &serverName = defaultServerName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /// "<runtime dir>/kubeminder-<uid>": the runtime dir ($XDG_RUNTIME_DIR, else the private
    /// folder QStandardPaths makes in /tmp) belongs to the user alone, so another user can neither
    /// reach the socket nor squat its name; the uid keeps the name apart should that folder be
    /// shared after all. QLocalServer itself would put a plain name in the shared /tmp.
    static QString defaultServerName();

    QString serverName() const { return m_serverName; }

    /// Listens and returns true when no other instance answers on the name; a socket file that
    /// nobody answers on (an instance that crashed) is removed first. Returns false when another
    /// instance answers: call sendToPrimary() and quit. Also false, with errorString(), when the
    /// socket cannot be created; sendToPrimary() then fails too, and the caller may go on alone.
    /// Meant for start-up: it blocks for a connect on a local socket, or up to a few seconds while
    /// another launch started at the same moment makes the same decision.
    bool tryBecomePrimary();
    bool isPrimary() const { return m_server != nullptr; }

    /// Sends "raise" with `arguments` (such as "--minimized") to the primary and waits up to
    /// `timeoutMs` for its acknowledgement, blocking: it is for a launch that is about to quit and
    /// has no window yet. Returns false, with errorString(), when no primary answers in time.
    bool sendToPrimary(const QStringList &arguments, int timeoutMs = DefaultTimeoutMs);

    /// Why the last tryBecomePrimary() or sendToPrimary() failed, in words for the user; empty after
    /// tryBecomePrimary() returned false only because another instance answered.
    QString errorString() const { return m_error; }

    /// How long the primary gives a connection to send its request (tests shorten it).
    void setConnectionTimeout(int ms) { m_connectionTimeoutMs = ms; }

signals:
    /// The primary received a valid request and has acknowledged it; `arguments` are the second
    /// launch's arguments, to be interpreted by the caller (raise the window unless --minimized...).
    void messageReceived(const QStringList &arguments);

private:
    QString lockPath() const;
    bool primaryAnswers() const;
    void acceptConnections();
    void readRequest(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
    QString m_error;
    int m_connectionTimeoutMs = DefaultConnectionTimeoutMs;
};

} // namespace kubeminder
