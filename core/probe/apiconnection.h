#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QSslSocket;

namespace kubeminder {

struct HttpResponse
{
    int status = 0;
    QByteArray reason;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< names lower-cased
    QByteArray body;

    /// The first header of that (lower-case) name, or empty.
    QByteArray header(const QByteArray &name) const;
};

/// A minimal blocking HTTP/1.1 client for one API server, over QSslSocket, bounded by a deadline.
///
/// It uses the socket's blocking calls (waitForConnected, waitForEncrypted, waitForReadyRead) in
/// the calling thread, so it needs no running event loop and belongs on a worker thread, never on
/// the GUI thread. The connection is kept alive between requests and reopened when the server
/// closes it. Requests and responses are never logged: they carry bearer tokens.
class ApiConnection
{
    Q_DECLARE_TR_FUNCTIONS(ApiConnection)

public:
    struct Endpoint
    {
        bool tls = true;
        QString host; ///< as in the server URL, without brackets
        quint16 port = 443;
        QByteArray hostHeader; ///< the Host header: the URL's authority
        QString peerName;      ///< TLS server name (SNI and verification); empty: `host`
        QSslConfiguration tlsConfiguration;
        std::optional<QNetworkProxy> proxy; ///< none: direct, whatever the application proxy is
    };

    enum class Failure {
        None,
        HostNotFound, ///< the name does not resolve
        Connect,      ///< the TCP connection failed (refused, unreachable)
        Proxy,        ///< the proxy failed
        Tls,          ///< the TLS handshake failed
        Timeout,      ///< the deadline passed
        Closed,       ///< the server closed the connection before answering
        Protocol,     ///< the answer is not HTTP
        TooLarge,     ///< a part of the answer passed its bound; Error::part says which
        Cancelled,
    };
    enum class Phase { Lookup, Connect, Handshake, Request, Response };
    /// The parts of an answer, each with a bound of its own, so that no server (a file server, a
    /// stream, a hostile one) can fill memory or hold a probe until its deadline.
    enum class Part {
        None,
        StatusLine,
        HeaderLine,
        Header,         ///< the whole header: status line and every header line
        HeaderCount,    ///< how many header lines
        ChunkSizeLine,  ///< a chunk-size line, its extensions included
        TrailerLine,    ///< one line of the trailer that follows the last chunk
        Trailer,        ///< the whole trailer
        TrailerCount,   ///< how many trailer lines
        Body,           ///< the body, however it is framed
        InterimAnswers, ///< how many interim (1xx) answers came before the real one
    };

    struct Error
    {
        Failure failure = Failure::None;
        Phase phase = Phase::Connect;
        Part part = Part::None; ///< TooLarge only
        int socketError = -1;   ///< QAbstractSocket::SocketError, -1 when none
        QList<QSslError> sslErrors;
        QList<QSslCertificate> peerCertificateChain;
        QString text; ///< untranslated technical text (Qt's error string)
    };

    ApiConnection(Endpoint endpoint, QDeadlineTimer deadline, const std::atomic_bool *cancel = nullptr);
    ~ApiConnection();
    ApiConnection(const ApiConnection &) = delete;
    ApiConnection &operator=(const ApiConnection &) = delete;

    /// Sends one request (`target` is the path and query) and reads the whole answer. Nothing, with
    /// error() set, when no answer arrived.
    std::optional<HttpResponse> send(const QByteArray &method, const QByteArray &target,
                                     const QList<std::pair<QByteArray, QByteArray>> &headers,
                                     const QByteArray &body = {});
    const Error &error() const { return m_error; }

    /// The phase, in words, for a message ("while connecting").
    static QString phaseText(Phase phase);
    /// What passed its bound, in words, for a message ("the answer is too large: its trailer is
    /// larger than 64 KiB").
    static QString tooLargeText(Part part);

private:
    bool connectToServer();
    bool connectTo(const QString &target);
    std::optional<QList<QString>> resolve();
    std::optional<HttpResponse> exchange(const QByteArray &request, bool *nothingReceived);
    std::optional<HttpResponse> readResponse(bool *nothingReceived);
    bool readMore(Phase phase);
    std::optional<qsizetype> lineEnd(Part part);
    bool readStatusLine(HttpResponse &response, QByteArray *version, qsizetype *length);
    bool readFields(QList<std::pair<QByteArray, QByteArray>> *fields, qsizetype alreadyRead, Part line,
                    Part whole, Part count);
    bool need(qsizetype bytes);
    bool readBody(HttpResponse &response, bool *closeAfter);
    bool readChunked(HttpResponse &response);
    int remainingMs() const;
    bool cancelled();
    bool fail(Failure failure, Phase phase, const QString &text);
    bool tooLarge(Part part);
    bool failFromSocket(Phase phase);
    void closeSocket();

    Endpoint m_endpoint;
    QDeadlineTimer m_deadline;
    const std::atomic_bool *m_cancel;
    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_buffer;
    qint64 m_received = 0;
    Error m_error;
};

} // namespace kubeminder
