#include "../credentials/credentialstestutil.h"
#include "credentials/credentialchecker.h"
#include "credentials/expirypolicy.h"
#include "kubeconfigbuilder.h"
#include "monitor/expirymonitor.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;
using test::KubeconfigBuilder;
using test::TestPki;

namespace {

constexpr qint64 Day = 24 * 60 * 60;
const QString Server = QStringLiteral("https://127.0.0.1:6443");
const QString ConfigFile = QStringLiteral("/home/user/.kube/config");

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A context as the checker reports it, built by hand where minting a certificate adds nothing.
ContextReport certificateContext(const QString &name, const QDateTime &notAfter, const QDateTime &now,
                                 const QString &fingerprint = {})
{
    ContextReport context;
    context.name = name;
    context.cluster = name;
    context.user = name;
    context.file = ConfigFile;
    context.credential.kind = CredentialKind::ClientCertificate;
    context.credential.notAfter = notAfter;
    context.credential.subject = QStringLiteral("admin");
    CertificateInfo info;
    info.commonName = QStringLiteral("admin");
    info.notAfter = notAfter;
    info.sha256Fingerprint = fingerprint.isEmpty() ? QStringLiteral("FP:") + name : fingerprint;
    context.credential.certificate = info;
    context.credential.status = ExpiryPolicy().classify(notAfter, now);
    context.status = context.credential.status;
    return context;
}

CheckReport reportOf(std::vector<ContextReport> contexts, const QDateTime &now)
{
    CheckReport report;
    report.generatedAt = now;
    report.files.push_back({ConfigFile, KubeconfigDocument::Status::Ok, {}});
    std::sort(contexts.begin(), contexts.end(),
              [](const ContextReport &a, const ContextReport &b) { return a.name < b.name; });
    report.contexts = std::move(contexts);
    return report;
}

NotificationSettings thresholdsOf(const QList<int> &days)
{
    NotificationSettings settings;
    settings.thresholdDays = days;
    return settings;
}

QList<int> announcedThresholds(const ExpiryMonitor::Decision &decision)
{
    QList<int> days;
    for (const ExpiryMonitor::Crossing &crossing : decision.crossings)
        days << crossing.thresholdDays;
    return days;
}

QStringList announcedContexts(const ExpiryMonitor::Decision &decision)
{
    QStringList names;
    for (const ExpiryMonitor::Crossing &crossing : decision.crossings)
        names << crossing.context;
    return names;
}

// Overlapping pieces of a secret: none may appear in what the monitor keeps, however it is cut.
QStringList fragments(const QByteArray &secret)
{
    QStringList pieces;
    constexpr qsizetype Length = 12;
    for (qsizetype i = 0; i + Length <= secret.size(); i += Length / 2)
        pieces << QString::fromLatin1(secret.mid(i, Length));
    return pieces;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestExpiryMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thresholdCrossed_data();
    void thresholdCrossed();
    void notAnnouncedTwice();
    void eachThresholdAtItsInstant();
    void lesserThresholdsAreNeverAnnouncedLater();
    void simultaneousCrossingsAreOneSummary();
    void summaryNamesAreBounded();
    void singleTexts_data();
    void singleTexts();
    void refreshedCredentialStartsFresh();
    void removedContextIsRememberedUntilLongAfterExpiry();
    void entriesWithoutExpiryGoWithTheirCredential();
    void brokenFileKeepsEntries();
    void persistsAcrossRestarts();
    void quietUntilEnabledOrPauseEnds_data();
    void quietUntilEnabledOrPauseEnds();
    void nextCheck_data();
    void nextCheck();
    void notAnnounced_data();
    void notAnnounced();
    void tokenIdentifiedWithoutTheToken();
    void credentialWithoutExpiryHasNoIdentity();

private:
    KubeconfigBuilder builder() const;
    void addCertificateContext(KubeconfigBuilder &builder, const QString &name,
                               const IssuedCertificate &certificate) const;
    CheckReport check(const KubeconfigBuilder &builder, const QDateTime &now);
    CheckReport checkOne(const QString &name, const IssuedCertificate &certificate, const QDateTime &now);

    QTemporaryDir m_dir;
    int m_dirCounter = 0;
    QDateTime m_now;
};

void TestExpiryMonitor::initTestCase()
{
    test::setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    m_now = test::fixedNow();
}

KubeconfigBuilder TestExpiryMonitor::builder() const
{
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("cluster"), Server, TestPki::sharedCa().certificatePem);
    return builder;
}

void TestExpiryMonitor::addCertificateContext(KubeconfigBuilder &builder, const QString &name,
                                              const IssuedCertificate &certificate) const
{
    builder.certificateUser(name, certificate).context(name, QStringLiteral("cluster"), name);
}

CheckReport TestExpiryMonitor::check(const KubeconfigBuilder &builder, const QDateTime &now)
{
    const QString path =
        builder.writeTo(m_dir.filePath(QStringLiteral("case-%1/config").arg(++m_dirCounter)));
    CheckOptions options;
    options.now = now;
    return CredentialChecker::check(KubeconfigSet::load({path}), options);
}

CheckReport TestExpiryMonitor::checkOne(const QString &name, const IssuedCertificate &certificate,
                                        const QDateTime &now)
{
    KubeconfigBuilder config = builder();
    addCertificateContext(config, name, certificate);
    return check(config, now);
}

void TestExpiryMonitor::thresholdCrossed_data()
{
    QTest::addColumn<double>("daysLeft");
    QTest::addColumn<QList<int>>("thresholds");
    QTest::addColumn<int>("announced"); // -1: nothing

    const QList<int> defaults = NotificationSettings::defaultThresholdDays();
    QTest::newRow("45 days left") << 45.0 << defaults << -1;
    QTest::newRow("30.5 days left") << 30.5 << defaults << -1;
    QTest::newRow("exactly 30 days left") << 30.0 << defaults << 30;
    QTest::newRow("29.5 days left") << 29.5 << defaults << 30;
    QTest::newRow("8 days left") << 8.0 << defaults << 30;
    QTest::newRow("exactly 7 days left") << 7.0 << defaults << 7;
    QTest::newRow("3 days left") << 3.0 << defaults << 7;
    QTest::newRow("exactly 1 day left") << 1.0 << defaults << 1;
    QTest::newRow("12 hours left") << 0.5 << defaults << 1;
    QTest::newRow("expires right now") << 0.0 << defaults << 0;
    QTest::newRow("expired an hour ago") << -1.0 / 24 << defaults << 0;
    QTest::newRow("expired 100 days ago") << -100.0 << defaults << 0;
    QTest::newRow("custom 14 days, 10 left") << 10.0 << QList<int>{14} << 14;
    QTest::newRow("custom 14 days, 20 left") << 20.0 << QList<int>{14} << -1;
    QTest::newRow("custom 90 days, status still ok") << 60.0 << QList<int>{90, 30} << 90;
    QTest::newRow("only expiry, 3 days left") << 3.0 << QList<int>{} << -1;
    QTest::newRow("only expiry, expired") << -2.0 << QList<int>{} << 0;
    QTest::newRow("0 listed is expiry") << -2.0 << QList<int>{0} << 0;
}

void TestExpiryMonitor::thresholdCrossed()
{
    QFETCH(double, daysLeft);
    QFETCH(QList<int>, thresholds);
    QFETCH(int, announced);
    const CheckReport report =
        checkOne(QStringLiteral("homelab"), TestPki::leafExpiringIn(m_now, daysLeft), m_now);
    QCOMPARE(report.contexts.size(), std::size_t(1));
    const ContextReport &context = report.contexts.front();
    QVERIFY2(context.status != Status::Error, qPrintable(statusName(context.status)));
    const QString fingerprint = context.credential.certificate->sha256Fingerprint;
    QCOMPARE(context.credentialId(), fingerprint);

    const NotificationSettings settings = thresholdsOf(thresholds);
    NotificationLedger ledger;
    const ExpiryMonitor::Decision decision = ExpiryMonitor::evaluate(report, m_now, settings, ledger);
    if (announced < 0) {
        QVERIFY(decision.crossings.empty());
        QVERIFY(ledger.isEmpty());
        return;
    }
    QCOMPARE(decision.crossings.size(), std::size_t(1));
    QVERIFY(!decision.summary);
    const ExpiryMonitor::Crossing &crossing = decision.crossings.front();
    QCOMPARE(crossing.context, QStringLiteral("homelab"));
    QCOMPARE(crossing.file, context.file);
    QCOMPARE(crossing.kind, CredentialKind::ClientCertificate);
    QCOMPARE(crossing.thresholdDays, announced);
    QCOMPARE(crossing.notAfter, *context.credential.notAfter);
    QCOMPARE(crossing.credentialId, fingerprint);
    QCOMPARE(crossing.status, announced == 0 ? Status::Expired : worst(context.status, Status::Warning));
    // The announced threshold and every lesser one crossed with it are remembered, no others.
    for (const int days : settings.effectiveThresholds())
        QCOMPARE(ledger.contains(QStringLiteral("homelab"), fingerprint, days), days >= announced);
}

void TestExpiryMonitor::notAnnouncedTwice()
{
    const IssuedCertificate certificate = TestPki::leafExpiringIn(m_now, 3);
    const NotificationSettings settings;
    NotificationLedger ledger;
    QCOMPARE(announcedThresholds(ExpiryMonitor::evaluate(
                 checkOne(QStringLiteral("homelab"), certificate, m_now), m_now, settings, ledger)),
             QList<int>{7});
    // The same report, a fresh check of the same file, and later moments within the same band.
    const CheckReport again = checkOne(QStringLiteral("homelab"), certificate, m_now);
    for (const QDateTime &when : {m_now, m_now.addSecs(3600), m_now.addDays(1), m_now.addSecs(2 * Day - 1)})
        QVERIFY2(ExpiryMonitor::evaluate(again, when, settings, ledger).crossings.empty(),
                 qPrintable(when.toString(Qt::ISODate)));
}

void TestExpiryMonitor::eachThresholdAtItsInstant()
{
    // A fake clock that sleeps exactly until nextCheck, as the caller's timer does.
    const QDateTime notAfter = m_now.addDays(40);
    const CheckReport report =
        reportOf({certificateContext(QStringLiteral("homelab"), notAfter, m_now)}, m_now);
    const NotificationSettings settings;
    NotificationLedger ledger;
    QList<int> announced;
    QList<QDateTime> announcedAt;
    int wakeUps = 0;
    for (QDateTime clock = m_now; clock <= notAfter.addDays(2); ++wakeUps) {
        const ExpiryMonitor::Decision decision = ExpiryMonitor::evaluate(report, clock, settings, ledger);
        QVERIFY(decision.nextCheck > clock);
        QVERIFY(decision.nextCheck <= clock.addSecs(3600));
        for (const ExpiryMonitor::Crossing &crossing : decision.crossings) {
            announced << crossing.thresholdDays;
            announcedAt << clock;
        }
        clock = decision.nextCheck;
    }
    QCOMPARE(announced, (QList<int>{30, 7, 1, 0}));
    QCOMPARE(announcedAt,
             (QList<QDateTime>{notAfter.addDays(-30), notAfter.addDays(-7), notAfter.addDays(-1), notAfter}));
    // Hourly re-checks and nothing more: 42 days of them.
    QCOMPARE(wakeUps, 42 * 24 + 1);
}

void TestExpiryMonitor::lesserThresholdsAreNeverAnnouncedLater()
{
    // First seen with 3 days left: "within 7 days" is announced, 30 never is.
    const QDateTime notAfter = m_now.addDays(3);
    const CheckReport report =
        reportOf({certificateContext(QStringLiteral("homelab"), notAfter, m_now)}, m_now);
    NotificationSettings settings;
    NotificationLedger ledger;
    QCOMPARE(announcedThresholds(ExpiryMonitor::evaluate(report, m_now, settings, ledger)), QList<int>{7});
    // A threshold added afterwards that was crossed long ago is remembered, not announced.
    settings.thresholdDays = {30, 14, 7, 1};
    QVERIFY(ExpiryMonitor::evaluate(report, m_now.addSecs(60), settings, ledger).crossings.empty());
    QVERIFY(ledger.contains(QStringLiteral("homelab"), QStringLiteral("FP:homelab"), 14));
    // The more severe ones still come, each at its moment.
    QCOMPARE(announcedThresholds(ExpiryMonitor::evaluate(report, notAfter.addDays(-1), settings, ledger)),
             QList<int>{1});
    QCOMPARE(announcedThresholds(ExpiryMonitor::evaluate(report, notAfter, settings, ledger)), QList<int>{0});
    QVERIFY(ExpiryMonitor::evaluate(report, notAfter.addDays(30), settings, ledger).crossings.empty());
}

void TestExpiryMonitor::simultaneousCrossingsAreOneSummary()
{
    KubeconfigBuilder config = builder();
    addCertificateContext(config, QStringLiteral("gamma"), TestPki::leafExpiringIn(m_now, 5));
    addCertificateContext(config, QStringLiteral("alpha"), TestPki::leafExpiringIn(m_now, -2));
    addCertificateContext(config, QStringLiteral("beta"), TestPki::leafExpiringIn(m_now, 3));
    addCertificateContext(config, QStringLiteral("delta"), TestPki::leafExpiringIn(m_now, 100));
    const CheckReport report = check(config, m_now);
    QCOMPARE(report.contexts.size(), std::size_t(4));

    const NotificationSettings settings;
    NotificationLedger ledger;
    const ExpiryMonitor::Decision decision = ExpiryMonitor::evaluate(report, m_now, settings, ledger);
    QVERIFY(decision.summary);
    QCOMPARE(announcedContexts(decision),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
    QCOMPARE(announcedThresholds(decision), (QList<int>{0, 7, 7}));
    QCOMPARE(decision.crossings.front().status, Status::Expired);
    QCOMPARE(ExpiryMonitor::summaryTitle(decision.crossings, m_now),
             QStringLiteral("3 credentials need attention"));
    QCOMPARE(ExpiryMonitor::summaryBody(decision.crossings, m_now),
             QStringLiteral("1 expired, 2 expiring within 7 days\nalpha, beta, gamma"));
    QCOMPARE(ExpiryMonitor::title(decision, m_now), ExpiryMonitor::summaryTitle(decision.crossings, m_now));
    QCOMPARE(ExpiryMonitor::body(decision, m_now), ExpiryMonitor::summaryBody(decision.crossings, m_now));

    // Every one of them was remembered: nothing again, until beta and gamma cross the next ones.
    QVERIFY(ExpiryMonitor::evaluate(report, m_now, settings, ledger).crossings.empty());
    const ExpiryMonitor::Decision later = ExpiryMonitor::evaluate(report, m_now.addDays(5), settings, ledger);
    QCOMPARE(announcedContexts(later), (QStringList{QStringLiteral("beta"), QStringLiteral("gamma")}));
    QCOMPARE(announcedThresholds(later), (QList<int>{0, 0}));
    QCOMPARE(ExpiryMonitor::summaryTitle(later.crossings, m_now),
             QStringLiteral("2 credentials need attention"));
    QCOMPARE(ExpiryMonitor::summaryBody(later.crossings, m_now), QStringLiteral("2 expired\nbeta, gamma"));
}

void TestExpiryMonitor::summaryNamesAreBounded()
{
    std::vector<ContextReport> contexts;
    for (int i = 1; i <= 7; ++i)
        contexts.push_back(certificateContext(QStringLiteral("c%1").arg(i), m_now.addDays(-i), m_now));
    contexts.push_back(certificateContext(QStringLiteral("soon"), m_now.addSecs(3600), m_now));
    contexts.push_back(certificateContext(QStringLiteral("month"), m_now.addDays(20), m_now));
    NotificationLedger ledger;
    const ExpiryMonitor::Decision decision =
        ExpiryMonitor::evaluate(reportOf(contexts, m_now), m_now, NotificationSettings(), ledger);
    QCOMPARE(decision.crossings.size(), std::size_t(9));
    QCOMPARE(ExpiryMonitor::summaryTitle(decision.crossings, m_now),
             QStringLiteral("9 credentials need attention"));
    // Most urgent first: the longest expired, then the soonest to expire.
    QCOMPARE(ExpiryMonitor::summaryBody(decision.crossings, m_now),
             QStringLiteral("7 expired, 1 expiring within 1 day, 1 expiring within 30 days\n"
                            "c7, c6, c5, c4, c3 and 4 more"));
}

void TestExpiryMonitor::singleTexts_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<CredentialKind>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");

    const QString before =
        str("It stops working on %1. Refresh the credentials of “homelab” (in %2) before then.");
    const QString after =
        str("It stopped working on %1. Refresh the credentials of “homelab” (in %2) to use it again.");
    QTest::newRow("3 days") << 3 * Day << CredentialKind::ClientCertificate
                            << QStringLiteral("homelab: certificate expires in 3 days")
                            << before.arg(QStringLiteral("2026-06-18 12:00 UTC"), ConfigFile);
    QTest::newRow("a day and a half") << 3 * Day / 2 << CredentialKind::ClientCertificate
                                      << QStringLiteral("homelab: certificate expires in 1 day")
                                      << before.arg(QStringLiteral("2026-06-17 00:00 UTC"), ConfigFile);
    QTest::newRow("5 hours") << 5 * 3600LL << CredentialKind::ClientCertificate
                             << QStringLiteral("homelab: certificate expires in 5 hours")
                             << before.arg(QStringLiteral("2026-06-15 17:00 UTC"), ConfigFile);
    QTest::newRow("30 seconds") << 30LL << CredentialKind::ClientCertificate
                                << QStringLiteral("homelab: certificate expires in 1 minute")
                                << before.arg(QStringLiteral("2026-06-15 12:00 UTC"), ConfigFile);
    QTest::newRow("token, 2 days") << 2 * Day << CredentialKind::Token
                                   << QStringLiteral("homelab: token expires in 2 days")
                                   << before.arg(QStringLiteral("2026-06-17 12:00 UTC"), ConfigFile);
    QTest::newRow("expired right now")
        << 0LL << CredentialKind::ClientCertificate << QStringLiteral("homelab: certificate has expired")
        << after.arg(QStringLiteral("2026-06-15 12:00 UTC"), ConfigFile);
    QTest::newRow("expired 2 days ago") << -2 * Day << CredentialKind::ClientCertificate
                                        << QStringLiteral("homelab: certificate expired 2 days ago")
                                        << after.arg(QStringLiteral("2026-06-13 12:00 UTC"), ConfigFile);
    QTest::newRow("expired 10 minutes ago") << -600LL << CredentialKind::ClientCertificate
                                            << QStringLiteral("homelab: certificate expired 10 minutes ago")
                                            << after.arg(QStringLiteral("2026-06-15 11:50 UTC"), ConfigFile);
}

void TestExpiryMonitor::singleTexts()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(CredentialKind, kind);
    QFETCH(QString, title);
    QFETCH(QString, body);
    ContextReport context = certificateContext(QStringLiteral("homelab"), m_now.addSecs(secondsLeft), m_now);
    if (kind != CredentialKind::ClientCertificate) {
        context.credential.kind = kind;
        context.credential.certificate.reset();
    }
    NotificationLedger ledger;
    const ExpiryMonitor::Decision decision =
        ExpiryMonitor::evaluate(reportOf({context}, m_now), m_now, NotificationSettings(), ledger);
    QCOMPARE(decision.crossings.size(), std::size_t(1));
    QVERIFY(!decision.summary);
    QCOMPARE(ExpiryMonitor::title(decision.crossings.front(), m_now), title);
    QCOMPARE(ExpiryMonitor::body(decision.crossings.front(), m_now), body);
    QCOMPARE(ExpiryMonitor::title(decision, m_now), title);
    QCOMPARE(ExpiryMonitor::body(decision, m_now), body);
}

void TestExpiryMonitor::refreshedCredentialStartsFresh()
{
    const QString name = QStringLiteral("homelab");
    const NotificationSettings settings;
    NotificationLedger ledger;
    const CheckReport stale = checkOne(name, TestPki::leafExpiringIn(m_now, 3), m_now);
    const QString staleId = stale.contexts.front().credentialId();
    QCOMPARE(announcedThresholds(ExpiryMonitor::evaluate(stale, m_now, settings, ledger)), QList<int>{7});

    // Refreshed for a year: nothing to say; what was said about the old certificate is kept.
    const CheckReport refreshed = checkOne(name, TestPki::leafExpiringIn(m_now, 365), m_now);
    const QString freshId = refreshed.contexts.front().credentialId();
    QVERIFY(freshId != staleId);
    QVERIFY(ExpiryMonitor::evaluate(refreshed, m_now, settings, ledger).crossings.empty());
    QVERIFY(ledger.contains(name, staleId, 7));

    // A restore brings the old certificate back: it was announced, it is not announced again.
    QVERIFY(ExpiryMonitor::evaluate(stale, m_now.addSecs(60), settings, ledger).crossings.empty());

    // Refreshed with a certificate that is itself short-lived: announced again, as a new one.
    const CheckReport shortLived = checkOne(name, TestPki::leafExpiringIn(m_now, 5), m_now);
    const ExpiryMonitor::Decision decision = ExpiryMonitor::evaluate(shortLived, m_now, settings, ledger);
    QCOMPARE(announcedThresholds(decision), QList<int>{7});
    QVERIFY(decision.crossings.front().credentialId != staleId);
    QVERIFY(ledger.contains(name, decision.crossings.front().credentialId, 7));

    // Long after the old certificate expired, and no file holds it: its entries go.
    const QDateTime later = m_now.addDays(3 + ExpiryMonitor::RetainAfterExpiryDays + 1);
    ExpiryMonitor::evaluate(checkOne(name, TestPki::leafExpiringIn(m_now, 365), m_now), later, settings,
                            ledger);
    QVERIFY(!ledger.contains(name, staleId, 7));
}

void TestExpiryMonitor::removedContextIsRememberedUntilLongAfterExpiry()
{
    const NotificationSettings settings;
    NotificationLedger ledger;
    const ContextReport homelab = certificateContext(QStringLiteral("homelab"), m_now.addDays(3), m_now);
    const ContextReport prod = certificateContext(QStringLiteral("prod"), m_now.addDays(2), m_now);
    QCOMPARE(
        ExpiryMonitor::evaluate(reportOf({homelab, prod}, m_now), m_now, settings, ledger).crossings.size(),
        std::size_t(2));
    QVERIFY(ExpiryMonitor::evaluate(reportOf({prod}, m_now), m_now, settings, ledger).crossings.empty());
    // Back with the same certificate (a restore, or a launch that reads that file again): it was
    // announced, and is not announced again.
    QVERIFY(
        ExpiryMonitor::evaluate(reportOf({homelab, prod}, m_now), m_now, settings, ledger).crossings.empty());
    // Gone, and expired long ago: forgotten, so the ledger does not grow forever.
    const QDateTime later = m_now.addDays(3 + ExpiryMonitor::RetainAfterExpiryDays + 1);
    ExpiryMonitor::evaluate(reportOf({prod}, later), later, settings, ledger);
    for (const NotificationLedger::Entry &entry : ledger.entries())
        QCOMPARE(entry.context, QStringLiteral("prod"));
}

void TestExpiryMonitor::entriesWithoutExpiryGoWithTheirCredential()
{
    // Ledgers saved before entries carried notAfter: pruned as soon as the credential is gone.
    NotificationLedger ledger;
    ledger.mark(QStringLiteral("old"), QStringLiteral("AA:BB"), 7);
    const ContextReport prod = certificateContext(QStringLiteral("prod"), m_now.addDays(200), m_now);
    ExpiryMonitor::evaluate(reportOf({prod}, m_now), m_now, NotificationSettings(), ledger);
    QVERIFY(ledger.isEmpty());
}

void TestExpiryMonitor::brokenFileKeepsEntries()
{
    // An editor half-way through a save leaves the file unparsable for a moment: its contexts
    // vanish from the report, and come back with the same certificates.
    const NotificationSettings settings;
    NotificationLedger ledger;
    const ContextReport homelab = certificateContext(QStringLiteral("homelab"), m_now.addDays(3), m_now);
    QCOMPARE(ExpiryMonitor::evaluate(reportOf({homelab}, m_now), m_now, settings, ledger).crossings.size(),
             std::size_t(1));
    const int remembered = ledger.size();

    CheckReport broken = reportOf({}, m_now);
    broken.files.front().status = KubeconfigDocument::Status::Error;
    broken.files.front().error = QStringLiteral("invalid YAML");
    QVERIFY(ExpiryMonitor::evaluate(broken, m_now, settings, ledger).crossings.empty());
    QCOMPARE(ledger.size(), remembered);
    QVERIFY(ExpiryMonitor::evaluate(reportOf({homelab}, m_now), m_now, settings, ledger).crossings.empty());

    // The same context, now unreadable (its certificate file is missing): still the same entries.
    ContextReport unreadable = homelab;
    unreadable.credential.certificate.reset();
    unreadable.credential.notAfter.reset();
    unreadable.credential.status = Status::Error;
    unreadable.status = Status::Error;
    QVERIFY(
        ExpiryMonitor::evaluate(reportOf({unreadable}, m_now), m_now, settings, ledger).crossings.empty());
    QCOMPARE(ledger.size(), remembered);
    QVERIFY(ExpiryMonitor::evaluate(reportOf({homelab}, m_now), m_now, settings, ledger).crossings.empty());
}

void TestExpiryMonitor::persistsAcrossRestarts()
{
    const IssuedCertificate certificate = TestPki::leafExpiringIn(m_now, 3);
    const CheckReport report = checkOne(QStringLiteral("homelab"), certificate, m_now);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("persist")));
    const QString settingsFile = m_dir.filePath(QStringLiteral("persist/kubeminder.conf"));
    const NotificationSettings settings;

    { // First run: announces and saves.
        QSettings stored(settingsFile, QSettings::IniFormat);
        QStringList problems;
        NotificationLedger ledger = NotificationLedger::load(stored, &problems);
        QVERIFY(ledger.isEmpty());
        QVERIFY(problems.isEmpty());
        QCOMPARE(announcedThresholds(ExpiryMonitor::evaluate(report, m_now, settings, ledger)),
                 QList<int>{7});
        ledger.save(stored);
        stored.sync();
        QCOMPARE(stored.status(), QSettings::NoError);
    }
    const QDateTime oneDayLeft = m_now.addDays(2);
    { // Restarted an hour later: nothing new. A day before expiry: the next threshold.
        QSettings stored(settingsFile, QSettings::IniFormat);
        QStringList problems;
        NotificationLedger ledger = NotificationLedger::load(stored, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(ledger.contains(QStringLiteral("homelab"), report.contexts.front().credentialId(), 7));
        QVERIFY(ExpiryMonitor::evaluate(report, m_now.addSecs(3600), settings, ledger).crossings.empty());
        QCOMPARE(announcedThresholds(ExpiryMonitor::evaluate(report, oneDayLeft, settings, ledger)),
                 QList<int>{1});
        ledger.save(stored);
    }
    { // Restarted again: the 1-day notification is remembered too.
        QSettings stored(settingsFile, QSettings::IniFormat);
        NotificationLedger ledger = NotificationLedger::load(stored);
        QVERIFY(ExpiryMonitor::evaluate(report, oneDayLeft.addSecs(60), settings, ledger).crossings.empty());
    }

    // What is kept names the certificate by its fingerprint; no key or certificate bytes.
    const QByteArray saved = readAll(settingsFile);
    QVERIFY(saved.contains("homelab"));
    QVERIFY(saved.contains(report.contexts.front().credential.certificate->sha256Fingerprint.toLatin1()));
    for (const QByteArray &pem : {certificate.privateKeyPem, certificate.certificatePem}) {
        const QByteArray body = pem.split('\n').value(1);
        QVERIFY(!body.isEmpty());
        QVERIFY(!saved.contains(body));
    }
}

void TestExpiryMonitor::quietUntilEnabledOrPauseEnds_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("pauseMinutes"); // -1: until tomorrow

    QTest::newRow("notifications off") << false << 0;
    QTest::newRow("paused for an hour") << true << 60;
    QTest::newRow("paused for 10 minutes") << true << 10;
    QTest::newRow("paused until tomorrow") << true << -1;
}

void TestExpiryMonitor::quietUntilEnabledOrPauseEnds()
{
    QFETCH(bool, enabled);
    QFETCH(int, pauseMinutes);
    NotificationSettings settings;
    settings.enabled = enabled;
    if (pauseMinutes > 0)
        settings.pauseFor(m_now, std::chrono::minutes(pauseMinutes));
    else if (pauseMinutes < 0)
        settings.pauseUntilTomorrow(m_now, QTimeZone::utc());
    const QDateTime resumeAt = settings.pausedUntil.value_or(m_now.addDays(2));

    // Two contexts cross thresholds now, a third one during the pause.
    const CheckReport report =
        reportOf({certificateContext(QStringLiteral("alpha"), m_now.addDays(3), m_now),
                  certificateContext(QStringLiteral("beta"), m_now.addDays(-1), m_now),
                  certificateContext(QStringLiteral("gamma"), m_now.addDays(30).addSecs(300), m_now)},
                 m_now);
    NotificationLedger ledger;
    QDateTime clock = m_now;
    while (clock < resumeAt) {
        const ExpiryMonitor::Decision decision = ExpiryMonitor::evaluate(report, clock, settings, ledger);
        QVERIFY(decision.crossings.empty());
        QVERIFY(ledger.isEmpty());
        QCOMPARE(decision.heldBack, clock < m_now.addSecs(300) ? 2 : 3);
        QVERIFY(decision.nextCheck > clock);
        QVERIFY(decision.nextCheck <= resumeAt || !settings.pausedUntil);
        clock = decision.nextCheck;
    }
    if (settings.pausedUntil)
        QCOMPARE(clock, resumeAt); // woken exactly at the end of the pause
    else
        settings.enabled = true;

    const ExpiryMonitor::Decision decision = ExpiryMonitor::evaluate(report, clock, settings, ledger);
    QCOMPARE(decision.heldBack, 0);
    QVERIFY(decision.summary);
    QCOMPARE(announcedContexts(decision),
             (QStringList{QStringLiteral("beta"), QStringLiteral("alpha"), QStringLiteral("gamma")}));
    QVERIFY(ExpiryMonitor::evaluate(report, clock, settings, ledger).crossings.empty());
}

void TestExpiryMonitor::nextCheck_data()
{
    QTest::addColumn<QList<int>>("secondsLeft"); // one context each
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("pauseSeconds");
    QTest::addColumn<int>("expected"); // seconds from now

    constexpr int D = int(Day);
    QTest::newRow("no contexts") << QList<int>{} << true << 0 << 3600;
    QTest::newRow("7 days and 30 minutes left") << QList<int>{7 * D + 1800} << true << 0 << 1800;
    QTest::newRow("7 days and 2 hours left: capped") << QList<int>{7 * D + 7200} << true << 0 << 3600;
    QTest::newRow("exactly an hour to the crossing") << QList<int>{30 * D + 3600} << true << 0 << 3600;
    QTest::newRow("a second to the crossing") << QList<int>{D + 1} << true << 0 << 1;
    QTest::newRow("expires in 10 minutes") << QList<int>{600} << true << 0 << 600;
    QTest::newRow("on the crossing: the next one") << QList<int>{7 * D} << true << 0 << 3600;
    QTest::newRow("expired: only the hourly re-check") << QList<int>{-D} << true << 0 << 3600;
    QTest::newRow("the soonest of several") << QList<int>{7 * D + 3000, D + 1200, -5} << true << 0 << 1200;
    QTest::newRow("paused for 10 minutes") << QList<int>{7 * D + 1800} << true << 600 << 600;
    QTest::newRow("paused past the crossing") << QList<int>{7 * D + 1800} << true << 3000 << 1800;
    QTest::newRow("paused for a day") << QList<int>{30 * D} << true << D << 3600;
    QTest::newRow("notifications off") << QList<int>{7 * D + 1800} << false << 0 << 1800;
}

void TestExpiryMonitor::nextCheck()
{
    QFETCH(QList<int>, secondsLeft);
    QFETCH(bool, enabled);
    QFETCH(int, pauseSeconds);
    QFETCH(int, expected);
    std::vector<ContextReport> contexts;
    for (const int seconds : secondsLeft)
        contexts.push_back(
            certificateContext(QStringLiteral("c%1").arg(contexts.size()), m_now.addSecs(seconds), m_now));
    NotificationSettings settings;
    settings.enabled = enabled;
    if (pauseSeconds > 0)
        settings.pauseFor(m_now, std::chrono::seconds(pauseSeconds));
    NotificationLedger ledger;
    const ExpiryMonitor::Decision decision =
        ExpiryMonitor::evaluate(reportOf(contexts, m_now), m_now, settings, ledger);
    QCOMPARE(decision.nextCheck, m_now.addSecs(expected));
    QCOMPARE(decision.nextCheck.timeSpec(), Qt::UTC);
}

void TestExpiryMonitor::notAnnounced_data()
{
    QTest::addColumn<Status>("contextStatus");
    QTest::addColumn<Status>("credentialStatus");
    QTest::addColumn<bool>("hasExpiry");

    QTest::newRow("context with an error") << Status::Error << Status::Expired << true;
    QTest::newRow("credential with an error") << Status::Error << Status::Error << true;
    QTest::newRow("renews itself") << Status::Unknown << Status::Unknown << true;
    QTest::newRow("no known expiry") << Status::Unknown << Status::Unknown << false;
}

void TestExpiryMonitor::notAnnounced()
{
    QFETCH(Status, contextStatus);
    QFETCH(Status, credentialStatus);
    QFETCH(bool, hasExpiry);
    ContextReport context =
        certificateContext(QStringLiteral("broken"), m_now.addDays(-1).addSecs(600), m_now);
    context.status = contextStatus;
    context.credential.status = credentialStatus;
    if (!hasExpiry) {
        context.credential.kind = CredentialKind::Exec;
        context.credential.certificate.reset();
        context.credential.notAfter.reset();
    }
    NotificationLedger ledger;
    const ExpiryMonitor::Decision decision =
        ExpiryMonitor::evaluate(reportOf({context}, m_now), m_now, NotificationSettings(), ledger);
    QVERIFY(decision.crossings.empty());
    QCOMPARE(decision.heldBack, 0);
    QVERIFY(ledger.isEmpty());
    // Its next threshold (expiry, in 10 minutes) does not wake anyone up either.
    QCOMPARE(decision.nextCheck, m_now.addSecs(3600));
}

void TestExpiryMonitor::tokenIdentifiedWithoutTheToken()
{
    const QString subject = QStringLiteral("system:serviceaccount:default:test");
    const QByteArray token = TestPki::jwt(m_now.addDays(3), subject);
    KubeconfigBuilder config = builder();
    config.tokenUser(QStringLiteral("sa"), token)
        .context(QStringLiteral("ci"), QStringLiteral("cluster"), QStringLiteral("sa"));
    const CheckReport report = check(config, m_now);
    QCOMPARE(report.contexts.size(), std::size_t(1));
    const ContextReport &context = report.contexts.front();
    QCOMPARE(context.credential.kind, CredentialKind::Token);

    const QString id = context.credentialId();
    QCOMPARE(id, QStringLiteral("token:system:serviceaccount:default:test@2026-06-18T12:00:00Z"));
    for (const QString &piece : fragments(token))
        QVERIFY2(!id.contains(piece), qPrintable(piece));

    NotificationLedger ledger;
    const ExpiryMonitor::Decision decision =
        ExpiryMonitor::evaluate(report, m_now, NotificationSettings(), ledger);
    QCOMPARE(announcedThresholds(decision), QList<int>{7});
    QCOMPARE(decision.crossings.front().credentialId, id);
    QCOMPARE(ExpiryMonitor::title(decision, m_now), QStringLiteral("ci: token expires in 3 days"));
    const QString texts = ExpiryMonitor::title(decision, m_now) + ExpiryMonitor::body(decision, m_now);

    QTemporaryDir dir;
    const QString settingsFile = dir.filePath(QStringLiteral("kubeminder.conf"));
    {
        QSettings stored(settingsFile, QSettings::IniFormat);
        ledger.save(stored);
    }
    const QString saved = QString::fromUtf8(readAll(settingsFile));
    for (const QString &piece : fragments(token)) {
        QVERIFY2(!saved.contains(piece), qPrintable(piece));
        QVERIFY2(!texts.contains(piece), qPrintable(piece));
    }

    // A renewed token is a new credential: announced anew.
    KubeconfigBuilder renewed = builder();
    renewed.tokenUser(QStringLiteral("sa"), TestPki::jwt(m_now.addDays(2), subject))
        .context(QStringLiteral("ci"), QStringLiteral("cluster"), QStringLiteral("sa"));
    const CheckReport renewedReport = check(renewed, m_now);
    QVERIFY(renewedReport.contexts.front().credentialId() != id);
    QCOMPARE(
        announcedThresholds(ExpiryMonitor::evaluate(renewedReport, m_now, NotificationSettings(), ledger)),
        QList<int>{7});
    QVERIFY(ledger.contains(QStringLiteral("ci"), renewedReport.contexts.front().credentialId(), 7));
}

void TestExpiryMonitor::credentialWithoutExpiryHasNoIdentity()
{
    KubeconfigBuilder config = builder();
    config.tokenUser(QStringLiteral("opaque"), "abcdef0123456789abcdef0123456789")
        .execUser(QStringLiteral("plugin"), QStringLiteral("aws"))
        .context(QStringLiteral("opaque"), QStringLiteral("cluster"), QStringLiteral("opaque"))
        .context(QStringLiteral("plugin"), QStringLiteral("cluster"), QStringLiteral("plugin"));
    const CheckReport report = check(config, m_now);
    QCOMPARE(report.contexts.size(), std::size_t(2));
    for (const ContextReport &context : report.contexts)
        QVERIFY2(context.credentialId().isEmpty(), qPrintable(context.name));
    NotificationLedger ledger;
    const ExpiryMonitor::Decision decision =
        ExpiryMonitor::evaluate(report, m_now, NotificationSettings(), ledger);
    QVERIFY(decision.crossings.empty());
    QVERIFY(ledger.isEmpty());
    QCOMPARE(decision.nextCheck, m_now.addSecs(3600));
}

QTEST_GUILESS_MAIN(TestExpiryMonitor)
#include "tst_expirymonitor.moc"
