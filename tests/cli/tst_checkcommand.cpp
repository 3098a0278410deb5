#include "clirunner.h"
#include "kubeconfigbuilder.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;
using namespace kubeminder::test;

class TestCheckCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodeFollowsWorstStatus_data();
    void exitCodeFollowsWorstStatus();
    void jsonHasTheDocumentedShape();
    void tableListsContextsAndProblems();
    void tableEscapesControlCharacters_data();
    void tableEscapesControlCharacters();
    void colourOnlyOnTerminalWithoutNoColor_data();
    void colourOnlyOnTerminalWithoutNoColor();
    void prometheusTextfileFormat();
    void x509ExporterSeries_data();
    void x509ExporterSeries();
    void promtoolAcceptsTheMetrics();
    void jsonNamesTheDistribution();
    void readmeCronRecipeReplacesTheFile_data();
    void readmeCronRecipeReplacesTheFile();
    void contextFilter();
    void badArguments_data();
    void badArguments();
    void thresholdsSayWhereTheyCameFrom_data();
    void thresholdsSayWhereTheyCameFrom();
    void noKubeconfigAtAll();
    void brokenFileDoesNotHideOthers();
    void secretsNeverPrinted_data();
    void secretsNeverPrinted();
    void demoSetCoversEveryStatus();
    void binaryRunsCheckWithoutDisplay();
    void binaryWithoutWindowNeedsCommand();
    void commandsLoadNoWindowLibraries_data();
    void commandsLoadNoWindowLibraries();
    void missingWindowIsExplained();
    void probeRunsInItsOwnProgram();
    void speaksTheUsersLanguage_data();
    void speaksTheUsersLanguage();

private:
    /// A kubeconfig with what enix's x509-certificate-exporter reports: a K3s-style client chain, a
    /// certificate with every name attribute (minted by the openssl command), a cluster CA, a
    /// certificate by path, a token user and a CA that does not parse.
    QString writeX509Set();
    RunResult run(const QStringList &arguments, const QString &kubeconfigVariable = {}, bool terminal = false,
                  bool noColor = false);
    QString writeSet(const QString &name, const QList<double> &daysLeft, const QDateTime &now = fixedNow());

    QTemporaryDir m_dir;
    IssuedCertificate m_secretCert;
};

void TestCheckCommand::initTestCase()
{
    setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    // Tests save thresholds: keep them away from any other run of this test on the machine.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    m_secretCert = TestPki::leafExpiringIn(fixedNow(), 200);
}

RunResult TestCheckCommand::run(const QStringList &arguments, const QString &kubeconfigVariable,
                                bool terminal, bool noColor)
{
    return runCli(arguments, {.home = m_dir.filePath(QStringLiteral("home")),
                              .kubeconfigVariable = kubeconfigVariable,
                              .terminal = terminal,
                              .noColor = noColor});
}

// One file with a context per entry of daysLeft (counted from `now`), named c0, c1, ...
QString TestCheckCommand::writeSet(const QString &name, const QList<double> &daysLeft, const QDateTime &now)
{
    KubeconfigBuilder builder;
    for (qsizetype i = 0; i < daysLeft.size(); ++i) {
        const QString n = QStringLiteral("c%1").arg(i);
        builder
            .cluster(n, QStringLiteral("https://%1.example:6443").arg(n), TestPki::sharedCa().certificatePem)
            .certificateUser(n, TestPki::leafExpiringIn(now, daysLeft[i]))
            .context(n, n, n);
    }
    builder.currentContext(QStringLiteral("c0"));
    return builder.writeTo(m_dir.filePath(name));
}

void TestCheckCommand::exitCodeFollowsWorstStatus_data()
{
    QTest::addColumn<QList<double>>("daysLeft");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("all ok") << QList<double>{200, 90} << 0;
    QTest::newRow("one warning") << QList<double>{200, 20} << 1;
    QTest::newRow("one critical") << QList<double>{200, 20, 3} << 2;
    QTest::newRow("one expired") << QList<double>{200, -5} << 2;
}

void TestCheckCommand::exitCodeFollowsWorstStatus()
{
    QFETCH(QList<double>, daysLeft);
    QFETCH(int, exitCode);
    const QString file = writeSet(
        QStringLiteral("exit-%1.yaml")
            .arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))),
        daysLeft);
    const RunResult result = run({QStringLiteral("check"), QStringLiteral("--kubeconfig"), file});
    QCOMPARE(result.exitCode, exitCode);
}

void TestCheckCommand::jsonHasTheDocumentedShape()
{
    const QString file = writeSet(QStringLiteral("json.yaml"), {200, -120});
    const RunResult result =
        run({QStringLiteral("check"), QStringLiteral("-o"), QStringLiteral("json")}, file);
    QCOMPARE(result.exitCode, 2);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    for (const char *key : {"generatedAt", "currentContext", "kubeconfigFiles", "contexts"})
        QVERIFY2(root.contains(QLatin1String(key)), key);
    QCOMPARE(root.value(QStringLiteral("generatedAt")).toString(), QStringLiteral("2026-06-15T12:00:00Z"));
    QCOMPARE(root.value(QStringLiteral("currentContext")).toString(), QStringLiteral("c0"));

    const QJsonObject fileEntry = root.value(QStringLiteral("kubeconfigFiles")).toArray().at(0).toObject();
    for (const char *key : {"path", "status", "error"})
        QVERIFY2(fileEntry.contains(QLatin1String(key)), key);
    QCOMPARE(fileEntry.value(QStringLiteral("path")).toString(), file);
    QCOMPARE(fileEntry.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(fileEntry.value(QStringLiteral("error")).isNull());

    const QJsonArray contexts = root.value(QStringLiteral("contexts")).toArray();
    QCOMPARE(contexts.size(), 2);
    const QJsonObject expired = contexts.at(1).toObject();
    for (const char *key : {"name", "cluster", "user", "namespace", "server", "file", "current", "status",
                            "credential", "problems"})
        QVERIFY2(expired.contains(QLatin1String(key)), key);
    QCOMPARE(expired.value(QStringLiteral("name")).toString(), QStringLiteral("c1"));
    QCOMPARE(expired.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(expired.value(QStringLiteral("current")).toBool(), false);
    QCOMPARE(expired.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QCOMPARE(expired.value(QStringLiteral("server")).toString(), QStringLiteral("https://c1.example:6443"));

    const QJsonObject credential = expired.value(QStringLiteral("credential")).toObject();
    for (const char *key : {"kind", "notAfter", "daysLeft", "subject", "issuer"})
        QVERIFY2(credential.contains(QLatin1String(key)), key);
    QCOMPARE(credential.value(QStringLiteral("kind")).toString(), QStringLiteral("client-certificate"));
    QCOMPARE(credential.value(QStringLiteral("daysLeft")).toInt(), -120);
    QCOMPARE(credential.value(QStringLiteral("notAfter")).toString(), QStringLiteral("2026-02-15T12:00:00Z"));
    QCOMPARE(credential.value(QStringLiteral("subject")).toString(), QStringLiteral("test-user"));
    QCOMPARE(credential.value(QStringLiteral("issuer")).toString(), QStringLiteral("kubeminder-test-ca"));

    const QJsonArray problems = expired.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.at(0)
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("expired on 2026-02-15 (expired 120 days ago)")));
}

void TestCheckCommand::tableListsContextsAndProblems()
{
    const QString file = writeSet(QStringLiteral("table.yaml"), {200, 3});
    const RunResult result = run({QStringLiteral("check"), QStringLiteral("--kubeconfig"), file});
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    QVERIFY(lines.at(0).startsWith(QStringLiteral("CURRENT")));
    for (const char *column :
         {"NAME", "STATUS", "EXPIRES (UTC)", "LEFT", "KIND", "CLUSTER", "SERVER", "FILE"})
        QVERIFY2(lines.at(0).contains(QLatin1String(column)), column);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("*")));
    QVERIFY(lines.at(1).contains(QStringLiteral("c0")));
    QVERIFY(lines.at(2).contains(QStringLiteral("critical")));
    QVERIFY(lines.at(2).contains(QStringLiteral("3 days left")));
    QVERIFY(result.out.contains(QStringLiteral("Problems:")));
    QVERIFY(result.out.contains(QStringLiteral("c1 (critical): client certificate expires on 2026-06-18")));
}

void TestCheckCommand::tableEscapesControlCharacters_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("contextName");
    QTest::addColumn<QString>("clusterName");
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("broken");
    QTest::addColumn<QString>("shown");
    const QString server = QStringLiteral("https://k.example:6443");
    QTest::newRow("screen clear and title in a context name")
        << QStringLiteral("ctl-name.yaml") << QStringLiteral("evil\x1b[2J\x1b]0;pwned\a")
        << QStringLiteral("k") << server << false << QStringLiteral("evil\\x1b[2J\\x1b]0;pwned\\x07");
    QTest::newRow("line break in a context name")
        << QStringLiteral("ctl-newline.yaml") << QStringLiteral("two\nlines") << QStringLiteral("k") << server
        << false << QStringLiteral("two\\x0alines");
    QTest::newRow("C1 CSI and DEL in a server")
        << QStringLiteral("ctl-server.yaml") << QStringLiteral("c") << QStringLiteral("k")
        << QStringLiteral("https://k\u009b2J\u007f.example:6443") << false
        << QStringLiteral("https://k\\x9b2J\\x7f.example:6443");
    QTest::newRow("bell in a cluster name")
        << QStringLiteral("ctl-cluster.yaml") << QStringLiteral("c") << QStringLiteral("k\a") << server
        << false << QStringLiteral("k\\x07");
    QTest::newRow("escape in a file name")
        << QStringLiteral("ctl-\x1b[31mfile.yaml") << QStringLiteral("c") << QStringLiteral("k") << server
        << false << QStringLiteral("ctl-\\x1b[31mfile.yaml");
    QTest::newRow("escape in a broken file's name")
        << QStringLiteral("ctl-\x1b]0;pwned\a.yaml") << QString() << QString() << QString() << true
        << QStringLiteral("ctl-\\x1b]0;pwned\\x07.yaml");
}

void TestCheckCommand::tableEscapesControlCharacters()
{
    QFETCH(QString, fileName);
    QFETCH(QString, contextName);
    QFETCH(QString, clusterName);
    QFETCH(QString, server);
    QFETCH(bool, broken);
    QFETCH(QString, shown);
    QString file;
    if (broken) {
        file = writeFile(m_dir.filePath(fileName), "clusters: [unclosed\n");
    } else {
        // Expired, so the context also has a problem line that names it.
        KubeconfigBuilder builder;
        builder.cluster(clusterName, server, TestPki::sharedCa().certificatePem)
            .certificateUser(QStringLiteral("u"), TestPki::leafExpiringIn(fixedNow(), -1))
            .context(contextName, clusterName, QStringLiteral("u"));
        file = builder.writeTo(m_dir.filePath(fileName));
    }
    const RunResult result = run({QStringLiteral("check")}, file);
    const QString all = result.out + result.err;
    for (const QChar c : all) {
        const char16_t u = c.unicode();
        QVERIFY2(u == u'\n' || (u >= 0x20 && u < 0x7f) || u > 0x9f,
                 qPrintable(QStringLiteral("control character U+%1 in output").arg(uint(u), 4, 16)));
    }
    QVERIFY2(result.out.contains(shown), qPrintable(result.out));
    if (!broken) {
        const QString safeName = contextName == QLatin1String("c") ? QStringLiteral("c") : shown;
        QVERIFY2(result.out.contains(QStringLiteral("  %1 (expired): ").arg(safeName)),
                 qPrintable(result.out));
    }
}

void TestCheckCommand::colourOnlyOnTerminalWithoutNoColor_data()
{
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<bool>("noColor");
    QTest::addColumn<bool>("coloured");
    QTest::newRow("pipe") << false << false << false;
    QTest::newRow("terminal") << true << false << true;
    QTest::newRow("terminal with NO_COLOR") << true << true << false;
}

void TestCheckCommand::colourOnlyOnTerminalWithoutNoColor()
{
    QFETCH(bool, terminal);
    QFETCH(bool, noColor);
    QFETCH(bool, coloured);
    const QString file = writeSet(QStringLiteral("colour.yaml"), {-1});
    const RunResult result = run({QStringLiteral("check")}, file, terminal, noColor);
    QCOMPARE(result.out.contains(QLatin1Char('\x1b')), coloured);
}

void TestCheckCommand::prometheusTextfileFormat()
{
    const QString file = writeSet(QStringLiteral("prom.yaml"), {200, -1});
    const RunResult result =
        run({QStringLiteral("check"), QStringLiteral("-o"), QStringLiteral("prometheus")}, file);
    QCOMPARE(result.exitCode, 2);
    // Every line is a comment or `name{labels} value`.
    static const QRegularExpression sample(QStringLiteral(R"(^[a-z_][a-z0-9_]*(\{[^}]*\})? -?[0-9.e+]+$)"));
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QLatin1String("# ")) || sample.match(line).hasMatch(), qPrintable(line));
    const qint64 expiry = fixedNow().addDays(-1).toSecsSinceEpoch();
    QVERIFY(result.out.contains(QStringLiteral("kubeminder_credential_expiry_timestamp_seconds{context="
                                               "\"c1\",cluster=\"c1\",user=\"c1\",file=\"%1\","
                                               "kind=\"client-certificate\"} %2")
                                    .arg(file)
                                    .arg(expiry)));
    QVERIFY(result.out.contains(
        QStringLiteral("kubeminder_context_status{context=\"c1\",cluster=\"c1\",user=\"c1\","
                       "file=\"%1\",status=\"expired\"} 1")
            .arg(file)));
    QVERIFY(result.out.contains(QStringLiteral("# TYPE kubeminder_context_status gauge")));
    QVERIFY(result.out.contains(
        QStringLiteral("kubeminder_check_timestamp_seconds %1").arg(fixedNow().toSecsSinceEpoch())));
}

QString TestCheckCommand::writeX509Set()
{
    const QString path = m_dir.filePath(QStringLiteral("x509/config"));
    if (QFile::exists(path))
        return path;
    QDir().mkpath(m_dir.filePath(QStringLiteral("x509")));
    // Every attribute the exporter labels, and a serial too large for 64 bits.
    QProcess openssl;
    openssl.start(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-subj"),
         QStringLiteral("/C=FR/ST=Ile-de-France/street=1 rue de la Paix/L=Paris/O=Enix/OU=Ops/CN=admin"),
         QStringLiteral("-set_serial"), QStringLiteral("123456789012345678901234567890"),
         QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-keyout"),
         m_dir.filePath(QStringLiteral("x509/named.key")), QStringLiteral("-out"),
         m_dir.filePath(QStringLiteral("x509/named.crt"))});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    QFile certificate(m_dir.filePath(QStringLiteral("x509/named.crt")));
    QFile key(m_dir.filePath(QStringLiteral("x509/named.key")));
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return {};
    const IssuedCertificate named{certificate.readAll(), key.readAll()};
    const IssuedCertificate k3sCa = TestPki::ca(QStringLiteral("k3s-client-ca@1700000000"),
                                                fixedNow().addYears(-1), fixedNow().addYears(9));
    const IssuedCertificate k3sLeaf = TestPki::leaf(k3sCa, QStringLiteral("system:admin"),
                                                    fixedNow().addDays(-300), fixedNow().addDays(65));
    const IssuedCertificate chain{k3sLeaf.certificatePem + k3sCa.certificatePem, k3sLeaf.privateKeyPem};
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("k3s"), QStringLiteral("https://k3s.example:6443"), k3sCa.certificatePem)
        .cluster(QStringLiteral("broken"), QStringLiteral("https://broken.example:6443"),
                 QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"))
        .cluster(QStringLiteral("plain"), QStringLiteral("https://plain.example:6443"))
        .certificateUser(QStringLiteral("k3s-admin"), chain)
        .certificateUser(QStringLiteral("named"), named)
        .certificateFileUser(QStringLiteral("by-path"), m_dir.filePath(QStringLiteral("x509/named.crt")),
                             m_dir.filePath(QStringLiteral("x509/named.key")))
        .tokenUser(QStringLiteral("robot"), TestPki::jwt(fixedNow().addDays(10)))
        .context(QStringLiteral("k3s"), QStringLiteral("k3s"), QStringLiteral("k3s-admin"))
        .context(QStringLiteral("robot"), QStringLiteral("plain"), QStringLiteral("robot"))
        .currentContext(QStringLiteral("k3s"));
    return builder.writeTo(path);
}

void TestCheckCommand::x509ExporterSeries_data()
{
    QTest::addColumn<QString>("pattern"); // a regular expression one line must match
    QTest::addColumn<int>("count");       // ... on this many lines
    // The exporter's label set, sorted as its Go client writes it; empty where the name has none.
    const QString named = QStringLiteral(
        R"(embedded_key="named",embedded_kind="user",filename="config",filepath="[^"]+/x509/config",)"
        R"(issuer_C="FR",issuer_CN="admin",issuer_L="Paris",issuer_O="Enix",issuer_OU="Ops",)"
        R"(issuer_ST="1 rue de la Paix",serial_number="123456789012345678901234567890",)"
        R"(subject_C="FR",subject_CN="admin",subject_L="Paris",subject_O="Enix",subject_OU="Ops",)"
        R"(subject_ST="1 rue de la Paix")");
    QTest::newRow("every name attribute")
        << QStringLiteral("^x509_cert_not_after\\{%1\\} \\d+$").arg(named) << 1;
    QTest::newRow("not before") << QStringLiteral("^x509_cert_not_before\\{%1\\} \\d+$").arg(named) << 1;
    QTest::newRow("not expired") << QStringLiteral("^x509_cert_expired\\{%1\\} 0$").arg(named) << 1;
    QTest::newRow("a certificate by path: the kubeconfig's labels")
        << QStringLiteral(
               R"(^x509_cert_not_after\{embedded_key="by-path",embedded_kind="user",filename="config",)"
               R"(.*subject_CN="admin",)")
        << 1;
    // K3s's client certificate-data holds the leaf and its CA: one series each.
    QTest::newRow("a chain gives one series per certificate")
        << QStringLiteral(R"(^x509_cert_not_after\{embedded_key="k3s-admin",embedded_kind="user",)") << 2;
    QTest::newRow("the chain's leaf")
        << QStringLiteral(
               R"(^x509_cert_expired\{embedded_key="k3s-admin",.*issuer_CN="k3s-client-ca@1700000000",)"
               R"(.*subject_C="",subject_CN="system:admin",subject_L="",subject_O="system:masters",)")
        << 1;
    QTest::newRow("cluster CA")
        << QStringLiteral(R"(^x509_cert_not_after\{embedded_key="k3s",embedded_kind="cluster",.*)"
                          R"(subject_CN="k3s-client-ca@1700000000",)")
        << 1;
    QTest::newRow("no series without a certificate")
        << QStringLiteral(R"re(^x509_cert_not_after\{embedded_key="(robot|plain)")re") << 0;
    QTest::newRow("the broken CA is a read error") << QStringLiteral("^x509_read_errors 1$") << 1;
    QTest::newRow("info for a token context")
        << QStringLiteral(
               R"(^kubeminder_credential_info\{context="robot",cluster="plain",user="robot",kind="token",)"
               R"(subject="system:serviceaccount:default:test",issuer="[^"]*"\} 1$)")
        << 1;
    QTest::newRow("info for a certificate context")
        << QStringLiteral(
               R"(^kubeminder_credential_info\{context="k3s",cluster="k3s",user="k3s-admin",)"
               R"(kind="client-certificate",subject="system:admin",issuer="k3s-client-ca@1700000000"\} 1$)")
        << 1;
}

void TestCheckCommand::x509ExporterSeries()
{
    QFETCH(QString, pattern);
    QFETCH(int, count);
    const QString file = writeX509Set();
    QVERIFY2(!file.isEmpty(), "the openssl command could not mint the named certificate");
    const RunResult result =
        run({QStringLiteral("check"), QStringLiteral("-o"), QStringLiteral("prometheus")}, file);
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1 || result.exitCode == 2, qPrintable(result.err));
    const QRegularExpression expression(pattern);
    QVERIFY2(expression.isValid(), qPrintable(expression.errorString()));
    int matching = 0;
    for (const QString &line : result.out.split(QLatin1Char('\n')))
        matching += expression.match(line).hasMatch() ? 1 : 0;
    QVERIFY2(
        matching == count,
        qPrintable(QStringLiteral("%1 lines match, not %2:\n%3").arg(matching).arg(count).arg(result.out)));
}

// Where each credential comes from and how that distribution renews it.
void TestCheckCommand::jsonNamesTheDistribution()
{
    const QString file = writeX509Set();
    QVERIFY(!file.isEmpty());
    const RunResult result =
        run({QStringLiteral("check"), QStringLiteral("-o"), QStringLiteral("json")}, file);
    const QJsonArray contexts =
        QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("contexts")).toArray();
    QCOMPARE(contexts.size(), 2);
    for (const QJsonValue &value : contexts) {
        const QJsonObject context = value.toObject();
        const QJsonObject credential = context.value(QStringLiteral("credential")).toObject();
        if (context.value(QStringLiteral("name")).toString() == QLatin1String("k3s")) {
            QCOMPARE(credential.value(QStringLiteral("distribution")).toString(), QStringLiteral("k3s"));
            QVERIFY(credential.value(QStringLiteral("renewal"))
                        .toString()
                        .contains(QLatin1String("sudo systemctl restart k3s")));
        } else {
            // A token says nothing about where it comes from.
            QCOMPARE(credential.value(QStringLiteral("distribution")).toString(), QStringLiteral("unknown"));
            QCOMPARE(credential.value(QStringLiteral("renewal")).toString(), QString());
        }
    }
}

// Prometheus's own linter reads the whole output (Debian's prometheus package brings promtool).
void TestCheckCommand::promtoolAcceptsTheMetrics()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        QSKIP("promtool is not installed (Debian package prometheus)");
    const QString file = writeX509Set();
    QVERIFY(!file.isEmpty());
    const RunResult result =
        run({QStringLiteral("check"), QStringLiteral("-o"), QStringLiteral("prometheus")}, file);
    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForStarted(10000));
    check.write(result.out.toUtf8());
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    const QString said = QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, qPrintable(said));
    QVERIFY2(said.trimmed().isEmpty(), qPrintable(said));
}

void TestCheckCommand::readmeCronRecipeReplacesTheFile_data()
{
    QTest::addColumn<double>("daysLeft");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("all fine") << 200.0 << 0;
    QTest::newRow("a warning") << 20.0 << 1;
    QTest::newRow("expired: when it matters most") << -3.0 << 2;
}

// The crontab line of the README, run as cron would (sh -c) with the real binary: the textfile is
// replaced whole whatever the check found, and no temporary file stays behind.
void TestCheckCommand::readmeCronRecipeReplacesTheFile()
{
    QFETCH(double, daysLeft);
    QFETCH(int, exitCode);
    QFile readme(QStringLiteral(KUBEMINDER_README));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    QString recipe;
    for (const QByteArray &line : readme.readAll().split('\n'))
        if (line.startsWith("0 * * * * ") && line.contains("check -o prometheus"))
            recipe = QString::fromUtf8(line.mid(10));
    QVERIFY2(!recipe.isEmpty(), "no crontab line for check -o prometheus in the README");
    const QString textfiles = m_dir.filePath(QStringLiteral("textfile-%1").arg(exitCode));
    QVERIFY(QDir().mkpath(textfiles));
    QVERIFY(recipe.contains(QLatin1String("/var/lib/node_exporter/textfile")));
    recipe.replace(QLatin1String("/var/lib/node_exporter/textfile"), textfiles);
    // A stale file from the last hour, which must be replaced, not appended to or kept.
    const QString prom = textfiles + QLatin1String("/kubeminder.prom");
    QFile stale(prom);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("stale 1\n");
    stale.close();

    const QString file = writeSet(QStringLiteral("cron-%1.yaml").arg(exitCode), {daysLeft}, realNow());
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), QFileInfo(QStringLiteral(KUBEMINDER_BINARY)).absolutePath() +
                                           QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("KUBECONFIG"), file);
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    shell.setProcessEnvironment(env);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), recipe});
    QVERIFY(shell.waitForFinished(60000));
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());

    QFile written(prom);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray metrics = written.readAll();
    QVERIFY2(metrics.startsWith("# HELP "), metrics.left(200).constData());
    QVERIFY(!metrics.contains("stale 1"));
    QVERIFY(metrics.contains("kubeminder_check_timestamp_seconds "));
    const qint64 expired = daysLeft < 0 ? 1 : 0;
    QVERIFY2(metrics.contains(
                 QStringLiteral(R"(x509_cert_expired{embedded_key="c0",embedded_kind="user",)").toUtf8()),
             metrics.constData());
    const QByteArray lineEnd =
        QByteArray(R"(subject_OU="",subject_ST=""} )") + QByteArray::number(expired) + '\n';
    QVERIFY2(metrics.contains(lineEnd), metrics.constData());
    // Only the file node_exporter reads is left.
    QCOMPARE(QDir(textfiles).entryList(QDir::Files), QStringList{QStringLiteral("kubeminder.prom")});

    // And the row is what it says: the check itself ends with that status.
    QProcess check;
    check.setProcessEnvironment(env);
    check.start(QStringLiteral(KUBEMINDER_BINARY),
                {QStringLiteral("check"), QStringLiteral("-o"), QStringLiteral("prometheus")});
    QVERIFY(check.waitForFinished(60000));
    QCOMPARE(check.exitCode(), exitCode);
}

void TestCheckCommand::contextFilter()
{
    const QString file = writeSet(QStringLiteral("filter.yaml"), {200, -1});
    const RunResult ok = run({QStringLiteral("check"), QStringLiteral("--context"), QStringLiteral("c0"),
                              QStringLiteral("-o"), QStringLiteral("json")},
                             file);
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(ok.out.toUtf8()).object().value(QStringLiteral("contexts")).toArray().size(),
        1);
    const RunResult unknown =
        run({QStringLiteral("check"), QStringLiteral("--context"), QStringLiteral("nope")}, file);
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY(unknown.err.contains(QStringLiteral("nope")));
}

void TestCheckCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--frob")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("check"), QStringLiteral("-o"),
                                               QStringLiteral("xml")};
    QTest::newRow("bad days") << QStringList{QStringLiteral("check"), QStringLiteral("--warn-days"),
                                             QStringLiteral("soon")};
    QTest::newRow("critical above warning")
        << QStringList{QStringLiteral("check"), QStringLiteral("--warn-days"), QStringLiteral("5"),
                       QStringLiteral("--critical-days"), QStringLiteral("9")};
    QTest::newRow("stray argument") << QStringList{QStringLiteral("check"), QStringLiteral("extra")};
    QTest::newRow("no command (no window to open)") << QStringList{};
}

void TestCheckCommand::thresholdsSayWhereTheyCameFrom_data()
{
    QTest::addColumn<QVariant>("savedWarning"); // invalid: not saved
    QTest::addColumn<QVariant>("savedCritical");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("errorParts"); // empty: nothing on stderr
    const auto warn = [](const char *days) {
        return QStringList{QStringLiteral("--warn-days"), QLatin1String(days)};
    };
    const auto critical = [](const char *days) {
        return QStringList{QStringLiteral("--critical-days"), QLatin1String(days)};
    };
    QTest::newRow("warn-days below the default critical")
        << QVariant() << QVariant() << warn("3") << 3
        << QStringList{QStringLiteral("kubeminder check: "), QStringLiteral("7 days (the default)"),
                       QStringLiteral("3 days (from --warn-days)"),
                       QStringLiteral("--critical-days 3 or less")};
    QTest::newRow("warn-days below the saved critical")
        << QVariant() << QVariant(10) << warn("3") << 3
        << QStringList{QStringLiteral("10 days (from the saved setting thresholds/criticalDays)"),
                       QStringLiteral("3 days (from --warn-days)"), QStringLiteral("saved settings are in")};
    QTest::newRow("critical-days above the saved warning")
        << QVariant(5) << QVariant(2) << critical("9") << 3
        << QStringList{QStringLiteral("9 days (from --critical-days)"),
                       QStringLiteral("5 days (from the saved setting thresholds/warningDays)"),
                       QStringLiteral("--warn-days 9 or more")};
    QTest::newRow("warn-days with a matching critical-days")
        << QVariant() << QVariant() << warn("3") + critical("1") << 0 << QStringList{};
    QTest::newRow("options override saved settings")
        << QVariant(3) << QVariant(2) << warn("400") + critical("100") << 1 << QStringList{};
    QTest::newRow("valid saved settings")
        << QVariant(400) << QVariant(100) << QStringList{} << 1 << QStringList{};
    QTest::newRow("saved warning not a number")
        << QVariant(QStringLiteral("soon")) << QVariant() << QStringList{} << 0
        << QStringList{QStringLiteral("kubeminder check: "), QStringLiteral("thresholds/warningDays"),
                       QStringLiteral("“soon”"), QStringLiteral("using the default of 30 days")};
    QTest::newRow("saved critical out of range")
        << QVariant() << QVariant(-4) << QStringList{} << 0
        << QStringList{QStringLiteral("thresholds/criticalDays"), QStringLiteral("“-4”"),
                       QStringLiteral("using the default of 7 days")};
    QTest::newRow("saved settings disagree")
        << QVariant(3) << QVariant() << QStringList{} << 0
        << QStringList{
               QStringLiteral("The saved critical threshold (7 days) is more than the warning threshold "
                              "(3 days)"),
               QStringLiteral("using the defaults of 30 and 7 days")};
}

void TestCheckCommand::thresholdsSayWhereTheyCameFrom()
{
    QFETCH(QVariant, savedWarning);
    QFETCH(QVariant, savedCritical);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QStringList, errorParts);
    QSettings settings;
    settings.clear();
    if (savedWarning.isValid())
        settings.setValue(QStringLiteral("thresholds/warningDays"), savedWarning);
    if (savedCritical.isValid())
        settings.setValue(QStringLiteral("thresholds/criticalDays"), savedCritical);
    settings.sync();
    const QString file = writeSet(QStringLiteral("thresholds.yaml"), {200}); // ok under the defaults
    const RunResult result = run(QStringList{QStringLiteral("check")} + options, file);
    settings.clear();
    QCOMPARE(result.exitCode, exitCode);
    if (errorParts.isEmpty())
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    for (const QString &part : std::as_const(errorParts))
        QVERIFY2(result.err.contains(part), qPrintable(result.err));
    QCOMPARE(result.out.isEmpty(), exitCode == 3);
}

void TestCheckCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    const RunResult result = run(arguments);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(result.out.isEmpty());
}

void TestCheckCommand::noKubeconfigAtAll()
{
    const RunResult result = run({QStringLiteral("check")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains(QStringLiteral("No kubeconfig found")));
    QVERIFY(result.err.contains(QStringLiteral(".kube/config")));
    const RunResult missing =
        run({QStringLiteral("check"), QStringLiteral("--kubeconfig"),
             m_dir.filePath(QStringLiteral("absent.yaml")), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(missing.exitCode, 3);
    const QJsonObject root = QJsonDocument::fromJson(missing.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("kubeconfigFiles"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status")),
             QStringLiteral("error"));
}

void TestCheckCommand::brokenFileDoesNotHideOthers()
{
    const QString good = writeSet(QStringLiteral("good.yaml"), {200});
    const QString bad = writeFile(m_dir.filePath(QStringLiteral("bad.yaml")), "clusters: [unclosed\n");
    const RunResult result = run({QStringLiteral("check")}, bad + QLatin1Char(':') + good);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.contains(QStringLiteral("c0")));
    QVERIFY(result.out.contains(QStringLiteral("Files that could not be loaded:")));
    QVERIFY(result.out.contains(bad));
}

void TestCheckCommand::secretsNeverPrinted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("table") << QStringList{QStringLiteral("check")};
    QTest::newRow("json") << QStringList{QStringLiteral("check"), QStringLiteral("-o"),
                                         QStringLiteral("json")};
    QTest::newRow("prometheus") << QStringList{QStringLiteral("check"), QStringLiteral("-o"),
                                               QStringLiteral("prometheus")};
}

void TestCheckCommand::secretsNeverPrinted()
{
    QFETCH(QStringList, arguments);
    const QByteArray token = TestPki::jwt(fixedNow().addDays(3));
    const QString password = QStringLiteral("hunter2-secret-password");
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("k"), QStringLiteral("https://k:6443"), TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("cert"), m_secretCert)
        .tokenUser(QStringLiteral("tok"), token)
        .basicUser(QStringLiteral("basic"), QStringLiteral("admin"), password)
        .authProviderUser(QStringLiteral("oidc"), QStringLiteral("oidc"), token)
        .context(QStringLiteral("a"), QStringLiteral("k"), QStringLiteral("cert"))
        .context(QStringLiteral("b"), QStringLiteral("k"), QStringLiteral("tok"))
        .context(QStringLiteral("c"), QStringLiteral("k"), QStringLiteral("basic"))
        .context(QStringLiteral("d"), QStringLiteral("k"), QStringLiteral("oidc"));
    const QString file = builder.writeTo(m_dir.filePath(QStringLiteral("secrets.yaml")));
    const RunResult result = run(arguments, file);
    const QString all = result.out + result.err;
    QVERIFY(!all.contains(password));
    QVERIFY(!all.contains(QString::fromLatin1(token)));
    QVERIFY(!all.contains(QString::fromLatin1(token.split('.').at(1))));
    QVERIFY(!all.contains(QStringLiteral("PRIVATE KEY")));
    // No 40-character run of any base64 key or certificate body, raw or re-encoded.
    for (const QByteArray &pem : {m_secretCert.privateKeyPem, m_secretCert.certificatePem}) {
        const QList<QByteArray> lines = pem.split('\n');
        for (const QByteArray &line : lines) {
            if (line.size() >= 40 && !line.startsWith("-----"))
                QVERIFY(!all.contains(QString::fromLatin1(line.left(40))));
        }
        QVERIFY(!all.contains(QString::fromLatin1(pem.toBase64().mid(40, 40))));
    }
}

void TestCheckCommand::demoSetCoversEveryStatus()
{
    const QString folder = m_dir.filePath(QStringLiteral("demo"));
    const RunResult demo = run({QStringLiteral("demo"), folder});
    QCOMPARE(demo.exitCode, 0);
    const QStringList files = demo.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(files.size(), 2);
    const RunResult check = run({QStringLiteral("check"), QStringLiteral("-o"), QStringLiteral("json")},
                                files.join(QLatin1Char(':')));
    QCOMPARE(check.exitCode, 2);
    QSet<QString> statuses;
    QSet<QString> kinds;
    const QJsonArray contexts =
        QJsonDocument::fromJson(check.out.toUtf8()).object().value(QStringLiteral("contexts")).toArray();
    for (const QJsonValue &value : contexts) {
        statuses.insert(value.toObject().value(QStringLiteral("status")).toString());
        kinds.insert(value.toObject()
                         .value(QStringLiteral("credential"))
                         .toObject()
                         .value(QStringLiteral("kind"))
                         .toString());
    }
    for (const char *status : {"ok", "unknown", "warning", "critical", "expired", "error"})
        QVERIFY2(statuses.contains(QLatin1String(status)), status);
    for (const char *kind : {"client-certificate", "token", "exec"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
}

void TestCheckCommand::binaryRunsCheckWithoutDisplay()
{
    // The real binary reads the real clock, so the certificate is minted from it too.
    const QString file = writeSet(QStringLiteral("binary.yaml"), {200}, realNow());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("KUBECONFIG"), file);
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KUBEMINDER_BINARY),
                  {QStringLiteral("check"), QStringLiteral("-o"), QStringLiteral("json")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("\"c0\""));

    process.start(QStringLiteral(KUBEMINDER_BINARY), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY(process.readAllStandardOutput().startsWith("kubeminder "));
}

void TestCheckCommand::binaryWithoutWindowNeedsCommand()
{
#ifdef KUBEMINDER_HAS_GUI
    QSKIP("This build opens the window when no command is given.");
#else
    QProcess process;
    process.start(QStringLiteral(KUBEMINDER_BINARY), QStringList{});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().startsWith("Usage: kubeminder"));
#endif
}

void TestCheckCommand::commandsLoadNoWindowLibraries_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("certificates"); ///< a kubeconfig with a certificate, else an empty one
    QTest::addColumn<bool>("needsOpenSsl");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << false << false;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << false << false;
    QTest::newRow("check, an empty kubeconfig") << QStringList{QStringLiteral("check")} << false << false;
    QTest::newRow("check -o json") << QStringList{QStringLiteral("check"), QStringLiteral("-o"),
                                                  QStringLiteral("json")}
                                   << true << true;
    QTest::newRow("check, a table") << QStringList{QStringLiteral("check")} << true << true;
    QTest::newRow("settings") << QStringList{QStringLiteral("settings")} << true << false;
    QTest::newRow("backups") << QStringList{QStringLiteral("backups")} << true << false;
}

// A command starts on Qt Core alone: Qt Gui, Widgets and D-Bus belong to the window program, Qt
// Network to the probe program, Qt Concurrent to the window's background work; OpenSSL is loaded by
// the first certificate read (late binding, on x86-64), libssh by the first SSH connection. The
// dynamic loader names every object it maps, dlopen()ed ones included.
void TestCheckCommand::commandsLoadNoWindowLibraries()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, certificates);
    QFETCH(bool, needsOpenSsl);
    QString file = m_dir.filePath(QStringLiteral("empty.yaml"));
    if (certificates) {
        file = writeSet(QStringLiteral("libraries.yaml"), {200}, realNow());
    } else {
        QFile empty(file);
        QVERIFY(empty.open(QIODevice::WriteOnly | QIODevice::Truncate));
    }
    const QString trace = m_dir.filePath(QStringLiteral("loader"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), file);
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), trace);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KUBEMINDER_BINARY), arguments);
    QVERIFY(process.waitForStarted(30000));
    const qint64 pid = process.processId();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() <= 2, process.readAllStandardError().constData());
    // The certificate was read, through the stubs when they are in use.
    if (certificates && arguments.first() == QLatin1String("check"))
        QVERIFY(process.readAllStandardOutput().contains("c0"));

    // LD_DEBUG_OUTPUT gets the process id appended: trace.<pid>.
    const QString written = trace + QLatin1Char('.') + QString::number(pid);
    QFile log(written);
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(written));
    // What was mapped: "file=libQt6Core.so.6 [0];  generating link map". A library only asked
    // about (dlopen with RTLD_NOLOAD, as --version does for OpenSSL) is named without that.
    QByteArray loaded;
    for (const QByteArray &line : log.readAll().split('\n')) {
        if (line.contains("generating link map"))
            loaded += line + '\n';
    }
    QVERIFY2(loaded.contains("libQt6Core.so"), "the loader trace names no Qt Core: not the trace expected");
    for (const char *library : {"libQt6Gui.so", "libQt6Widgets.so", "libQt6DBus.so", "libxcb", "libEGL",
                                "libQt6Network.so", "libQt6Concurrent.so", "libssh.so"})
        QVERIFY2(!loaded.contains(library), library);
#ifdef KUBEMINDER_LATE_BINDING
    QCOMPARE(loaded.contains("libcrypto.so"), needsOpenSsl);
#else
    Q_UNUSED(needsOpenSsl);
#endif
}

// `probe` needs Qt Network: the command hands it to kubeminder-probe, with the arguments and
// argv[0] it was given; without that program it says so.
void TestCheckCommand::probeRunsInItsOwnProgram()
{
    QProcess process;
    process.start(QStringLiteral(KUBEMINDER_BINARY), {QStringLiteral("probe"), QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray usage = process.readAllStandardOutput();
    QVERIFY2(usage.startsWith("Usage: " KUBEMINDER_BINARY " probe "), usage.constData());

    const QString alone = m_dir.filePath(QStringLiteral("probe-alone/kubeminder"));
    QVERIFY(QDir().mkpath(QFileInfo(alone).absolutePath()));
    QVERIFY(QFile::copy(QStringLiteral(KUBEMINDER_BINARY), alone));
    process.start(alone, {QStringLiteral("probe")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray error = process.readAllStandardError();
    QVERIFY2(error.contains("cannot run the probe (kubeminder-probe: "), error.constData());
}

// The window is a program of its own; a command without it (a copy of the binary alone) says so
// and points at what still works.
void TestCheckCommand::missingWindowIsExplained()
{
#ifndef KUBEMINDER_HAS_GUI
    QSKIP("This build has no window to open.");
#else
    const QString alone = m_dir.filePath(QStringLiteral("alone/kubeminder"));
    QVERIFY(QDir().mkpath(QFileInfo(alone).absolutePath()));
    QVERIFY(QFile::copy(QStringLiteral(KUBEMINDER_BINARY), alone));
    QProcess process;
    process.start(alone, QStringList{});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QByteArray error = process.readAllStandardError();
    QVERIFY2(error.contains("cannot open the window (kubeminder-window: "), error.constData());
    QVERIFY2(error.contains("kubeminder --help"), error.constData());
    // Commands work without it.
    process.start(alone, {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
#endif
}

void TestCheckCommand::speaksTheUsersLanguage_data()
{
    // Qt takes the languages from LANGUAGE, then LC_ALL, LC_MESSAGES and LANG, and loads the first
    // it has a catalogue for; only English alone (or C) skips looking for catalogues.
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QByteArray>("usage");
    QTest::newRow("C") << QStringList{QStringLiteral("LANG=C")} << QByteArray("Usage: ");
    QTest::newRow("English") << QStringList{QStringLiteral("LANG=en_US.UTF-8")} << QByteArray("Usage: ");
    QTest::newRow("Korean") << QStringList{QStringLiteral("LANG=ko_KR.UTF-8")} << QByteArray("사용법: ");
    QTest::newRow("LC_ALL over LANG")
        << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LC_ALL=ko_KR.UTF-8")}
        << QByteArray("사용법: ");
    QTest::newRow("English first, then Korean")
        << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=en:ko")}
        << QByteArray("사용법: ");
}

void TestCheckCommand::speaksTheUsersLanguage()
{
    QFETCH(QStringList, environment);
    QFETCH(QByteArray, usage);
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        variables.remove(QString::fromLatin1(name));
    for (const QString &assignment : environment)
        variables.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    QProcess process;
    process.setProcessEnvironment(variables);
    process.start(QStringLiteral(KUBEMINDER_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray output = process.readAllStandardOutput();
    QVERIFY2(output.startsWith(usage), output.left(80).constData());
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
