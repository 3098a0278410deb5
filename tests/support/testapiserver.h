#pragma once

#include "credentials/certificateminter.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace kubeminder::test {

/// A Kubernetes API server on a free 127.0.0.1 port that authenticates like K3s's (anonymous
/// authentication off): the TLS handshake asks for a client certificate but never fails without
/// one (Go's tls.RequestClientCert); the server checks a presented certificate itself, against its
/// client CA and the real clock, then a bearer token, and answers 401 with the Kubernetes Status
/// JSON when neither authenticates. For an authenticated user it answers
/// POST /apis/authentication.k8s.io/v1/selfsubjectreviews (username = certificate CN, groups = O),
/// GET /api (chunked, like a large Go response) and GET /version; 403 for a forbidden user.
///
/// It runs in a thread of its own, so a test may block on it (the probe's blocking sockets). It
/// also runs a proxy that speaks HTTP CONNECT and SOCKS5 and tunnels every connection to this
/// server, whatever host name the client asked for.
class TestApiServer
{
public:
    enum class Mode {
        Normal,
        NeverAnswers,  ///< accepts TCP connections and never says a word (no TLS handshake)
        NeverResponds, ///< completes the TLS handshake, then ignores every request
        /// Answers the first request with `rawAnswer`, then sends `rawRepeat` over and over (about
        /// `rawRepeatBytes` of it, paced by the client's reading), then keeps the connection open
        /// and silent: a broken or hostile server whose answer never ends.
        Raw,
    };

    struct Options
    {
        IssuedCertificate serverCertificate; ///< the server's certificate (PEM, chain after it) and key
        QByteArray clientCaPem;              ///< the CA that signs client certificates it accepts
        QByteArray validToken;               ///< the bearer token it accepts; empty: none
        QString tokenUser = QStringLiteral("system:serviceaccount:default:probe");
        QStringList tokenGroups{QStringLiteral("system:serviceaccounts"),
                                QStringLiteral("system:serviceaccounts:default")};
        QStringList forbiddenUsers;     ///< authenticated, then 403 for every request
        bool selfSubjectReviews = true; ///< false: 404, like Kubernetes before 1.28
        QString gitVersion = QStringLiteral("v1.30.4+k3s1");
        Mode mode = Mode::Normal;
        bool proxyDenies = false;      ///< the proxy answers every tunnel request with 403
        bool closeConnections = false; ///< "Connection: close" and close after every answer
        QByteArray rawAnswer;          ///< Mode::Raw: the start of the answer, as sent
        QByteArray rawRepeat;          ///< Mode::Raw: what follows it, repeated
        qint64 rawRepeatBytes = 16 * 1024 * 1024;
    };

    /// Like a K3s server reached on 127.0.0.1: its certificate (for 127.0.0.1, valid from a day
    /// before `now` for 300 days) and the client certificates it accepts both come from
    /// TestPki::sharedCa().
    static Options k3sOnLoopback(const QDateTime &now);

    explicit TestApiServer(Options options);
    ~TestApiServer();
    TestApiServer(const TestApiServer &) = delete;
    TestApiServer &operator=(const TestApiServer &) = delete;

    /// Starts listening (server and proxy) and returns the server's port; fails the test on error.
    quint16 start();
    quint16 port() const;
    /// "https://HOST:PORT".
    QString url(const QString &host = QStringLiteral("127.0.0.1")) const;
    quint16 proxyPort() const;

    /// "POST /apis/authentication.k8s.io/v1/selfsubjectreviews 201 alice" for every answered
    /// request (the user is empty when it was not authenticated).
    QStringList requests() const;
    /// How many TLS connections it accepted.
    int connections() const;
    /// "CONNECT kubernetes.local:6443" or "SOCKS5 kubernetes.local:6443" for every tunnel the
    /// proxy was asked for.
    QStringList tunnels() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace kubeminder::test
