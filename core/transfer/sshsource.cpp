#include "sshsource.h"

#include "commandsource.h"
#include "kubeconfig/kubeconfigdocument.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <libssh/libssh.h>
#include <memory>
#include <poll.h>
#include <utility>

namespace kubeminder {

namespace {

// The remote side is untrusted: stdout is cut at the size a kubeconfig may have at all, and
// stderr (only ever quoted in a message) at far less.
constexpr qsizetype MaximumOutput = KubeconfigDocument::MaximumFileSize;
constexpr qsizetype MaximumErrorOutput = 64 * 1024;
// libssh runs non-blocking here; each wait on the socket is this short so a cancel is noticed fast.
constexpr int PollIntervalMs = 50;
// As ssh's NumberOfPasswordPrompts and sudo's passwd_tries.
constexpr int PasswordTries = 3;

/// Moves an answer of the interaction handler into `secret`; false when there was none. Keeping
/// the secret in a plain SecretBytes from here on also spares GCC's -O3 a false "maybe
/// uninitialized" on the std::optional.
bool takeSecret(std::optional<SecretBytes> &&answer, SecretBytes &secret)
{
    if (!answer.has_value())
        return false;
    secret.swap(*answer);
    answer.reset();
    return true;
}

// libssh returns null for "no such value"; saying so here keeps every call site free of the check.
QString fromC(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

struct SessionDeleter
{
    void operator()(ssh_session session) const
    {
        // A polite disconnect first, so the server logs a normal logout rather than a broken connection.
        if (ssh_is_connected(session))
            ssh_disconnect(session);
        ssh_free(session);
    }
};
using SessionPtr = std::unique_ptr<ssh_session_struct, SessionDeleter>;

struct ChannelDeleter
{
    void operator()(ssh_channel channel) const { ssh_channel_free(channel); }
};
using ChannelPtr = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyDeleter>;

struct KnownHostsEntryDeleter
{
    void operator()(ssh_knownhosts_entry *entry) const { ssh_knownhosts_entry_free(entry); }
};
using KnownHostsEntryPtr = std::unique_ptr<ssh_knownhosts_entry, KnownHostsEntryDeleter>;

// SHA256:base64, the form OpenSSH prints since 6.8, so the user can compare it with
// `ssh-keygen -lf` on the server.
QString sha256Fingerprint(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    ssh_clean_pubkey_hash(&hash);
    const QString fingerprint = fromC(text);
    ssh_string_free_char(text);
    return fingerprint;
}

QString keyTypeName(ssh_key key)
{
    return fromC(ssh_key_type_to_char(ssh_key_type(key)));
}

/// What libssh's key loader is told when a key is encrypted: ask once, through the interaction
/// handler, and remember that we did (a failed import after asking means a wrong passphrase).
struct PassphraseRequest
{
    InteractionHandler *interaction = nullptr;
    QString identityFile;
    bool asked = false;
    bool declined = false;
    qint64 waitedMs = 0; ///< how long the person took to answer: not the network's time
};

int passphraseCallback(const char * /*prompt*/, char *buffer, size_t length, int /*echo*/, int /*verify*/,
                       void *userdata)
{
    auto *request = static_cast<PassphraseRequest *>(userdata);
    // libssh may call again after a failed attempt; one answer per key is enough.
    if (request->asked)
        return -1;
    request->asked = true;
    SecretBytes passphrase;
    QElapsedTimer waiting;
    waiting.start();
    const bool answered = takeSecret(request->interaction->keyPassphrase(request->identityFile), passphrase);
    request->waitedMs += waiting.elapsed();
    if (!answered) {
        request->declined = true;
        return -1;
    }
    // A passphrase that does not fit libssh's buffer (with its NUL) is refused rather than cut: a
    // truncated passphrase would only fail with a confusing "wrong passphrase".
    if (size_t(passphrase.size()) >= length)
        return -1;
    // libssh burns its buffer after use; ours is wiped when `passphrase` goes.
    std::memcpy(buffer, passphrase.constData(), size_t(passphrase.size()) + 1);
    return 0;
}

// The tokens of ssh_config's IdentityFile that matter for a path; ssh expands them the same way,
// so an identity from ~/.ssh/config names the same file here.
QString expandIdentityPath(QString path, const QString &user, const QString &host)
{
    const QString home = QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        path = home + path.mid(1);
    path.replace(QLatin1String("%d"), home);
    path.replace(QLatin1String("%u"), qEnvironmentVariable("USER"));
    path.replace(QLatin1String("%r"), user);
    path.replace(QLatin1String("%h"), host);
    path.replace(QLatin1String("%%"), QLatin1String("%"));
    return path;
}

// The protocol names of the methods, as `ssh -v` shows them, for a message that says what the
// server would accept.
QString methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    return names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", "));
}

/// What one remote command gave.
struct CommandOutput
{
    SecretBytes out; ///< the kubeconfig, with its keys
    QByteArray err;
    int exitStatus = -1;

    QString errText() const { return QString::fromUtf8(err).trimmed(); }
    bool errContains(const char *text) const { return err.contains(text); }
};

} // namespace

class SshSource::Fetch
{
public:
    Fetch(const SshTarget &target, const SshOptions &options, InteractionHandler &interaction,
          const std::atomic_bool *cancel)
        : m_target(target)
        , m_options(options)
        , m_interaction(interaction)
        , m_cancel(cancel)
        // One deadline for the whole fetch (connect, authenticate, run), moved on only by the time a
        // person takes to answer a question (see ask()).
        , m_deadline(std::chrono::seconds(qMax(1, options.timeoutSeconds)))
    {}

    SshFetchResult run();

private:
    bool configure();
    bool connect();
    bool checkHostKey();
    bool authenticate();
    bool authenticateWithKeyFile(const QString &file);
    bool authenticateInteractively(int methods);
    /// One password login: accepted, rejected (ask again), or stop (cancelled, failed; the result
    /// or m_keyProblems says why).
    enum class Login { Accepted, Rejected, Stop };
    Login keyboardInteractive(int attempt);
    Login passwordLogin(int attempt);
    Login declinedPrompt();
    bool readKubeconfig();
    /// Runs one command; its standard output may be at most `limit` bytes.
    bool runCommand(const QString &command, QByteArrayView input, CommandOutput &output,
                    qsizetype limit = MaximumOutput);
    void readServiceState();
    bool acceptOutput(CommandOutput &output);

    bool fail(SshFetchResult::Failure failure, const QString &error);
    /// True (and the result set) when the fetch must stop now: cancelled or out of time.
    bool stopped(const QDeadlineTimer &deadline);
    bool stopped() { return stopped(m_deadline); }
    void waitForSocket(const QDeadlineTimer &deadline);
    /// Repeats a non-blocking libssh call until it no longer answers `again`, waiting on the
    /// socket between calls. Returns `again` when cancelled or out of time (the result is set).
    template<typename Step>
    int drive(Step step, int again, const QDeadlineTimer &deadline);
    template<typename Step>
    int drive(Step step, int again)
    {
        return drive(step, again, m_deadline);
    }
    /// Asks the person at the keyboard. Their time is not the network's: the deadline moves on by
    /// as long as the answer took, so reading a fingerprint or typing a password never times out.
    template<typename Question>
    auto ask(Question question)
    {
        QElapsedTimer waiting;
        waiting.start();
        auto answer = question();
        m_deadline += waiting.elapsed();
        return answer;
    }
    QString libsshError() const { return fromC(ssh_get_error(m_session.get())); }
    QString hostPort() const;
    /// The host as the person knows it, for questions: the name they gave ("pi.lan"), with the
    /// address connected to when ~/.ssh/config's HostName made it another ("pi (192.168.1.5)").
    QString knownAs() const;
    QString knownHostsFile() const;
    QString timeoutError() const;

    const SshTarget &m_target;
    const SshOptions &m_options;
    InteractionHandler &m_interaction;
    const std::atomic_bool *m_cancel;
    QDeadlineTimer m_deadline;
    SessionPtr m_session;
    SshFetchResult m_result;
    QStringList m_triedKeys;
    QStringList m_keyProblems;
    int m_passwordRejections = 0;
    /// The password this fetch logged in with, offered to sudo for this fetch only; wiped with the
    /// Fetch.
    std::optional<SecretBytes> m_loginPassword;
    bool m_loginPasswordGivenToSudo = false;
};

bool SshSource::Fetch::fail(SshFetchResult::Failure failure, const QString &error)
{
    m_result.failure = failure;
    m_result.error = error;
    // Never set before the last step succeeds; if it were, this wipes it (and the copy adopt() takes).
    // adopt() returns a SecretBytes that is dropped at once, taking the wiped bytes with it.
    SecretBytes::adopt(std::move(m_result.kubeconfig));
    return false;
}

bool SshSource::Fetch::stopped(const QDeadlineTimer &deadline)
{
    // Cancel is checked before the deadline: a user who pressed Cancel wants to hear that, not
    // "timed out".
    if (m_cancel && m_cancel->load())
        return !fail(SshFetchResult::Failure::Cancelled, SshSource::tr("The SSH transfer was cancelled."));
    if (deadline.hasExpired())
        return !fail(SshFetchResult::Failure::Timeout, timeoutError());
    return false;
}

QString SshSource::Fetch::timeoutError() const
{
    const QString host = m_result.connectedHost.isEmpty() ? m_target.host : m_result.connectedHost;
    if (m_options.surface == Surface::Window)
        return SshSource::tr("%1 did not answer in time. Check that the host is reachable and that an SSH "
                             "server listens on port %2.")
            .arg(host)
            .arg(m_result.port);
    return SshSource::tr("%1 did not answer in time. Check that the host is reachable and that an SSH server "
                         "listens on port %2, or allow more time with --timeout.")
        .arg(host)
        .arg(m_result.port);
}

void SshSource::Fetch::waitForSocket(const QDeadlineTimer &deadline)
{
    const int waitMs = int(std::clamp<qint64>(deadline.remainingTime(), 0, PollIntervalMs));
    const socket_t fd = m_session ? ssh_get_fd(m_session.get()) : SSH_INVALID_SOCKET;
    // Before the socket exists there is nothing to poll; a short sleep keeps the loop from spinning.
    if (fd == SSH_INVALID_SOCKET) {
        QThread::msleep(ulong(qMin(waitMs, 20)));
        return;
    }
    pollfd pfd{fd, POLLIN, 0};
    // Woken by data or after the interval; either way drive() calls libssh again, which does the real
    // work. A spurious wake-up costs one more call.
    ::poll(&pfd, 1, waitMs);
}

template<typename Step>
int SshSource::Fetch::drive(Step step, int again, const QDeadlineTimer &deadline)
{
    for (;;) {
        const int rc = step();
        if (rc != again)
            return rc;
        if (stopped(deadline))
            return again;
        waitForSocket(deadline);
    }
}

QString SshSource::Fetch::knownAs() const
{
    if (m_result.connectedHost.isEmpty() || m_result.connectedHost == m_target.host)
        return m_target.host;
    return SshSource::tr("%1 (%2)").arg(m_target.host, m_result.connectedHost);
}

QString SshSource::Fetch::hostPort() const
{
    const QString host = m_result.connectedHost;
    // known_hosts writes a non-default port as "[host]:port"; messages use the same form so the user
    // can find the line.
    if (m_result.port == 22)
        return host;
    return QLatin1Char('[') + host + QLatin1String("]:") + QString::number(m_result.port);
}

QString SshSource::Fetch::knownHostsFile() const
{
    if (!m_options.knownHostsFile.isEmpty())
        return m_options.knownHostsFile;
    // The user's own known_hosts, as ssh uses: a host they already trust is trusted here, and one we
    // add is trusted by ssh too.
    return QDir::homePath() + QLatin1String("/.ssh/known_hosts");
}

bool SshSource::Fetch::configure()
{
    ssh_session session = m_session.get();
    // SshTarget::parse refuses these; a target built in code must not slip past it.
    if (m_target.host.isEmpty() || m_target.host.startsWith(QLatin1Char('-')))
        return fail(SshFetchResult::Failure::Other,
                    SshSource::tr("'%1' is not a host name: write ssh://[USER@]HOST[:PORT][/ABSOLUTE/PATH].")
                        .arg(m_target.host));
    if (!m_target.path.isEmpty() && !m_target.path.startsWith(QLatin1Char('/')))
        return fail(SshFetchResult::Failure::Other,
                    SshSource::tr("The remote path %1 must be absolute (like /etc/rancher/k3s/k3s.yaml).")
                        .arg(m_target.path));
    const QByteArray host = m_target.host.toUtf8();
    // No libssh logging: at higher levels it prints packets, which may hold a password or the
    // kubeconfig being read.
    const int verbosity = SSH_LOG_NOLOG;
    const bool processConfig = false; // parsed below, once, from the file we were given
    const long connectTimeout = qMax(1, m_options.connectTimeoutSeconds);
    ssh_options_set(session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
    ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    if (ssh_options_set(session, SSH_OPTIONS_HOST, host.constData()) != SSH_OK)
        return fail(SshFetchResult::Failure::Other,
                    SshSource::tr("'%1' is not a host name libssh accepts.").arg(m_target.host));

    // One ~/.ssh for everything: the config, known_hosts and the default keys. libssh would find
    // its own home in the password database; Kubeminder's is $HOME (QDir::homePath()), as for
    // known_hosts and the keys, so a session run with another HOME never mixes two homes.
    const QByteArray sshDirectory = QFile::encodeName(QDir::homePath() + QLatin1String("/.ssh"));
    ssh_options_set(session, SSH_OPTIONS_SSH_DIR, sshDirectory.constData());

    // The config may rename the host (HostName), pick the user, port, identities and a ProxyJump.
    // Without a named file libssh reads ~/.ssh/config and the system-wide file, as ssh does.
    if (m_options.configFile.isEmpty()) {
        if (ssh_options_parse_config(session, nullptr) != SSH_OK)
            return fail(SshFetchResult::Failure::Other,
                        SshSource::tr("Could not read your SSH configuration (~/.ssh/config): %1. Fix the "
                                      "file or name another one.")
                            .arg(libsshError()));
    } else {
        if (!QFileInfo::exists(m_options.configFile))
            return fail(
                SshFetchResult::Failure::Other,
                SshSource::tr("The SSH configuration file %1 does not exist.").arg(m_options.configFile));
        const QByteArray config = QFile::encodeName(m_options.configFile);
        if (ssh_options_parse_config(session, config.constData()) != SSH_OK)
            return fail(
                SshFetchResult::Failure::Other,
                SshSource::tr("Could not read the SSH configuration file %1: %2. Fix the file or name "
                              "another one.")
                    .arg(m_options.configFile, libsshError()));
    }

    // What the user typed wins over the config.
    if (!m_target.user.isEmpty()) {
        const QByteArray user = m_target.user.toUtf8();
        ssh_options_set(session, SSH_OPTIONS_USER, user.constData());
    }
    if (m_target.port > 0) {
        const unsigned int port = unsigned(m_target.port);
        ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    }
    const QByteArray knownHosts = QFile::encodeName(knownHostsFile());
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    // libssh's own timeout for blocking waits; the fetch's deadline still bounds the whole run.
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &connectTimeout);

    char *value = nullptr;
    // Read back after the config is applied: messages name the host, user and port actually used,
    // which a HostName or Port line may have changed.
    if (ssh_options_get(session, SSH_OPTIONS_HOST, &value) == SSH_OK) {
        m_result.connectedHost = fromC(value);
        ssh_string_free_char(value);
    }
    if (ssh_options_get(session, SSH_OPTIONS_USER, &value) == SSH_OK) {
        m_result.user = fromC(value);
        ssh_string_free_char(value);
    }
    unsigned int port = 22;
    if (ssh_options_get_port(session, &port) == SSH_OK)
        m_result.port = int(port);
    if (m_result.connectedHost.isEmpty())
        m_result.connectedHost = m_target.host;
    return true;
}

bool SshSource::Fetch::connect()
{
    ssh_session session = m_session.get();
    // Non-blocking, driven by drive(): a blocking libssh call cannot be cancelled and may outlive the
    // deadline (DNS, a server that accepts TCP and then says nothing).
    ssh_set_blocking(session, 0);
    QDeadlineTimer connectDeadline(std::chrono::seconds(qMax(1, m_options.connectTimeoutSeconds)));
    // The connect gets its own, shorter budget, but never more than the whole fetch has left.
    if (m_deadline.deadlineNSecs() < connectDeadline.deadlineNSecs())
        connectDeadline = m_deadline;
    const int rc = drive([&] { return ssh_connect(session); }, SSH_AGAIN, connectDeadline);
    if (rc == SSH_OK) {
        // libssh fills in the local user name only now, when none was set.
        char *user = nullptr;
        if (m_result.user.isEmpty() && ssh_options_get(session, SSH_OPTIONS_USER, &user) == SSH_OK) {
            m_result.user = fromC(user);
            ssh_string_free_char(user);
        }
        return true;
    }
    if (rc == SSH_AGAIN)
        return false; // cancelled or timed out; the result says which

    const QString detail = libsshError();
    const QString where = m_result.connectedHost;
    // libssh reports these only as text; matching its English words is the one way to give each its
    // own advice. Anything unmatched falls through to the generic message with libssh's text.
    if (detail.contains(QLatin1String("resolve"), Qt::CaseInsensitive))
        return fail(
            SshFetchResult::Failure::NameResolution,
            SshSource::tr("The host name %1 could not be resolved. Check the spelling, your DNS, or the "
                          "HostName in your SSH configuration.")
                .arg(where));
    if (detail.contains(QLatin1String("refused"), Qt::CaseInsensitive))
        return fail(SshFetchResult::Failure::ConnectionRefused,
                    SshSource::tr("%1 refused the connection on port %2. Check that the SSH server runs and "
                                  "listens on that port.")
                        .arg(where)
                        .arg(m_result.port));
    if (detail.contains(QLatin1String("timeout"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("timed out"), Qt::CaseInsensitive))
        return fail(SshFetchResult::Failure::Timeout, timeoutError());
    return fail(SshFetchResult::Failure::Other,
                SshSource::tr("Could not open an SSH connection to %1 port %2: %3")
                    .arg(where)
                    .arg(m_result.port)
                    .arg(detail));
}

bool SshSource::Fetch::checkHostKey()
{
    ssh_session session = m_session.get();
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(session, &rawKey) != SSH_OK)
        return fail(SshFetchResult::Failure::Other,
                    SshSource::tr("The SSH server %1 sent no usable host key.").arg(m_result.connectedHost));
    const KeyPtr serverKey(rawKey);
    const QString fingerprint = sha256Fingerprint(serverKey.get());
    const QString keyType = keyTypeName(serverKey.get());
    const QString file = knownHostsFile();

    const ssh_known_hosts_e state = ssh_session_is_known_server(session);
    switch (state) {
    // Known and matching: nothing to ask.
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        // libssh reports the change but not the entry it compared with: read the file ourselves,
        // letting libssh match (hashed) host names, to name the old keys and their lines.
        QStringList lines;
        QStringList oldFingerprints;
        QFile known(file);
        if (known.open(QIODevice::ReadOnly)) {
            const QByteArray host = hostPort().toUtf8();
            int number = 0;
            // Bounded line count and length: the known_hosts file is the user's, but may be huge or damaged,
            // and this loop only serves a message.
            while (!known.atEnd() && number < 100000) {
                const QByteArray line = known.readLine(64 * 1024).trimmed();
                ++number;
                if (line.isEmpty() || line.startsWith('#'))
                    continue;
                ssh_knownhosts_entry *rawCandidate = nullptr;
                if (ssh_known_hosts_parse_line(host.constData(), line.constData(), &rawCandidate) != SSH_OK)
                    continue;
                const KnownHostsEntryPtr candidate(rawCandidate);
                if (!candidate->publickey ||
                    ssh_key_cmp(candidate->publickey, serverKey.get(), SSH_KEY_CMP_PUBLIC) == 0)
                    continue;
                lines << QString::number(number);
                const QString old = sha256Fingerprint(candidate->publickey) + QLatin1String(" (") +
                                    keyTypeName(candidate->publickey) + QLatin1Char(')');
                if (!oldFingerprints.contains(old))
                    oldFingerprints << old;
            }
        }
        const QString oldFingerprint = oldFingerprints.isEmpty() ? SshSource::tr("a different key")
                                                                 : oldFingerprints.join(QLatin1String(", "));
        const QString where = lines.isEmpty()
                                  ? SshSource::tr("the entry for %1 in %2").arg(hostPort(), file)
                                  : SshSource::tr("line %1 of %2").arg(lines.join(QLatin1String(", ")), file);
        return fail(
            SshFetchResult::Failure::HostKeyChanged,
            SshSource::tr("The host key of %1 has changed: %2 remembers %3, the server now shows %4 (%5). "
                          "Someone may be intercepting the connection, or the server was reinstalled. "
                          "Nothing was read. If you are sure the new key is right, remove %6 (for "
                          "example: ssh-keygen -R '%1' -f '%2') and try again.")
                .arg(hostPort(), file, oldFingerprint, fingerprint, keyType, where));
    }
    // Unknown host or no known_hosts file yet: trust on first use, as ssh does, but only after the
    // user saw the fingerprint (or passed --accept-new-host-key, like ssh's accept-new).
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        break;
    case SSH_KNOWN_HOSTS_ERROR:
        return fail(SshFetchResult::Failure::Other,
                    SshSource::tr("Could not check the host key of %1 against %2: %3")
                        .arg(hostPort(), file, libsshError()));
    }

    InteractionHandler::HostKeyDecision decision = InteractionHandler::HostKeyDecision::AcceptAndRemember;
    if (!m_options.acceptNewHostKey)
        decision =
            ask([&] { return m_interaction.unknownHostKey(knownAs(), m_result.port, keyType, fingerprint); });
    // The person may have taken long, or cancelled, while the question was open.
    if (stopped())
        return false;
    if (decision == InteractionHandler::HostKeyDecision::Reject)
        return fail(SshFetchResult::Failure::HostKeyUnknown,
                    SshSource::tr("The host key of %1 is not known (%2 key %3). Nothing was read. Check the "
                                  "fingerprint with the server's administrator (ssh-keygen -lf on the host's "
                                  "key), then accept it, or add it to %4.")
                        .arg(hostPort(), keyType, fingerprint, file));
    if (decision == InteractionHandler::HostKeyDecision::AcceptAndRemember) {
        // ~/.ssh may not exist yet on a fresh account; libssh does not create it.
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (ssh_session_update_known_hosts(session) != SSH_OK)
            return fail(SshFetchResult::Failure::Other,
                        SshSource::tr("Could not record the host key of %1 in %2: %3")
                            .arg(hostPort(), file, libsshError()));
    }
    return true;
}

bool SshSource::Fetch::authenticateWithKeyFile(const QString &file)
{
    ssh_session session = m_session.get();
    const QByteArray path = QFile::encodeName(file);
    m_triedKeys << file;

    // Offer the public half first: no passphrase prompt for a key the server would not take.
    ssh_key rawPublic = nullptr;
    if (ssh_pki_import_pubkey_file(QFile::encodeName(file + QLatin1String(".pub")).constData(), &rawPublic) ==
        SSH_OK) {
        const KeyPtr publicKey(rawPublic);
        const int offered = drive(
            [&] { return ssh_userauth_try_publickey(session, nullptr, publicKey.get()); }, SSH_AUTH_AGAIN);
        // A key the server refuses is skipped before its private half is loaded, so the user is never
        // asked for the passphrase of a key that cannot work.
        if (offered == SSH_AUTH_AGAIN || offered == SSH_AUTH_ERROR)
            return false;
        if (offered != SSH_AUTH_SUCCESS)
            return false;
    }

    PassphraseRequest request{&m_interaction, file};
    ssh_key rawPrivate = nullptr;
    const int imported =
        ssh_pki_import_privkey_file(path.constData(), nullptr, passphraseCallback, &request, &rawPrivate);
    const KeyPtr privateKey(rawPrivate);
    // The time spent typing the passphrase is the user's, not the network's (as in ask()).
    m_deadline += request.waitedMs;
    if (imported != SSH_OK) {
        // Three different sentences, because the fixes differ: give a passphrase, type it again, or name
        // another file.
        if (request.declined)
            m_keyProblems << SshSource::tr("no passphrase was given for %1").arg(file);
        else if (request.asked)
            m_keyProblems << SshSource::tr("the passphrase for %1 was not accepted").arg(file);
        else
            m_keyProblems << SshSource::tr("%1 could not be read as a private key").arg(file);
        return false;
    }
    const int rc =
        drive([&] { return ssh_userauth_publickey(session, nullptr, privateKey.get()); }, SSH_AUTH_AGAIN);
    return rc == SSH_AUTH_SUCCESS;
}

SshSource::Fetch::Login SshSource::Fetch::declinedPrompt()
{
    // Declined by a person (Cancel, an empty terminal line at EOF) is the user's choice, said as such;
    // a command line with no terminal never asked anyone, and the login failure names that.
    if (m_interaction.canAsk())
        fail(SshFetchResult::Failure::Cancelled,
             SshSource::tr("Cancelled at the password prompt for %1@%2. Nothing was read.")
                 .arg(m_result.user, m_result.connectedHost));
    else
        m_keyProblems << SshSource::tr("no password could be asked for (no terminal)");
    return Login::Stop;
}

SshSource::Fetch::Login SshSource::Fetch::keyboardInteractive(int attempt)
{
    ssh_session session = m_session.get();
    const QString &user = m_result.user;
    SecretBytes firstHiddenAnswer; // PAM's first hidden question is the password, whatever its wording
    bool haveHiddenAnswer = false;
    int rc = drive([&] { return ssh_userauth_kbdint(session, nullptr, nullptr); }, SSH_AUTH_AGAIN);
    // Bounded rounds: a server that keeps asking new questions (or a broken PAM stack) must not keep
    // the user answering forever.
    for (int round = 0; rc == SSH_AUTH_INFO && round < 10; ++round) {
        const int prompts = ssh_userauth_kbdint_getnprompts(session);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const QString prompt = fromC(ssh_userauth_kbdint_getprompt(session, unsigned(i), &echo));
            SecretBytes answer;
            if (!takeSecret(
                    ask([&] { return m_interaction.password(user, knownAs(), prompt, echo != 0, attempt); }),
                    answer))
                return declinedPrompt();
            // NUL-terminated; libssh copies the answer and burns its copy.
            if (ssh_userauth_kbdint_setanswer(session, unsigned(i), answer.constData()) < 0)
                return Login::Stop;
            if (!echo && !haveHiddenAnswer) {
                firstHiddenAnswer = std::move(answer);
                haveHiddenAnswer = true;
            }
        }
        if (stopped())
            return Login::Stop;
        rc = drive([&] { return ssh_userauth_kbdint(session, nullptr, nullptr); }, SSH_AUTH_AGAIN);
    }
    if (rc == SSH_AUTH_SUCCESS) {
        if (haveHiddenAnswer)
            m_loginPassword = std::move(firstHiddenAnswer);
        return Login::Accepted;
    }
    if (rc == SSH_AUTH_AGAIN || rc == SSH_AUTH_ERROR)
        return Login::Stop;
    return Login::Rejected;
}

SshSource::Fetch::Login SshSource::Fetch::passwordLogin(int attempt)
{
    ssh_session session = m_session.get();
    const QString &user = m_result.user;
    SecretBytes password;
    // No prompt of the server's: the handler asks "Password for USER@HOST:" in its own words.
    if (!takeSecret(ask([&] { return m_interaction.password(user, knownAs(), QString(), false, attempt); }),
                    password))
        return declinedPrompt();
    const int rc =
        drive([&] { return ssh_userauth_password(session, nullptr, password.constData()); }, SSH_AUTH_AGAIN);
    if (rc == SSH_AUTH_SUCCESS) {
        m_loginPassword = std::move(password);
        return Login::Accepted;
    }
    if (rc == SSH_AUTH_AGAIN || rc == SSH_AUTH_ERROR)
        return Login::Stop;
    return Login::Rejected;
}

bool SshSource::Fetch::authenticateInteractively(int methods)
{
    // Three tries, as ssh's NumberOfPasswordPrompts: each question after the first says the answer
    // before was not accepted. Keyboard-interactive first (PAM's usual way); "password" when the
    // server offers only that, or still offers it after keyboard-interactive failed.
    for (int attempt = 1; attempt <= PasswordTries; ++attempt) {
        Login login = Login::Stop;
        if (methods & SSH_AUTH_METHOD_INTERACTIVE)
            login = keyboardInteractive(attempt);
        else if (methods & SSH_AUTH_METHOD_PASSWORD)
            login = passwordLogin(attempt);
        if (login == Login::Accepted)
            return true;
        if (login == Login::Stop || stopped())
            return false;
        ++m_passwordRejections;
        // The server may hang up after its own limit (MaxAuthTries), or change what it offers.
        if (!ssh_is_connected(m_session.get()))
            return false;
        methods = ssh_userauth_list(m_session.get(), nullptr) &
                  (SSH_AUTH_METHOD_INTERACTIVE | SSH_AUTH_METHOD_PASSWORD);
        if (methods == 0)
            return false;
    }
    return false;
}

bool SshSource::Fetch::authenticate()
{
    ssh_session session = m_session.get();
    // "none" both logs in on servers that allow it and makes the server list its methods.
    int rc = drive([&] { return ssh_userauth_none(session, nullptr); }, SSH_AUTH_AGAIN);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    if (rc == SSH_AUTH_AGAIN)
        return false;
    const auto connectionLost = [&] {
        if (!m_result.error.isEmpty() && !m_result.ok())
            return true;
        if (ssh_is_connected(session))
            return false;
        return !fail(SshFetchResult::Failure::Other,
                     SshSource::tr("The connection to %1 was closed during authentication: %2")
                         .arg(m_result.connectedHost, libsshError()));
    };
    const int offered = ssh_userauth_list(session, nullptr);

    if (offered & SSH_AUTH_METHOD_PUBLICKEY) {
        // Without a running agent (SSH_AUTH_SOCK or the config's IdentityAgent) this is a quick "denied".
        rc = drive([&] { return ssh_userauth_agent(session, nullptr); }, SSH_AUTH_AGAIN);
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        if (stopped() || connectionLost())
            return false;

        QStringList files;
        if (!m_options.identityFile.isEmpty())
            files << m_options.identityFile;
        char *configured = nullptr;
        if (ssh_options_get(session, SSH_OPTIONS_IDENTITY, &configured) == SSH_OK) {
            files << expandIdentityPath(fromC(configured), m_result.user, m_result.connectedHost);
            ssh_string_free_char(configured);
        }
        const QString ssh = QDir::homePath() + QLatin1String("/.ssh/");
        // ssh's default identity files, newest key type first; keys named explicitly come before them.
        files << ssh + QLatin1String("id_ed25519") << ssh + QLatin1String("id_ecdsa")
              << ssh + QLatin1String("id_rsa");
        files.removeDuplicates();
        for (const QString &file : std::as_const(files)) {
            // Default and configured keys that do not exist are skipped quietly, as ssh does; the one the
            // user named with --identity must exist.
            if (file != m_options.identityFile && !QFileInfo::exists(file))
                continue;
            if (file == m_options.identityFile && !QFileInfo::exists(file))
                return fail(SshFetchResult::Failure::AuthenticationDenied,
                            SshSource::tr("The identity file %1 does not exist.").arg(file));
            if (authenticateWithKeyFile(file))
                return true;
            if (stopped() || connectionLost())
                return false;
        }
    }

    if (offered & (SSH_AUTH_METHOD_INTERACTIVE | SSH_AUTH_METHOD_PASSWORD)) {
        if (authenticateInteractively(offered & (SSH_AUTH_METHOD_INTERACTIVE | SSH_AUTH_METHOD_PASSWORD)))
            return true;
        if (stopped() || connectionLost())
            return false;
    }

    // One sentence with everything tried, so the user can tell "wrong key" from "no key offered at all".
    QString error = m_passwordRejections > 0
                        ? SshSource::tr("%1 did not accept the password for %2@%1.")
                              .arg(m_result.connectedHost, m_result.user)
                        : SshSource::tr("%1 refused to log in %2. The server offers: %3.")
                              .arg(m_result.connectedHost, m_result.user, methodNames(offered));
    if (!m_triedKeys.isEmpty())
        error +=
            QLatin1Char(' ') + SshSource::tr("Keys tried: %1.").arg(m_triedKeys.join(QLatin1String(", ")));
    if (!m_keyProblems.isEmpty())
        error += QLatin1Char(' ') + SshSource::tr("Also: %1.").arg(m_keyProblems.join(QLatin1String("; ")));
    // Advice the reader can follow: key advice only where the server takes keys, and in the words of
    // the front end they use.
    QString advice;
    if (offered & SSH_AUTH_METHOD_PUBLICKEY)
        advice =
            m_options.surface == Surface::Window
                ? SshSource::tr("Add your public key to ~/.ssh/authorized_keys of %1 on the server, load "
                                "the key into ssh-agent, or choose it under Identity file.")
                      .arg(m_result.user)
                : SshSource::tr("Add your public key to ~/.ssh/authorized_keys of %1 on the server, load "
                                "the key into ssh-agent, or name it with --identity.")
                      .arg(m_result.user);
    else if (offered & (SSH_AUTH_METHOD_INTERACTIVE | SSH_AUTH_METHOD_PASSWORD))
        advice = SshSource::tr("Check the user name and the password of %1 on %2, then try again.")
                     .arg(m_result.user, m_result.connectedHost);
    if (!advice.isEmpty())
        error += QLatin1Char(' ') + advice;
    return fail(SshFetchResult::Failure::AuthenticationDenied, error);
}

bool SshSource::Fetch::runCommand(const QString &command, QByteArrayView input, CommandOutput &output,
                                  qsizetype limit)
{
    ssh_session session = m_session.get();
    const ChannelPtr channel(ssh_channel_new(session));
    if (!channel)
        return fail(SshFetchResult::Failure::Other, SshSource::tr("Could not open an SSH channel to %1: %2")
                                                        .arg(m_result.connectedHost, libsshError()));
    int rc = drive([&] { return ssh_channel_open_session(channel.get()); }, SSH_AGAIN);
    if (rc == SSH_AGAIN)
        return false;
    if (rc != SSH_OK)
        return fail(SshFetchResult::Failure::Other, SshSource::tr("%1 did not open a session channel: %2")
                                                        .arg(m_result.connectedHost, libsshError()));
    // The command is built from a fixed program and a shell-quoted path (remoteCommand()); nothing of
    // the remote host's answers ever becomes part of it.
    const QByteArray commandBytes = command.toUtf8();
    rc = drive([&] { return ssh_channel_request_exec(channel.get(), commandBytes.constData()); }, SSH_AGAIN);
    if (rc == SSH_AGAIN)
        return false;
    if (rc != SSH_OK)
        return fail(
            SshFetchResult::Failure::Other,
            SshSource::tr("%1 refused to run a command: %2").arg(m_result.connectedHost, libsshError()));

    if (!input.isEmpty()) {
        qsizetype written = 0;
        while (written < input.size()) {
            const int n = ssh_channel_write(channel.get(), input.constData() + written,
                                            uint32_t(input.size() - written));
            if (n < 0)
                return fail(SshFetchResult::Failure::Other, SshSource::tr("The connection to %1 failed: %2")
                                                                .arg(m_result.connectedHost, libsshError()));
            written += n;
            if (n == 0 && stopped())
                return false;
        }
    }
    // EOF after the input (or at once), so `sudo -S` and `cat` never wait for more from us.
    ssh_channel_send_eof(channel.get());

    // Standard output is read straight into the secret buffer: no stack copy of the kubeconfig.
    constexpr qsizetype Chunk = 16384;
    char errors[4096];
    const auto readFailed = [&] {
        return fail(SshFetchResult::Failure::Other,
                    SshSource::tr("The connection to %1 failed while reading: %2")
                        .arg(m_result.connectedHost, libsshError()));
    };
    for (;;) {
        if (stopped())
            return false;
        const qsizetype had = output.out.size();
        output.out.resize(had + Chunk);
        const int n =
            ssh_channel_read_nonblocking(channel.get(), output.out.data() + had, uint32_t(Chunk), 0);
        output.out.resize(had + std::max(n, 0));
        if (n == SSH_ERROR)
            return readFailed();
        if (output.out.size() > limit)
            return fail(SshFetchResult::Failure::NotAKubeconfig,
                        SshSource::tr("The output on %1 is larger than %2 MiB: that is not a "
                                      "kubeconfig. Check the path or preset.")
                            .arg(m_result.connectedHost)
                            .arg(MaximumOutput / (1024 * 1024)));
        // Both streams are read in the same loop: a command that fills stderr's window while we only read
        // stdout would stall, and the other way round.
        const int e = ssh_channel_read_nonblocking(channel.get(), errors, sizeof errors, 1);
        if (e == SSH_ERROR)
            return readFailed();
        // Standard error beyond the cap is dropped, not fatal.
        if (e > 0 && output.err.size() + e <= MaximumErrorOutput)
            output.err.append(errors, e);
        if (n <= 0 && e <= 0) {
            if (ssh_channel_is_eof(channel.get()) || ssh_channel_is_closed(channel.get()))
                break;
            waitForSocket(m_deadline);
        }
    }

    rc = drive(
        [&] {
            const int status = ssh_channel_get_exit_status(channel.get());
            // The exit status may arrive after EOF on the data; wait for it, within the deadline.
            if (status == -1 && !ssh_channel_is_closed(channel.get()) && ssh_is_connected(session))
                return SSH_AGAIN;
            return status;
        },
        SSH_AGAIN);
    if (rc == SSH_AGAIN && !m_result.error.isEmpty())
        return false;
    output.exitStatus = rc;
    return true;
}

bool SshSource::Fetch::acceptOutput(CommandOutput &output)
{
    // The document keeps the (borrowed, not copied) bytes; it goes before `output` does.
    const KubeconfigDocument::Status status =
        KubeconfigDocument::parse(m_target.path, output.out.borrowed()).status();
    // A kubeconfig the parser refuses is not passed on: the import would fail later anyway, and this
    // message can say where the bytes came from.
    if (status != KubeconfigDocument::Status::Ok) {
        // A message some tools print instead of a kubeconfig (microk8s config on a worker node).
        if (const QString hint = CommandSource::explainNotAKubeconfig(output.out.view()); !hint.isEmpty())
            return fail(SshFetchResult::Failure::NotAKubeconfig, hint);
        // The parser's message may quote the content; say only what kind of problem it was.
        return fail(SshFetchResult::Failure::NotAKubeconfig,
                    SshSource::tr("What %1 sent is not a kubeconfig (%2). Check the path or the preset.")
                        .arg(m_result.connectedHost, KubeconfigDocument::statusName(status)));
    }
    // The one copy that leaves: the caller owns it (see SshFetchResult::kubeconfig).
    m_result.kubeconfig = output.out.view().toByteArray();
    m_result.failure = SshFetchResult::Failure::None;
    m_result.error.clear();
    return true;
}

bool SshSource::Fetch::readKubeconfig()
{
    const QString command = SshSource::remoteCommand(m_options.preset, m_target.path);
    const QString what =
        m_target.path.isEmpty() && SshSource::defaultPath(m_options.preset).isEmpty()
            ? command
            : (m_target.path.isEmpty() ? SshSource::defaultPath(m_options.preset) : m_target.path);
    const QString &host = m_result.connectedHost;
    // English messages from cat and sudo: they are matched below.
    const QString plain = QLatin1String("env LC_ALL=C ") + command;

    // Exit status 127 is the shell's "command not found" (microk8s or k0s missing).
    const auto missingOrFailed = [&](const CommandOutput &output) {
        if (output.exitStatus == 127)
            return fail(SshFetchResult::Failure::Other,
                        SshSource::tr("A command needed to read %1 is not installed on %2: %3")
                            .arg(what, host, output.errText()));
        if (output.errContains("No such file or directory"))
            return fail(SshFetchResult::Failure::FileMissing,
                        SshSource::tr("%1 does not exist on %2. Check the path, or choose the preset for the "
                                      "cluster's distribution (k3s, rke2, kubeadm, microk8s, k0s).")
                            .arg(what, host));
        if (output.errContains("Is a directory"))
            return fail(SshFetchResult::Failure::NotAKubeconfig,
                        SshSource::tr("%1 on %2 is a folder, not a kubeconfig.").arg(what, host));
        return fail(SshFetchResult::Failure::Other,
                    SshSource::tr("Reading %1 on %2 failed (exit status %3): %4")
                        .arg(what, host)
                        .arg(output.exitStatus)
                        .arg(output.errText()));
    };
    // The ways cat and the distributions' tools say "needs root". Only these lead to sudo: any other
    // failure is reported as it is, without asking for a password.
    const auto permissionDenied = [](const CommandOutput &output) {
        return output.errContains("Permission denied") || output.errContains("permission denied") ||
               output.errContains("Insufficient permissions") || output.errContains("must be root") ||
               output.errContains("must be run as root");
    };

    // Without sudo first: most setups that make the file readable need no password, and trying costs
    // one round trip.
    if (m_options.sudo != SshOptions::Sudo::Always) {
        CommandOutput output;
        if (!runCommand(plain, {}, output))
            return false;
        if (output.exitStatus == 0)
            return acceptOutput(output);
        if (!permissionDenied(output))
            return missingOrFailed(output);
        if (m_options.sudo == SshOptions::Sudo::Never)
            return fail(
                SshFetchResult::Failure::PermissionDenied,
                (m_options.surface == Surface::Window
                     ? SshSource::tr("%1 on %2 is not readable by %3. Set Sudo to “When needed”, or "
                                     "make the file readable (for K3s: start it with "
                                     "--write-kubeconfig-mode 0644, or copy the file somewhere %3 "
                                     "can read it).")
                     : SshSource::tr("%1 on %2 is not readable by %3. Allow sudo (--sudo auto), or make "
                                     "the file readable (for K3s: start it with "
                                     "--write-kubeconfig-mode 0644, or copy the file somewhere %3 "
                                     "can read it)."))
                    .arg(what, host, m_result.user));
        if (stopped())
            return false;
    }

    const auto sudoRefused = [&](const CommandOutput &output) -> std::optional<bool> {
        if (output.exitStatus == 0)
            return std::nullopt;
        if (output.errContains("not in the sudoers") || output.errContains("not allowed to") ||
            output.errContains("may not run sudo"))
            return fail(
                SshFetchResult::Failure::SudoRefused,
                SshSource::tr("%1 may not use sudo on %2 to read %3. Ask the administrator to make the "
                              "file readable or to allow sudo for %1.")
                    .arg(m_result.user, host, what));
        if (output.errContains("must have a tty") || output.errContains("no tty present"))
            return fail(SshFetchResult::Failure::SudoRefused,
                        SshSource::tr("sudo on %1 requires a terminal (requiretty). Allow sudo without a "
                                      "terminal for %2, or make %3 readable.")
                            .arg(host, m_result.user, what));
        if (output.exitStatus == 127 && output.errContains("sudo"))
            return fail(SshFetchResult::Failure::SudoRefused,
                        SshSource::tr("sudo is not installed on %1, and %2 cannot read %3 without it.")
                            .arg(host, m_result.user, what));
        return std::nullopt;
    };

    CommandOutput viaSudo;
    // sudo -n first: with NOPASSWD (or a cached sudo timestamp) no password is asked for at all.
    if (!runCommand(QLatin1String("env LC_ALL=C sudo -n ") + command, {}, viaSudo))
        return false;
    if (viaSudo.exitStatus == 0)
        return acceptOutput(viaSudo);
    if (!viaSudo.errContains("password is required")) {
        if (const auto refused = sudoRefused(viaSudo))
            return *refused;
        return missingOrFailed(viaSudo);
    }

    // Three tries, as sudo's own passwd_tries: a typo on a phone-sized keyboard must not end the
    // whole fetch. Each answer goes to one `sudo -S`, which reads one line.
    constexpr int SudoTries = 3;
    const auto wrongPassword = [](const CommandOutput &output) {
        return output.errContains("incorrect password") || output.errContains("Sorry, try again") ||
               output.errContains("password is required") || output.errContains("no password was provided");
    };
    for (int attempt = 1; attempt <= SudoTries; ++attempt) {
        // The login password is offered until it was given once: if sudo turned it down, it is not
        // the sudo password.
        const bool offerLogin = m_loginPassword.has_value() && !m_loginPasswordGivenToSudo;
        InteractionHandler::SudoAnswer answer =
            ask([&] { return m_interaction.sudoPassword(m_result.user, knownAs(), attempt, offerLogin); });
        SecretBytes input;
        if (answer.kind == InteractionHandler::SudoAnswer::Kind::LoginPassword && offerLogin) {
            input = m_loginPassword->copy();
            m_loginPasswordGivenToSudo = true;
        } else if (answer.kind == InteractionHandler::SudoAnswer::Kind::Typed) {
            input = std::move(answer.password);
        } else {
            if (stopped())
                return false;
            if (m_interaction.canAsk())
                return fail(SshFetchResult::Failure::Cancelled,
                            SshSource::tr("Cancelled at the sudo password prompt on %1. Nothing was read.")
                                .arg(host));
            // No one to ask: a command line without a terminal, or --sudo-password-stdin's one line
            // was used.
            return fail(
                SshFetchResult::Failure::SudoRefused,
                attempt > 1
                    ? SshSource::tr("sudo on %1 did not accept the password for %2. Nothing was read.")
                          .arg(host, m_result.user)
                    : SshSource::tr("sudo on %1 needs the password of %2, and none was given. Give it "
                                    "when asked (or with --sudo-password-stdin), or make %3 readable.")
                          .arg(host, m_result.user, what));
        }
        if (stopped())
            return false;
        // `-p ''` below keeps sudo's prompt out of stderr, so its text is only ever sudo's answer.
        input.append('\n'); // the password, as sudo -S reads it
        CommandOutput withPassword;
        const bool ran =
            runCommand(QLatin1String("env LC_ALL=C sudo -S -p '' ") + command, input.view(), withPassword);
        // The password is wiped as soon as the command has run, whatever its result.
        input.clear();
        if (!ran)
            return false;
        if (withPassword.exitStatus == 0)
            return acceptOutput(withPassword);
        if (wrongPassword(withPassword))
            continue; // asked again, saying the last one was not accepted
        if (const auto refused = sudoRefused(withPassword))
            return *refused;
        return missingOrFailed(withPassword);
    }
    return fail(SshFetchResult::Failure::SudoRefused,
                SshSource::tr("sudo on %1 did not accept the password for %2 three times. Nothing was read.")
                    .arg(host, m_result.user));
}

void SshSource::Fetch::readServiceState()
{
    if (!m_options.readServiceState)
        return;
    QString unit;
    if (m_options.preset == SshOptions::Preset::K3s)
        unit = ServiceState::K3sUnit;
    else if (m_options.preset == SshOptions::Preset::Rke2)
        unit = ServiceState::Rke2Unit;
    else
        return;
    // Best effort, after the kubeconfig was read: a few seconds at most, and nothing here turns the
    // fetch into a failure (no systemd, a slow server, a strange answer: the advice is only less
    // precise). Only a cancel stays a cancel.
    constexpr std::chrono::seconds ServiceStateTime(5);
    const QDeadlineTimer whole = m_deadline;
    m_deadline = std::min(m_deadline, QDeadlineTimer(ServiceStateTime));
    // Held aside, so that a failure of this step (fail() wipes the result's kubeconfig) leaves it.
    QByteArray kubeconfig = std::exchange(m_result.kubeconfig, {});
    CommandOutput output;
    const bool ran = runCommand(ServiceState::command(unit), {}, output, ServiceState::MaximumOutput);
    m_deadline = whole;
    if (m_cancel && m_cancel->load()) {
        SecretBytes::adopt(std::move(kubeconfig)); // wiped: a cancelled fetch gives nothing
        return;
    }
    m_result.kubeconfig = std::move(kubeconfig);
    m_result.failure = SshFetchResult::Failure::None;
    m_result.error.clear();
    if (ran && output.exitStatus == 0)
        m_result.service = ServiceState::parse(unit, output.out.view());
}

SshFetchResult SshSource::Fetch::run()
{
    m_result.failure = SshFetchResult::Failure::Other;
    m_result.connectedHost = m_target.host;
    m_result.port = m_target.port > 0 ? m_target.port : 22;
    m_session.reset(ssh_new());
    if (!m_session) {
        fail(SshFetchResult::Failure::Other,
             SshSource::tr("Could not start an SSH session (out of memory?)."));
        return m_result;
    }
    // The order is the security: the host key is checked before any credential is offered, so a
    // password or key signature never goes to a server we have not verified.
    if (stopped() || !configure() || !connect() || !checkHostKey() || !authenticate() || stopped() ||
        !readKubeconfig())
        return m_result;
    readServiceState();
    return m_result;
}

std::optional<SshTarget> SshTarget::parse(const QString &url, QString *error)
{
    const auto bad = [&](const QString &message) -> std::optional<SshTarget> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QLatin1String scheme("ssh://");
    if (!url.startsWith(scheme, Qt::CaseInsensitive))
        return bad(
            SshSource::tr("'%1' is not an SSH address: write ssh://[USER@]HOST[:PORT][/ABSOLUTE/PATH].")
                .arg(url));
    const QString rest = url.mid(scheme.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString authority = slash < 0 ? rest : rest.left(slash);
    SshTarget target;
    target.path = slash < 0 ? QString() : rest.mid(slash);
    if (target.path == QLatin1String("/"))
        target.path.clear();
    // The path goes to `cat --`, quoted: nothing expands it, so only absolute paths mean what they say.
    if (target.path.startsWith(QLatin1String("/~")) || target.path.startsWith(QLatin1String("/./")) ||
        target.path.startsWith(QLatin1String("/../")))
        return bad(SshSource::tr("The remote path in '%1' must be absolute (like /etc/rancher/k3s/k3s.yaml); "
                                 "~ and relative paths are not expanded.")
                       .arg(url));
    if (target.path.contains(QChar(0)) || target.path.contains(QLatin1Char('\n')))
        return bad(SshSource::tr("The remote path in '%1' contains a control character.").arg(url));

    // The last '@': a user name may hold one (user@domain), a host never does.
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        target.user = authority.left(at);
        authority = authority.mid(at + 1);
        if (target.user.isEmpty())
            return bad(SshSource::tr("The user name in '%1' is empty: write USER@HOST or leave out the @.")
                           .arg(url));
        if (target.user.contains(QLatin1Char(':')))
            // Not echoed: the address holds a password.
            return bad(SshSource::tr("The SSH address contains a password. Passwords are never part of the "
                                     "address: you will be asked for one when it is needed."));
        for (const QChar c : std::as_const(target.user)) {
            if (c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char('@'))
                return bad(SshSource::tr("The user name in '%1' contains a character that is not allowed.")
                               .arg(url));
        }
        // A leading '-' could be read as an option by any program the name is handed to.
        if (target.user.startsWith(QLatin1Char('-')))
            return bad(SshSource::tr("The user name in '%1' may not start with '-'.").arg(url));
    }

    QString portText;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad(SshSource::tr("The IPv6 address in '%1' has no closing ']'.").arg(url));
        target.host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return bad(SshSource::tr("Unexpected text after the IPv6 address in '%1'.").arg(url));
            portText = after.mid(1);
            if (portText.isEmpty())
                return bad(SshSource::tr("The port in '%1' is empty.").arg(url));
        }
        if (target.host.isEmpty())
            return bad(SshSource::tr("The host in '%1' is empty.").arg(url));
        for (const QChar c : std::as_const(target.host)) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char(':') &&
                c != QLatin1Char('.') && c != QLatin1Char('%'))
                return bad(SshSource::tr("'%1' is not an IPv6 address.").arg(target.host));
        }
        if (!target.host.contains(QLatin1Char(':')))
            return bad(SshSource::tr("Only IPv6 addresses go in brackets: '%1'.").arg(target.host));
    } else {
        const qsizetype colon = authority.indexOf(QLatin1Char(':'));
        if (colon >= 0 && authority.indexOf(QLatin1Char(':'), colon + 1) >= 0)
            return bad(SshSource::tr("An IPv6 address goes in brackets: ssh://[%1]/...").arg(authority));
        target.host = colon < 0 ? authority : authority.left(colon);
        if (colon >= 0) {
            portText = authority.mid(colon + 1);
            if (portText.isEmpty())
                return bad(SshSource::tr("The port in '%1' is empty.").arg(url));
        }
        if (target.host.isEmpty())
            return bad(SshSource::tr("The host in '%1' is empty: write ssh://HOST/...").arg(url));
        // A leading '-' would reach a ProxyCommand as an option.
        if (target.host.startsWith(QLatin1Char('-')))
            return bad(SshSource::tr("The host in '%1' may not start with '-'.").arg(url));
        for (const QChar c : std::as_const(target.host)) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.') &&
                c != QLatin1Char('-') && c != QLatin1Char('_'))
                return bad(
                    SshSource::tr("The host '%1' contains a character that is not allowed in a host name.")
                        .arg(target.host));
        }
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        bool digits = true;
        for (const QChar c : std::as_const(portText))
            digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const int port = portText.toInt(&ok);
        if (!digits || !ok || port < 1 || port > 65535)
            return bad(SshSource::tr("'%1' is not a port number (1 to 65535). To name a file, write "
                                     "ssh://HOST/ABSOLUTE/PATH.")
                           .arg(portText));
        target.port = port;
    }
    if (error)
        error->clear();
    return target;
}

QString SshTarget::toUrl() const
{
    QString url = QStringLiteral("ssh://");
    if (!user.isEmpty())
        url += user + QLatin1Char('@');
    url += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0)
        url += QLatin1Char(':') + QString::number(port);
    url += path;
    return url;
}

SshFetchResult SshSource::fetch(const SshTarget &target, const SshOptions &options,
                                InteractionHandler &interaction, const std::atomic_bool *cancel)
{
    Fetch fetch(target, options, interaction, cancel);
    return fetch.run();
}

QString SshSource::defaultPath(SshOptions::Preset preset)
{
    switch (preset) {
    case SshOptions::Preset::K3s:
        return QStringLiteral("/etc/rancher/k3s/k3s.yaml");
    case SshOptions::Preset::Rke2:
        return QStringLiteral("/etc/rancher/rke2/rke2.yaml");
    case SshOptions::Preset::Kubeadm:
        return QStringLiteral("/etc/kubernetes/admin.conf");
    case SshOptions::Preset::MicroK8s:
    case SshOptions::Preset::K0s:
        break;
    }
    return {};
}

QString SshSource::libraryVersion()
{
    // ssh_version(0) returns the version string without checking a minimum; it begins with the
    // number ("0.10.6/openssl/zlib").
    const QString full = QString::fromLatin1(ssh_version(0));
    return full.section(QLatin1Char('/'), 0, 0);
}

QString SshSource::remoteCommand(SshOptions::Preset preset, const QString &path)
{
    // A path the user gave always wins: it is read as a file, whatever the preset.
    const QString file = path.isEmpty() ? defaultPath(preset) : path;
    if (!file.isEmpty())
        // `--` ends cat's options, so a path starting with '-' is still a file name.
        return QLatin1String("cat -- ") + shellQuote(file);
    if (preset == SshOptions::Preset::MicroK8s)
        return QStringLiteral("microk8s config");
    // MicroK8s and k0s print their admin kubeconfig from a command rather than keep it in one path.
    return QStringLiteral("k0s kubeconfig admin");
}

std::optional<SshOptions::Preset> SshSource::presetFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("k3s"))
        return SshOptions::Preset::K3s;
    if (key == QLatin1String("rke2"))
        return SshOptions::Preset::Rke2;
    if (key == QLatin1String("kubeadm"))
        return SshOptions::Preset::Kubeadm;
    if (key == QLatin1String("microk8s"))
        return SshOptions::Preset::MicroK8s;
    if (key == QLatin1String("k0s"))
        return SshOptions::Preset::K0s;
    return std::nullopt;
}

QString SshSource::presetName(SshOptions::Preset preset)
{
    switch (preset) {
    case SshOptions::Preset::Rke2:
        return QStringLiteral("rke2");
    case SshOptions::Preset::Kubeadm:
        return QStringLiteral("kubeadm");
    case SshOptions::Preset::MicroK8s:
        return QStringLiteral("microk8s");
    case SshOptions::Preset::K0s:
        return QStringLiteral("k0s");
    case SshOptions::Preset::K3s:
        break;
    }
    // K3s is the default preset: the tool was made for it, and its path is the most common source.
    return QStringLiteral("k3s");
}

QString SshSource::sudoName(SshOptions::Sudo sudo)
{
    switch (sudo) {
    case SshOptions::Sudo::Never:
        return QStringLiteral("never");
    case SshOptions::Sudo::Always:
        return QStringLiteral("always");
    case SshOptions::Sudo::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<SshOptions::Sudo> SshSource::sudoFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("auto"))
        return SshOptions::Sudo::Auto;
    if (key == QLatin1String("never"))
        return SshOptions::Sudo::Never;
    if (key == QLatin1String("always"))
        return SshOptions::Sudo::Always;
    return std::nullopt;
}

// Always quoted (unlike shellWord, which is for display): the remote shell must never expand
// anything of a path that came from a user, a saved setting or an ssh:// URL.
QString SshSource::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Where the server keeps its host key of that type, for the advice "compare with ssh-keygen -lf
// <file> on the server".
QString SshSource::hostKeyFile(const QString &keyType)
{
    QString type = keyType.trimmed().toLower();
    // A host certificate's type names the type of the key it certifies.
    const QLatin1String certificate("-cert-v01@openssh.com");
    if (type.endsWith(certificate))
        type.chop(certificate.size());
    QString name;
    if (type == QLatin1String("ssh-ed25519"))
        name = QStringLiteral("ed25519");
    else if (type.startsWith(QLatin1String("ecdsa-sha2-")) || type == QLatin1String("ssh-ecdsa"))
        name = QStringLiteral("ecdsa");
    else if (type == QLatin1String("ssh-rsa") || type.startsWith(QLatin1String("rsa-sha2-")))
        name = QStringLiteral("rsa");
    else if (type == QLatin1String("ssh-dss"))
        name = QStringLiteral("dsa");
    else
        return {};
    return QLatin1String("/etc/ssh/ssh_host_") + name + QLatin1String("_key.pub");
}

QStringList SshSource::configHosts(const QString &configFile)
{
    QFile file(configFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList hosts;
    static const QRegularExpression hostLine(QStringLiteral("^\\s*host(?:\\s*=\\s*|\\s+)(.*)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    int lines = 0;
    while (!file.atEnd() && ++lines < 100000) {
        const QString line = QString::fromUtf8(file.readLine(4096)).trimmed();
        const QRegularExpressionMatch match = hostLine.match(line);
        if (!match.hasMatch())
            continue;
        QString patterns = match.captured(1);
        const qsizetype comment = patterns.indexOf(QLatin1Char('#'));
        if (comment >= 0)
            patterns.truncate(comment);
        for (QString alias : patterns.split(spaces, Qt::SkipEmptyParts)) {
            if (alias.size() >= 2 && alias.startsWith(QLatin1Char('"')) && alias.endsWith(QLatin1Char('"')))
                alias = alias.mid(1, alias.size() - 2);
            if (alias.isEmpty() || alias.contains(QLatin1Char('*')) || alias.contains(QLatin1Char('?')) ||
                alias.startsWith(QLatin1Char('!')) || hosts.contains(alias))
                continue;
            hosts << alias;
        }
    }
    return hosts;
}

} // namespace kubeminder
