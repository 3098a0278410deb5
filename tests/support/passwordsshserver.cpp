#include "passwordsshserver.h"

#include "kubeconfigbuilder.h"
#include "testsshserver.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

// libssh 0.10 marks its message API deprecated in favour of server callbacks, but the callbacks
// have no keyboard-interactive answer: the message API is the only way to serve PAM's usual login.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <arpa/inet.h>
#include <libssh/libssh.h>
#include <libssh/server.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kubeminder::test {

namespace {

// A client that stops answering must not keep the server (and the test's stop()) waiting forever.
constexpr long SessionTimeoutSeconds = 20;
constexpr int CommandTimeoutMs = 15000;

ssh_bind bindOf(void *bind)
{
    return static_cast<ssh_bind>(bind);
}

bool writeAll(ssh_channel channel, const QByteArray &bytes, bool toStderr)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const auto size = uint32_t(bytes.size() - written);
        const int n = toStderr ? ssh_channel_write_stderr(channel, bytes.constData() + written, size)
                               : ssh_channel_write(channel, bytes.constData() + written, size);
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

} // namespace

struct PasswordSshServer::Session
{
    ssh_session session = nullptr;
    int failures = 0;
    QString user; ///< from the request; a keyboard-interactive response does not repeat it
};

PasswordSshServer::PasswordSshServer(const TestSshServer &files, Method method, QByteArray password)
    : m_files(files)
    , m_method(method)
    , m_password(std::move(password))
    , m_user(files.user())
{}

PasswordSshServer::~PasswordSshServer()
{
    stop();
}

bool PasswordSshServer::start()
{
    m_port = TestSshServer::freePort();
    if (m_port == 0) {
        m_skipReason = QStringLiteral("no free loopback port");
        return false;
    }
    ssh_bind bind = ssh_bind_new();
    m_bind = bind;
    unsigned int port = m_port;
    const QByteArray hostKey = QFile::encodeName(m_files.path(QStringLiteral("hostkey")));
    if (ssh_bind_options_set(bind, SSH_BIND_OPTIONS_BINDADDR, "127.0.0.1") != SSH_OK ||
        ssh_bind_options_set(bind, SSH_BIND_OPTIONS_BINDPORT, &port) != SSH_OK ||
        ssh_bind_options_set(bind, SSH_BIND_OPTIONS_HOSTKEY, hostKey.constData()) != SSH_OK ||
        ssh_bind_listen(bind) != SSH_OK) {
        m_skipReason = QStringLiteral("libssh server: ") + QString::fromUtf8(ssh_get_error(bind));
        ssh_bind_free(bind);
        m_bind = nullptr;
        return false;
    }
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void PasswordSshServer::stop()
{
    if (!m_thread.joinable())
        return;
    m_stopping = true;
    // ssh_bind_accept() blocks in accept(): a connection of our own wakes it, and the loop sees
    // m_stopping before it serves anything.
    const int waker = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (waker >= 0) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::connect(waker, reinterpret_cast<const sockaddr *>(&address), sizeof address);
        ::close(waker);
    }
    m_thread.join();
    ssh_bind_free(bindOf(m_bind));
    m_bind = nullptr;
}

bool PasswordSshServer::writeKnownHosts(const QString &file) const
{
    const QList<QByteArray> parts = readFile(m_files.hostKeyPublicFile()).trimmed().split(' ');
    if (parts.size() < 2)
        return false;
    writeFile(file, "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + parts[0] + ' ' + parts[1] + '\n');
    return true;
}

void PasswordSshServer::resetCounts()
{
    m_rejected = 0;
    m_accepted = 0;
}

void PasswordSshServer::run()
{
    while (!m_stopping) {
        ssh_session session = ssh_new();
        if (ssh_bind_accept(bindOf(m_bind), session) == SSH_OK && !m_stopping)
            serve(session);
        ssh_disconnect(session);
        ssh_free(session);
    }
}

void PasswordSshServer::serve(void *rawSession)
{
    Session session;
    session.session = static_cast<ssh_session>(rawSession);
    long timeout = SessionTimeoutSeconds;
    ssh_options_set(session.session, SSH_OPTIONS_TIMEOUT, &timeout);
    if (ssh_handle_key_exchange(session.session) != SSH_OK || !authenticate(session))
        return;
    // Sessions and exec requests until the client hangs up; SshSource opens a channel per command.
    while (ssh_message message = ssh_message_get(session.session)) {
        const int type = ssh_message_type(message);
        const int subtype = ssh_message_subtype(message);
        if (type == SSH_REQUEST_CHANNEL_OPEN && subtype == SSH_CHANNEL_SESSION) {
            ssh_message_channel_request_open_reply_accept(message);
        } else if (type == SSH_REQUEST_CHANNEL && subtype == SSH_CHANNEL_REQUEST_EXEC) {
            const QByteArray command = ssh_message_channel_request_command(message);
            ssh_channel channel = ssh_message_channel_request_channel(message);
            ssh_message_channel_request_reply_success(message);
            ssh_message_free(message);
            runCommand(channel, command);
            continue;
        } else {
            ssh_message_reply_default(message);
        }
        ssh_message_free(message);
    }
}

bool PasswordSshServer::authenticate(Session &session)
{
    const int methods = m_method == Method::Password ? SSH_AUTH_METHOD_PASSWORD : SSH_AUTH_METHOD_INTERACTIVE;
    ssh_set_auth_methods(session.session, methods);
    while (ssh_message message = ssh_message_get(session.session)) {
        if (ssh_message_type(message) != SSH_REQUEST_AUTH) {
            ssh_message_reply_default(message);
            ssh_message_free(message);
            continue;
        }
        if (const char *user = ssh_message_auth_user(message); user && *user)
            session.user = QString::fromUtf8(user);
        const bool rightUser = session.user == m_user;
        std::optional<bool> accepted; // nothing: not an answer (a "none" request, a question sent)
        const int subtype = ssh_message_subtype(message);
        if (subtype == SSH_AUTH_METHOD_PASSWORD && m_method == Method::Password) {
            accepted = rightUser && QByteArray(ssh_message_auth_password(message)) == m_password;
        } else if (subtype == SSH_AUTH_METHOD_INTERACTIVE && m_method == Method::KeyboardInteractive) {
            if (!ssh_message_auth_kbdint_is_response(message)) {
                const char *prompts[] = {"Password: "};
                char echo[] = {0};
                ssh_message_auth_interactive_request(message, "", "", 1, prompts, echo);
                ssh_message_free(message);
                continue;
            }
            accepted = rightUser && ssh_userauth_kbdint_getnanswers(session.session) == 1 &&
                       QByteArray(ssh_userauth_kbdint_getanswer(session.session, 0)) == m_password;
        }
        if (accepted.value_or(false)) {
            ssh_message_auth_reply_success(message, 0);
            ssh_message_free(message);
            ++m_accepted;
            return true;
        }
        if (accepted.has_value()) {
            ++m_rejected;
            if (++session.failures >= MaximumTries) {
                ssh_message_free(message);
                return false;
            }
        }
        ssh_message_auth_set_methods(message, methods);
        ssh_message_reply_default(message);
        ssh_message_free(message);
    }
    return false;
}

void PasswordSshServer::runCommand(void *rawChannel, const QByteArray &command)
{
    auto *channel = static_cast<ssh_channel>(rawChannel);
    QByteArray input;
    char buffer[4096];
    for (;;) {
        const int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, CommandTimeoutMs);
        if (n <= 0)
            break;
        input.append(buffer, n);
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"),
                       m_files.remoteBinDirectory() + QLatin1String(":/usr/local/bin:/usr/bin:/bin"));
    environment.insert(QStringLiteral("MARKER"), m_files.markerFile());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(command)});
    int status = 127;
    if (process.waitForStarted()) {
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(CommandTimeoutMs);
        status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 128;
    }
    writeAll(channel, process.readAllStandardOutput(), false);
    writeAll(channel, process.readAllStandardError(), true);
    ssh_channel_request_send_exit_status(channel, status);
    ssh_channel_send_eof(channel);
    ssh_channel_close(channel);
}

} // namespace kubeminder::test
