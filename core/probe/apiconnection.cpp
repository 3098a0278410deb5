#include "apiconnection.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QHostInfo>
#include <QSslSocket>
#include <QTimer>

#include <climits>

namespace kubeminder {

namespace {

// API server answers to the requests a probe makes are a few KiB; a bound keeps a wrong server
// (a file server, a stream) from filling memory.
constexpr qsizetype MaximumHeaderSize = 64 * 1024;
constexpr qsizetype MaximumBodySize = 4 * 1024 * 1024;

bool isProxyError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return true;
    default:
        return false;
    }
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

ApiConnection::ApiConnection(Endpoint endpoint, QDeadlineTimer deadline, const std::atomic_bool *cancel)
    : m_endpoint(std::move(endpoint))
    , m_deadline(deadline)
    , m_cancel(cancel)
{}

ApiConnection::~ApiConnection()
{
    closeSocket();
}

QString ApiConnection::phaseText(Phase phase)
{
    switch (phase) {
    case Phase::Lookup:
        return tr("while looking up the server's name");
    case Phase::Connect:
        return tr("while connecting");
    case Phase::Handshake:
        return tr("during the TLS handshake");
    case Phase::Request:
        return tr("while sending the request");
    case Phase::Response:
        return tr("while waiting for the answer");
    }
    return {};
}

int ApiConnection::remainingMs() const
{
    const qint64 remaining = m_deadline.remainingTime();
    if (remaining < 0) // forever
        return INT_MAX;
    return int(qMin<qint64>(remaining, INT_MAX));
}

bool ApiConnection::cancelled()
{
    if (!m_cancel || !m_cancel->load())
        return false;
    return fail(Failure::Cancelled, m_error.phase, QStringLiteral("cancelled"));
}

bool ApiConnection::fail(Failure failure, Phase phase, const QString &text)
{
    m_error.failure = failure;
    m_error.phase = phase;
    m_error.text = text;
    return false;
}

bool ApiConnection::failFromSocket(Phase phase)
{
    const QAbstractSocket::SocketError error = m_socket->error();
    m_error.socketError = int(error);
    const QString text = m_socket->errorString();
    if (m_deadline.hasExpired() || error == QAbstractSocket::SocketTimeoutError)
        return fail(Failure::Timeout, phase, text);
    // Qt reports an HTTP proxy's 403 or 405 answer to CONNECT as SocketAccessError.
    if (isProxyError(error) || (m_endpoint.proxy && error == QAbstractSocket::SocketAccessError))
        return fail(Failure::Proxy, phase, text);
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return fail(Failure::HostNotFound, phase, text);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return fail(Failure::Tls, phase, text);
    case QAbstractSocket::RemoteHostClosedError:
        return fail(phase == Phase::Handshake ? Failure::Tls : Failure::Closed, phase, text);
    default:
        return fail(phase == Phase::Connect ? Failure::Connect : Failure::Closed, phase, text);
    }
}

void ApiConnection::closeSocket()
{
    if (m_socket)
        m_socket->abort();
    m_socket.reset();
    m_buffer.clear();
}

std::optional<QList<QString>> ApiConnection::resolve()
{
    // QAbstractSocket::waitForConnected() resolves a name with a blocking lookup that ignores its
    // timeout; an unreachable DNS server would then hold the probe far beyond its budget. The
    // asynchronous lookup, waited for in a local loop, can be abandoned at the deadline.
    QEventLoop loop;
    QObject context;
    std::optional<QHostInfo> info;
    const int id = QHostInfo::lookupHost(m_endpoint.host, &context, [&](const QHostInfo &result) {
        info = result;
        loop.quit();
    });
    if (!info) {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(remainingMs());
        loop.exec();
    }
    if (!info) {
        QHostInfo::abortHostLookup(id);
        fail(Failure::Timeout, Phase::Lookup, QStringLiteral("host lookup timed out"));
        return std::nullopt;
    }
    if (info->error() != QHostInfo::NoError || info->addresses().isEmpty()) {
        fail(Failure::HostNotFound, Phase::Lookup, info->errorString());
        return std::nullopt;
    }
    QList<QString> targets;
    for (const QHostAddress &address : info->addresses())
        targets << address.toString();
    return targets;
}

bool ApiConnection::connectToServer()
{
    closeSocket();
    m_error = {};
    if (cancelled())
        return false;
    QList<QString> targets{m_endpoint.host};
    // Through a proxy the proxy resolves the name, as it does for kubectl.
    if (!m_endpoint.proxy && QHostAddress(m_endpoint.host).isNull()) {
        const auto resolved = resolve();
        if (!resolved)
            return false;
        targets = *resolved;
    }
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (connectTo(targets[i]))
            return true;
        // "localhost" resolves to ::1 and 127.0.0.1; a server on one of them refuses the other.
        if (m_error.failure != Failure::Connect || i + 1 == targets.size())
            return false;
    }
    return false;
}

bool ApiConnection::connectTo(const QString &target)
{
    closeSocket();
    m_error = {};
    m_socket = std::make_unique<QSslSocket>();
    m_socket->setProxy(m_endpoint.proxy.value_or(QNetworkProxy(QNetworkProxy::NoProxy)));
    if (remainingMs() <= 0)
        return fail(Failure::Timeout, Phase::Connect, QStringLiteral("no time left to connect"));
    if (m_endpoint.tls) {
        m_socket->setSslConfiguration(m_endpoint.tlsConfiguration);
        const QString peerName = m_endpoint.peerName.isEmpty() ? m_endpoint.host : m_endpoint.peerName;
        m_socket->connectToHostEncrypted(target, m_endpoint.port, peerName);
    } else {
        m_socket->connectToHost(target, m_endpoint.port);
    }
    if (!m_socket->waitForConnected(remainingMs()))
        return failFromSocket(Phase::Connect);
    if (!m_endpoint.tls)
        return true;
    if (cancelled())
        return false;
    if (remainingMs() <= 0 || !m_socket->waitForEncrypted(remainingMs())) {
        m_error.sslErrors = m_socket->sslHandshakeErrors();
        m_error.peerCertificateChain = m_socket->peerCertificateChain();
        if (m_error.sslErrors.isEmpty())
            return failFromSocket(Phase::Handshake);
        QStringList texts;
        for (const QSslError &error : std::as_const(m_error.sslErrors))
            texts << error.errorString();
        m_error.socketError = int(m_socket->error());
        return fail(Failure::Tls, Phase::Handshake, texts.join(QStringLiteral("; ")));
    }
    return true;
}

std::optional<HttpResponse> ApiConnection::send(const QByteArray &method, const QByteArray &target,
                                                const QList<std::pair<QByteArray, QByteArray>> &headers,
                                                const QByteArray &body)
{
    bool fresh = false;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        if (!connectToServer())
            return std::nullopt;
        fresh = true;
    }
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_endpoint.hostHeader + "\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;

    bool nothingReceived = false;
    auto response = exchange(request, &nothingReceived);
    // A kept-alive connection that the server closed meanwhile: ask again on a new one, as Go's
    // transport does.
    if (!response && !fresh && nothingReceived && m_error.failure == Failure::Closed) {
        if (!connectToServer())
            return std::nullopt;
        response = exchange(request, &nothingReceived);
    }
    // The request held the token: do not keep it around longer than needed.
    request.fill('\0');
    return response;
}

std::optional<HttpResponse> ApiConnection::exchange(const QByteArray &request, bool *nothingReceived)
{
    m_error = {};
    *nothingReceived = true;
    if (cancelled())
        return std::nullopt;
    m_socket->write(request);
    while (m_socket->bytesToWrite() > 0) {
        if (remainingMs() <= 0) {
            fail(Failure::Timeout, Phase::Request, QStringLiteral("no time left to send"));
            return std::nullopt;
        }
        if (!m_socket->waitForBytesWritten(remainingMs())) {
            failFromSocket(Phase::Request);
            return std::nullopt;
        }
    }
    return readResponse(nothingReceived);
}

bool ApiConnection::readMore(Phase phase)
{
    if (m_socket->bytesAvailable() == 0) {
        if (cancelled())
            return false;
        if (remainingMs() <= 0)
            return fail(Failure::Timeout, phase, QStringLiteral("no answer in time"));
        if (!m_socket->waitForReadyRead(remainingMs()) && m_socket->bytesAvailable() == 0) {
            if (!m_deadline.hasExpired() && m_socket->state() != QAbstractSocket::ConnectedState)
                return fail(Failure::Closed, phase, m_socket->errorString());
            return failFromSocket(phase);
        }
    }
    const QByteArray data = m_socket->readAll();
    m_buffer += data;
    m_received += data.size();
    return true;
}

std::optional<HttpResponse> ApiConnection::readResponse(bool *nothingReceived)
{
    const qint64 receivedBefore = m_received;
    const auto failed = [&]() -> std::optional<HttpResponse> {
        *nothingReceived = m_received == receivedBefore;
        return std::nullopt;
    };
    for (;;) {
        qsizetype end = -1;
        while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (m_buffer.size() >= 5 && !m_buffer.startsWith("HTTP/")) {
                fail(Failure::Protocol, Phase::Response, QStringLiteral("the answer is not HTTP"));
                return failed();
            }
            if (m_buffer.size() > MaximumHeaderSize) {
                fail(Failure::Protocol, Phase::Response, QStringLiteral("the answer's header is too large"));
                return failed();
            }
            if (!readMore(Phase::Response))
                return failed();
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QList<QByteArray> statusLine = lines.front().trimmed().split(' ');
        HttpResponse response;
        bool numeric = false;
        response.status = statusLine.size() >= 2 ? statusLine[1].toInt(&numeric) : 0;
        if (!statusLine.front().startsWith("HTTP/1.") || !numeric) {
            fail(Failure::Protocol, Phase::Response, QStringLiteral("the answer has no HTTP status line"));
            return failed();
        }
        response.reason = statusLine.mid(2).join(' ');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines[i];
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                response.headers.append(
                    {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        if (response.status >= 100 && response.status < 200 && response.status != 101)
            continue; // an interim answer ("100 Continue"): the real one follows
        const QByteArray connection = response.header("connection").toLower();
        bool closeAfter = connection.contains("close") ||
                          (statusLine.front() == "HTTP/1.0" && !connection.contains("keep-alive"));
        if (!readBody(response, &closeAfter))
            return failed();
        if (closeAfter)
            closeSocket();
        return response;
    }
}

bool ApiConnection::readBody(HttpResponse &response, bool *closeAfter)
{
    if (response.status == 204 || response.status == 304)
        return true;
    const auto need = [&](qsizetype bytes) {
        while (m_buffer.size() < bytes) {
            if (!readMore(Phase::Response))
                return false;
        }
        return true;
    };
    const auto tooLarge = [&]() {
        return fail(Failure::Protocol, Phase::Response, QStringLiteral("the answer is too large"));
    };
    if (response.header("transfer-encoding").toLower().contains("chunked")) {
        for (;;) {
            qsizetype lineEnd = -1;
            while ((lineEnd = m_buffer.indexOf("\r\n")) < 0) {
                if (m_buffer.size() > MaximumHeaderSize)
                    return tooLarge();
                if (!readMore(Phase::Response))
                    return false;
            }
            bool ok = false;
            const qint64 size = m_buffer.left(lineEnd).split(';').front().trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return fail(Failure::Protocol, Phase::Response, QStringLiteral("malformed chunked answer"));
            m_buffer.remove(0, lineEnd + 2);
            if (size == 0) {
                // Trailers, if any, end with an empty line.
                for (;;) {
                    while ((lineEnd = m_buffer.indexOf("\r\n")) < 0) {
                        if (!readMore(Phase::Response))
                            return false;
                    }
                    m_buffer.remove(0, lineEnd + 2);
                    if (lineEnd == 0)
                        return true;
                }
            }
            if (response.body.size() + size > MaximumBodySize)
                return tooLarge();
            if (!need(qsizetype(size) + 2))
                return false;
            response.body += m_buffer.left(qsizetype(size));
            m_buffer.remove(0, qsizetype(size) + 2);
        }
    }
    const QByteArray lengthHeader = response.header("content-length");
    if (!lengthHeader.isEmpty()) {
        bool ok = false;
        const qint64 length = lengthHeader.toLongLong(&ok);
        if (!ok || length < 0)
            return fail(Failure::Protocol, Phase::Response, QStringLiteral("malformed Content-Length"));
        if (length > MaximumBodySize)
            return tooLarge();
        if (!need(qsizetype(length)))
            return false;
        response.body = m_buffer.left(qsizetype(length));
        m_buffer.remove(0, qsizetype(length));
        return true;
    }
    // Neither: the body ends when the server closes the connection.
    *closeAfter = true;
    for (;;) {
        if (m_buffer.size() > MaximumBodySize)
            return tooLarge();
        if (!readMore(Phase::Response))
            break;
    }
    if (m_error.failure != Failure::Closed)
        return false;
    m_error = {};
    response.body = m_buffer;
    m_buffer.clear();
    return true;
}

} // namespace kubeminder
