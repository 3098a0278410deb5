#include "monitor/connectionwatch.h"
#include "testenvironment.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;
using Outcome = ProbeResult::Outcome;

namespace {

// A context as the checker reports it: a client certificate with `fingerprint`, in `status`.
ContextReport context(const QString &name, Status status = Status::Ok, const QString &fingerprint = {})
{
    ContextReport report;
    report.name = name;
    report.credential.kind = CredentialKind::ClientCertificate;
    CertificateInfo info;
    info.sha256Fingerprint = fingerprint.isEmpty() ? QStringLiteral("FP:") + name : fingerprint;
    report.credential.certificate = info;
    report.credential.status = status;
    report.status = status;
    return report;
}

ProbeResult result(const QString &name, Outcome outcome)
{
    ProbeResult r;
    r.context = name;
    r.outcome = outcome;
    r.message = QStringLiteral("the cause of %1 and the next step").arg(name);
    return r;
}

QStringList alerted(const ConnectionWatch::Decision &decision)
{
    QStringList names;
    for (const ConnectionWatch::Alert &alert : decision.alerts)
        names << alert.context;
    return names;
}

} // namespace

Q_DECLARE_METATYPE(Outcome)

class TestConnectionWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void whichOutcomesAlarm_data();
    void whichOutcomesAlarm();
    void announcedOncePerOutcomeAndCredential();
    void acceptedTestForgetsTheContext();
    void unreachableChangesNothing();
    void localProblemsAreLeftToExpiryNotifications_data();
    void localProblemsAreLeftToExpiryNotifications();
    void removedContextsAreForgotten();
    void ledgerSurvivesARestart();
    void damagedLedgerReadsAsEmpty_data();
    void damagedLedgerReadsAsEmpty();
    void interval_data();
    void interval();

private:
    QTemporaryDir m_dir;
};

void TestConnectionWatch::initTestCase()
{
    test::setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void TestConnectionWatch::init()
{
    QSettings().clear();
}

void TestConnectionWatch::whichOutcomesAlarm_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("alarming");
    QTest::addColumn<QString>("titleSays");

    const QString refuses = QStringLiteral("refuses its credentials");
    const QString trusts = QStringLiteral("not the one its kubeconfig trusts");
    QTest::newRow("401") << Outcome::Unauthorized << true << refuses;
    QTest::newRow("403") << Outcome::Forbidden << true << refuses;
    QTest::newRow("server from another CA (cluster reinstalled)") << Outcome::TlsUntrusted << true << trusts;
    QTest::newRow("server certificate for another name") << Outcome::TlsNameMismatch << true << trusts;
    QTest::newRow("server certificate expired") << Outcome::TlsServerExpired << true << trusts;
    // A laptop away from home, a server restarting, a test not made: no news.
    for (const Outcome quiet :
         {Outcome::Ok, Outcome::TlsError, Outcome::DnsFailure, Outcome::ConnectionRefused, Outcome::Timeout,
          Outcome::ProxyError, Outcome::NetworkError, Outcome::UnexpectedResponse, Outcome::NotProbed,
          Outcome::ConfigurationError}) {
        QTest::addRow("%s", qPrintable(probeOutcomeName(quiet))) << quiet << false << QString();
    }
}

void TestConnectionWatch::whichOutcomesAlarm()
{
    QFETCH(Outcome, outcome);
    QFETCH(bool, alarming);
    QFETCH(QString, titleSays);

    QCOMPARE(ConnectionWatch::isAlarming(outcome), alarming);
    CheckReport report;
    report.contexts = {context(QStringLiteral("homelab"))};
    const auto decision = ConnectionWatch::decide({result(QStringLiteral("homelab"), outcome)}, report, {});
    QCOMPARE(decision.alerts.size(), std::size_t(alarming ? 1 : 0));
    if (alarming) {
        const ConnectionWatch::Alert &alert = decision.alerts.front();
        QCOMPARE(alert.outcome, outcome);
        QVERIFY2(alert.title.contains(titleSays), qPrintable(alert.title));
        QVERIFY(alert.title.contains(QStringLiteral("“homelab”")));
        QCOMPARE(alert.body, QStringLiteral("the cause of homelab and the next step"));
    }
}

void TestConnectionWatch::announcedOncePerOutcomeAndCredential()
{
    CheckReport report;
    report.contexts = {context(QStringLiteral("a")), context(QStringLiteral("b"))};
    const std::vector<ProbeResult> refused = {result(QStringLiteral("a"), Outcome::Unauthorized),
                                              result(QStringLiteral("b"), Outcome::Unauthorized)};
    auto first = ConnectionWatch::decide(refused, report, {});
    QCOMPARE(alerted(first), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    // The next test finds the same: nothing new.
    auto second = ConnectionWatch::decide(refused, report, first.ledger);
    QVERIFY(second.alerts.empty());
    QCOMPARE(second.ledger, first.ledger);
    // Another refusal of the same credential is news.
    auto third =
        ConnectionWatch::decide({result(QStringLiteral("a"), Outcome::TlsUntrusted)}, report, second.ledger);
    QCOMPARE(alerted(third), QStringList{QStringLiteral("a")});
    // New credentials that are refused again are news too.
    report.contexts.front() = context(QStringLiteral("a"), Status::Ok, QStringLiteral("FP:renewed"));
    auto fourth =
        ConnectionWatch::decide({result(QStringLiteral("a"), Outcome::TlsUntrusted)}, report, third.ledger);
    QCOMPARE(alerted(fourth), QStringList{QStringLiteral("a")});
}

void TestConnectionWatch::acceptedTestForgetsTheContext()
{
    CheckReport report;
    report.contexts = {context(QStringLiteral("a"))};
    const auto refused =
        ConnectionWatch::decide({result(QStringLiteral("a"), Outcome::Forbidden)}, report, {});
    QVERIFY(refused.ledger.contains(QStringLiteral("a")));
    const auto accepted =
        ConnectionWatch::decide({result(QStringLiteral("a"), Outcome::Ok)}, report, refused.ledger);
    QVERIFY(accepted.ledger.isEmpty());
    // Refused again later (RBAC changed back): announced again.
    const auto again =
        ConnectionWatch::decide({result(QStringLiteral("a"), Outcome::Forbidden)}, report, accepted.ledger);
    QCOMPARE(alerted(again), QStringList{QStringLiteral("a")});
}

void TestConnectionWatch::unreachableChangesNothing()
{
    CheckReport report;
    report.contexts = {context(QStringLiteral("a"))};
    const auto refused =
        ConnectionWatch::decide({result(QStringLiteral("a"), Outcome::Unauthorized)}, report, {});
    // Offline for a while, then back, still refused: no second notification.
    const auto offline =
        ConnectionWatch::decide({result(QStringLiteral("a"), Outcome::Timeout)}, report, refused.ledger);
    QVERIFY(offline.alerts.empty());
    QCOMPARE(offline.ledger, refused.ledger);
    const auto back =
        ConnectionWatch::decide({result(QStringLiteral("a"), Outcome::Unauthorized)}, report, offline.ledger);
    QVERIFY(back.alerts.empty());
}

void TestConnectionWatch::localProblemsAreLeftToExpiryNotifications_data()
{
    QTest::addColumn<Status>("local");
    QTest::addColumn<bool>("alerted");

    QTest::newRow("ok") << Status::Ok << true;
    QTest::newRow("warning: refused before its expiry is news") << Status::Warning << true;
    QTest::newRow("critical") << Status::Critical << true;
    QTest::newRow("unknown expiry (opaque token)") << Status::Unknown << true;
    QTest::newRow("expired: the expiry notification says it") << Status::Expired << false;
    QTest::newRow("broken: the window says it") << Status::Error << false;
}

void TestConnectionWatch::localProblemsAreLeftToExpiryNotifications()
{
    QFETCH(Status, local);
    QFETCH(bool, alerted);

    CheckReport report;
    report.contexts = {context(QStringLiteral("a"), local)};
    const auto decision =
        ConnectionWatch::decide({result(QStringLiteral("a"), Outcome::Unauthorized)}, report, {});
    QCOMPARE(decision.alerts.size(), std::size_t(alerted ? 1 : 0));
}

void TestConnectionWatch::removedContextsAreForgotten()
{
    CheckReport report;
    report.contexts = {context(QStringLiteral("a")), context(QStringLiteral("b"))};
    const auto refused = ConnectionWatch::decide({result(QStringLiteral("a"), Outcome::Unauthorized),
                                                  result(QStringLiteral("b"), Outcome::Unauthorized)},
                                                 report, {});
    report.contexts.pop_back(); // "b" was deleted from the kubeconfig
    const auto later = ConnectionWatch::decide({}, report, refused.ledger);
    QCOMPARE(later.ledger.keys(), QStringList{QStringLiteral("a")});
}

void TestConnectionWatch::ledgerSurvivesARestart()
{
    CheckReport report;
    report.contexts = {context(QStringLiteral("ünïcode “quoted”")), context(QStringLiteral("b"))};
    const auto decision =
        ConnectionWatch::decide({result(QStringLiteral("ünïcode “quoted”"), Outcome::Unauthorized),
                                 result(QStringLiteral("b"), Outcome::TlsNameMismatch)},
                                report, {});
    {
        QSettings settings;
        ConnectionWatch::saveLedger(settings, decision.ledger);
    }
    QCOMPARE(ConnectionWatch::loadLedger(QSettings()), decision.ledger);
    // Names and identities only: the saved text is what the ledger says, nothing more.
    const QString saved = QSettings().value(ConnectionWatch::ledgerKey()).toString();
    QVERIFY(saved.contains(QStringLiteral("FP:b")));
    QVERIFY(!saved.contains(QStringLiteral("the cause")));
    {
        QSettings settings;
        ConnectionWatch::saveLedger(settings, {});
    }
    QVERIFY(!QSettings().contains(ConnectionWatch::ledgerKey()));
}

void TestConnectionWatch::damagedLedgerReadsAsEmpty_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<int>("entries");

    QTest::newRow("not JSON") << QStringLiteral("{unauthorized") << 0;
    QTest::newRow("a list") << QStringLiteral("[\"a\"]") << 0;
    QTest::newRow("values that are not text are skipped")
        << QStringLiteral("{\"a\": 1, \"b\": \"unauthorized FP:b\", \"\": \"x\"}") << 1;
    QTest::newRow("too large") << QStringLiteral("{\"a\": \"%1\"}").arg(QString(2 * 1024 * 1024, u'x')) << 0;
}

void TestConnectionWatch::damagedLedgerReadsAsEmpty()
{
    QFETCH(QString, saved);
    QFETCH(int, entries);

    QSettings().setValue(ConnectionWatch::ledgerKey(), saved);
    QCOMPARE(ConnectionWatch::loadLedger(QSettings()).size(), entries);
}

void TestConnectionWatch::interval_data()
{
    QTest::addColumn<QVariant>("saved");
    QTest::addColumn<int>("hours");
    QTest::addColumn<bool>("problem");

    QTest::newRow("unset: off") << QVariant() << 0 << false;
    QTest::newRow("off") << QVariant(0) << 0 << false;
    QTest::newRow("every 6 hours") << QVariant(6) << 6 << false;
    QTest::newRow("hand-edited with spaces") << QVariant(QStringLiteral(" 12 ")) << 12 << false;
    QTest::newRow("a week") << QVariant(168) << 168 << false;
    QTest::newRow("more than a week") << QVariant(169) << 0 << true;
    QTest::newRow("negative") << QVariant(-1) << 0 << true;
    QTest::newRow("words") << QVariant(QStringLiteral("hourly")) << 0 << true;
}

void TestConnectionWatch::interval()
{
    QFETCH(QVariant, saved);
    QFETCH(int, hours);
    QFETCH(bool, problem);

    if (saved.isValid())
        QSettings().setValue(ConnectionWatch::intervalKey(), saved);
    QStringList problems;
    QCOMPARE(ConnectionWatch::readIntervalHours(QSettings(), &problems), hours);
    QCOMPARE(problems.size(), problem ? 1 : 0);

    QSettings settings;
    QVERIFY(ConnectionWatch::writeIntervalHours(settings, 24));
    QCOMPARE(ConnectionWatch::readIntervalHours(settings), 24);
    QVERIFY(!ConnectionWatch::writeIntervalHours(settings, 169));
    QVERIFY(!ConnectionWatch::writeIntervalHours(settings, -1));
    QCOMPARE(ConnectionWatch::readIntervalHours(settings), 24);
}

QTEST_GUILESS_MAIN(TestConnectionWatch)
#include "tst_connectionwatch.moc"
