#include "singleinstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace kubeminder {

namespace {

constexpr int ProtocolVersion = 1;
// A fixed tag before every frame: something else listening on the name (or a stale, reused socket)
// is recognised from its first bytes instead of being parsed as JSON.
constexpr char Magic[] = "KMSI";
constexpr qint64 MagicSize = 4;
constexpr qint64 HeaderSize = MagicSize + 4;
/// The reply is a few dozen bytes; a primary that sends more is not ours.
constexpr qint64 MaximumReplySize = 1024;
/// A primary is either listening or not: a connect on a local socket does not take this long.
constexpr int ProbeTimeoutMs = 1000;
/// The lock is held by another launch only while it probes and listens.
constexpr int LockTimeoutMs = 3000;

const QString RaiseCommand = QStringLiteral("raise");

// Length-prefixed, because a local socket is a stream: the reader must know where a message ends
// without waiting for the connection to close.
QByteArray encodeFrame(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray frame(Magic, MagicSize);
    frame.resize(HeaderSize);
    qToBigEndian<quint32>(quint32(json.size()), frame.data() + MagicSize);
    return frame + json;
}

enum class FrameStatus { Incomplete, Invalid, Complete };

struct Frame
{
    FrameStatus status = FrameStatus::Incomplete;
    QJsonObject object;
};

/// Reads one frame from `device` once all of it has arrived, leaving it in the buffer until then.
/// Garbage is recognised from its first bytes, so it never waits for a timeout.
Frame readFrame(QIODevice &device, qint64 maximumSize)
{
    const QByteArray head = device.peek(HeaderSize);
    const qint64 magicSeen = std::min<qint64>(head.size(), MagicSize);
    if (head.left(magicSeen) != QByteArray(Magic, magicSeen))
        return {FrameStatus::Invalid, {}};
    if (head.size() < HeaderSize)
        return {};
    const qint64 length = qFromBigEndian<quint32>(head.constData() + MagicSize);
    if (length > maximumSize)
        return {FrameStatus::Invalid, {}};
    if (device.bytesAvailable() < HeaderSize + length)
        return {};
    device.skip(HeaderSize);
    const QByteArray json = device.read(length);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {FrameStatus::Invalid, {}};
    return {FrameStatus::Complete, document.object()};
}

bool hasKnownVersion(const QJsonObject &object)
{
    const QJsonValue version = object.value(QLatin1String("version"));
    // A newer version is accepted as long as it still speaks this one; fields it added are ignored.
    return version.isDouble() && version.toInt(0) >= ProtocolVersion;
}

std::optional<QStringList> raiseArguments(const QJsonObject &request)
{
    if (!hasKnownVersion(request) || request.value(QLatin1String("command")).toString() != RaiseCommand)
        return std::nullopt;
    const QJsonValue arguments = request.value(QLatin1String("arguments"));
    if (!arguments.isArray())
        return std::nullopt;
    QStringList result;
    for (const QJsonValue &argument : arguments.toArray()) {
        // Anything but a list of strings is refused whole: the arguments become a command line, and a
        // half-understood request must not act.
        if (!argument.isString())
            return std::nullopt;
        result.append(argument.toString());
    }
    return result;
}

int remainingMs(const QDeadlineTimer &deadline)
{
    // -1 is how Qt's waitFor* functions spell "no limit".
    return deadline.isForever() ? -1 : int(deadline.remainingTime());
}

void drop(QLocalSocket *socket)
{
    // abort(), not disconnectFromServer(): a misbehaving client gets nothing more from us, not even a
    // flush of what was queued.
    socket->abort();
    socket->deleteLater();
}

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
#ifdef Q_OS_UNIX
    // Per user: two people on one machine each get their own instance (see the header for why the
    // uid is in the name at all).
    const QString user = QString::number(::getuid());
#else
    const QString user = qEnvironmentVariable("USERNAME");
#endif
    const QString name = QStringLiteral("kubeminder-") + user;
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    // An absolute path in the runtime dir, so QLocalServer does not put the socket in the shared /tmp.
    return runtime.isEmpty() ? name : QDir(runtime).absoluteFilePath(name);
}

QString SingleInstance::lockPath() const
{
    // Where QLocalServer on Unix puts the socket, so the lock sits beside it in the same folder.
    if (QDir::isAbsolutePath(m_serverName))
        return m_serverName + QStringLiteral(".lock");
    return QDir::cleanPath(QDir::tempPath()) + QLatin1Char('/') + m_serverName + QStringLiteral(".lock");
}

bool SingleInstance::primaryAnswers() const
{
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    if (!probe.waitForConnected(ProbeTimeoutMs))
        return false;
    probe.abort();
    return true;
}

bool SingleInstance::tryBecomePrimary()
{
    if (isPrimary())
        return true;
    m_error.clear();

    // The lock makes "probe, then listen" one step: two launches at the same moment cannot both find
    // nobody answering and both become primary.
    QLockFile lock(lockPath());
    if (!lock.tryLock(LockTimeoutMs)) {
        m_error =
            lock.error() == QLockFile::LockFailedError
                ? tr("Another Kubeminder is starting and holds %1; try again in a moment.").arg(lockPath())
                : tr("Cannot create the lock file %1. Check that its folder exists and is writable.")
                      .arg(lockPath());
        return false;
    }
    // Another instance runs; the caller then hands over its arguments with sendToPrimary().
    if (primaryAnswers())
        return false;

    // Nobody answers, so a socket file still here was left by an instance that crashed.
    QLocalServer::removeServer(m_serverName);
    auto *server = new QLocalServer(this);
    // Owner-only: other users cannot connect, let alone make this instance raise its window.
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        m_error = tr("Cannot listen on %1 (%2), so a second launch of Kubeminder cannot find this one.")
                      .arg(m_serverName, server->errorString());
        delete server;
        return false;
    }
    connect(server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    m_server = server;
    return true;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        // Accepted sockets are the server's children until they are deleted: a cheap count that
        // keeps a flood of idle connections from piling up.
        if (m_server->findChildren<QLocalSocket *>(Qt::FindDirectChildrenOnly).size() > MaximumConnections) {
            drop(socket);
            continue;
        }
        // Qt stops reading from the socket once this much is buffered, so a sender cannot make the
        // primary hold more than one frame's worth.
        socket->setReadBufferSize(HeaderSize + MaximumMessageSize);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(m_connectionTimeoutMs, socket, [socket] { drop(socket); });
        readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    const Frame frame = readFrame(*socket, MaximumMessageSize);
    if (frame.status == FrameStatus::Incomplete)
        return;
    const std::optional<QStringList> arguments =
        frame.status == FrameStatus::Complete ? raiseArguments(frame.object) : std::nullopt;
    if (!arguments) {
        drop(socket);
        return;
    }
    // One request per connection: whatever follows it is not read.
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    QJsonObject reply;
    reply.insert(QLatin1String("version"), ProtocolVersion);
    reply.insert(QLatin1String("accepted"), true);
    socket->write(encodeFrame(reply));
    // Closes once the reply is written; `disconnected` then deletes the socket.
    socket->disconnectFromServer();
    // Emitted after the reply is queued, so the second launch can exit while the window comes up.
    emit messageReceived(*arguments);
}

bool SingleInstance::sendToPrimary(const QStringList &arguments, int timeoutMs)
{
    m_error.clear();
    if (isPrimary()) {
        // It would wait for its own event loop, which is blocked in here.
        m_error = tr("This Kubeminder is the running one; it has no other to hand over to.");
        return false;
    }
    QJsonObject request;
    request.insert(QLatin1String("version"), ProtocolVersion);
    request.insert(QLatin1String("command"), RaiseCommand);
    request.insert(QLatin1String("arguments"), QJsonArray::fromStringList(arguments));
    const QByteArray frame = encodeFrame(request);
    // Checked here too, so the primary's bound never silently cuts a long command line in half.
    if (frame.size() > HeaderSize + MaximumMessageSize) {
        m_error = tr("The command line is too long to hand over to the running Kubeminder.");
        return false;
    }

    // One deadline for connect, write and reply, so a hung primary cannot hold a new launch longer
    // than asked.
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(remainingMs(deadline))) {
        m_error = tr("No running Kubeminder answers on %1 (%2).").arg(m_serverName, socket.errorString());
        return false;
    }
    socket.write(frame);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(remainingMs(deadline))) {
            m_error = tr("The running Kubeminder did not take the request (%1).").arg(socket.errorString());
            return false;
        }
    }
    for (;;) {
        const Frame reply = readFrame(socket, MaximumReplySize);
        if (reply.status == FrameStatus::Complete && hasKnownVersion(reply.object) &&
            reply.object.value(QLatin1String("accepted")).toBool()) {
            return true;
        }
        if (reply.status != FrameStatus::Incomplete) {
            m_error =
                tr("The running Kubeminder gave an answer this version does not understand; quit it and "
                   "start Kubeminder again.");
            return false;
        }
        if (socket.state() != QLocalSocket::ConnectedState) {
            m_error = tr("The running Kubeminder closed the connection without answering; quit it and start "
                         "Kubeminder again.");
            return false;
        }
        if (!socket.waitForReadyRead(remainingMs(deadline))) {
            if (socket.state() != QLocalSocket::ConnectedState)
                continue; // closed: look once more at what arrived before, then give up above
            m_error = tr("The running Kubeminder did not answer within %1 ms; it may be busy or stuck. If it "
                         "does not show up, quit it and start Kubeminder again.")
                          .arg(timeoutMs);
            return false;
        }
    }
}

} // namespace kubeminder
