#include "kubeconfigbuilder.h"
#include "storage/backupstore.h"
#include "testenvironment.h"
#include "testpki.h"
#include "transfer/importjob.h"
#include "transfer/importsourceregistry.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;
using namespace kubeminder::test;

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

/// ImportJob, the one import for the window and the command line, with real files.
class TestImportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void commitWritesWhatWasPrepared();
    void commitPreparesWhenNeeded();
    void backupsSayWhichImport();
    void sourceWithNothingNewer_data();
    void sourceWithNothingNewer();
    void notNewerAdvice_data();
    void notNewerAdvice();
    void originFollowsTheSource_data();
    void originFollowsTheSource();
    void cancelledBeforeItStarts();
    void commandSourceIsRemembered();

private:
    QString writeSource(const IssuedCertificate &leaf) const;
    ImportJob::Setup setupFor(const QString &source) const;
    QString target() const { return m_dir->filePath(str("home/.kube/config")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    IssuedCertificate m_first;
    IssuedCertificate m_second;
};

void TestImportJob::initTestCase()
{
    setUpTestEnvironment();
    m_first = TestPki::leafExpiringIn(fixedNow(), 300);
    m_second = TestPki::leafExpiringIn(fixedNow(), 200);
}

void TestImportJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(str("settings")));
    QSettings().clear();
}

QString TestImportJob::writeSource(const IssuedCertificate &leaf) const
{
    KubeconfigBuilder builder;
    builder.cluster(str("default"), str("https://127.0.0.1:6443"), TestPki::sharedCa().certificatePem)
        .certificateUser(str("default"), leaf)
        .context(str("default"), str("default"), str("default"))
        .currentContext(str("default"));
    return builder.writeTo(m_dir->filePath(str("server/k3s.yaml")));
}

ImportJob::Setup TestImportJob::setupFor(const QString &source) const
{
    ImportJob::Setup setup;
    setup.source.location = source;
    setup.request.name = str("pi");
    setup.paths = KubeconfigPaths::Resolved{{target()}, KubeconfigPaths::Origin::CommandLine};
    setup.backupDirectory = m_dir->filePath(str("backups"));
    setup.now = fixedNow();
    return setup;
}

void TestImportJob::commitWritesWhatWasPrepared()
{
    const QString source = writeSource(m_first);
    ImportJob job(setupFor(source));
    QList<ImportJob::Step> steps;
    job.setProgress([&](ImportJob::Step step) { steps << step; });
    const ImportJob::Result &prepared = job.prepare();
    QVERIFY2(prepared.prepared, qPrintable(prepared.error));
    QVERIFY(!QFile::exists(target()));
    QCOMPARE(prepared.newCredential.notAfter, std::optional<QDateTime>(fixedNow().addDays(300)));

    // The source changes after the preview: what is written is what was previewed.
    writeSource(m_second);
    const ImportJob::Result &written = job.commit();
    QVERIFY2(written.written, qPrintable(written.error));
    QVERIFY(readFile(target()).contains(m_first.certificatePem.toBase64()));
    QVERIFY(!readFile(target()).contains(m_second.certificatePem.toBase64()));
    QVERIFY(written.after);
    QCOMPARE(written.after->credential.notAfter, std::optional<QDateTime>(fixedNow().addDays(300)));
    QCOMPARE(steps, (QList<ImportJob::Step>{ImportJob::Step::Reading, ImportJob::Step::Planning,
                                            ImportJob::Step::Writing, ImportJob::Step::Checking}));
    QSettings settings;
    const auto remembered = ImportSourceRegistry(settings).find(str("pi"));
    QVERIFY(remembered);
    QCOMPARE(remembered->location, source);
}

void TestImportJob::commitPreparesWhenNeeded()
{
    ImportJob job(setupFor(writeSource(m_first)));
    const ImportJob::Result &written = job.commit();
    QVERIFY2(written.prepared && written.written, qPrintable(written.error));
    QVERIFY(readFile(target()).contains(m_first.certificatePem.toBase64()));
}

// The backup an import takes says what it was for: "Before refresh of pi", "Before import of pi2".
void TestImportJob::backupsSayWhichImport()
{
    QVERIFY(ImportJob(setupFor(writeSource(m_second))).commit().written); // a new file: nothing to back up
    ImportJob refresh(setupFor(writeSource(m_first)));
    QVERIFY2(refresh.commit().written, qPrintable(refresh.result().error));
    ImportJob::Setup another = setupFor(writeSource(m_first));
    another.request.name = str("pi2");
    ImportJob added(std::move(another));
    QVERIFY2(added.commit().written, qPrintable(added.result().error));

    const std::vector<BackupEntry> backups = BackupStore(m_dir->filePath(str("backups"))).list();
    QList<BackupReason> reasons;
    for (const BackupEntry &entry : backups)
        reasons << entry.reason;
    QVERIFY(reasons.contains(BackupReason::beforeRefresh(str("pi"))));
    QVERIFY(reasons.contains(BackupReason::beforeImport(str("pi2"))));
    QCOMPARE(reasons.size(), 2);
}

// A refresh whose source holds nothing newer: the same certificate is no change (and no error: a
// refresh stays repeatable), an older one is refused unless forced; both say why.
void TestImportJob::sourceWithNothingNewer_data()
{
    QTest::addColumn<bool>("older");
    QTest::addColumn<bool>("force");
    QTest::addColumn<bool>("written");
    QTest::newRow("the same certificate") << false << false << true;
    QTest::newRow("an older certificate") << true << false << false;
    QTest::newRow("an older certificate, forced") << true << true << true;
}

void TestImportJob::sourceWithNothingNewer()
{
    QFETCH(bool, older);
    QFETCH(bool, force);
    QFETCH(bool, written);
    QVERIFY(ImportJob(setupFor(writeSource(m_first))).commit().written);
    const QByteArray before = readFile(target());

    ImportJob::Setup setup = setupFor(writeSource(older ? m_second : m_first));
    setup.request.force = force;
    ImportJob refresh(std::move(setup));
    const ImportJob::Result &prepared = refresh.prepare();
    QVERIFY2(prepared.prepared, qPrintable(prepared.error));
    QVERIFY(prepared.notNewer);
    QCOMPARE(prepared.notNewer->same, !older);
    QCOMPARE(prepared.notNewer->current, std::optional<QDateTime>(fixedNow().addDays(300)));
    const QStringList lines =
        prepared.notNewer->describe([](const QDateTime &when) { return when.toString(Qt::ISODate); });
    QVERIFY2(
        lines.constFirst().contains(older ? QStringLiteral("no later") : QStringLiteral("same credential")),
        qPrintable(lines.join(QLatin1Char('\n'))));

    const ImportJob::Result &result = refresh.commit();
    QCOMPARE(result.written, written);
    if (!force)
        QCOMPARE(readFile(target()), before);
    else
        QVERIFY(readFile(target()).contains(m_second.certificatePem.toBase64()));
}

void TestImportJob::notNewerAdvice_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("advice");
    QTest::newRow("K3s") << str("k3s-client-ca@1700000000") << str("pi.lan")
                         << str("run on pi.lan: sudo systemctl restart k3s — or, whatever the date: sudo k3s "
                                "certificate rotate, then sudo systemctl restart k3s");
    QTest::newRow("RKE2") << str("rke2-client-ca@1700000000") << QString()
                          << str("run on the server: sudo systemctl restart rke2-server");
    QTest::newRow("kubeadm") << str("kubernetes") << str("cp1") << str("sudo kubeadm certs renew admin.conf");
    QTest::newRow("minikube: its own advice") << str("minikubeCA") << QString() << str("minikube start");
    QTest::newRow("anything else") << str("CN=my-ca") << QString()
                                   << str("Renew the credential where it comes from");
}

void TestImportJob::notNewerAdvice()
{
    QFETCH(QString, issuer);
    QFETCH(QString, host);
    QFETCH(QString, advice);
    NotNewer notNewer;
    notNewer.same = true;
    notNewer.distribution = DistributionRules::identify(issuer);
    notNewer.host = host;
    const QString text = notNewer.describe([](const QDateTime &when) { return when.toString(Qt::ISODate); })
                             .join(QLatin1Char(' '));
    QVERIFY2(text.contains(advice), qPrintable(text));
    if (notNewer.distribution == Distribution::K3s)
        QVERIFY(text.contains(QLatin1String("within 120 days of their expiry")));
}

void TestImportJob::originFollowsTheSource_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("local");
    QTest::addColumn<bool>("remembered");
    QTest::newRow("a file named here") << int(ImportJob::Source::Kind::File) << str("FILE") << true << true;
    QTest::newRow("standard input") << int(ImportJob::Source::Kind::Bytes) << str("-") << false << false;
    QTest::newRow("a root-only file read with pkexec")
        << int(ImportJob::Source::Kind::Bytes) << str("FILE") << false << true;
}

void TestImportJob::originFollowsTheSource()
{
    QFETCH(int, kind);
    QFETCH(QString, location);
    QFETCH(bool, local);
    QFETCH(bool, remembered);
    const QString file = writeSource(m_first);
    ImportJob::Setup setup = setupFor(location == QLatin1String("FILE") ? file : location);
    setup.source.kind = ImportJob::Source::Kind(kind);
    if (setup.source.kind == ImportJob::Source::Kind::Bytes)
        setup.source.bytes = readFile(file);
    ImportJob job(std::move(setup));
    QCOMPARE(job.setup().request.origin, local ? SourceOrigin::LocalFile : SourceOrigin::Elsewhere);
    QVERIFY2(job.commit().written, qPrintable(job.result().error));
    QSettings settings;
    QCOMPARE(ImportSourceRegistry(settings).find(str("pi")).has_value(), remembered);
}

void TestImportJob::cancelledBeforeItStarts()
{
    ImportJob job(setupFor(writeSource(m_first)));
    job.cancel();
    const ImportJob::Result &result = job.commit();
    QVERIFY(result.cancelled);
    QVERIFY(!result.written);
    QVERIFY(!QFile::exists(target()));
}

// cmd: sources: run here, only credentials cross (the command's output is not a file the person
// wrote), kept in one spelling, remembered, and repeated by a refresh.
void TestImportJob::commandSourceIsRemembered()
{
    const QString kubeconfig = writeSource(m_first);
    const QString program = m_dir->filePath(str("printer"));
    QFile file(program);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nexec cat \"$1\"\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    ImportJob::Setup setup = setupFor(str("cmd:  %1   \"%2\"").arg(program, kubeconfig));
    setup.source.kind = ImportJob::Source::Kind::Command;
    setup.source.ssh.timeoutSeconds = 123; // --timeout
    ImportJob job(std::move(setup));
    const ImportJob::Result &result = job.commit();
    QVERIFY2(result.written, qPrintable(result.error));
    // The fetched file's loopback address is right here: the cluster runs on this machine.
    QVERIFY(readFile(target()).contains("https://127.0.0.1:6443"));

    QSettings settings;
    const std::optional<ImportSource> remembered = ImportSourceRegistry(settings).find(str("pi"));
    QVERIFY(remembered);
    QCOMPARE(remembered->kind, str("cmd"));
    QCOMPARE(remembered->location, str("cmd:%1 %2").arg(program, kubeconfig));
    QVERIFY2(remembered->describe().contains(program), qPrintable(remembered->describe()));

    QCOMPARE(remembered->timeoutSeconds, 123);
    ImportJob::Setup again = ImportJob::repeating(str("pi"), *remembered);
    QCOMPARE(again.source.kind, ImportJob::Source::Kind::Command);
    QCOMPARE(again.source.ssh.timeoutSeconds, 123);
    again.paths = KubeconfigPaths::Resolved{{target()}, KubeconfigPaths::Origin::CommandLine};
    again.backupDirectory = m_dir->filePath(str("backups"));
    again.now = fixedNow();
    ImportJob refresh(std::move(again));
    const ImportJob::Result &prepared = refresh.prepare();
    QVERIFY2(prepared.prepared, qPrintable(prepared.error));
    QVERIFY(prepared.notNewer && prepared.notNewer->same);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
