#include "kubeconfigbuilder.h"
#include "passwordsshserver.h"
#include "testenvironment.h"
#include "testsshserver.h"
#include "transfer/sshsource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <thread>

using namespace kubeminder;
using namespace kubeminder::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sampleKubeconfig(const QString &tag)
{
    return KubeconfigBuilder()
        .cluster(QStringLiteral("default"), QStringLiteral("https://127.0.0.1:6443"))
        .tokenUser(QStringLiteral("default"), "token-" + tag.toUtf8())
        .context(QStringLiteral("default"), QStringLiteral("default"), QStringLiteral("default"))
        .currentContext(QStringLiteral("default"))
        .toYaml();
}

std::optional<SecretBytes> secretOf(const std::optional<QByteArray> &answer)
{
    if (!answer)
        return std::nullopt;
    return SecretBytes(*answer);
}

/// Answers every question from a script and remembers what was asked.
class ScriptedInteraction : public InteractionHandler
{
public:
    HostKeyDecision hostKey = HostKeyDecision::Reject;
    /// How long the person takes to answer the host key question.
    std::chrono::milliseconds hostKeyThinkingTime{0};
    std::optional<QByteArray> passphrase;
    std::optional<QByteArray> loginPassword;
    std::optional<QByteArray> sudo;
    /// Answers for the second and later sudo questions (the first is `sudo`); empty: `sudo` again.
    QList<std::optional<QByteArray>> sudoRetries;
    QList<int> sudoAttempts;
    /// Answers for the second and later password questions (the first is `loginPassword`).
    QList<std::optional<QByteArray>> passwordRetries;
    QList<int> passwordAttempts;
    QString seenPrompt;
    /// Given to sudo when it is offered: "use the SSH password".
    bool useLoginPasswordForSudo = false;
    QList<bool> loginPasswordOffers;
    /// False: a command line without a terminal (an unanswered question is not a cancel).
    bool askable = true;

    int hostKeyQuestions = 0;
    int passphraseQuestions = 0;
    int passwordQuestions = 0;
    int sudoQuestions = 0;
    QString seenFingerprint;
    QString seenHost;
    QString seenKeyType;
    QString seenIdentityFile;

    HostKeyDecision unknownHostKey(const QString &host, int, const QString &keyType,
                                   const QString &sha256Fingerprint) override
    {
        ++hostKeyQuestions;
        seenHost = host;
        seenKeyType = keyType;
        seenFingerprint = sha256Fingerprint;
        if (hostKeyThinkingTime.count() > 0)
            QThread::msleep(ulong(hostKeyThinkingTime.count()));
        return hostKey;
    }
    std::optional<SecretBytes> keyPassphrase(const QString &identityFile) override
    {
        ++passphraseQuestions;
        seenIdentityFile = identityFile;
        return secretOf(passphrase);
    }
    std::optional<SecretBytes> password(const QString &, const QString &, const QString &prompt, bool,
                                        int attempt) override
    {
        ++passwordQuestions;
        passwordAttempts << attempt;
        seenPrompt = prompt;
        if (attempt > 1 && !passwordRetries.isEmpty())
            return secretOf(passwordRetries.takeFirst());
        return secretOf(loginPassword);
    }
    SudoAnswer sudoPassword(const QString &, const QString &, int attempt, bool offerLoginPassword) override
    {
        ++sudoQuestions;
        sudoAttempts << attempt;
        loginPasswordOffers << offerLoginPassword;
        if (offerLoginPassword && useLoginPasswordForSudo)
            return SudoAnswer::loginPassword();
        std::optional<SecretBytes> answer =
            attempt > 1 && !sudoRetries.isEmpty() ? secretOf(sudoRetries.takeFirst()) : secretOf(sudo);
        if (!answer)
            return {};
        return SudoAnswer::typed(std::move(*answer));
    }
    bool canAsk() const override { return askable; }
};

const QByteArray SudoPassword = TestSshServer::SudoPassword;
const QByteArray LoginPassword = "raspberry \\ pi's login";

} // namespace

class TestSshSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void shellQuote_data();
    void shellQuote();
    void remoteCommand_data();
    void remoteCommand();
    void presetFromName();
    void hostKeyFile_data();
    void hostKeyFile();

    void keyAuthentication();
    void targetsBuiltInCode_data();
    void targetsBuiltInCode();
    void configAlias();
    void homeConfigFollowsHome();
    void proxyJump();
    void agentAuthentication();
    void passphraseKey_data();
    void passphraseKey();
    void passwordAuthentication_data();
    void passwordAuthentication();
    void sudoWithLoginPassword_data();
    void sudoWithLoginPassword();
    void authenticationDenied();

    void unknownHostKey_data();
    void unknownHostKey();
    void knownHostKey_data();
    void knownHostKey();
    void changedHostKey_data();
    void changedHostKey();
    void slowAnswerIsNotTheNetworksTime();

    void sudo_data();
    void sudo();
    void hostilePath_data();
    void hostilePath();
    void missingFile();
    void notAKubeconfig_data();
    void notAKubeconfig();
    void oversizedOutput();
    void commandPresets();
    void serviceState_data();
    void serviceState();
    void slowServiceStateIsNotAFailure();

    void silentServerTimesOut();
    void cancelStopsQuickly();
    void connectionRefused();
    void nameResolution();

private:
    void writeKnownHosts(const QString &hostKeyPub, bool hashed = false);
    SshTarget target(const QString &path) const;
    SshOptions options() const;
    QString writeRemoteFile(const QString &name, const QByteArray &bytes);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    TestSshServer m_server{m_dir.path()};
    QString m_skip;
    QProcess m_agent;
    QString m_user;
    QString m_knownHosts;
    QString m_config;
    QByteArray m_savedHome;
};

void TestSshSource::initTestCase()
{
    setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    // A home of our own: no personal keys, agent, config or known_hosts take part.
    m_savedHome = qgetenv("HOME");
    const QString home = path(QStringLiteral("home"));
    QDir().mkpath(home + QLatin1String("/.ssh"));
    qputenv("HOME", QFile::encodeName(home));
    qunsetenv("SSH_AUTH_SOCK");
    m_user = m_server.user();
    m_knownHosts = path(QStringLiteral("known_hosts"));
    m_config = path(QStringLiteral("ssh_config"));
    writeFile(m_config, "# empty: the tests name everything\n");
    if (!m_server.start())
        m_skip = m_server.skipReason();
}

void TestSshSource::cleanupTestCase()
{
    if (m_agent.state() != QProcess::NotRunning) {
        m_agent.terminate();
        m_agent.waitForFinished(5000);
    }
    m_server.stop();
    qputenv("HOME", m_savedHome);
}

void TestSshSource::init()
{
    qunsetenv("SSH_AUTH_SOCK");
    m_server.reset();
    // Every test starts with the server's key known, unless it says otherwise.
    if (QFile::exists(path(QStringLiteral("hostkey.pub"))))
        writeKnownHosts(path(QStringLiteral("hostkey.pub")));
    const QByteArray function = QTest::currentTestFunction();
    const bool needsServer =
        !function.startsWith("parse") && function != "shellQuote" && function != "remoteCommand" &&
        function != "presetFromName" && function != "hostKeyFile" && function != "silentServerTimesOut" &&
        function != "cancelStopsQuickly" && function != "connectionRefused" && function != "nameResolution";
    if (needsServer && !m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
}

void TestSshSource::writeKnownHosts(const QString &hostKeyPub, bool hashed)
{
    QString error;
    QVERIFY2(m_server.writeKnownHosts(m_knownHosts, hostKeyPub, hashed, QStringLiteral("127.0.0.1"), &error),
             qPrintable(error));
}

SshTarget TestSshSource::target(const QString &remotePath) const
{
    SshTarget t;
    t.user = m_user;
    t.host = QStringLiteral("127.0.0.1");
    t.port = m_server.port();
    t.path = remotePath;
    return t;
}

SshOptions TestSshSource::options() const
{
    SshOptions o;
    o.identityFile = path(QStringLiteral("userkey"));
    o.knownHostsFile = m_knownHosts;
    o.configFile = m_config;
    o.connectTimeoutSeconds = 10;
    o.timeoutSeconds = 30;
    o.sudo = SshOptions::Sudo::Never;
    return o;
}

QString TestSshSource::writeRemoteFile(const QString &name, const QByteArray &bytes)
{
    return m_server.writeRemoteFile(name, bytes);
}

// --- addresses and commands ---------------------------------------------------------------------

void TestSshSource::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("host only") << "ssh://k3s-1"
                               << ""
                               << "k3s-1" << 0 << ""
                               << "ssh://k3s-1";
    QTest::newRow("trailing slash") << "ssh://k3s-1/"
                                    << ""
                                    << "k3s-1" << 0 << ""
                                    << "ssh://k3s-1";
    QTest::newRow("everything") << "ssh://admin@k3s.example.org:2222/etc/rancher/k3s/k3s.yaml"
                                << "admin"
                                << "k3s.example.org" << 2222 << "/etc/rancher/k3s/k3s.yaml"
                                << "ssh://admin@k3s.example.org:2222/etc/rancher/k3s/k3s.yaml";
    QTest::newRow("upper-case scheme") << "SSH://h/x"
                                       << ""
                                       << "h" << 0 << "/x"
                                       << "ssh://h/x";
    QTest::newRow("ipv4") << "ssh://root@192.168.1.10/etc/k.yaml"
                          << "root"
                          << "192.168.1.10" << 0 << "/etc/k.yaml"
                          << "ssh://root@192.168.1.10/etc/k.yaml";
    QTest::newRow("ipv6") << "ssh://[::1]"
                          << ""
                          << "::1" << 0 << ""
                          << "ssh://[::1]";
    QTest::newRow("ipv6 with port and path") << "ssh://u@[fe80::1%eth0]:22/a b"
                                             << "u"
                                             << "fe80::1%eth0" << 22 << "/a b"
                                             << "ssh://u@[fe80::1%eth0]:22/a b";
    QTest::newRow("path with quotes kept literally") << "ssh://h/tmp/it's $(x)"
                                                     << ""
                                                     << "h" << 0 << "/tmp/it's $(x)"
                                                     << "ssh://h/tmp/it's $(x)";
    QTest::newRow("config alias") << "ssh://my_cluster"
                                  << ""
                                  << "my_cluster" << 0 << ""
                                  << "ssh://my_cluster";
}

void TestSshSource::parse()
{
    QFETCH(QString, url);
    QString error = QStringLiteral("unset");
    const std::optional<SshTarget> target = SshTarget::parse(url, &error);
    QVERIFY2(target, qPrintable(error));
    QVERIFY(error.isEmpty());
    QTEST(target->user, "user");
    QTEST(target->host, "host");
    QTEST(target->port, "port");
    QTEST(target->path, "path");
    QTEST(target->toUrl(), "canonical");
    const std::optional<SshTarget> again = SshTarget::parse(target->toUrl(), nullptr);
    QVERIFY(again);
    QCOMPARE(again->toUrl(), target->toUrl());
}

void TestSshSource::parseErrors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not ssh") << "https://h/x"
                             << "ssh://";
    QTest::newRow("scp style") << "h:/etc/x"
                               << "ssh://";
    QTest::newRow("empty host") << "ssh:///etc/x"
                                << "empty";
    QTest::newRow("empty host with user") << "ssh://u@/etc/x"
                                          << "empty";
    QTest::newRow("empty user") << "ssh://@h"
                                << "user";
    QTest::newRow("password") << "ssh://u:secret@h"
                              << "Passwords";
    QTest::newRow("bad port") << "ssh://h:abc/x"
                              << "port";
    QTest::newRow("port zero") << "ssh://h:0"
                               << "port";
    QTest::newRow("port too large") << "ssh://h:65536"
                                    << "port";
    QTest::newRow("empty port") << "ssh://h:/x"
                                << "port";
    QTest::newRow("relative path as port") << "ssh://h:k3s.yaml"
                                           << "ABSOLUTE";
    QTest::newRow("home-relative path") << "ssh://h/~/k3s.yaml"
                                        << "absolute";
    QTest::newRow("dot-relative path") << "ssh://h/./k3s.yaml"
                                       << "absolute";
    QTest::newRow("bare ipv6") << "ssh://::1/x"
                               << "brackets";
    QTest::newRow("unclosed bracket") << "ssh://[::1/x"
                                      << "]";
    QTest::newRow("ipv4 in brackets") << "ssh://[10.0.0.1]"
                                      << "IPv6";
    QTest::newRow("option-like host") << "ssh://-oProxyCommand=x"
                                      << "'-'";
    QTest::newRow("space in host") << "ssh://a b/x"
                                   << "host";
    QTest::newRow("newline in path") << "ssh://h/a\nb"
                                     << "control";
}

void TestSshSource::parseErrors()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!SshTarget::parse(url, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("secret")));
}

void TestSshSource::shellQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "/etc/k.yaml"
                           << "'/etc/k.yaml'";
    QTest::newRow("empty") << ""
                           << "''";
    QTest::newRow("space") << "/a b"
                           << "'/a b'";
    QTest::newRow("single quote") << "it's"
                                  << "'it'\\''s'";
    QTest::newRow("command substitution") << "$(touch x)"
                                          << "'$(touch x)'";
    QTest::newRow("semicolon and backtick") << "a;b`c`"
                                            << "'a;b`c`'";
}

void TestSshSource::shellQuote()
{
    QFETCH(QString, text);
    QTEST(SshSource::shellQuote(text), "quoted");
}

void TestSshSource::remoteCommand_data()
{
    QTest::addColumn<SshOptions::Preset>("preset");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("command");
    QTest::newRow("k3s") << SshOptions::Preset::K3s << ""
                         << "cat -- '/etc/rancher/k3s/k3s.yaml'";
    QTest::newRow("rke2") << SshOptions::Preset::Rke2 << ""
                          << "cat -- '/etc/rancher/rke2/rke2.yaml'";
    QTest::newRow("kubeadm") << SshOptions::Preset::Kubeadm << ""
                             << "cat -- '/etc/kubernetes/admin.conf'";
    QTest::newRow("microk8s") << SshOptions::Preset::MicroK8s << ""
                              << "microk8s config";
    QTest::newRow("k0s") << SshOptions::Preset::K0s << ""
                         << "k0s kubeconfig admin";
    QTest::newRow("given path") << SshOptions::Preset::K3s << "/srv/it's.yaml"
                                << "cat -- '/srv/it'\\''s.yaml'";
    QTest::newRow("given path beats command preset") << SshOptions::Preset::MicroK8s << "/x.yaml"
                                                     << "cat -- '/x.yaml'";
}

void TestSshSource::remoteCommand()
{
    QFETCH(SshOptions::Preset, preset);
    QFETCH(QString, path);
    QTEST(SshSource::remoteCommand(preset, path), "command");
}

void TestSshSource::presetFromName()
{
    QVERIFY(SshSource::presetFromName(QStringLiteral("k3s")) == SshOptions::Preset::K3s);
    QVERIFY(SshSource::presetFromName(QStringLiteral("RKE2")) == SshOptions::Preset::Rke2);
    QVERIFY(SshSource::presetFromName(QStringLiteral("kubeadm")) == SshOptions::Preset::Kubeadm);
    QVERIFY(SshSource::presetFromName(QStringLiteral("microk8s")) == SshOptions::Preset::MicroK8s);
    QVERIFY(SshSource::presetFromName(QStringLiteral("k0s")) == SshOptions::Preset::K0s);
    QVERIFY(!SshSource::presetFromName(QStringLiteral("eks")));
    QCOMPARE(SshSource::defaultPath(SshOptions::Preset::MicroK8s), QString());
}

void TestSshSource::hostKeyFile_data()
{
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<QString>("file");
    // The names libssh's ssh_key_type_to_char gives (and the RSA signature names of OpenSSH).
    QTest::newRow("ed25519") << "ssh-ed25519"
                             << "/etc/ssh/ssh_host_ed25519_key.pub";
    QTest::newRow("ecdsa p256") << "ecdsa-sha2-nistp256"
                                << "/etc/ssh/ssh_host_ecdsa_key.pub";
    QTest::newRow("ecdsa p384") << "ecdsa-sha2-nistp384"
                                << "/etc/ssh/ssh_host_ecdsa_key.pub";
    QTest::newRow("ecdsa p521") << "ecdsa-sha2-nistp521"
                                << "/etc/ssh/ssh_host_ecdsa_key.pub";
    QTest::newRow("libssh's generic ecdsa") << "ssh-ecdsa"
                                            << "/etc/ssh/ssh_host_ecdsa_key.pub";
    QTest::newRow("rsa") << "ssh-rsa"
                         << "/etc/ssh/ssh_host_rsa_key.pub";
    QTest::newRow("rsa-sha2-256") << "rsa-sha2-256"
                                  << "/etc/ssh/ssh_host_rsa_key.pub";
    QTest::newRow("rsa-sha2-512") << "rsa-sha2-512"
                                  << "/etc/ssh/ssh_host_rsa_key.pub";
    QTest::newRow("dsa") << "ssh-dss"
                         << "/etc/ssh/ssh_host_dsa_key.pub";
    QTest::newRow("host certificate") << "ssh-ed25519-cert-v01@openssh.com"
                                      << "/etc/ssh/ssh_host_ed25519_key.pub";
    QTest::newRow("upper case") << "SSH-ED25519"
                                << "/etc/ssh/ssh_host_ed25519_key.pub";
    QTest::newRow("unknown") << "ssh-foo" << QString();
    QTest::newRow("empty") << QString() << QString();
    // A server-chosen name never reaches the path.
    QTest::newRow("path in a name") << "../../tmp/x" << QString();
}

void TestSshSource::hostKeyFile()
{
    QFETCH(QString, keyType);
    QTEST(SshSource::hostKeyFile(keyType), "file");
}

// --- authentication -----------------------------------------------------------------------------

void TestSshSource::keyAuthentication()
{
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("key"));
    const QString file = writeRemoteFile(QStringLiteral("k3s.yaml"), bytes);
    ScriptedInteraction interaction;
    const SshFetchResult result = SshSource::fetch(target(file), options(), interaction);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.kubeconfig, bytes);
    QCOMPARE(result.user, m_user);
    QCOMPARE(result.connectedHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(result.port, int(m_server.port()));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(interaction.hostKeyQuestions + interaction.passphraseQuestions + interaction.passwordQuestions +
                 interaction.sudoQuestions,
             0);
    QVERIFY(!QFile::exists(path(QStringLiteral("sudo-log"))));

    // No user anywhere: the local user name, as ssh does.
    SshTarget noUser = target(file);
    noUser.user.clear();
    const SshFetchResult defaulted = SshSource::fetch(noUser, options(), interaction);
    QVERIFY2(defaulted.ok(), qPrintable(defaulted.error));
    QCOMPARE(defaulted.user, m_user);
}

void TestSshSource::targetsBuiltInCode_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("remotePath");
    QTest::newRow("option-like host") << "-oProxyCommand=touch marker"
                                      << "/x";
    QTest::newRow("empty host") << ""
                                << "/x";
    QTest::newRow("relative path") << "127.0.0.1"
                                   << "k3s.yaml";
}

void TestSshSource::targetsBuiltInCode()
{
    QFETCH(QString, host);
    QFETCH(QString, remotePath);
    SshTarget t = target(remotePath);
    t.host = host;
    ScriptedInteraction interaction;
    const SshFetchResult result = SshSource::fetch(t, options(), interaction);
    QCOMPARE(result.failure, SshFetchResult::Failure::Other);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!QFile::exists(path(QStringLiteral("marker"))));
}

void TestSshSource::configAlias()
{
    // HostName, User, Port and IdentityFile all come from the config.
    const QString config = path(QStringLiteral("alias_config"));
    writeFile(config, "Host cluster-one\n"
                      "    HostName 127.0.0.1\n"
                      "    User " +
                          m_user.toUtf8() +
                          "\n"
                          "    Port " +
                          QByteArray::number(m_server.port()) +
                          "\n"
                          "    IdentityFile " +
                          QFile::encodeName(path(QStringLiteral("userkey"))) + "\n");
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("alias"));
    SshTarget alias;
    alias.host = QStringLiteral("cluster-one");
    alias.path = writeRemoteFile(QStringLiteral("alias.yaml"), bytes);
    SshOptions o = options();
    o.identityFile.clear();
    o.configFile = config;
    ScriptedInteraction interaction;
    const SshFetchResult result = SshSource::fetch(alias, o, interaction);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.kubeconfig, bytes);
    QCOMPARE(result.connectedHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(result.port, int(m_server.port()));
    QCOMPARE(result.user, m_user);

    // What the user typed beats the config: a wrong port on the command line is used, and fails.
    SshTarget explicitPort = alias;
    explicitPort.port = TestSshServer::freePort();
    const SshFetchResult refused = SshSource::fetch(explicitPort, o, interaction);
    QCOMPARE(refused.failure, SshFetchResult::Failure::ConnectionRefused);
    QCOMPARE(refused.port, explicitPort.port);
}

// Without a named file, the config is ~/.ssh/config of $HOME, the same home known_hosts and the
// default keys come from (libssh alone would look up the password database's home).
void TestSshSource::homeConfigFollowsHome()
{
    const QString sshDirectory = QString::fromLocal8Bit(qgetenv("HOME")) + QLatin1String("/.ssh");
    QVERIFY(QDir().mkpath(sshDirectory));
    const QString config = sshDirectory + QLatin1String("/config");
    writeFile(config, "Host pi.lan\n"
                      "    HostName 127.0.0.1\n"
                      "    Port " +
                          QByteArray::number(m_server.port()) + "\n");
    const auto removeConfig = qScopeGuard([&] { QFile::remove(config); });
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("home-config"));
    SshTarget t;
    t.user = m_user;
    t.host = QStringLiteral("pi.lan");
    t.path = writeRemoteFile(QStringLiteral("home-config.yaml"), bytes);
    SshOptions o = options();
    o.configFile.clear();
    QFile::remove(m_knownHosts); // so the host key question shows how the host is named
    ScriptedInteraction interaction;
    interaction.hostKey = InteractionHandler::HostKeyDecision::AcceptOnce;
    const SshFetchResult result = SshSource::fetch(t, o, interaction);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.connectedHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(result.port, int(m_server.port()));
    // Asked about the host by the name the person gave, with the address it stands for.
    QCOMPARE(interaction.seenHost, QStringLiteral("pi.lan (127.0.0.1)"));
}

void TestSshSource::proxyJump()
{
    // A second sshd is the jump host; the target (m_server) is reached through it. The same client
    // key gets into both.
    TestSshServer jump(path(QStringLiteral("jump")));
    jump.setLogLevel("VERBOSE");
    if (!jump.start())
        QSKIP(qPrintable(jump.skipReason()));
    QVERIFY(jump.authorizeKey(path(QStringLiteral("userkey.pub"))));

    // libssh 0.10 turns ProxyJump into the ProxyCommand "ssh -l USER -p PORT -W '[%h]:%p' HOST",
    // run by /bin/sh with our PATH. That ssh gets no -F, and OpenSSH finds ~/.ssh/config through
    // the password database, not $HOME, so the home initTestCase set up does not reach it. A
    // stand-in "ssh" first on the PATH hands the real one a config of ours and notes its arguments.
    const QString hop = path(QStringLiteral("hop"));
    QVERIFY(QDir().mkpath(hop + QLatin1String("/bin")));
    const QString hopKnownHosts = hop + QLatin1String("/known_hosts");
    QString error;
    QVERIFY2(jump.writeKnownHosts(hopKnownHosts, jump.hostKeyPublicFile(), false, QStringLiteral("127.0.0.1"),
                                  &error),
             qPrintable(error));
    const QString hopConfig = hop + QLatin1String("/ssh_config");
    writeFile(hopConfig, "Host 127.0.0.1\n"
                         "    IdentityFile " +
                             QFile::encodeName(path(QStringLiteral("userkey"))) +
                             "\n"
                             "    IdentitiesOnly yes\n"
                             "    UserKnownHostsFile " +
                             QFile::encodeName(hopKnownHosts) +
                             "\n"
                             "    GlobalKnownHostsFile /dev/null\n"
                             "    StrictHostKeyChecking yes\n"
                             "    BatchMode yes\n");
    const QString hopLog = hop + QLatin1String("/ssh-args");
    const QString standIn = hop + QLatin1String("/bin/ssh");
    writeFile(standIn, "#!/bin/sh\n"
                       "printf '%s\\n' \"$*\" >> '" +
                           QFile::encodeName(hopLog) +
                           "'\n"
                           "exec /usr/bin/ssh -F '" +
                           QFile::encodeName(hopConfig) + "' \"$@\"\n");
    QFile::setPermissions(standIn, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray savedPath = qgetenv("PATH");
    const auto restorePath = qScopeGuard([&] { qputenv("PATH", savedPath); });
    qputenv("PATH", QFile::encodeName(hop + QLatin1String("/bin")) + ':' + savedPath);

    const QByteArray jumpSpec = m_user.toUtf8() + "@127.0.0.1:" + QByteArray::number(jump.port());
    const QString config = path(QStringLiteral("jump_config"));
    writeFile(config, "Host target\n"
                      "    HostName 127.0.0.1\n"
                      "    Port " +
                          QByteArray::number(m_server.port()) +
                          "\n"
                          "    User " +
                          m_user.toUtf8() +
                          "\n"
                          "    IdentityFile " +
                          QFile::encodeName(path(QStringLiteral("userkey"))) +
                          "\n"
                          "    ProxyJump " +
                          jumpSpec + "\n");
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("jump"));
    SshTarget alias;
    alias.host = QStringLiteral("target");
    alias.path = writeRemoteFile(QStringLiteral("jump.yaml"), bytes);
    SshOptions o = options();
    o.identityFile.clear();
    o.configFile = config;
    ScriptedInteraction interaction;
    const SshFetchResult result = SshSource::fetch(alias, o, interaction);
    QVERIFY2(result.ok(), qPrintable(result.error + QLatin1String("\njump log:\n") +
                                     QString::fromLocal8Bit(readAll(jump.logFile()))));
    QCOMPARE(result.kubeconfig, bytes);
    QCOMPARE(result.connectedHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(result.port, int(m_server.port()));
    QCOMPARE(result.user, m_user);
    QCOMPARE(interaction.hostKeyQuestions, 0);

    // The hop happened: libssh ran ssh -W towards the target through the jump host, which let our
    // key in.
    const QByteArray args = readAll(hopLog);
    const QByteArray jumpPort = "-p " + QByteArray::number(jump.port());
    const QByteArray forward = "-W [127.0.0.1]:" + QByteArray::number(m_server.port());
    const QByteArray accepted = "Accepted publickey for " + m_user.toUtf8() + " from 127.0.0.1";
    QVERIFY2(args.contains(jumpPort), args.constData());
    QVERIFY2(args.contains(forward), args.constData());
    const QByteArray jumpLog = readAll(jump.logFile());
    QVERIFY2(jumpLog.contains(accepted), jumpLog.constData());
}

void TestSshSource::agentAuthentication()
{
    const QString socket = path(QStringLiteral("agent.sock"));
    m_agent.setProcessChannelMode(QProcess::MergedChannels);
    m_agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    if (!m_agent.waitForStarted(5000))
        QSKIP("ssh-agent could not be started");
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 5000);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    QString error;
    QVERIFY2(TestSshServer::runProgram(QStringLiteral("ssh-add"), {path(QStringLiteral("agentkey"))}, &error,
                                       environment),
             qPrintable(error));

    qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket));
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("agent"));
    SshOptions o = options();
    o.identityFile.clear(); // only the agent holds a key the server takes
    ScriptedInteraction interaction;
    const SshFetchResult result =
        SshSource::fetch(target(writeRemoteFile(QStringLiteral("agent.yaml"), bytes)), o, interaction);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.kubeconfig, bytes);
    QCOMPARE(interaction.passphraseQuestions, 0);

    m_agent.terminate();
    m_agent.waitForFinished(5000);
}

void TestSshSource::passphraseKey_data()
{
    QTest::addColumn<std::optional<QByteArray>>("answer");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("right passphrase") << std::optional<QByteArray>("open sesame") << true << QString();
    QTest::newRow("wrong passphrase")
        << std::optional<QByteArray>("open barley") << false << QStringLiteral("passphrase");
    QTest::newRow("no answer") << std::optional<QByteArray>() << false << QStringLiteral("no passphrase");
}

void TestSshSource::passphraseKey()
{
    QFETCH(std::optional<QByteArray>, answer);
    QFETCH(bool, succeeds);
    QFETCH(QString, mentions);
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("locked"));
    SshOptions o = options();
    o.identityFile = path(QStringLiteral("lockedkey"));
    ScriptedInteraction interaction;
    interaction.passphrase = answer;
    const SshFetchResult result =
        SshSource::fetch(target(writeRemoteFile(QStringLiteral("locked.yaml"), bytes)), o, interaction);
    QCOMPARE(interaction.passphraseQuestions, 1);
    QCOMPARE(interaction.seenIdentityFile, o.identityFile);
    if (succeeds) {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.kubeconfig, bytes);
        return;
    }
    QCOMPARE(result.failure, SshFetchResult::Failure::AuthenticationDenied);
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
    QVERIFY(!result.error.contains(QLatin1String("barley")));
    QVERIFY(result.kubeconfig.isEmpty());
}

void TestSshSource::passwordAuthentication_data()
{
    QTest::addColumn<PasswordSshServer::Method>("method");
    QTest::addColumn<QList<std::optional<QByteArray>>>("answers"); ///< one per question, in order
    QTest::addColumn<bool>("askable");
    QTest::addColumn<SshFetchResult::Failure>("failure");
    QTest::addColumn<int>("rejected"); ///< wrong answers the server saw
    QTest::addColumn<QString>("errorSays");

    using F = SshFetchResult::Failure;
    using M = PasswordSshServer::Method;
    const std::optional<QByteArray> right(LoginPassword);
    const std::optional<QByteArray> wrong(QByteArray("hunter2-wrong"));
    const std::optional<QByteArray> none;
    using Answers = QList<std::optional<QByteArray>>;
    for (const auto &[method, name] :
         {std::pair{M::Password, "password"}, std::pair{M::KeyboardInteractive, "keyboard-interactive"}}) {
        const auto row = [&](const char *what) -> QTestData & {
            return QTest::addRow("%s: %s", name, what);
        };
        row("right") << method << Answers{right} << true << F::None << 0 << QString();
        row("wrong, then right") << method << Answers{wrong, right} << true << F::None << 1 << QString();
        row("wrong three times") << method << Answers{wrong, wrong, wrong} << true << F::AuthenticationDenied
                                 << 3 << QStringLiteral("did not accept the password");
        row("cancelled") << method << Answers{none} << true << F::Cancelled << 0
                         << QStringLiteral("Cancelled at the password prompt");
        row("wrong, then cancelled") << method << Answers{wrong, none} << true << F::Cancelled << 1
                                     << QStringLiteral("Cancelled at the password prompt");
        row("no one to ask") << method << Answers{none} << false << F::AuthenticationDenied << 0
                             << QStringLiteral("no terminal");
    }
}

void TestSshSource::passwordAuthentication()
{
    QFETCH(PasswordSshServer::Method, method);
    QFETCH(QList<std::optional<QByteArray>>, answers);
    QFETCH(bool, askable);
    QFETCH(SshFetchResult::Failure, failure);
    QFETCH(int, rejected);
    QFETCH(QString, errorSays);

    PasswordSshServer server(m_server, method, LoginPassword);
    if (!server.start())
        QSKIP(qPrintable(server.skipReason()));
    const QString knownHosts = path(QStringLiteral("password_known_hosts"));
    QVERIFY(server.writeKnownHosts(knownHosts));
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("by-password"));
    SshTarget t = target(writeRemoteFile(QStringLiteral("by-password.yaml"), bytes));
    t.port = server.port();
    SshOptions o = options();
    o.knownHostsFile = knownHosts;
    o.surface = Surface::Window;

    ScriptedInteraction interaction;
    interaction.loginPassword = answers.value(0);
    interaction.passwordRetries = answers.mid(1);
    interaction.askable = askable;
    const SshFetchResult result = SshSource::fetch(t, o, interaction);

    QVERIFY2(result.failure == failure, qPrintable(result.error));
    QCOMPARE(server.rejectedTries(), rejected);
    // Every question says which try it is: the window and the terminal say "not accepted" from the second.
    QCOMPARE(interaction.passwordQuestions, int(answers.size()));
    for (int i = 0; i < interaction.passwordAttempts.size(); ++i)
        QCOMPARE(interaction.passwordAttempts.at(i), i + 1);
    if (failure == SshFetchResult::Failure::None) {
        QCOMPARE(result.kubeconfig, bytes);
        return;
    }
    QVERIFY(result.kubeconfig.isEmpty());
    QVERIFY2(result.error.contains(errorSays), qPrintable(result.error));
    // A password-only server: no advice about keys, and a window message names no flag.
    QVERIFY2(!result.error.contains(QLatin1String("authorized_keys")), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QLatin1String("--")), qPrintable(result.error));
    QVERIFY(!result.error.contains(QString::fromUtf8(LoginPassword)));
    QVERIFY(!result.error.contains(QLatin1String("hunter2")));
}

void TestSshSource::sudoWithLoginPassword_data()
{
    QTest::addColumn<QByteArray>("loginPassword");
    QTest::addColumn<bool>("useLoginPassword");
    QTest::addColumn<QList<bool>>("offers"); ///< what each sudo question offered
    QTest::addColumn<SshFetchResult::Failure>("failure");

    using F = SshFetchResult::Failure;
    // On a Raspberry Pi the two are the same: one password typed, sudo answered with it.
    QTest::newRow("same password, used") << QByteArray(SudoPassword) << true << QList<bool>{true} << F::None;
    QTest::newRow("same password, typed again")
        << QByteArray(SudoPassword) << false << QList<bool>{true} << F::None;
    // sudo turns the login password down: the next question no longer offers it, and the typed one works.
    QTest::newRow("different password")
        << QByteArray(LoginPassword) << true << QList<bool>{true, false} << F::None;
}

void TestSshSource::sudoWithLoginPassword()
{
    QFETCH(QByteArray, loginPassword);
    QFETCH(bool, useLoginPassword);
    QFETCH(QList<bool>, offers);
    QFETCH(SshFetchResult::Failure, failure);

    PasswordSshServer server(m_server, PasswordSshServer::Method::KeyboardInteractive, loginPassword);
    if (!server.start())
        QSKIP(qPrintable(server.skipReason()));
    const QString knownHosts = path(QStringLiteral("password_known_hosts"));
    QVERIFY(server.writeKnownHosts(knownHosts));
    m_server.setSudoMode("password");
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("root-only-by-password"));
    SshTarget t = target(writeRemoteFile(QStringLiteral("root-only-by-password.yaml"), bytes));
    t.port = server.port();
    SshOptions o = options();
    o.knownHostsFile = knownHosts;
    o.sudo = SshOptions::Sudo::Auto;

    ScriptedInteraction interaction;
    interaction.loginPassword = loginPassword;
    interaction.useLoginPasswordForSudo = useLoginPassword;
    interaction.sudo = QByteArray(SudoPassword);
    const SshFetchResult result = SshSource::fetch(t, o, interaction);

    QCOMPARE(result.failure, failure);
    QCOMPARE(result.kubeconfig, bytes);
    QCOMPARE(interaction.passwordQuestions, 1); // the login password, typed once
    QCOMPARE(interaction.loginPasswordOffers, offers);
    const QString log = QString::fromUtf8(readAll(path(QStringLiteral("sudo-log"))));
    QVERIFY2(log.contains(QLatin1String("-S -p  cat -- ")), qPrintable(log));
    QVERIFY(!log.contains(QString::fromUtf8(SudoPassword)));
}

void TestSshSource::authenticationDenied()
{
    SshOptions o = options();
    o.identityFile = path(QStringLiteral("strangerkey"));
    ScriptedInteraction interaction;
    const SshFetchResult result = SshSource::fetch(
        target(writeRemoteFile(QStringLiteral("denied.yaml"), sampleKubeconfig({}))), o, interaction);
    QCOMPARE(result.failure, SshFetchResult::Failure::AuthenticationDenied);
    QVERIFY2(result.error.contains(QLatin1String("offers: publickey")), qPrintable(result.error));
    QVERIFY2(result.error.contains(o.identityFile), qPrintable(result.error));
    QVERIFY(result.kubeconfig.isEmpty());

    SshOptions missing = options();
    missing.identityFile = path(QStringLiteral("no-such-key"));
    const SshFetchResult noKey = SshSource::fetch(target(QStringLiteral("/x")), missing, interaction);
    QCOMPARE(noKey.failure, SshFetchResult::Failure::AuthenticationDenied);
    QVERIFY2(noKey.error.contains(QLatin1String("does not exist")), qPrintable(noKey.error));
}

// --- host keys ----------------------------------------------------------------------------------

void TestSshSource::unknownHostKey_data()
{
    QTest::addColumn<bool>("acceptFlag");
    QTest::addColumn<InteractionHandler::HostKeyDecision>("decision");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<bool>("recorded");
    using D = InteractionHandler::HostKeyDecision;
    QTest::newRow("rejected") << false << D::Reject << false << false;
    QTest::newRow("accepted once") << false << D::AcceptOnce << true << false;
    QTest::newRow("accepted and remembered") << false << D::AcceptAndRemember << true << true;
    QTest::newRow("--accept-new-host-key") << true << D::Reject << true << true;
}

void TestSshSource::unknownHostKey()
{
    QFETCH(bool, acceptFlag);
    QFETCH(InteractionHandler::HostKeyDecision, decision);
    QFETCH(bool, succeeds);
    QFETCH(bool, recorded);
    QFile::remove(m_knownHosts);
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("unknown"));
    const QString file = writeRemoteFile(QStringLiteral("unknown.yaml"), bytes);
    SshOptions o = options();
    o.acceptNewHostKey = acceptFlag;
    ScriptedInteraction interaction;
    interaction.hostKey = decision;
    const SshFetchResult result = SshSource::fetch(target(file), o, interaction);
    const QString fingerprint = TestSshServer::fingerprintOf(path(QStringLiteral("hostkey.pub")));
    QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));
    if (!acceptFlag) {
        QCOMPARE(interaction.hostKeyQuestions, 1);
        QCOMPARE(interaction.seenFingerprint, fingerprint);
        QCOMPARE(interaction.seenKeyType, QStringLiteral("ssh-ed25519"));
    } else {
        QCOMPARE(interaction.hostKeyQuestions, 0);
    }
    if (succeeds) {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.kubeconfig, bytes);
    } else {
        QCOMPARE(result.failure, SshFetchResult::Failure::HostKeyUnknown);
        QVERIFY2(result.error.contains(fingerprint), qPrintable(result.error));
        QVERIFY(result.kubeconfig.isEmpty());
    }
    QCOMPARE(QFile::exists(m_knownHosts) && readAll(m_knownHosts).contains("ssh-ed25519"), recorded);

    if (recorded) {
        // Known now: a second fetch asks nothing.
        ScriptedInteraction second;
        const SshFetchResult again = SshSource::fetch(target(file), options(), second);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(second.hostKeyQuestions, 0);
    }
}

void TestSshSource::knownHostKey_data()
{
    QTest::addColumn<bool>("hashed");
    QTest::newRow("plain entry") << false;
    QTest::newRow("hashed entry") << true;
}

void TestSshSource::knownHostKey()
{
    QFETCH(bool, hashed);
    writeKnownHosts(path(QStringLiteral("hostkey.pub")), hashed);
    const QByteArray before = readAll(m_knownHosts);
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("known"));
    ScriptedInteraction interaction;
    const SshFetchResult result = SshSource::fetch(
        target(writeRemoteFile(QStringLiteral("known.yaml"), bytes)), options(), interaction);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.kubeconfig, bytes);
    QCOMPARE(interaction.hostKeyQuestions, 0);
    QCOMPARE(readAll(m_knownHosts), before);
}

void TestSshSource::changedHostKey_data()
{
    QTest::addColumn<bool>("hashed");
    QTest::addColumn<bool>("acceptFlag");
    QTest::newRow("plain entry") << false << false;
    QTest::newRow("hashed entry") << true << false;
    QTest::newRow("even with --accept-new-host-key") << false << true;
}

void TestSshSource::changedHostKey()
{
    QFETCH(bool, hashed);
    QFETCH(bool, acceptFlag);
    writeKnownHosts(path(QStringLiteral("otherhostkey.pub")), hashed);
    const QByteArray before = readAll(m_knownHosts);
    SshOptions o = options();
    o.acceptNewHostKey = acceptFlag;
    ScriptedInteraction interaction;
    interaction.hostKey = InteractionHandler::HostKeyDecision::AcceptAndRemember;
    const SshFetchResult result = SshSource::fetch(
        target(writeRemoteFile(QStringLiteral("changed.yaml"), sampleKubeconfig({}))), o, interaction);
    QCOMPARE(result.failure, SshFetchResult::Failure::HostKeyChanged);
    QCOMPARE(interaction.hostKeyQuestions, 0);
    const QString oldFingerprint = TestSshServer::fingerprintOf(path(QStringLiteral("otherhostkey.pub")));
    const QString newFingerprint = TestSshServer::fingerprintOf(path(QStringLiteral("hostkey.pub")));
    QVERIFY2(result.error.contains(oldFingerprint), qPrintable(result.error));
    QVERIFY2(result.error.contains(newFingerprint), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("line 2 of ") + m_knownHosts), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("ssh-keygen -R")), qPrintable(result.error));
    QVERIFY(result.kubeconfig.isEmpty());
    QCOMPARE(readAll(m_knownHosts), before);
}

void TestSshSource::slowAnswerIsNotTheNetworksTime()
{
    // The person reads the fingerprint for longer than the whole time limit: their time is not
    // the network's, so the fetch goes on, and the key they accepted is recorded.
    QFile::remove(m_knownHosts);
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("slow"));
    const QString file = writeRemoteFile(QStringLiteral("slow.yaml"), bytes);
    SshOptions o = options();
    o.connectTimeoutSeconds = 2;
    o.timeoutSeconds = 2;
    ScriptedInteraction interaction;
    interaction.hostKey = InteractionHandler::HostKeyDecision::AcceptAndRemember;
    interaction.hostKeyThinkingTime = std::chrono::seconds(3);
    QElapsedTimer timer;
    timer.start();
    const SshFetchResult result = SshSource::fetch(target(file), o, interaction);
    QCOMPARE(interaction.hostKeyQuestions, 1);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.kubeconfig, bytes);
    QVERIFY(timer.elapsed() >= 3000);
    QVERIFY2(readAll(m_knownHosts).contains("ssh-ed25519"), readAll(m_knownHosts).constData());
}

// --- reading ------------------------------------------------------------------------------------

void TestSshSource::sudo_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<SshOptions::Sudo>("sudo");
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<std::optional<QByteArray>>("password");
    QTest::addColumn<SshFetchResult::Failure>("failure");
    QTest::addColumn<int>("passwordQuestions");
    QTest::addColumn<QString>("sudoCall");
    QTest::addColumn<QList<std::optional<QByteArray>>>("retries");
    QTest::addColumn<bool>("askable"); ///< false: a command line without a terminal

    using F = SshFetchResult::Failure;
    using S = SshOptions::Sudo;
    const std::optional<QByteArray> none;
    const std::optional<QByteArray> right(SudoPassword);
    const std::optional<QByteArray> wrong(QByteArray("hunter2-wrong"));
    const QList<std::optional<QByteArray>> noRetries;
    QTest::newRow("not needed") << "readable.yaml" << S::Auto << QByteArray("password") << none << F::None
                                << 0 << "" << noRetries << true;
    QTest::newRow("sudo -n works") << "root-only.yaml" << S::Auto << QByteArray("nopasswd") << none << F::None
                                   << 0 << "-n cat -- " << noRetries << true;
    QTest::newRow("always") << "readable.yaml" << S::Always << QByteArray("nopasswd") << none << F::None << 0
                            << "-n cat -- " << noRetries << true;
    QTest::newRow("password required") << "root-only.yaml" << S::Auto << QByteArray("password") << right
                                       << F::None << 1 << "-S -p  cat -- " << noRetries << true;
    QTest::newRow("wrong password, every time")
        << "root-only.yaml" << S::Auto << QByteArray("password") << wrong << F::SudoRefused << 3
        << "-S -p  cat -- " << noRetries << true;
    QTest::newRow("prompt cancelled") << "root-only.yaml" << S::Auto << QByteArray("password") << none
                                      << F::Cancelled << 1 << "-n cat -- " << noRetries << true;
    QTest::newRow("no one to ask") << "root-only.yaml" << S::Auto << QByteArray("password") << none
                                   << F::SudoRefused << 1 << "-n cat -- " << noRetries << false;
    QTest::newRow("not in sudoers") << "root-only.yaml" << S::Auto << QByteArray("refused") << right
                                    << F::SudoRefused << 1 << "-S -p  cat -- " << noRetries << true;
    QTest::newRow("sudo never") << "root-only.yaml" << S::Never << QByteArray("nopasswd") << none
                                << F::PermissionDenied << 0 << "" << noRetries << true;
    QTest::newRow("missing behind sudo") << "root-only-missing.yaml" << S::Auto << QByteArray("nopasswd")
                                         << none << F::FileMissing << 0 << "-n cat -- " << noRetries << true;
    // sudo's three tries: a typo does not end the fetch.
    QTest::newRow("wrong, then right")
        << "root-only.yaml" << S::Auto << QByteArray("password") << wrong << F::None << 2 << "-S -p  cat -- "
        << QList<std::optional<QByteArray>>{right} << true;
    QTest::newRow("wrong three times")
        << "root-only.yaml" << S::Auto << QByteArray("password") << wrong << F::SudoRefused << 3
        << "-S -p  cat -- " << QList<std::optional<QByteArray>>{wrong, wrong} << true;
    QTest::newRow("wrong, then cancelled")
        << "root-only.yaml" << S::Auto << QByteArray("password") << wrong << F::Cancelled << 2
        << "-S -p  cat -- " << QList<std::optional<QByteArray>>{none} << true;
}

void TestSshSource::sudo()
{
    QFETCH(QString, fileName);
    QFETCH(SshOptions::Sudo, sudo);
    QFETCH(QByteArray, mode);
    QFETCH(std::optional<QByteArray>, password);
    QFETCH(SshFetchResult::Failure, failure);
    QFETCH(int, passwordQuestions);
    QFETCH(QString, sudoCall);
    QFETCH(QList<std::optional<QByteArray>>, retries);
    QFETCH(bool, askable);

    m_server.setSudoMode(mode);
    const QByteArray bytes = sampleKubeconfig(fileName);
    QString file = writeRemoteFile(fileName, bytes);
    if (fileName.contains(QLatin1String("missing"))) {
        QFile::remove(file);
    }
    SshOptions o = options();
    o.sudo = sudo;
    ScriptedInteraction interaction;
    interaction.sudo = password;
    interaction.askable = askable;
    interaction.sudoRetries = retries;
    const SshFetchResult result = SshSource::fetch(target(file), o, interaction);
    QCOMPARE(interaction.sudoQuestions, passwordQuestions);
    // Logged in with a key: there is no SSH password to offer sudo.
    QVERIFY(!interaction.loginPasswordOffers.contains(true));
    for (int i = 0; i < interaction.sudoAttempts.size(); ++i)
        QCOMPARE(interaction.sudoAttempts.at(i), i + 1); // each question says which try it is
    QCOMPARE(result.failure, failure);
    if (failure == SshFetchResult::Failure::None) {
        QCOMPARE(result.kubeconfig, bytes);
    } else {
        QVERIFY(result.kubeconfig.isEmpty());
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!result.error.contains(QString::fromUtf8(SudoPassword)));
        QVERIFY(!result.error.contains(QLatin1String("hunter2")));
        QVERIFY(!result.error.contains(QLatin1String("token-")));
    }
    const QString log = QString::fromUtf8(readAll(path(QStringLiteral("sudo-log"))));
    if (sudoCall.isEmpty())
        QVERIFY2(log.isEmpty(), qPrintable(log));
    else
        QVERIFY2(log.contains(sudoCall + file), qPrintable(log));
    QVERIFY(!log.contains(QString::fromUtf8(SudoPassword)));
}

void TestSshSource::hostilePath_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("spaces") << "my kube config.yaml";
    QTest::newRow("single quotes") << "it's 'quoted'.yaml";
    QTest::newRow("escaped single quote") << "a'\\''b.yaml";
    QTest::newRow("double quotes") << "say \"$(touch $MARKER)\".yaml";
    QTest::newRow("command substitution") << "$(touch $MARKER).yaml";
    QTest::newRow("backticks") << "`touch $MARKER`.yaml";
    QTest::newRow("semicolon") << "x; touch $MARKER; y.yaml";
    QTest::newRow("quote break-out") << "x'; touch $MARKER; echo '.yaml";
    QTest::newRow("pipe and ampersand") << "x | touch $MARKER & y.yaml";
    QTest::newRow("newline") << "x\ntouch $MARKER\n.yaml";
    QTest::newRow("leading dash") << "-n";
    QTest::newRow("glob") << "*.yaml";
}

void TestSshSource::hostilePath()
{
    QFETCH(QString, fileName);
    // Control: the payloads would really leave the marker if the shell ever ran them.
    if (!QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty()) {
        QString error;
        QVERIFY2(TestSshServer::runProgram(
                     QStringLiteral("ssh"),
                     {QStringLiteral("-F"), m_config, QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                      QStringLiteral("-o"), QLatin1String("UserKnownHostsFile=") + m_knownHosts,
                      QStringLiteral("-i"), path(QStringLiteral("userkey")), QStringLiteral("-p"),
                      QString::number(m_server.port()), m_user + QLatin1String("@127.0.0.1"),
                      QStringLiteral("touch \"$MARKER\"")},
                     &error),
                 qPrintable(error));
        QVERIFY(QFile::exists(path(QStringLiteral("marker"))));
        QFile::remove(path(QStringLiteral("marker")));
    }
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("hostile"));
    // A decoy the glob would match first if it were expanded.
    writeRemoteFile(QStringLiteral("0-decoy.yaml"), sampleKubeconfig(QStringLiteral("decoy")));
    const QString dir = path(QStringLiteral("remote/hostile"));
    QDir().mkpath(dir);
    const QString file = dir + QLatin1Char('/') + fileName;
    writeFile(file, bytes);
    writeFile(dir + QLatin1String("/0-decoy.yaml"), sampleKubeconfig(QStringLiteral("decoy")));
    ScriptedInteraction interaction;
    SshOptions o = options();
    o.sudo = SshOptions::Sudo::Always; // the path goes through sudo's argument list as well
    for (const SshOptions::Sudo sudo : {SshOptions::Sudo::Never, SshOptions::Sudo::Always}) {
        o.sudo = sudo;
        const SshFetchResult result = SshSource::fetch(target(file), o, interaction);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.kubeconfig, bytes);
        QVERIFY2(!QFile::exists(path(QStringLiteral("marker"))), "a remote path ran a command");
    }
    QFile::remove(file);
}

void TestSshSource::missingFile()
{
    ScriptedInteraction interaction;
    SshOptions o = options();
    o.sudo = SshOptions::Sudo::Auto;
    const QString file = path(QStringLiteral("remote/does-not-exist.yaml"));
    const SshFetchResult result = SshSource::fetch(target(file), o, interaction);
    QCOMPARE(result.failure, SshFetchResult::Failure::FileMissing);
    QVERIFY2(result.error.contains(file), qPrintable(result.error));
    QCOMPARE(interaction.sudoQuestions, 0);
    QVERIFY(!QFile::exists(path(QStringLiteral("sudo-log"))));
}

void TestSshSource::notAKubeconfig_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("secret-ish text that is not yaml: [\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("yaml list") << QByteArray("- secret-ish\n- list\n");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0secret-ish",
                                          19);
}

void TestSshSource::notAKubeconfig()
{
    QFETCH(QByteArray, content);
    ScriptedInteraction interaction;
    const SshFetchResult result = SshSource::fetch(
        target(writeRemoteFile(QStringLiteral("not.yaml"), content)), options(), interaction);
    QCOMPARE(result.failure, SshFetchResult::Failure::NotAKubeconfig);
    QVERIFY(result.kubeconfig.isEmpty());
    QVERIFY2(!result.error.contains(QLatin1String("secret-ish")), qPrintable(result.error));

    const SshFetchResult folder =
        SshSource::fetch(target(path(QStringLiteral("remote"))), options(), interaction);
    QCOMPARE(folder.failure, SshFetchResult::Failure::NotAKubeconfig);
}

void TestSshSource::oversizedOutput()
{
    // Valid YAML comments, but past the 16 MiB cap: refused without buffering it all.
    QByteArray big = sampleKubeconfig(QStringLiteral("big"));
    big += QByteArray(17 * 1024 * 1024, '#');
    ScriptedInteraction interaction;
    const SshFetchResult result =
        SshSource::fetch(target(writeRemoteFile(QStringLiteral("big.yaml"), big)), options(), interaction);
    QVERIFY2(result.failure == SshFetchResult::Failure::NotAKubeconfig, qPrintable(result.error));
    QCOMPARE(result.failure, SshFetchResult::Failure::NotAKubeconfig);
    QVERIFY2(result.error.contains(QLatin1String("16 MiB")), qPrintable(result.error));
    QVERIFY(result.kubeconfig.isEmpty());
}

void TestSshSource::commandPresets()
{
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("microk8s"));
    writeFile(path(QStringLiteral("microk8s.yaml")), bytes);
    SshOptions o = options();
    o.preset = SshOptions::Preset::MicroK8s;
    ScriptedInteraction interaction;
    const SshFetchResult result = SshSource::fetch(target({}), o, interaction);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.kubeconfig, bytes);

    // On a node that joined a cluster, microk8s config prints a message and exits 0.
    writeFile(path(QStringLiteral("microk8s.yaml")),
              "This MicroK8s deployment is acting as a node in a cluster.\n"
              "Please use microk8s config on the master.\n");
    const SshFetchResult worker = SshSource::fetch(target({}), o, interaction);
    QCOMPARE(worker.failure, SshFetchResult::Failure::NotAKubeconfig);
    QVERIFY2(worker.error.contains(QLatin1String("not its control plane")), qPrintable(worker.error));

    // No k0s on the test server: a clear "not installed", not a missing file.
    o.preset = SshOptions::Preset::K0s;
    const SshFetchResult k0s = SshSource::fetch(target({}), o, interaction);
    QCOMPARE(k0s.failure, SshFetchResult::Failure::Other);
    QVERIFY2(k0s.error.contains(QLatin1String("not installed")), qPrintable(k0s.error));
}

// After the kubeconfig, K3s and RKE2 presets ask systemd since when the service runs: read-only,
// best effort. Whatever it answers (or not), the fetch itself succeeds.
void TestSshSource::serviceState_data()
{
    QTest::addColumn<SshOptions::Preset>("preset");
    QTest::addColumn<QByteArray>("answer"); // empty: no systemd on the server
    QTest::addColumn<QString>("unit");      // empty: no state expected
    QTest::addColumn<bool>("active");
    QTest::addColumn<QDateTime>("since");
    const QByteArray running =
        "LoadState=loaded\nActiveState=active\nActiveEnterTimestamp=Thu 2026-01-08 09:30:00 UTC\n";
    const QDateTime started(QDate(2026, 1, 8), QTime(9, 30), QTimeZone::utc());
    QTest::newRow("k3s running") << SshOptions::Preset::K3s << running << QStringLiteral("k3s") << true
                                 << started;
    QTest::newRow("rke2 running") << SshOptions::Preset::Rke2 << running << QStringLiteral("rke2-server")
                                  << true << started;
    QTest::newRow("k3s stopped") << SshOptions::Preset::K3s
                                 << QByteArray(
                                        "LoadState=loaded\nActiveState=inactive\nActiveEnterTimestamp=\n")
                                 << QStringLiteral("k3s") << false << QDateTime();
    QTest::newRow("no such unit") << SshOptions::Preset::K3s
                                  << QByteArray(
                                         "LoadState=not-found\nActiveState=inactive\nActiveEnterTimestamp=\n")
                                  << QString() << false << QDateTime();
    QTest::newRow("no systemd") << SshOptions::Preset::K3s << QByteArray() << QString() << false
                                << QDateTime();
    QTest::newRow("escape codes") << SshOptions::Preset::K3s
                                  << QByteArray("LoadState=loaded\nActiveState=active\x1b]0;owned\x07\n")
                                  << QString() << false << QDateTime();
    QTest::newRow("kubeadm asks nothing")
        << SshOptions::Preset::Kubeadm << running << QString() << false << QDateTime();
}

void TestSshSource::serviceState()
{
    QFETCH(SshOptions::Preset, preset);
    QFETCH(QByteArray, answer);
    QFETCH(QString, unit);
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("k3s"));
    const QString file = writeRemoteFile(QStringLiteral("k3s.yaml"), bytes);
    if (!answer.isEmpty())
        m_server.setSystemctlAnswer(answer);
    SshOptions o = options();
    o.preset = preset;
    ScriptedInteraction interaction;
    // Not asked unless wanted (a first import cannot find "nothing newer").
    QVERIFY(SshSource::fetch(target(file), o, interaction).ok());
    QVERIFY(!QFile::exists(m_server.systemctlLogFile()));
    o.readServiceState = true;
    const SshFetchResult result = SshSource::fetch(target(file), o, interaction);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.kubeconfig, bytes);
    QCOMPARE(result.service.has_value(), !unit.isEmpty());
    const QByteArray log = readAll(m_server.systemctlLogFile());
    if (preset == SshOptions::Preset::Kubeadm) {
        QVERIFY2(log.isEmpty(), log.constData());
        return;
    }
    // Asked read-only (show), with the time in UTC.
    const QByteArray unitName = preset == SshOptions::Preset::Rke2 ? "rke2-server" : "k3s";
    const QByteArray expected =
        "TZ=UTC0 show --property=LoadState --property=ActiveState --property=ActiveEnterTimestamp " +
        unitName + ".service\n";
    QCOMPARE(log, expected);
    if (!result.service)
        return;
    QCOMPARE(result.service->unit, unit);
    QTEST(result.service->active, "active");
    QFETCH(QDateTime, since);
    QCOMPARE(result.service->since.value_or(QDateTime()), since);
}

void TestSshSource::slowServiceStateIsNotAFailure()
{
    const QByteArray bytes = sampleKubeconfig(QStringLiteral("k3s"));
    const QString file = writeRemoteFile(QStringLiteral("k3s.yaml"), bytes);
    m_server.setSystemctlAnswer("LoadState=loaded\nActiveState=active\n", 9);
    ScriptedInteraction interaction;
    SshOptions o = options();
    o.readServiceState = true;
    QElapsedTimer timer;
    timer.start();
    const SshFetchResult result = SshSource::fetch(target(file), o, interaction);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.kubeconfig, bytes);
    QVERIFY(!result.service);
    // Five seconds for the question at most, not the fetch's thirty.
    QVERIFY2(timer.elapsed() < 8500, qPrintable(QString::number(timer.elapsed())));
}

// --- network failures ---------------------------------------------------------------------------

void TestSshSource::silentServerTimesOut()
{
    // Accepts TCP (the kernel completes the handshake) but never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    SshTarget t = target(QStringLiteral("/x"));
    t.port = silent.serverPort();
    SshOptions o = options();
    o.connectTimeoutSeconds = 2;
    o.timeoutSeconds = 30;
    ScriptedInteraction interaction;
    QElapsedTimer timer;
    timer.start();
    const SshFetchResult result = SshSource::fetch(t, o, interaction);
    QCOMPARE(result.failure, SshFetchResult::Failure::Timeout);
    QVERIFY2(timer.elapsed() >= 1900 && timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(result.error.contains(QLatin1String("127.0.0.1")), qPrintable(result.error));

    // The overall timeout bounds the connect timeout too.
    o.connectTimeoutSeconds = 30;
    o.timeoutSeconds = 1;
    timer.restart();
    QCOMPARE(SshSource::fetch(t, o, interaction).failure, SshFetchResult::Failure::Timeout);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestSshSource::cancelStopsQuickly()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    SshTarget t = target(QStringLiteral("/x"));
    t.port = silent.serverPort();
    SshOptions o = options();
    o.connectTimeoutSeconds = 60;
    o.timeoutSeconds = 60;
    std::atomic_bool cancel = false;
    SshFetchResult result;
    ScriptedInteraction interaction;
    QElapsedTimer timer;
    timer.start();
    std::thread worker([&] { result = SshSource::fetch(t, o, interaction, &cancel); });
    QThread::msleep(300);
    cancel = true;
    worker.join();
    QCOMPARE(result.failure, SshFetchResult::Failure::Cancelled);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestSshSource::connectionRefused()
{
    SshTarget t = target(QStringLiteral("/x"));
    t.port = TestSshServer::freePort();
    ScriptedInteraction interaction;
    const SshFetchResult result = SshSource::fetch(t, options(), interaction);
    QCOMPARE(result.failure, SshFetchResult::Failure::ConnectionRefused);
    QVERIFY2(result.error.contains(QString::number(t.port)), qPrintable(result.error));
}

void TestSshSource::nameResolution()
{
    SshTarget t = target(QStringLiteral("/x"));
    t.host = QStringLiteral("no-such-host.invalid"); // RFC 6761: never resolves
    ScriptedInteraction interaction;
    const SshFetchResult result = SshSource::fetch(t, options(), interaction);
    QCOMPARE(result.failure, SshFetchResult::Failure::NameResolution);
    QVERIFY2(result.error.contains(t.host), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestSshSource)
#include "tst_sshsource.moc"
