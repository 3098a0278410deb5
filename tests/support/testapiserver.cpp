#include "testapiserver.h"

#include "testpki.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>
#include <QSemaphore>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtEndian>

#include <functional>
#include <memory>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <optional>
#include <vector>

namespace kubeminder::test {

namespace {

const QByteArray SelfSubjectReviewPath =
    QByteArrayLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews");

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

// The body of every API server error: a Kubernetes Status object.
QByteArray statusJson(int code, const QString &reason, const QString &message)
{
    const QJsonObject status{{str("kind"), str("Status")},
                             {str("apiVersion"), str("v1")},
                             {str("metadata"), QJsonObject()},
                             {str("status"), str("Failure")},
                             {str("message"), message},
                             {str("reason"), reason},
                             {str("code"), code}};
    return QJsonDocument(status).toJson(QJsonDocument::Compact);
}

std::unique_ptr<X509, decltype(&X509_free)> toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return {d2i_X509(nullptr, &data, long(der.size())), X509_free};
}

// What the API server's x509 authenticator does: the presented chain must lead to the client CA
// and be valid now, for client authentication.
bool verifyClient(const QSslCertificate &leaf, const QList<QSslCertificate> &chain,
                  const QList<QSslCertificate> &clientCas)
{
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), X509_STORE_free);
    for (const QSslCertificate &ca : clientCas) {
        const auto x509 = toX509(ca);
        if (x509)
            X509_STORE_add_cert(store.get(), x509.get());
    }
    std::vector<std::unique_ptr<X509, decltype(&X509_free)>> owned;
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (const QSslCertificate &certificate : chain) {
        owned.push_back(toX509(certificate));
        if (owned.back())
            sk_X509_push(untrusted, owned.back().get());
    }
    const auto leafX509 = toX509(leaf);
    X509_STORE_CTX *context = X509_STORE_CTX_new();
    bool ok = leafX509 && X509_STORE_CTX_init(context, store.get(), leafX509.get(), untrusted) == 1;
    if (ok) {
        X509_STORE_CTX_set_purpose(context, X509_PURPOSE_SSL_CLIENT);
        ok = X509_verify_cert(context) == 1;
    }
    X509_STORE_CTX_free(context);
    sk_X509_free(untrusted);
    ERR_clear_error();
    return ok;
}

struct Shared
{
    explicit Shared(TestApiServer::Options o)
        : options(std::move(o))
    {}
    const TestApiServer::Options options;
    QMutex mutex;
    QStringList requests;
    QStringList tunnels;
    int connections = 0;

    void log(QStringList &list, const QString &line)
    {
        const QMutexLocker locker(&mutex);
        list << line;
    }
};

/// One client of the proxy: an HTTP CONNECT or SOCKS5 handshake, then bytes relayed both ways to
/// the API server. Owned by the client socket.
class Tunnel : public QObject
{
public:
    Tunnel(QTcpSocket *client, quint16 serverPort, Shared &shared)
        : QObject(client)
        , m_client(client)
        , m_serverPort(serverPort)
        , m_shared(shared)
    {
        connect(client, &QTcpSocket::readyRead, this, &Tunnel::onClientData);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

private:
    void onClientData()
    {
        m_buffer += m_client->readAll();
        if (m_relaying) {
            if (m_upstream && m_upstream->state() == QAbstractSocket::ConnectedState) {
                m_upstream->write(m_buffer);
                m_buffer.clear();
            }
            return;
        }
        if (m_buffer.isEmpty())
            return;
        if (m_buffer.at(0) == '\x05')
            socks();
        else
            http();
    }

    void http()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> request = m_buffer.left(m_buffer.indexOf("\r\n")).split(' ');
        m_buffer.remove(0, end + 4);
        if (request.size() < 2 || request[0] != "CONNECT") {
            refuse("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        m_shared.log(m_shared.tunnels, QStringLiteral("CONNECT ") + QString::fromUtf8(request[1]));
        if (m_shared.options.proxyDenies) {
            refuse("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        open([this] { m_client->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
    }

    void socks()
    {
        if (!m_greeted) {
            if (m_buffer.size() < 2 || m_buffer.size() < 2 + quint8(m_buffer.at(1)))
                return;
            m_buffer.remove(0, 2 + quint8(m_buffer.at(1)));
            m_client->write(QByteArray("\x05\x00", 2)); // no authentication
            m_greeted = true;
        }
        if (m_buffer.size() < 5)
            return;
        const char type = m_buffer.at(3);
        qsizetype addressLength = 0;
        qsizetype offset = 4;
        if (type == 1) {
            addressLength = 4;
        } else if (type == 4) {
            addressLength = 16;
        } else {
            addressLength = quint8(m_buffer.at(4));
            offset = 5;
        }
        if (m_buffer.size() < offset + addressLength + 2)
            return;
        const QByteArray address = m_buffer.mid(offset, addressLength);
        const int port = (quint8(m_buffer.at(offset + addressLength)) << 8) |
                         quint8(m_buffer.at(offset + addressLength + 1));
        m_buffer.remove(0, offset + addressLength + 2);
        QString host;
        if (type == 1 || type == 4) {
            host = type == 1 ? QHostAddress(qFromBigEndian<quint32>(address.constData())).toString()
                             : QHostAddress(reinterpret_cast<const quint8 *>(address.constData())).toString();
        } else {
            host = QString::fromUtf8(address);
        }
        m_shared.log(m_shared.tunnels, QStringLiteral("SOCKS5 %1:%2").arg(host).arg(port));
        const QByteArray reply("\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10);
        if (m_shared.options.proxyDenies) {
            QByteArray denied = reply;
            denied[1] = '\x02'; // connection not allowed by ruleset
            refuse(denied);
            return;
        }
        open([this, reply] { m_client->write(reply); });
    }

    void refuse(const QByteArray &answer)
    {
        m_client->write(answer);
        m_client->disconnectFromHost();
    }

    // Every tunnel leads to this API server, whatever host the client named: the proxy resolves
    // names the test machine cannot.
    void open(const std::function<void()> &onConnected)
    {
        m_relaying = true;
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::connected, this, [this, onConnected] {
            onConnected();
            if (!m_buffer.isEmpty()) {
                m_upstream->write(m_buffer);
                m_buffer.clear();
            }
        });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { m_client->write(m_upstream->readAll()); });
        connect(m_upstream, &QTcpSocket::disconnected, m_client, &QTcpSocket::disconnectFromHost);
        connect(m_client, &QTcpSocket::disconnected, m_upstream, &QTcpSocket::disconnectFromHost);
        m_upstream->connectToHost(QHostAddress::LocalHost, m_serverPort);
    }

    QTcpSocket *m_client;
    QPointer<QTcpSocket> m_upstream;
    quint16 m_serverPort;
    Shared &m_shared;
    QByteArray m_buffer;
    bool m_greeted = false;
    bool m_relaying = false;
};

/// Mode::Raw's answer to one client: the start, then the repeated part, written only as fast as the
/// client reads it, so that the server's own memory stays small. Owned by the socket.
class RawStream : public QObject
{
public:
    RawStream(QTcpSocket *socket, const TestApiServer::Options &options)
        : QObject(socket)
        , m_socket(socket)
    {
        // Whole repetitions per block, so the pattern runs on unbroken from one block to the next.
        if (!options.rawRepeat.isEmpty()) {
            while (m_block.size() < 64 * 1024)
                m_block += options.rawRepeat;
            m_left = options.rawRepeatBytes;
        }
        connect(socket, &QIODevice::bytesWritten, this, &RawStream::feed);
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, &RawStream::feed);
        socket->write(options.rawAnswer);
        feed();
    }

private:
    void feed()
    {
        auto *ssl = qobject_cast<QSslSocket *>(m_socket);
        const auto pending = [&] {
            return m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
        };
        while (m_left > 0 && m_socket->state() == QAbstractSocket::ConnectedState && pending() < 256 * 1024) {
            m_socket->write(m_block);
            m_left -= m_block.size();
        }
    }

    QTcpSocket *m_socket;
    QByteArray m_block;
    qint64 m_left = 0;
};

/// The server itself, living in the server thread.
class ServerCore : public QObject
{
public:
    explicit ServerCore(Shared &shared)
        : m_shared(shared)
        , m_options(shared.options)
    {}

    bool listen(QString *error)
    {
        m_clientCas = QSslCertificate::fromData(m_options.clientCaPem, QSsl::Pem);
        if (m_options.mode == TestApiServer::Mode::NeverAnswers) {
            // Accepted connections stay open (children of the server) and silent.
            m_server = std::make_unique<QTcpServer>();
            connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
                while (m_server->hasPendingConnections())
                    m_server->nextPendingConnection();
            });
        } else {
            auto server = std::make_unique<QSslServer>();
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificateChain(
                QSslCertificate::fromData(m_options.serverCertificate.certificatePem, QSsl::Pem));
            const QByteArray &keyPem = m_options.serverCertificate.privateKeyPem;
            configuration.setPrivateKey(
                QSslKey(keyPem, keyPem.contains("RSA PRIVATE KEY") ? QSsl::Rsa : QSsl::Ec, QSsl::Pem));
            // Go's tls.RequestClientCert: ask for a certificate, never fail the handshake over
            // it; the authenticator judges it afterwards.
            configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
            configuration.setCaCertificates(m_clientCas);
            server->setSslConfiguration(configuration);
            connect(server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
                while (m_server->hasPendingConnections())
                    serve(m_server->nextPendingConnection());
            });
            m_server = std::move(server);
        }
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            *error = m_server->errorString();
            return false;
        }
        connect(&m_proxy, &QTcpServer::newConnection, this, [this] {
            while (m_proxy.hasPendingConnections())
                new Tunnel(m_proxy.nextPendingConnection(), m_server->serverPort(), m_shared);
        });
        if (!m_proxy.listen(QHostAddress::LocalHost, 0)) {
            *error = m_proxy.errorString();
            return false;
        }
        return true;
    }

    ~ServerCore() override
    {
        // Its sockets report their destruction to m_buffers, which must still exist.
        m_server.reset();
    }

    quint16 port() const { return m_server->serverPort(); }
    quint16 proxyPort() const { return m_proxy.serverPort(); }

private:
    struct Identity
    {
        QString user;
        QStringList groups;
    };

    void serve(QTcpSocket *socket)
    {
        {
            const QMutexLocker locker(&m_shared.mutex);
            ++m_shared.connections;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
        if (socket->bytesAvailable() > 0)
            onData(socket);
    }

    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (m_options.mode == TestApiServer::Mode::NeverResponds) {
            buffer.clear();
            return;
        }
        if (m_options.mode == TestApiServer::Mode::Raw) {
            // One answer, to the first request; whatever the client sends later is ignored.
            if (socket->property("rawAnswered").toBool() || buffer.contains("\r\n\r\n")) {
                if (!socket->property("rawAnswered").toBool())
                    new RawStream(socket, m_options);
                socket->setProperty("rawAnswered", true);
                buffer.clear();
            }
            return;
        }
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            QHash<QByteArray, QByteArray> headers;
            const QList<QByteArray> lines = head.split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = headers.value("content-length", "0").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            const QList<QByteArray> requestLine = lines.front().trimmed().split(' ');
            buffer.remove(0, end + 4 + length);
            handle(socket, requestLine.value(0), requestLine.value(1), headers);
        }
    }

    std::optional<Identity> authenticate(QTcpSocket *socket,
                                         const QHash<QByteArray, QByteArray> &headers) const
    {
        // Like the API server's union authenticator: a good certificate, else a good token.
        const auto *ssl = qobject_cast<QSslSocket *>(socket);
        const QSslCertificate peer = ssl ? ssl->peerCertificate() : QSslCertificate();
        if (!peer.isNull() && verifyClient(peer, ssl->peerCertificateChain(), m_clientCas)) {
            Identity identity{peer.subjectInfo(QSslCertificate::CommonName).value(0),
                              peer.subjectInfo(QSslCertificate::Organization)};
            identity.groups << str("system:authenticated");
            return identity;
        }
        const QByteArray authorization = headers.value("authorization");
        if (!m_options.validToken.isEmpty() && authorization == "Bearer " + m_options.validToken)
            return Identity{m_options.tokenUser,
                            m_options.tokenGroups + QStringList{str("system:authenticated")}};
        return std::nullopt;
    }

    void handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                const QHash<QByteArray, QByteArray> &headers)
    {
        const std::optional<Identity> identity = authenticate(socket, headers);
        const QString user = identity ? identity->user : QString();
        const auto respond = [&](int status, const QByteArray &reason, const QByteArray &body,
                                 bool chunked = false) {
            QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                             "\r\nContent-Type: application/json\r\nAudit-Id: 00000000-test\r\n";
            if (m_options.closeConnections)
                out += "Connection: close\r\n";
            if (chunked) {
                // Go streams larger bodies in chunks; two of them exercise the client's decoder.
                const qsizetype half = body.size() / 2;
                out += "Transfer-Encoding: chunked\r\n\r\n";
                for (const QByteArray &part : {body.left(half), body.mid(half)})
                    out += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
                out += "0\r\n\r\n";
            } else {
                out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            }
            socket->write(out);
            if (m_options.closeConnections)
                socket->disconnectFromHost();
            m_shared.log(m_shared.requests, QStringLiteral("%1 %2 %3 %4")
                                                .arg(QString::fromUtf8(method), QString::fromUtf8(path))
                                                .arg(status)
                                                .arg(user)
                                                .trimmed());
        };
        // Authentication comes first: without it every path is 401, even an unknown one.
        if (!identity)
            return respond(401, "Unauthorized", statusJson(401, str("Unauthorized"), str("Unauthorized")));
        const bool forbidden = m_options.forbiddenUsers.contains(user);
        const auto refuse = [&](const QString &message) {
            respond(403, "Forbidden", statusJson(403, str("Forbidden"), message));
        };
        if (method == "POST" && path == SelfSubjectReviewPath) {
            if (!m_options.selfSubjectReviews)
                return respond(404, "Not Found",
                               statusJson(404, str("NotFound"),
                                          str("the server could not find the requested resource")));
            if (forbidden)
                return refuse(
                    str("selfsubjectreviews.authentication.k8s.io is forbidden: User \"%1\" cannot create "
                        "resource \"selfsubjectreviews\" in API group \"authentication.k8s.io\" at the "
                        "cluster scope")
                        .arg(user));
            const QJsonObject review{
                {str("kind"), str("SelfSubjectReview")},
                {str("apiVersion"), str("authentication.k8s.io/v1")},
                {str("metadata"), QJsonObject{{str("creationTimestamp"), QJsonValue::Null}}},
                {str("status"),
                 QJsonObject{{str("userInfo"),
                              QJsonObject{{str("username"), user},
                                          {str("groups"), QJsonArray::fromStringList(identity->groups)}}}}}};
            return respond(201, "Created", QJsonDocument(review).toJson(QJsonDocument::Compact));
        }
        if (method == "GET" && path == "/api") {
            if (forbidden)
                return refuse(str("forbidden: User \"%1\" cannot get path \"/api\"").arg(user));
            const QJsonObject versions{
                {str("kind"), str("APIVersions")},
                {str("versions"), QJsonArray{str("v1")}},
                {str("serverAddressByClientCIDRs"),
                 QJsonArray{QJsonObject{{str("clientCIDR"), str("0.0.0.0/0")},
                                        {str("serverAddress"), str("10.0.0.1:6443")}}}}};
            return respond(200, "OK", QJsonDocument(versions).toJson(QJsonDocument::Compact), true);
        }
        if (method == "GET" && path == "/version") {
            if (forbidden)
                return refuse(str("forbidden: User \"%1\" cannot get path \"/version\"").arg(user));
            const QJsonObject version{{str("major"), str("1")},
                                      {str("minor"), str("30")},
                                      {str("gitVersion"), m_options.gitVersion},
                                      {str("gitTreeState"), str("clean")},
                                      {str("goVersion"), str("go1.22.5")},
                                      {str("platform"), str("linux/amd64")}};
            return respond(200, "OK", QJsonDocument(version).toJson(QJsonDocument::Compact));
        }
        respond(404, "Not Found",
                statusJson(404, str("NotFound"), str("the server could not find the requested resource")));
    }

    Shared &m_shared;
    const TestApiServer::Options &m_options;
    std::unique_ptr<QTcpServer> m_server;
    QTcpServer m_proxy;
    QList<QSslCertificate> m_clientCas;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestApiServer::Private : public QThread
{
public:
    explicit Private(Options options)
        : shared(std::move(options))
    {}
    ~Private() override
    {
        quit();
        wait();
    }

    void run() override
    {
        ServerCore core(shared);
        QString why;
        if (!core.listen(&why)) {
            error = why.isEmpty() ? str("cannot listen") : why;
            ready.release();
            return;
        }
        port = core.port();
        proxyPort = core.proxyPort();
        ready.release();
        exec();
    }

    Shared shared;
    QSemaphore ready;
    quint16 port = 0;
    quint16 proxyPort = 0;
    QString error;
};

TestApiServer::Options TestApiServer::k3sOnLoopback(const QDateTime &now)
{
    const IssuedCertificate &ca = TestPki::sharedCa();
    Options options;
    options.serverCertificate = TestPki::server(ca, QStringLiteral("k3s"), {QStringLiteral("127.0.0.1")},
                                                now.addDays(-1), now.addDays(300));
    options.clientCaPem = ca.certificatePem;
    return options;
}

TestApiServer::TestApiServer(Options options)
    : d(std::make_unique<Private>(std::move(options)))
{}

TestApiServer::~TestApiServer() = default;

quint16 TestApiServer::start()
{
    d->start();
    d->ready.acquire();
    if (!d->error.isEmpty())
        qFatal("TestApiServer: %s", qPrintable(d->error));
    return d->port;
}

quint16 TestApiServer::port() const
{
    return d->port;
}

QString TestApiServer::url(const QString &host) const
{
    return QStringLiteral("https://%1:%2").arg(host).arg(d->port);
}

quint16 TestApiServer::proxyPort() const
{
    return d->proxyPort;
}

QStringList TestApiServer::requests() const
{
    const QMutexLocker locker(&d->shared.mutex);
    return d->shared.requests;
}

int TestApiServer::connections() const
{
    const QMutexLocker locker(&d->shared.mutex);
    return d->shared.connections;
}

QStringList TestApiServer::tunnels() const
{
    const QMutexLocker locker(&d->shared.mutex);
    return d->shared.tunnels;
}

} // namespace kubeminder::test
