#include "kubeconfig/kubeconfigset.h"
#include "kubeconfigbuilder.h"
#include "probe/execcredentialrunner.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QtConcurrentRun>

#include <cerrno>
#include <csignal>
#include <memory>

using namespace kubeminder;
using namespace std::chrono_literals;
using test::KubeconfigBuilder;
using test::TestPki;

// Every plugin is a small /bin/sh script written into a fresh QTemporaryDir: it prints an
// ExecCredential (from a file the test wrote), and records what it was given (KUBERNETES_EXEC_INFO,
// its environment, its stdin, its process ids) into files the test reads back.

namespace {

const QString V1 = QStringLiteral("client.authentication.k8s.io/v1");
const QString V1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");
const QString UserName = QStringLiteral("exec-user");
const QString ClusterName = QStringLiteral("cluster");
// Secrets the plugins handle: none may ever appear in an error message.
const QByteArray Token = QByteArrayLiteral("km-opaque-token-6a1f0c9e4d2b");
const QString EnvSecret = QStringLiteral("km-env-secret-93b1c7");
constexpr std::chrono::milliseconds Generous = 20s;

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

const IssuedCertificate &execCertificate()
{
    static const IssuedCertificate cert =
        TestPki::leaf(TestPki::sharedCa(), QStringLiteral("exec-user"), test::fixedNow().addDays(-1),
                      test::fixedNow().addDays(30));
    return cert;
}

const IssuedCertificate &otherCertificate()
{
    static const IssuedCertificate cert = TestPki::leafExpiringIn(test::fixedNow(), 10);
    return cert;
}

QByteArray jwt()
{
    return TestPki::jwt(test::fixedNow().addSecs(3600), QStringLiteral("system:serviceaccount:ci:deployer"));
}

QByteArray credentialJson(const QString &apiVersion, const QJsonObject &status,
                          const QString &kind = QStringLiteral("ExecCredential"))
{
    QJsonObject object{{QStringLiteral("apiVersion"), apiVersion}, {QStringLiteral("kind"), kind}};
    if (!status.isEmpty())
        object.insert(QStringLiteral("status"), status);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QJsonObject tokenStatus(const QByteArray &token = Token)
{
    return {{QStringLiteral("token"), QString::fromLatin1(token)}};
}

QJsonObject certificateStatus(const IssuedCertificate &cert, const QByteArray &keyPem)
{
    return {{QStringLiteral("clientCertificateData"), QString::fromLatin1(cert.certificatePem)},
            {QStringLiteral("clientKeyData"), QString::fromLatin1(keyPem)}};
}

QByteArray shellQuote(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A process that no longer runs: gone from /proc, or a zombie waiting for a reaper that is not
// ours (an orphan's parent here may be a PID 1 that never reaps).
bool processGone(qint64 pid)
{
    const QString stat = QStringLiteral("/proc/%1/stat").arg(pid);
    if (QFile::exists(QStringLiteral("/proc/self/stat"))) {
        const QByteArray line = readAll(stat);
        if (line.isEmpty())
            return true;
        const qsizetype close = line.lastIndexOf(')');
        return close > 0 && line.size() > close + 2 && line.at(close + 2) == 'Z';
    }
    return ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
}

// Fails the test when a secret (the token, a JWT, the env value, a key line) is in `text`.
void verifyNoSecrets(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    QVERIFY2(!bytes.contains(Token), qPrintable(text));
    QVERIFY2(!bytes.contains(jwt()), qPrintable(text));
    QVERIFY2(!text.contains(EnvSecret), qPrintable(text));
    for (const QByteArray &key : {execCertificate().privateKeyPem, otherCertificate().privateKeyPem}) {
        for (const QByteArray &line : key.split('\n')) {
            if (line.size() >= 16 && !line.startsWith("-----"))
                QVERIFY2(!bytes.contains(line), qPrintable(text));
        }
    }
}

} // namespace

class TestExecCredentialRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void credentials_data();
    void credentials();
    void execInfo_data();
    void execInfo();
    void environmentAndArguments();
    void commandResolution_data();
    void commandResolution();
    void timeoutKillsTheProcessGroup();
    void pluginFailures_data();
    void pluginFailures();
    void refusedWithoutRunning_data();
    void refusedWithoutRunning();
    void runsOffTheMainThread();

private:
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    // An executable /bin/sh script; "@DIR@" in `body` becomes the (quoted) temporary folder.
    QString writePlugin(const QString &relative, const QByteArray &body, bool executable = true) const;
    // A kubeconfig with cluster "cluster", context "ctx" and the exec user "exec-user" running
    // `command`, with the env secret in its exec.env.
    KubeconfigBuilder execConfig(const QString &command, const QString &apiVersion = V1beta1) const;
    static KubeconfigSet load(const KubeconfigBuilder &builder, const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExecCredentialRunner::initTestCase()
{
    test::setUpTestEnvironment();
    // Mint once, outside any timing.
    QVERIFY(!execCertificate().certificatePem.isEmpty());
    QVERIFY(!otherCertificate().certificatePem.isEmpty());
}

void TestExecCredentialRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestExecCredentialRunner::writePlugin(const QString &relative, const QByteArray &body,
                                              bool executable) const
{
    QByteArray script = "#!/bin/sh\n" + body;
    script.replace("@DIR@", shellQuote(m_dir->path()));
    const QString file = test::writeFile(path(relative), script);
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (executable)
        permissions |= QFileDevice::ExeOwner;
    if (!QFile::setPermissions(file, permissions))
        qFatal("cannot chmod %s", qPrintable(file));
    return file;
}

KubeconfigBuilder TestExecCredentialRunner::execConfig(const QString &command,
                                                       const QString &apiVersion) const
{
    KubeconfigBuilder builder;
    builder.cluster(ClusterName, QStringLiteral("https://10.0.0.1:6443"), TestPki::sharedCa().certificatePem)
        .execUser(UserName, command)
        .execField(UserName, QStringLiteral("apiVersion"), apiVersion)
        .execEnv(UserName, QStringLiteral("KM_SECRET"), EnvSecret)
        .context(QStringLiteral("ctx"), ClusterName, UserName)
        .currentContext(QStringLiteral("ctx"));
    if (apiVersion == V1)
        builder.execField(UserName, QStringLiteral("interactiveMode"), QStringLiteral("Never"));
    return builder;
}

KubeconfigSet TestExecCredentialRunner::load(const KubeconfigBuilder &builder, const QString &file)
{
    return KubeconfigSet::load({builder.writeTo(file)});
}

void TestExecCredentialRunner::credentials_data()
{
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QString>("interactiveMode");
    QTest::addColumn<QJsonObject>("status");
    QTest::addColumn<QDateTime>("expirationTimestamp"); // invalid: none
    QTest::addColumn<QDateTime>("notAfter");            // invalid: none
    QTest::addColumn<QString>("subject");

    const auto with = [](QJsonObject status, const char *timestamp) {
        status.insert(QStringLiteral("expirationTimestamp"), QString::fromLatin1(timestamp));
        return status;
    };
    const IssuedCertificate &cert = execCertificate();
    const QDateTime stamp = utc(2026, 6, 16, 12, 0);
    const QDateTime certificateEnd = test::fixedNow().addDays(30);
    const QDateTime tokenEnd = test::fixedNow().addSecs(3600);
    const QString certificateSubject = str("CN=exec-user,O=system:masters");
    const QString tokenSubject = str("system:serviceaccount:ci:deployer");

    QTest::newRow("v1beta1 token with expirationTimestamp")
        << V1beta1 << QString() << with(tokenStatus(), "2026-06-16T12:00:00Z") << stamp << stamp << QString();
    QTest::newRow("v1beta1 token, interactiveMode IfAvailable")
        << V1beta1 << str("IfAvailable") << with(tokenStatus(), "2026-06-16T12:00:00Z") << stamp << stamp
        << QString();
    QTest::newRow("v1 token with expirationTimestamp")
        << V1 << str("Never") << with(tokenStatus(), "2026-06-16T12:00:00Z") << stamp << stamp << QString();
    QTest::newRow("v1 token, interactiveMode IfAvailable")
        << V1 << str("IfAvailable") << with(tokenStatus(), "2026-06-16T12:00:00Z") << stamp << stamp
        << QString();
    QTest::newRow("expirationTimestamp with an offset and a fraction")
        << V1 << str("Never") << with(tokenStatus(), "2026-06-16T14:30:00.123456+02:30")
        << utc(2026, 6, 16, 12, 0, 0, 123) << utc(2026, 6, 16, 12, 0, 0, 123) << QString();
    QTest::newRow("null expirationTimestamp, opaque token: no expiry")
        << V1 << str("Never")
        << QJsonObject{{str("token"), QString::fromLatin1(Token)},
                       {str("expirationTimestamp"), QJsonValue::Null}}
        << QDateTime() << QDateTime() << QString();
    QTest::newRow("client certificate without expirationTimestamp: its notAfter")
        << V1 << str("Never") << certificateStatus(cert, cert.privateKeyPem) << QDateTime() << certificateEnd
        << certificateSubject;
    QTest::newRow("client certificate with expirationTimestamp: the timestamp")
        << V1beta1 << QString() << with(certificateStatus(cert, cert.privateKeyPem), "2026-06-16T12:00:00Z")
        << stamp << stamp << certificateSubject;
    QTest::newRow("JWT without expirationTimestamp: its exp")
        << V1 << str("Never") << tokenStatus(jwt()) << QDateTime() << tokenEnd << tokenSubject;
    QTest::newRow("JWT with expirationTimestamp: the timestamp")
        << V1beta1 << QString() << with(tokenStatus(jwt()), "2026-06-16T12:00:00Z") << stamp << stamp
        << tokenSubject;
}

void TestExecCredentialRunner::credentials()
{
    QFETCH(QString, apiVersion);
    QFETCH(QString, interactiveMode);
    QFETCH(QJsonObject, status);
    QFETCH(QDateTime, expirationTimestamp);
    QFETCH(QDateTime, notAfter);
    QFETCH(QString, subject);

    test::writeFile(path(str("out.json")), credentialJson(apiVersion, status));
    const QString plugin = writePlugin(str("bin/get-token"), "cat @DIR@/out.json\n");
    KubeconfigBuilder builder = execConfig(plugin, apiVersion);
    if (!interactiveMode.isEmpty())
        builder.execField(UserName, str("interactiveMode"), interactiveMode);
    const KubeconfigSet set = load(builder, path(str("config")));
    const UserEntry *user = set.user(UserName);
    QVERIFY(user);

    QString error;
    const std::optional<ExecCredential> credential =
        ExecCredentialRunner::run(*user, set, ClusterName, Generous, &error);
    QVERIFY2(credential, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(credential->token, status.value(u"token").toString().toUtf8());
    QCOMPARE(credential->clientCertificateData, status.value(u"clientCertificateData").toString().toUtf8());
    QCOMPARE(credential->clientKeyData, status.value(u"clientKeyData").toString().toUtf8());
    QCOMPARE(credential->expirationTimestamp.has_value(), expirationTimestamp.isValid());
    if (expirationTimestamp.isValid()) {
        QCOMPARE(*credential->expirationTimestamp, expirationTimestamp);
        QCOMPARE(credential->expirationTimestamp->timeSpec(), Qt::UTC);
    }
    QCOMPARE(credential->notAfter.has_value(), notAfter.isValid());
    if (notAfter.isValid())
        QCOMPARE(*credential->notAfter, notAfter);
    QCOMPARE(credential->subject, subject);
}

void TestExecCredentialRunner::execInfo_data()
{
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<bool>("provideClusterInfo");

    QTest::newRow("v1beta1") << V1beta1 << false;
    QTest::newRow("v1") << V1 << false;
    QTest::newRow("v1beta1 with provideClusterInfo") << V1beta1 << true;
    QTest::newRow("v1 with provideClusterInfo") << V1 << true;
}

void TestExecCredentialRunner::execInfo()
{
    QFETCH(QString, apiVersion);
    QFETCH(bool, provideClusterInfo);

    test::writeFile(path(str("out.json")), credentialJson(apiVersion, tokenStatus()));
    // Reading stdin to its end would hang on an open pipe: it must be the null device.
    const QString plugin =
        writePlugin(str("bin/get-token"), "printf '%s' \"$KUBERNETES_EXEC_INFO\" > @DIR@/info.json\n"
                                          "cat > @DIR@/stdin.txt\n"
                                          "if [ -r /proc/$$/stat ]; then\n"
                                          "  echo \"$$ $(cut -d' ' -f5,6 /proc/$$/stat)\" > @DIR@/ids.txt\n"
                                          "fi\n"
                                          "cat @DIR@/out.json\n");
    KubeconfigBuilder builder = execConfig(plugin, apiVersion);
    YAML::Node cluster = builder.root()["clusters"][0]["cluster"];
    cluster["tls-server-name"] = "api.internal";
    cluster["proxy-url"] = "socks5://127.0.0.1:1080";
    YAML::Node extension;
    extension["name"] = "client.authentication.k8s.io/exec";
    extension["extension"]["audience"] = "sts.example.com";
    extension["extension"]["retries"] = 3;
    extension["extension"]["debug"] = false;
    cluster["extensions"].push_back(extension);
    if (provideClusterInfo)
        builder.execFlag(UserName, str("provideClusterInfo"), true);
    const KubeconfigSet set = load(builder, path(str("config")));
    const UserEntry *user = set.user(UserName);
    QVERIFY(user);

    QString error;
    QVERIFY2(ExecCredentialRunner::run(*user, set, ClusterName, Generous, &error), qPrintable(error));

    QJsonParseError parseError;
    const QJsonObject info = QJsonDocument::fromJson(readAll(path(str("info.json"))), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(info.value(u"apiVersion").toString(), apiVersion);
    QCOMPARE(info.value(u"kind").toString(), str("ExecCredential"));
    const QJsonObject spec = info.value(u"spec").toObject();
    QVERIFY(spec.value(u"interactive").isBool());
    QCOMPARE(spec.value(u"interactive").toBool(), false);
    QCOMPARE(spec.contains(u"cluster"), provideClusterInfo);
    if (provideClusterInfo) {
        const QJsonObject expected{{str("server"), str("https://10.0.0.1:6443")},
                                   {str("tls-server-name"), str("api.internal")},
                                   {str("proxy-url"), str("socks5://127.0.0.1:1080")},
                                   {str("certificate-authority-data"),
                                    QString::fromLatin1(TestPki::sharedCa().certificatePem.toBase64())},
                                   {str("config"), QJsonObject{{str("audience"), str("sts.example.com")},
                                                               {str("retries"), 3},
                                                               {str("debug"), false}}}};
        QCOMPARE(spec.value(u"cluster").toObject(), expected);
    }

    QCOMPARE(readAll(path(str("stdin.txt"))), QByteArray());
    const QByteArray ids = readAll(path(str("ids.txt"))).trimmed();
    if (!ids.isEmpty()) {
        // pid, process group, session: a session leader of its own has no controlling terminal.
        const QList<QByteArray> parts = ids.split(' ');
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(1), parts.at(0));
        QCOMPARE(parts.at(2), parts.at(0));
    }
}

void TestExecCredentialRunner::environmentAndArguments()
{
    qputenv("KM_INHERITED", "from-kubeminder");
    qputenv("KM_OVERRIDDEN", "from-kubeminder");
    const auto restore = qScopeGuard([] {
        qunsetenv("KM_INHERITED");
        qunsetenv("KM_OVERRIDDEN");
    });
    test::writeFile(path(str("out.json")), credentialJson(V1beta1, tokenStatus()));
    const QString plugin =
        writePlugin(str("bin/get-token"), "printf '%s\\n' \"$KM_INHERITED\" \"$KM_OVERRIDDEN\" "
                                          "\"$KM_SECRET\" \"$#\" \"$1\" \"$3\" > @DIR@/env.txt\n"
                                          "printf '%s' \"$KUBERNETES_EXEC_INFO\" > @DIR@/info.json\n"
                                          "cat @DIR@/out.json\n");
    KubeconfigBuilder builder = execConfig(plugin);
    builder
        .execEnv(UserName, str("KM_OVERRIDDEN"), str("from-kubeconfig"))
        // client-go appends KUBERNETES_EXEC_INFO last: the kubeconfig cannot forge it.
        .execEnv(UserName, str("KUBERNETES_EXEC_INFO"), str("forged"))
        .execArgs(UserName, {str("get-token"), str("--cluster"), str("two words")});
    const KubeconfigSet set = load(builder, path(str("config")));
    const UserEntry *user = set.user(UserName);
    QVERIFY(user);

    QString error;
    QVERIFY2(ExecCredentialRunner::run(*user, set, ClusterName, Generous, &error), qPrintable(error));
    const QList<QByteArray> lines = readAll(path(str("env.txt"))).split('\n');
    QCOMPARE(lines.mid(0, 6), (QList<QByteArray>{"from-kubeminder", "from-kubeconfig", EnvSecret.toUtf8(),
                                                 "3", "get-token", "two words"}));
    QVERIFY(QJsonDocument::fromJson(readAll(path(str("info.json")))).isObject());
}

void TestExecCredentialRunner::commandResolution_data()
{
    QTest::addColumn<QString>("command"); // "@DIR@" is the temporary folder
    QTest::addColumn<QString>("script");  // where the plugin is, relative to the temporary folder
    QTest::addColumn<bool>("onPath");

    QTest::newRow("./bin: against the kubeconfig's folder")
        << str("./bin/get-token") << str("conf/bin/get-token") << false;
    QTest::newRow("bin/: a separator makes it a path")
        << str("bin/get-token") << str("conf/bin/get-token") << false;
    QTest::newRow("../: above the kubeconfig's folder")
        << str("../tools/get-token") << str("tools/get-token") << false;
    QTest::newRow("absolute") << str("@DIR@/abs/get-token") << str("abs/get-token") << false;
    QTest::newRow("bare name: PATH") << str("km-test-get-token") << str("pathdir/km-test-get-token") << true;
}

void TestExecCredentialRunner::commandResolution()
{
    QFETCH(QString, command);
    QFETCH(QString, script);
    QFETCH(bool, onPath);

    const QByteArray oldPath = qgetenv("PATH");
    const auto restore = qScopeGuard([&] { qputenv("PATH", oldPath); });
    if (onPath)
        qputenv("PATH", QFile::encodeName(path(str("pathdir"))) + ':' + oldPath);
    test::writeFile(path(str("out.json")), credentialJson(V1beta1, tokenStatus()));
    writePlugin(script, "cat @DIR@/out.json\n");
    command.replace(str("@DIR@"), m_dir->path());
    // The kubeconfig is not in the current folder, so only resolving against its folder finds it.
    QVERIFY(QDir::current() != QDir(path(str("conf"))));
    const KubeconfigSet set = load(execConfig(command), path(str("conf/config")));
    const UserEntry *user = set.user(UserName);
    QVERIFY(user);

    QString error;
    const std::optional<ExecCredential> credential =
        ExecCredentialRunner::run(*user, set, ClusterName, Generous, &error);
    QVERIFY2(credential, qPrintable(error));
    QCOMPARE(credential->token, Token);
}

void TestExecCredentialRunner::timeoutKillsTheProcessGroup()
{
    const QString plugin = writePlugin(str("bin/get-token"), "echo $$ > @DIR@/pid.txt\n"
                                                             "sleep 30 &\n"
                                                             "echo $! > @DIR@/child.txt\n"
                                                             "wait\n");
    const KubeconfigSet set = load(execConfig(plugin), path(str("config")));
    const UserEntry *user = set.user(UserName);
    QVERIFY(user);

    constexpr auto timeout = 800ms;
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!ExecCredentialRunner::run(*user, set, ClusterName, timeout, &error));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(error.contains(str("did not finish within 0.8 seconds")), qPrintable(error));
    QVERIFY2(elapsed >= timeout.count() && elapsed < timeout.count() + 2500,
             qPrintable(QString::number(elapsed)));

    const qint64 pid = readAll(path(str("pid.txt"))).trimmed().toLongLong();
    const qint64 child = readAll(path(str("child.txt"))).trimmed().toLongLong();
    QVERIFY(pid > 0);
    QVERIFY(child > 0);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(child), 2000);
    verifyNoSecrets(error);
}

void TestExecCredentialRunner::pluginFailures_data()
{
    QTest::addColumn<QByteArray>("output"); // written to out.json for the script to print
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");

    const IssuedCertificate &cert = execCertificate();
    QJsonObject everything = certificateStatus(cert, cert.privateKeyPem);
    everything.insert(str("token"), QString::fromLatin1(Token));
    const QByteArray valid = credentialJson(V1beta1, everything);
    const QByteArray printIt = "cat @DIR@/out.json\n";
    const auto status = [](const char *key, const QJsonValue &value) {
        return credentialJson(V1beta1, {{QString::fromLatin1(key), value}});
    };

    QTest::newRow("exit 1: the end of stderr, without secrets")
        << valid
        << QByteArray("cat @DIR@/out.json\n"
                      "echo \"using token " +
                      Token + " and " + jwt() +
                      "\" >&2\n"
                      "cat @DIR@/key.pem >&2\n"
                      "grep -v -- ----- @DIR@/key.pem >&2\n"
                      "echo \"env: $KM_SECRET\" >&2\n"
                      "echo 'error: could not reach the identity provider' >&2\n"
                      "exit 1\n")
        << QStringList{str("failed with exit code 1"), str("could not reach the identity provider"),
                       str("[redacted]")};
    QTest::newRow("long stderr: only its end")
        << QByteArray()
        << QByteArray("i=0\nwhile [ $i -lt 300 ]; do echo \"noise line $i\" >&2; i=$((i+1)); done\n"
                      "echo 'final: quota exceeded' >&2\nexit 3\n")
        << QStringList{str("failed with exit code 3"), str("final: quota exceeded"), str("…")};
    QTest::newRow("killed by a signal")
        << QByteArray() << QByteArray("kill -9 $$\n") << QStringList{str("crashed")};
    QTest::newRow("invalid JSON") << QByteArray("{\"apiVersion\": \"" + V1beta1.toUtf8() +
                                                "\", \"status\": {\"token\": \"" + Token + "\"")
                                  << printIt << QStringList{str("did not print valid JSON")};
    QTest::newRow("not an object") << QByteArray("[\"" + Token + "\"]") << printIt
                                   << QStringList{str("did not print a JSON object")};
    QTest::newRow("nothing") << QByteArray() << QByteArray("true\n") << QStringList{str("printed nothing")};
    QTest::newRow("wrong apiVersion") << credentialJson(V1, tokenStatus()) << printIt
                                      << QStringList{str("of version “client.authentication.k8s.io/v1”"),
                                                     str("asks for “client.authentication.k8s.io/v1beta1”")};
    QTest::newRow("no apiVersion") << QByteArray("{\"kind\": \"ExecCredential\", \"status\": {\"token\": \"" +
                                                 Token + "\"}}")
                                   << printIt << QStringList{str("not an ExecCredential")};
    QTest::newRow("wrong kind") << credentialJson(V1beta1, tokenStatus(), str("Secret")) << printIt
                                << QStringList{str("printed a “Secret”, not an ExecCredential")};
    QTest::newRow("no status") << credentialJson(V1beta1, {}) << printIt
                               << QStringList{str("without a status")};
    QTest::newRow("neither token nor certificate")
        << status("expirationTimestamp", str("2026-06-16T12:00:00Z")) << printIt
        << QStringList{str("neither a token nor a client certificate")};
    QTest::newRow("certificate without key")
        << status("clientCertificateData", QString::fromLatin1(cert.certificatePem)) << printIt
        << QStringList{str("not both")};
    QTest::newRow("key of another certificate")
        << credentialJson(V1beta1, certificateStatus(cert, otherCertificate().privateKeyPem)) << printIt
        << QStringList{str("does not belong to its certificate")};
    QTest::newRow("token is a number")
        << status("token", 42) << printIt << QStringList{str("“status.token” is not a string")};
    QTest::newRow("expirationTimestamp in words")
        << credentialJson(V1beta1, {{str("token"), QString::fromLatin1(Token)},
                                    {str("expirationTimestamp"), str("tomorrow")}})
        << printIt << QStringList{str("not an RFC 3339 time")};
    QTest::newRow("expirationTimestamp without a time")
        << credentialJson(V1beta1, {{str("token"), QString::fromLatin1(Token)},
                                    {str("expirationTimestamp"), str("2026-06-16")}})
        << printIt << QStringList{str("not an RFC 3339 time")};
    QTest::newRow("output too large") << QByteArray() << QByteArray("head -c 2000000 /dev/zero\n")
                                      << QStringList{str("more than 1024 KiB")};
}

void TestExecCredentialRunner::pluginFailures()
{
    QFETCH(QByteArray, output);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);

    test::writeFile(path(str("out.json")), output);
    test::writeFile(path(str("key.pem")), execCertificate().privateKeyPem);
    const QString plugin = writePlugin(str("bin/get-token"), "touch @DIR@/ran\n" + body);
    const KubeconfigSet set = load(execConfig(plugin), path(str("config")));
    const UserEntry *user = set.user(UserName);
    QVERIFY(user);

    QString error;
    QVERIFY(!ExecCredentialRunner::run(*user, set, ClusterName, Generous, &error));
    QVERIFY(QFile::exists(path(str("ran"))));
    for (const QString &fragment : expected)
        QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY2(error.contains(str("“%1” of user “exec-user”").arg(plugin)), qPrintable(error));
    QVERIFY2(error.size() < ExecCredentialRunner::StderrTailLength + 400, qPrintable(error));
    verifyNoSecrets(error);
}

void TestExecCredentialRunner::refusedWithoutRunning_data()
{
    QTest::addColumn<QString>("command"); // "@SCRIPT@": the plugin script
    QTest::addColumn<bool>("executable");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QString>("interactiveMode");
    QTest::addColumn<QString>("installHint");
    QTest::addColumn<bool>("provideClusterInfo");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    const QString script = str("@SCRIPT@");
    QTest::newRow("interactiveMode Always")
        << script << true << V1 << str("Always") << QString() << false
        << QStringList{str("needs a terminal (interactiveMode: Always)")} << QStringList();
    QTest::newRow("v1beta1, interactiveMode Always")
        << script << true << V1beta1 << str("Always") << QString() << false
        << QStringList{str("needs a terminal")} << QStringList();
    QTest::newRow("v1 without interactiveMode")
        << script << true << V1 << QString() << QString() << false
        << QStringList{str("does not set interactiveMode")} << QStringList();
    QTest::newRow("unknown interactiveMode")
        << script << true << V1 << str("Sometimes") << QString() << false
        << QStringList{str("unknown interactiveMode “Sometimes”")} << QStringList();
    QTest::newRow("v1alpha1") << script << true << str("client.authentication.k8s.io/v1alpha1")
                              << str("Never") << QString() << false << QStringList{str("no longer runs")}
                              << QStringList();
    QTest::newRow("not on PATH, with installHint")
        << str("km-no-such-plugin-9f2c") << true << V1 << str("Never")
        << str("km-plugin is needed to use this cluster.\nInstall it from https://example.com/km-plugin")
        << false
        << QStringList{str("“km-no-such-plugin-9f2c” of user “exec-user” was not found"),
                       str("Install it from https://example.com/km-plugin")}
        << QStringList();
    QTest::newRow("not on PATH, no installHint")
        << str("km-no-such-plugin-9f2c") << true << V1 << str("Never") << QString() << false
        << QStringList{str("was not found")} << QStringList{str("\n")};
    QTest::newRow("missing path") << str("./missing/get-token") << true << V1 << str("Never") << QString()
                                  << false << QStringList{str("was not found")} << QStringList();
    QTest::newRow("not executable") << script << false << V1 << str("Never") << QString() << false
                                    << QStringList{str("is not executable")} << QStringList();
    QTest::newRow("no command") << QString() << true << V1 << str("Never") << QString() << false
                                << QStringList{str("names no command")} << QStringList();
    QTest::newRow("provideClusterInfo, unknown cluster")
        << script << true << V1 << str("Never") << QString() << true
        << QStringList{str("details of cluster “elsewhere”")} << QStringList();
}

void TestExecCredentialRunner::refusedWithoutRunning()
{
    QFETCH(QString, command);
    QFETCH(bool, executable);
    QFETCH(QString, apiVersion);
    QFETCH(QString, interactiveMode);
    QFETCH(QString, installHint);
    QFETCH(bool, provideClusterInfo);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);

    test::writeFile(path(str("out.json")), credentialJson(apiVersion, tokenStatus()));
    const QString plugin =
        writePlugin(str("bin/get-token"), "touch @DIR@/ran\ncat @DIR@/out.json\n", executable);
    command.replace(str("@SCRIPT@"), plugin);
    KubeconfigBuilder builder = execConfig(command, apiVersion);
    builder.execField(UserName, str("interactiveMode"), interactiveMode);
    if (!installHint.isEmpty())
        builder.execField(UserName, str("installHint"), installHint);
    if (provideClusterInfo)
        builder.execFlag(UserName, str("provideClusterInfo"), true);
    const KubeconfigSet set = load(builder, path(str("config")));
    const UserEntry *user = set.user(UserName);
    QVERIFY(user);

    QString error;
    QVERIFY(!ExecCredentialRunner::run(*user, set, str("elsewhere"), Generous, &error));
    QVERIFY2(!QFile::exists(path(str("ran"))), qPrintable(error));
    for (const QString &fragment : expected)
        QVERIFY2(error.contains(fragment), qPrintable(error));
    for (const QString &fragment : absent)
        QVERIFY2(!error.contains(fragment), qPrintable(error));
    verifyNoSecrets(error);

    // The same verdict is available before running anything, except for what needs the files.
    QString reason;
    const bool runnable = ExecCredentialRunner::canRunUnattended(*user, &reason);
    QCOMPARE(runnable, reason.isEmpty());
    if (!runnable)
        QCOMPARE(reason, error);
}

void TestExecCredentialRunner::runsOffTheMainThread()
{
    test::writeFile(path(str("out.json")), credentialJson(V1, tokenStatus(jwt())));
    const QString plugin = writePlugin(str("bin/get-token"), "cat @DIR@/out.json\n");
    const KubeconfigSet set = load(execConfig(plugin, V1), path(str("config")));
    const UserEntry *user = set.user(UserName);
    QVERIFY(user);

    QThread *mainThread = QThread::currentThread();
    QString error;
    const std::optional<ExecCredential> credential =
        QtConcurrent::run([&]() -> std::optional<ExecCredential> {
            if (QThread::currentThread() == mainThread)
                return std::nullopt;
            return ExecCredentialRunner::run(*user, set, ClusterName, Generous, &error);
        }).result();
    QVERIFY2(credential, qPrintable(error));
    QCOMPARE(credential->token, jwt());
    QVERIFY(credential->notAfter);
    QCOMPARE(*credential->notAfter, test::fixedNow().addSecs(3600));
}

QTEST_GUILESS_MAIN(TestExecCredentialRunner)
#include "tst_execcredentialrunner.moc"
