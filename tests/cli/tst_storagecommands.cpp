#include "cli/commandline.h"
#include "clirunner.h"
#include "kubeconfigbuilder.h"
#include "storage/backupstore.h"
#include "support/linediff.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace kubeminder;
using namespace kubeminder::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// backup, backups, restore, import and refresh, run in-process against real files.
class TestStorageCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void backupListRestore();
    void restoreKeepsTheCurrentStateAsABackup();
    void backupsSayWhy();
    void restoreSaysWhatChanges_data();
    void restoreSaysWhatChanges();
    void backupRefusesWhatIsNotAKubeconfig_data();
    void backupRefusesWhatIsNotAKubeconfig();
    void importRefreshesInPlace();
    void importAddsANewContext();
    void importKeepsCommentsAndLayout();
    void importDryRunWritesNothing_data();
    void importDryRunWritesNothing();
    void importRefusesBadSources_data();
    void importRefusesBadSources();
    void refreshRepeatsTheRememberedImport();
    void refreshWithoutARecord();
    void importFromStandardInput();
    void importFromAPipe();
    void secretsNeverPrinted();

private:
    RunResult run(const QStringList &arguments, const QByteArray &standardInput = {});
    QString home() const { return m_dir.filePath(QStringLiteral("home")); }
    QString kubeconfig() const { return home() + QStringLiteral("/.kube/config"); }
    QString writeUserConfig(double daysLeft);
    QString writeK3sSource(const QString &name, double daysLeft,
                           const QString &server = QStringLiteral("https://127.0.0.1:6443"));

    QTemporaryDir m_dir;
    QDateTime m_now;
    IssuedCertificate m_fresh;
};

void TestStorageCommands::initTestCase()
{
    setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

void TestStorageCommands::init()
{
    m_now = fixedNow();
    QDir(home()).removeRecursively();
    QDir(m_dir.filePath(QStringLiteral("backups"))).removeRecursively();
    QSettings().clear();
}

RunResult TestStorageCommands::run(const QStringList &arguments, const QByteArray &standardInput)
{
    return runCli(arguments, {.home = home(),
                              .backupDirectory = m_dir.filePath(QStringLiteral("backups")),
                              .now = m_now,
                              .standardInput = standardInput});
}

// ~/.kube/config with context "homelab" whose certificate has daysLeft, plus an unrelated "other".
QString TestStorageCommands::writeUserConfig(double daysLeft)
{
    KubeconfigBuilder builder;
    builder
        .cluster(QStringLiteral("homelab"), QStringLiteral("https://pi.lan:6443"),
                 TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("homelab"), TestPki::leafExpiringIn(m_now, daysLeft))
        .context(QStringLiteral("homelab"), QStringLiteral("homelab"), QStringLiteral("homelab"),
                 QStringLiteral("default"))
        .cluster(QStringLiteral("other"), QStringLiteral("https://other:6443"),
                 TestPki::sharedCa().certificatePem)
        .tokenUser(QStringLiteral("other"), "opaque-token-of-other")
        .context(QStringLiteral("other"), QStringLiteral("other"), QStringLiteral("other"))
        .currentContext(QStringLiteral("homelab"));
    return builder.writeTo(kubeconfig());
}

// A k3s.yaml: everything named "default", server on loopback, leaf + client CA chain.
QString TestStorageCommands::writeK3sSource(const QString &name, double daysLeft, const QString &server)
{
    m_fresh = TestPki::leafExpiringIn(m_now, daysLeft);
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("default"), server, TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("default"), m_fresh, TestPki::sharedCa().certificatePem)
        .context(QStringLiteral("default"), QStringLiteral("default"), QStringLiteral("default"))
        .currentContext(QStringLiteral("default"));
    return builder.writeTo(m_dir.filePath(name));
}

void TestStorageCommands::backupListRestore()
{
    const QString file = writeUserConfig(200);
    const QByteArray original = readAll(file);

    const RunResult backup = run({QStringLiteral("backup")});
    QCOMPARE(backup.exitCode, 0);
    const QString backupPath = backup.out.trimmed();
    QVERIFY2(QFileInfo(backupPath).isAbsolute() && QFile::exists(backupPath), qPrintable(backup.out));
    QCOMPARE(readAll(backupPath), original);

    const RunResult list = run({QStringLiteral("backups")});
    QCOMPARE(list.exitCode, 0);
    // A table with a header; the backup's whole path last, to paste into `restore`.
    const QStringList lines = list.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("CREATED (UTC)")), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(0).simplified(), QStringLiteral("CREATED (UTC) CONTEXTS SIZE REASON OF BACKUP"));
    const QStringList fields = lines.at(1).simplified().split(QLatin1Char(' '));
    QCOMPARE(fields.constLast(), backupPath);
    QCOMPARE(fields.value(0) + QLatin1Char(' ') + fields.value(1), QStringLiteral("2026-06-15 12:00:00"));
    QCOMPARE(fields.value(2), QStringLiteral("2"));

    // Break the file, then restore it.
    writeFile(file, "apiVersion: v1\nkind: Config\n");
    m_now = m_now.addSecs(60);
    const RunResult restore = run({QStringLiteral("restore"), backupPath});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
    QCOMPARE(readAll(file), original);
}

void TestStorageCommands::restoreKeepsTheCurrentStateAsABackup()
{
    const QString file = writeUserConfig(200);
    const QString first = run({QStringLiteral("backup")}).out.trimmed();
    const QByteArray edited = "apiVersion: v1\nkind: Config\ncurrent-context: somewhere\n";
    writeFile(file, edited);
    m_now = m_now.addSecs(60);
    QCOMPARE(run({QStringLiteral("restore"), first}).exitCode, 0);
    const RunResult list = run({QStringLiteral("backups"), QStringLiteral("--kubeconfig"), file});
    const QStringList lines = list.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3); // the header and two backups
    // Newest first: the state just before the restore.
    QCOMPARE(readAll(lines.at(1).simplified().section(QLatin1Char(' '), -1)), edited);
}

void TestStorageCommands::backupsSayWhy()
{
    const QString file = writeUserConfig(200);
    const QString manual = run({QStringLiteral("backup")}).out.trimmed();
    m_now = m_now.addSecs(60);
    QCOMPARE(run({QStringLiteral("use"), QStringLiteral("other")}).exitCode, 0);
    m_now = m_now.addSecs(60);
    QCOMPARE(run({QStringLiteral("restore"), manual}).exitCode, 0);
    // As an older Kubeminder left it: a backup the index says nothing about.
    const QString old =
        writeFile(m_dir.filePath(QStringLiteral("backups/config.20260101T000000.000Z.yaml")), readAll(file));

    const RunResult list = run({QStringLiteral("backups")});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    // The column by the header's offsets: the reason has spaces, the path stays last and whole.
    const qsizetype from = lines.at(0).indexOf(QStringLiteral("REASON"));
    const qsizetype to = lines.at(0).indexOf(QStringLiteral("OF"), from);
    QVERIFY2(from > 0 && to > from, qPrintable(lines.at(0)));
    QStringList reasons;
    for (const QString &line : lines.mid(1))
        reasons << line.mid(from, to - from).trimmed();
    QCOMPARE(reasons, QStringList({QStringLiteral("Before restore of 2026-06-15 12:00 UTC"),
                                   QStringLiteral("Before switching to other"), QStringLiteral("Manual"),
                                   QStringLiteral("-")}));
    QVERIFY2(lines.at(3).endsWith(manual), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).endsWith(old), qPrintable(lines.at(4)));
}

void TestStorageCommands::restoreSaysWhatChanges_data()
{
    QTest::addColumn<bool>("dryRun");
    QTest::newRow("restore") << false;
    QTest::newRow("--dry-run") << true;
}

void TestStorageCommands::restoreSaysWhatChanges()
{
    QFETCH(bool, dryRun);
    // A backup of homelab with 200 days left and "other"; then homelab expired and "other" gone.
    const QString file = writeUserConfig(200);
    const QString backupPath = run({QStringLiteral("backup")}).out.trimmed();
    KubeconfigBuilder current;
    current
        .cluster(QStringLiteral("homelab"), QStringLiteral("https://pi.lan:6443"),
                 TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("homelab"), TestPki::leafExpiringIn(m_now, -30))
        .context(QStringLiteral("homelab"), QStringLiteral("homelab"), QStringLiteral("homelab"))
        .currentContext(QStringLiteral("homelab"));
    current.writeTo(file);
    // Owner-only already, so the restore has no permissions to report.
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QByteArray before = readAll(file);
    m_now = m_now.addSecs(60);

    QStringList arguments{QStringLiteral("restore"), backupPath};
    if (dryRun)
        arguments << QStringLiteral("--dry-run");
    const RunResult result = run(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.err, QString());
    const QString summary =
        (dryRun ? QStringLiteral("What a restore would change in %1:\n")
                : QStringLiteral("What the restore changes in %1:\n"))
            .arg(file) +
        QStringLiteral("  homelab: expires 2026-05-16 12:00 UTC (expired) → 2027-01-01 12:00 UTC\n"
                       "  other: added\n");
    const std::vector<BackupEntry> backups =
        BackupStore(m_dir.filePath(QStringLiteral("backups"))).list(file);
    if (dryRun) {
        QCOMPARE(result.out, summary);
        QCOMPARE(readAll(file), before);
        QCOMPARE(backups.size(), std::size_t(1));
        return;
    }
    QCOMPARE(backups.size(), std::size_t(2));
    QCOMPARE(result.out,
             summary + QStringLiteral("Restored %1 from %2.\nThe state before the restore is saved as %3.\n")
                           .arg(file, backupPath, backups.front().path));
    QCOMPARE(readAll(file), readAll(backupPath));
    QVERIFY(!result.out.contains(QStringLiteral("opaque-token-of-other")));
}

void TestStorageCommands::backupRefusesWhatIsNotAKubeconfig_data()
{
    QTest::addColumn<QString>("kind");    // what is at the path
    QTest::addColumn<bool>("inVariable"); // named in KUBECONFIG, else with --kubeconfig
    QTest::addColumn<QString>("message"); // part of the error, after the path

    const QString notAFile = QStringLiteral("is not a regular file (a pipe, socket or device)");
    const QString dev = QStringLiteral("/dev/zero");
    const QString fifo = QStringLiteral("FIFO");
    QTest::newRow("KUBECONFIG=/dev/zero") << dev << true << notAFile;
    QTest::newRow("--kubeconfig /dev/zero") << dev << false << notAFile;
    QTest::newRow("a FIFO in KUBECONFIG") << fifo << true << notAFile;
    QTest::newRow("--kubeconfig FIFO") << fifo << false << notAFile;
    QTest::newRow("a folder") << QStringLiteral("folder") << false
                              << QStringLiteral("is a folder, not a kubeconfig file");
    QTest::newRow("a 17 MiB file") << QStringLiteral("17 MiB") << false
                                   << QStringLiteral("is too large to be a kubeconfig (the limit is 16 MiB)");
    QTest::newRow("a missing file") << QStringLiteral("missing") << false
                                    << QStringLiteral("does not exist: there is nothing to back up");
}

void TestStorageCommands::backupRefusesWhatIsNotAKubeconfig()
{
    QFETCH(QString, kind);
    QFETCH(bool, inVariable);
    QFETCH(QString, message);

    QString path = kind;
    if (kind == QLatin1String("FIFO")) {
        path = m_dir.filePath(QStringLiteral("fifo"));
        QVERIFY(mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    } else if (kind == QLatin1String("folder")) {
        path = m_dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("17 MiB")) {
        path = writeFile(m_dir.filePath(QStringLiteral("huge")),
                         "apiVersion: v1\nkind: Config\n" + QByteArray(17 * 1024 * 1024, '#'));
    } else if (kind == QLatin1String("missing")) {
        path = m_dir.filePath(QStringLiteral("missing"));
    }
    const auto removeFifo = qScopeGuard([&] {
        if (kind == QLatin1String("FIFO"))
            QFile::remove(path);
    });
    const QString backups = m_dir.filePath(QStringLiteral("backups"));
    const QStringList arguments =
        inVariable ? QStringList{QStringLiteral("backup")}
                   : QStringList{QStringLiteral("backup"), QStringLiteral("--kubeconfig"), path};
    const CliEnvironment environment{.home = home(),
                                     .kubeconfigVariable = inVariable ? path : QString(),
                                     .backupDirectory = backups,
                                     .now = m_now};

    // On a thread of its own: a read that waits for the FIFO's writer fails the test, not hangs it.
    auto running = std::async(std::launch::async, [&] { return runCli(arguments, environment); });
    if (running.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
        // The end of file a blocked reader waits for, so that the test can end.
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0)
            ::close(fd);
        running.wait();
        QFAIL("kubeminder backup did not finish within 10 s");
    }
    const RunResult result = running.get();
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("kubeminder backup: %1 %2").arg(path, message)),
             qPrintable(result.err));
    QCOMPARE(QDir(backups).entryList({QStringLiteral("*.yaml")}, QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(run({QStringLiteral("backups")}).out, QString());
}

void TestStorageCommands::importRefreshesInPlace()
{
    const QString file = writeUserConfig(-30);
    const QString source = writeK3sSource(QStringLiteral("k3s.yaml"), 365);
    const RunResult result =
        run({QStringLiteral("import"), source, QStringLiteral("--name"), QStringLiteral("homelab")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY2(result.out.contains(QStringLiteral("homelab: OK, expires 2027-06-15")), qPrintable(result.out));

    const RunResult check = run({QStringLiteral("check"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(check.exitCode, 0);
    // The server and namespace were kept; nothing was renamed to "default" but the namespace.
    const QByteArray written = readAll(file);
    QVERIFY(written.contains("https://pi.lan:6443"));
    QVERIFY(written.contains("namespace: default"));
    QVERIFY(!written.contains("name: default"));
    QVERIFY(written.contains("opaque-token-of-other"));
    // The header and one backup.
    QCOMPARE(run({QStringLiteral("backups")}).out.trimmed().split(QLatin1Char('\n')).size(), 2);
}

void TestStorageCommands::importAddsANewContext()
{
    writeUserConfig(200);
    const QString source = writeK3sSource(QStringLiteral("k3s.yaml"), 365);
    const RunResult result =
        run({QStringLiteral("import"), source, QStringLiteral("--name"), QStringLiteral("pi"),
             QStringLiteral("--server"), QStringLiteral("https://pi.example:6443"),
             QStringLiteral("--set-current")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    const QByteArray written = readAll(kubeconfig());
    QVERIFY(written.contains("https://pi.example:6443"));
    QVERIFY(!written.contains("127.0.0.1"));
    QVERIFY(written.contains("current-context: pi"));
}

// A refresh and `use` change only the lines of the values they change; --dry-run shows them as a
// diff with the secrets shortened.
void TestStorageCommands::importKeepsCommentsAndLayout()
{
    const QString file = writeUserConfig(-30);
    const QByteArray original = "# homelab: rotate in March\n" + readAll(file) + "# end of my notes\n";
    writeFile(file, original);
    const QString source = writeK3sSource(QStringLiteral("k3s.yaml"), 365);

    const RunResult preview = run({QStringLiteral("import"), source, QStringLiteral("--name"),
                                   QStringLiteral("homelab"), QStringLiteral("--dry-run")});
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.err + preview.out));
    QVERIFY2(preview.out.contains(QStringLiteral("\n@@ -")), qPrintable(preview.out));
    // The old and the new certificate, each as its first and last characters and a fingerprint.
    const QRegularExpression shortened(QStringLiteral(
        "\\n%1 +client-certificate-data: LS0t…\\S{4} \\(sha256 [0-9a-f]{8}, [0-9]+ characters\\)\\n"));
    QVERIFY2(preview.out.contains(QRegularExpression(shortened.pattern().arg(QStringLiteral("-")))),
             qPrintable(preview.out));
    QVERIFY(preview.out.contains(QRegularExpression(shortened.pattern().arg(QStringLiteral("\\+")))));
    QVERIFY(!preview.err.contains(QStringLiteral("written out whole")));
    QCOMPARE(readAll(file), original);

    QVERIFY(run({QStringLiteral("import"), source, QStringLiteral("--name"), QStringLiteral("homelab")})
                .exitCode == 0);
    const QByteArray refreshed = readAll(file);
    QVERIFY(refreshed.startsWith("# homelab: rotate in March\n"));
    QVERIFY(refreshed.endsWith("# end of my notes\n"));
    int changed = 0;
    for (const LineDiff::Hunk &hunk : LineDiff::hunks(original, refreshed)) {
        for (const LineDiff::Line &line : hunk.lines) {
            if (line.kind == LineDiff::Line::Kind::Same)
                continue;
            ++changed;
            QVERIFY2(line.text.contains("client-certificate-data:") || line.text.contains("client-key-data:"),
                     line.text.constData());
        }
    }
    QCOMPARE(changed, 4);

    QCOMPARE(run({QStringLiteral("use"), QStringLiteral("other")}).exitCode, 0);
    QByteArray expected = refreshed;
    expected.replace("current-context: homelab", "current-context: other");
    QCOMPARE(readAll(file), expected);
}

void TestStorageCommands::importDryRunWritesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("refresh") << QStringLiteral("homelab");
    QTest::newRow("new context") << QStringLiteral("fresh");
}

void TestStorageCommands::importDryRunWritesNothing()
{
    QFETCH(QString, name);
    const QString file = writeUserConfig(-30);
    const QByteArray before = readAll(file);
    const QString source = writeK3sSource(QStringLiteral("k3s.yaml"), 365);
    const RunResult result =
        run({QStringLiteral("import"), source, QStringLiteral("--name"), name, QStringLiteral("--dry-run")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY(result.out.contains(QStringLiteral("Would:")));
    QVERIFY(result.out.contains(name));
    QCOMPARE(readAll(file), before);
    QVERIFY(run({QStringLiteral("backups")}).out.trimmed().isEmpty());
}

void TestStorageCommands::importRefusesBadSources_data()
{
    QTest::addColumn<QString>("sourceName");
    QTest::addColumn<QByteArray>("sourceBytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing source") << QString() << QByteArray() << QStringLiteral("does not exist");
    QTest::newRow("not a kubeconfig")
        << QStringLiteral("notes.txt") << QByteArray("just: [text\n") << QStringLiteral("not valid YAML");
    QTest::newRow("empty file") << QStringLiteral("empty.yaml") << QByteArray()
                                << QStringLiteral("no kubeconfig");
}

void TestStorageCommands::importRefusesBadSources()
{
    QFETCH(QString, sourceName);
    QFETCH(QByteArray, sourceBytes);
    QFETCH(QString, message);
    const QString file = writeUserConfig(-30);
    const QByteArray before = readAll(file);
    const QString source = sourceName.isEmpty() ? m_dir.filePath(QStringLiteral("absent.yaml"))
                                                : writeFile(m_dir.filePath(sourceName), sourceBytes);
    const RunResult result =
        run({QStringLiteral("import"), source, QStringLiteral("--name"), QStringLiteral("homelab")});
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(readAll(file), before);
}

void TestStorageCommands::refreshRepeatsTheRememberedImport()
{
    const QString file = writeUserConfig(-30);
    const QString source = writeK3sSource(QStringLiteral("k3s.yaml"), 100);
    QCOMPARE(
        run({QStringLiteral("import"), source, QStringLiteral("--name"), QStringLiteral("homelab")}).exitCode,
        0);
    // K3s renews its own copy; refresh takes the new one from the same place.
    writeK3sSource(QStringLiteral("k3s.yaml"), 365);
    m_now = m_now.addSecs(3600);
    const RunResult result = run({QStringLiteral("refresh"), QStringLiteral("homelab")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Refreshing “homelab” from ") + source),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("2027-06-15")), qPrintable(result.out));
    QVERIFY2(result.out.indexOf(QStringLiteral("Refreshing")) <
                 result.out.indexOf(QStringLiteral("Changes:")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Kept as it is:\n  Server: ")), qPrintable(result.out));

    // `check` names the command that fixes a credential running out: refresh, since the source is known.
    // (An older certificate than the one written: refused unless forced.)
    writeK3sSource(QStringLiteral("k3s.yaml"), 5);
    const RunResult older = run({QStringLiteral("refresh"), QStringLiteral("homelab")});
    QCOMPARE(older.exitCode, 1);
    QVERIFY2(older.out.contains(QStringLiteral("no later than the one this context has")),
             qPrintable(older.out));
    QCOMPARE(run({QStringLiteral("refresh"), QStringLiteral("homelab"), QStringLiteral("--force")}).exitCode,
             0); // wrote: success
    const RunResult check = run({QStringLiteral("check")});
    QVERIFY2(check.out.contains(QStringLiteral("To refresh:\n  kubeminder refresh homelab\n")),
             qPrintable(check.out));

    // A refresh that fails says so as `refresh`, not as `import`.
    QFile::remove(source);
    const RunResult failed = run({QStringLiteral("refresh"), QStringLiteral("homelab")});
    QVERIFY(failed.exitCode != 0);
    QVERIFY2(failed.err.startsWith(QStringLiteral("kubeminder refresh: ")), qPrintable(failed.err));
    QVERIFY2(!failed.out.contains(QStringLiteral("Changes:")), qPrintable(failed.out));
}

void TestStorageCommands::refreshWithoutARecord()
{
    writeUserConfig(200);
    const RunResult result = run({QStringLiteral("refresh"), QStringLiteral("homelab")});
    QCOMPARE(result.exitCode, ExitUsageError);
    QVERIFY(result.err.contains(QStringLiteral("kubeminder import SOURCE --name homelab")));
}

void TestStorageCommands::importFromStandardInput()
{
    const QString file = writeUserConfig(-30);
    const QByteArray source = readAll(writeK3sSource(QStringLiteral("k3s.yaml"), 365));
    const RunResult result = run(
        {QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--name"), QStringLiteral("homelab")},
        source);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    // Standard input cannot be read again: nothing to remember for refresh.
    QCOMPARE(run({QStringLiteral("refresh"), QStringLiteral("homelab")}).exitCode, ExitUsageError);
    QVERIFY(readAll(file).contains(m_fresh.privateKeyPem.toBase64().left(40)));
}

void TestStorageCommands::importFromAPipe()
{
    // What `kubeminder import <(ssh pi sudo cat /etc/rancher/k3s/k3s.yaml) --name homelab` names:
    // a pipe, read to its end once, and so not remembered for refresh.
    const QString file = writeUserConfig(-30);
    const QByteArray source = readAll(writeK3sSource(QStringLiteral("k3s.yaml"), 365));
    const QString pipe = m_dir.filePath(QStringLiteral("pipe"));
    QVERIFY(mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    std::thread writer([&] {
        QFile out(pipe);
        if (out.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            // In pieces, as a slow ssh delivers it.
            for (qsizetype at = 0; at < source.size(); at += 500)
                out.write(source.mid(at, 500));
        }
    });
    const RunResult result =
        run({QStringLiteral("import"), pipe, QStringLiteral("--name"), QStringLiteral("homelab")});
    writer.join();
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY(readAll(file).contains(m_fresh.privateKeyPem.toBase64().left(40)));
    QCOMPARE(run({QStringLiteral("refresh"), QStringLiteral("homelab")}).exitCode, ExitUsageError);
}

void TestStorageCommands::secretsNeverPrinted()
{
    writeUserConfig(-30);
    const QString source = writeK3sSource(QStringLiteral("k3s.yaml"), 365);
    QString all;
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("import"), source, QStringLiteral("--name"), QStringLiteral("homelab"),
                      QStringLiteral("--dry-run")},
          QStringList{QStringLiteral("import"), source, QStringLiteral("--name"), QStringLiteral("homelab")},
          QStringList{QStringLiteral("backup")}, QStringList{QStringLiteral("backups")}}) {
        const RunResult result = run(arguments);
        all += result.out + result.err;
    }
    for (const QByteArray &pem : {m_fresh.privateKeyPem, m_fresh.certificatePem}) {
        const QByteArray body = pem.split('\n').value(1);
        QVERIFY(!all.contains(QString::fromLatin1(body.left(32))));
        QVERIFY(!all.contains(QString::fromLatin1(pem.toBase64().mid(40, 32))));
    }
    QVERIFY(!all.contains(QStringLiteral("opaque-token-of-other")));
    QVERIFY(!all.contains(QStringLiteral("PRIVATE KEY")));
}

QTEST_GUILESS_MAIN(TestStorageCommands)
#include "tst_storagecommands.moc"
