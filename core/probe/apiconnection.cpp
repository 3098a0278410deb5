#include "apiconnection.h"

#include <QByteArrayView>
#include <QEventLoop>
#include <QHostAddress>
#include <QHostInfo>
#include <QSslSocket>
#include <QTimer>

#include <climits>

namespace kubeminder {

namespace {

// API server answers to the requests a probe makes are a few KiB. Every part of an answer has a
// bound, so that a wrong server (a file server, a stream, a hostile one) can neither fill memory nor
// hold the probe until its deadline. Go's net/http client, which kubectl uses, bounds the header to
// 10 MiB and interim answers to five; a probe needs far less.
constexpr qsizetype MaximumLineSize = 16 * 1024;   // status line, one header or trailer line, chunk size
constexpr qsizetype MaximumHeaderSize = 64 * 1024; // the whole header; the whole trailer
constexpr int MaximumHeaderCount = 256;            // header lines; trailer lines
constexpr int MaximumInterimAnswers = 5;
constexpr qsizetype MaximumBodySize = 4 * 1024 * 1024;
// Read at most this much at a time, so that every bound is checked before the buffer grows further.
constexpr qint64 ReadChunkSize = 64 * 1024;

// The sentence and the limit of one bound. The text is marked for translation but kept raw here,
// so tooLarge() can store the untranslated detail and tooLargeText() the user's language.
struct Bound
{
    const char *text; ///< %1: the limit
    qint64 limit;
};

Bound boundOf(ApiConnection::Part part)
{
    using Part = ApiConnection::Part;
    constexpr qint64 lineKiB = MaximumLineSize / 1024;
    constexpr qint64 headerKiB = MaximumHeaderSize / 1024;
    switch (part) {
    case Part::None:
        break;
    case Part::StatusLine:
        return {QT_TRANSLATE_NOOP("ApiConnection",
                                  "the answer is too large: its status line is longer than %1 KiB"),
                lineKiB};
    case Part::HeaderLine:
        return {QT_TRANSLATE_NOOP("ApiConnection",
                                  "the answer is too large: a header line is longer than %1 KiB"),
                lineKiB};
    case Part::Header:
        return {
            QT_TRANSLATE_NOOP("ApiConnection", "the answer is too large: its header is larger than %1 KiB"),
            headerKiB};
    case Part::HeaderCount:
        return {
            QT_TRANSLATE_NOOP("ApiConnection", "the answer is too large: it has more than %1 header lines"),
            MaximumHeaderCount};
    case Part::ChunkSizeLine:
        return {QT_TRANSLATE_NOOP("ApiConnection",
                                  "the answer is too large: a chunk-size line is longer than %1 KiB"),
                lineKiB};
    case Part::TrailerLine:
        return {QT_TRANSLATE_NOOP("ApiConnection",
                                  "the answer is too large: a trailer line is longer than %1 KiB"),
                lineKiB};
    case Part::Trailer:
        return {
            QT_TRANSLATE_NOOP("ApiConnection", "the answer is too large: its trailer is larger than %1 KiB"),
            headerKiB};
    case Part::TrailerCount:
        return {
            QT_TRANSLATE_NOOP("ApiConnection", "the answer is too large: it has more than %1 trailer lines"),
            MaximumHeaderCount};
    case Part::Body:
        return {QT_TRANSLATE_NOOP("ApiConnection", "the answer is too large: its body is larger than %1 MiB"),
                MaximumBodySize / (1024 * 1024)};
    case Part::InterimAnswers:
        return {QT_TRANSLATE_NOOP("ApiConnection",
                                  "the answer is too large: more than %1 interim (1xx) answers came first"),
                MaximumInterimAnswers};
    }
    return {QT_TRANSLATE_NOOP("ApiConnection", "the answer is too large"), 0};
}

// Proxy failures get their own outcome, because the fix (HTTPS_PROXY, NO_PROXY, proxy-url) is not
// where the user would look for a server problem.
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

// A linear scan: an answer has a few dozen headers at most (MaximumHeaderCount bounds it).
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

QString ApiConnection::tooLargeText(Part part)
{
    const Bound bound = boundOf(part);
    return bound.limit > 0 ? tr(bound.text).arg(bound.limit) : tr(bound.text);
}

int ApiConnection::remainingMs() const
{
    const qint64 remaining = m_deadline.remainingTime();
    // A Forever deadline reports -1, which callers would read as "no time left" (they test
    // remainingMs() <= 0).
    if (remaining < 0) // forever
        return INT_MAX;
    return int(qMin<qint64>(remaining, INT_MAX));
}

bool ApiConnection::cancelled()
{
    if (!m_cancel || !m_cancel->load())
        return false;
    // Keeps the phase the connection had reached, which tells where the user stopped it.
    return fail(Failure::Cancelled, m_error.phase, QStringLiteral("cancelled"));
}

bool ApiConnection::fail(Failure failure, Phase phase, const QString &text)
{
    m_error.failure = failure;
    m_error.phase = phase;
    m_error.text = text;
    return false;
}

bool ApiConnection::tooLarge(Part part)
{
    m_error.part = part;
    // Untranslated here: the technical text, as for every other failure.
    const Bound bound = boundOf(part);
    const QString text = QString::fromUtf8(bound.text);
    return fail(Failure::TooLarge, Phase::Response, bound.limit > 0 ? text.arg(bound.limit) : text);
}

bool ApiConnection::failFromSocket(Phase phase)
{
    const QAbstractSocket::SocketError error = m_socket->error();
    m_error.socketError = int(error);
    const QString text = m_socket->errorString();
    // A deadline that ran out explains any error that came with it; a wait that timed out reports
    // SocketTimeoutError rather than the step it was waiting for.
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
    // A server that hangs up during the handshake usually refused our client certificate or TLS
    // version, so it is a TLS failure; afterwards it is just a closed connection.
    case QAbstractSocket::RemoteHostClosedError:
        return fail(phase == Phase::Handshake ? Failure::Tls : Failure::Closed, phase, text);
    default:
        return fail(phase == Phase::Connect ? Failure::Connect : Failure::Closed, phase, text);
    }
}

void ApiConnection::closeSocket()
{
    if (m_socket)
        // abort(), not close(): close() may wait to flush, and nothing left to write is worth waiting for.
        m_socket->abort();
    m_socket.reset();
    m_buffer.clear();
}

// Returns every address of the name, so that connectToServer() can try them in turn, as Go's
// dialer does.
std::optional<QList<QString>> ApiConnection::resolve()
{
    // QAbstractSocket::waitForConnected() resolves a name with a blocking lookup that ignores its
    // timeout; an unreachable DNS server would then hold the probe far beyond its budget. The
    // asynchronous lookup, waited for in a local loop, can be abandoned at the deadline.
    QEventLoop loop;
    QObject context;
    std::optional<QHostInfo> info;
    // `context` ties the callback's lifetime to this frame: if the lookup completes after we gave up,
    // Qt drops the call rather than writing into a dead stack.
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
    // NoProxy explicitly: without it the socket would use the application-wide proxy, which is not
    // the one client-go's rules chose for this server.
    m_socket->setProxy(m_endpoint.proxy.value_or(QNetworkProxy(QNetworkProxy::NoProxy)));
    if (remainingMs() <= 0)
        return fail(Failure::Timeout, Phase::Connect, QStringLiteral("no time left to connect"));
    if (m_endpoint.tls) {
        m_socket->setSslConfiguration(m_endpoint.tlsConfiguration);
        // We connect to an address but verify (and send SNI for) the host name or tls-server-name, as
        // Go's tls does.
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
        // The errors and the peer chain are kept for the diagnosis, which explains a failed handshake
        // in terms of the kubeconfig (wrong CA, name missing from the certificate).
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
    // Built by hand, as one buffer, so it can be wiped: it holds the Authorization header.
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_endpoint.hostHeader + "\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    // A POST without Content-Length may be refused with 411 by strict servers and proxies.
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
    // The socket copies the request into its own buffer; the caller wipes its copy after the exchange.
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
    // m_received counts all bytes ever read, so readResponse() can tell "the server closed before
    // answering" (safe to retry) from "closed in the middle of an answer" (not safe).
    const QByteArray data = m_socket->read(ReadChunkSize);
    m_buffer += data;
    m_received += data.size();
    return true;
}

bool ApiConnection::need(qsizetype bytes)
{
    while (m_buffer.size() < bytes) {
        if (!readMore(Phase::Response))
            return false;
    }
    return true;
}

// Where the line at the start of the buffer ends (its "\r\n"), reading more as needed. A line longer
// than MaximumLineSize fails as `part` as soon as that much of it has arrived.
std::optional<qsizetype> ApiConnection::lineEnd(Part part)
{
    for (;;) {
        const QByteArrayView window =
            QByteArrayView(m_buffer).first(qMin(m_buffer.size(), MaximumLineSize + 2));
        const qsizetype end = window.indexOf("\r\n");
        if (end >= 0)
            return end;
        if (window.size() == MaximumLineSize + 2) {
            tooLarge(part);
            return std::nullopt;
        }
        if (!readMore(Phase::Response))
            return std::nullopt;
    }
}

bool ApiConnection::readStatusLine(HttpResponse &response, QByteArray *version, qsizetype *length)
{
    // Anything but HTTP is refused from its first bytes, not after a whole line of it.
    while (m_buffer.size() < 5 && !m_buffer.contains('\n')) {
        if (!readMore(Phase::Response))
            return false;
    }
    // A TLS server spoken to in plain HTTP, an SSH port or a database answers with other bytes;
    // saying "not HTTP" at once beats waiting for a line end that never comes.
    if (!m_buffer.startsWith("HTTP/"))
        return fail(Failure::Protocol, Phase::Response, QStringLiteral("the answer is not HTTP"));
    const std::optional<qsizetype> end = lineEnd(Part::StatusLine);
    if (!end)
        return false;
    const QList<QByteArray> statusLine = m_buffer.left(*end).trimmed().split(' ');
    m_buffer.remove(0, *end + 2);
    *length = *end + 2;
    bool numeric = false;
    response.status = statusLine.size() >= 2 ? statusLine[1].toInt(&numeric) : 0;
    // Only HTTP/1.x is spoken here; no ALPN is offered, so an HTTP/2 answer would be a protocol error.
    if (!statusLine.front().startsWith("HTTP/1.") || !numeric)
        return fail(Failure::Protocol, Phase::Response, QStringLiteral("the answer has no HTTP status line"));
    response.reason = statusLine.mid(2).join(' ');
    *version = statusLine.front();
    return true;
}

// Header (or trailer) lines up to the empty line that ends them; `fields` may be null to skip them.
// Each line, how many there are and their total size (`alreadyRead` included) are bounded.
bool ApiConnection::readFields(QList<std::pair<QByteArray, QByteArray>> *fields, qsizetype alreadyRead,
                               Part line, Part whole, Part count)
{
    qsizetype total = alreadyRead;
    int lines = 0;
    for (;;) {
        const std::optional<qsizetype> end = lineEnd(line);
        if (!end)
            return false;
        total += *end + 2;
        if (total > MaximumHeaderSize)
            return tooLarge(whole);
        const QByteArray text = m_buffer.left(*end);
        m_buffer.remove(0, *end + 2);
        if (text.isEmpty())
            return true;
        if (++lines > MaximumHeaderCount)
            return tooLarge(count);
        const qsizetype colon = text.indexOf(':');
        // A line without a colon (or with an empty name) is skipped rather than fatal: the probe reads
        // only a few headers, and tolerating an odd one loses nothing.
        if (fields && colon > 0)
            fields->append({text.left(colon).trimmed().toLower(), text.mid(colon + 1).trimmed()});
    }
}

std::optional<HttpResponse> ApiConnection::readResponse(bool *nothingReceived)
{
    const qint64 receivedBefore = m_received;
    const auto failed = [&]() -> std::optional<HttpResponse> {
        *nothingReceived = m_received == receivedBefore;
        // Whatever is left of this answer would be read as the next one.
        closeSocket();
        return std::nullopt;
    };
    for (int interim = 0;; ++interim) {
        if (interim > MaximumInterimAnswers) {
            tooLarge(Part::InterimAnswers);
            return failed();
        }
        HttpResponse response;
        QByteArray version;
        qsizetype statusLineLength = 0;
        if (!readStatusLine(response, &version, &statusLineLength) ||
            !readFields(&response.headers, statusLineLength, Part::HeaderLine, Part::Header,
                        Part::HeaderCount))
            return failed();
        // 101 Switching Protocols is final: no HTTP answer follows it, so it is returned as it is.
        if (response.status >= 100 && response.status < 200 && response.status != 101)
            continue; // an interim answer ("100 Continue"): the real one follows
        const QByteArray connection = response.header("connection").toLower();
        bool closeAfter =
            // HTTP/1.0 closes after each answer unless it says keep-alive; HTTP/1.1 keeps the connection
            // unless it says close.
            connection.contains("close") || (version == "HTTP/1.0" && !connection.contains("keep-alive"));
        if (!readBody(response, &closeAfter))
            return failed();
        if (closeAfter)
            closeSocket();
        return response;
    }
}

bool ApiConnection::readChunked(HttpResponse &response)
{
    const auto malformed = [this] {
        return fail(Failure::Protocol, Phase::Response, QStringLiteral("malformed chunked answer"));
    };
    for (;;) {
        const std::optional<qsizetype> end = lineEnd(Part::ChunkSizeLine);
        if (!end)
            return false;
        // The size, in hex, then any chunk extensions (";name=value"), which mean nothing to us.
        const qsizetype extensions = m_buffer.left(*end).indexOf(';');
        bool ok = false;
        const qint64 size = m_buffer.left(extensions < 0 ? *end : extensions).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return malformed();
        m_buffer.remove(0, *end + 2);
        if (size == 0) // the last chunk; a trailer follows, ending with an empty line
            return readFields(nullptr, 0, Part::TrailerLine, Part::Trailer, Part::TrailerCount);
        // Written as a subtraction so that a huge chunk size cannot overflow the sum.
        if (size > MaximumBodySize - response.body.size())
            return tooLarge(Part::Body);
        if (!need(qsizetype(size) + 2))
            return false;
        // The chunk must end exactly where its size says; anything else means we lost the framing and
        // would read body bytes as the next size.
        if (m_buffer.mid(qsizetype(size), 2) != "\r\n")
            return malformed();
        response.body += m_buffer.left(qsizetype(size));
        m_buffer.remove(0, qsizetype(size) + 2);
    }
}

bool ApiConnection::readBody(HttpResponse &response, bool *closeAfter)
{
    // These answers never have a body, whatever their headers say (RFC 9112).
    if (response.status == 204 || response.status == 304)
        return true;
    // Chunked wins over Content-Length when both are present, as RFC 9112 requires; reading the
    // length instead is the classic request-smuggling confusion.
    if (response.header("transfer-encoding").toLower().contains("chunked"))
        return readChunked(response);
    const QByteArray lengthHeader = response.header("content-length");
    if (!lengthHeader.isEmpty()) {
        bool ok = false;
        const qint64 length = lengthHeader.toLongLong(&ok);
        if (!ok || length < 0)
            return fail(Failure::Protocol, Phase::Response, QStringLiteral("malformed Content-Length"));
        if (length > MaximumBodySize)
            return tooLarge(Part::Body);
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
            return tooLarge(Part::Body);
        if (!readMore(Phase::Response))
            break;
    }
    // Only a clean close ends such a body; a timeout or a reset means it is incomplete.
    if (m_error.failure != Failure::Closed)
        return false;
    m_error = {};
    response.body = m_buffer;
    m_buffer.clear();
    return true;
}

} // namespace kubeminder
