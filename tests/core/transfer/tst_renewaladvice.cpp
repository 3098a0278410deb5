#include "testenvironment.h"
#include "transfer/renewaladvice.h"

#include <QTest>
#include <QTimeZone>

using namespace kubeminder;
using namespace kubeminder::test;

namespace {

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), QTimeZone::utc());
}

QString isoDate(const QDateTime &when)
{
    return when.toUTC().date().toString(Qt::ISODate);
}

} // namespace

/// Why a K3s or RKE2 server has nothing newer, from what its systemd says: systemctl's answer is
/// another machine's bytes, and the advice follows from the service's start and the certificate's
/// renewal window (120 days before it runs out).
class TestRenewalAdvice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestEnvironment(); }
    void parse_data();
    void parse();
    void command();
    void describe_data();
    void describe();
};

void TestRenewalAdvice::parse_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<bool>("understood");
    QTest::addColumn<bool>("active");
    QTest::addColumn<QDateTime>("since");
    const QDateTime started(QDate(2026, 1, 8), QTime(9, 30, 5), QTimeZone::utc());
    QTest::newRow("running") << QByteArray("LoadState=loaded\nActiveState=active\n"
                                           "ActiveEnterTimestamp=Thu 2026-01-08 09:30:05 UTC\n")
                             << true << true << started;
    QTest::newRow("any order, no last newline")
        << QByteArray(
               "ActiveEnterTimestamp=Thu 2026-01-08 09:30:05 UTC\nActiveState=active\nLoadState=loaded")
        << true << true << started;
    QTest::newRow("reloading counts as running")
        << QByteArray(
               "LoadState=loaded\nActiveState=reloading\nActiveEnterTimestamp=Thu 2026-01-08 09:30:05 UTC\n")
        << true << true << started;
    QTest::newRow("stopped: its last start says nothing")
        << QByteArray(
               "LoadState=loaded\nActiveState=inactive\nActiveEnterTimestamp=Thu 2026-01-08 09:30:05 UTC\n")
        << true << false << QDateTime();
    QTest::newRow("failed") << QByteArray("LoadState=loaded\nActiveState=failed\nActiveEnterTimestamp=\n")
                            << true << false << QDateTime();
    QTest::newRow("running, start not given")
        << QByteArray("LoadState=loaded\nActiveState=active\n") << true << true << QDateTime();
    QTest::newRow("another zone is not guessed")
        << QByteArray(
               "LoadState=loaded\nActiveState=active\nActiveEnterTimestamp=Thu 2026-01-08 10:30:05 CET\n")
        << true << true << QDateTime();
    QTest::newRow("impossible date")
        << QByteArray(
               "LoadState=loaded\nActiveState=active\nActiveEnterTimestamp=Thu 2026-02-31 10:30:05 UTC\n")
        << true << true << QDateTime();
    QTest::newRow("no such unit") << QByteArray(
                                         "LoadState=not-found\nActiveState=inactive\nActiveEnterTimestamp=\n")
                                  << false << false << QDateTime();
    QTest::newRow("nothing") << QByteArray() << false << false << QDateTime();
    QTest::newRow("unknown state") << QByteArray("LoadState=loaded\nActiveState=pwned\n") << false << false
                                   << QDateTime();
    QTest::newRow("a key twice") << QByteArray("LoadState=loaded\nActiveState=inactive\nActiveState=active\n")
                                 << false << false << QDateTime();
    QTest::newRow("another line") << QByteArray(
                                         "LoadState=loaded\nActiveState=active\nHello from the server\n")
                                  << false << false << QDateTime();
    QTest::newRow("escape sequence")
        << QByteArray("LoadState=loaded\nActiveState=active\nActiveEnterTimestamp=\x1b[2J"
                      "Thu 2026-01-08 09:30:05 UTC\n")
        << false << false << QDateTime();
    QTest::newRow("carriage return") << QByteArray("LoadState=loaded\r\nActiveState=active\r\n") << false
                                     << false << QDateTime();
    QTest::newRow("nul byte") << QByteArray("LoadState=loaded\nActiveState=active\0\n", 37) << false << false
                              << QDateTime();
    QTest::newRow("too long") << QByteArray("LoadState=loaded\nActiveState=active\n") + QByteArray(5000, '\n')
                              << false << false << QDateTime();
}

void TestRenewalAdvice::parse()
{
    QFETCH(QByteArray, output);
    QFETCH(bool, understood);
    const std::optional<ServiceState> state = ServiceState::parse(QStringLiteral("k3s"), output);
    QCOMPARE(state.has_value(), understood);
    if (!state)
        return;
    QCOMPARE(state->unit, QStringLiteral("k3s"));
    QTEST(state->active, "active");
    QFETCH(QDateTime, since);
    QCOMPARE(state->since.value_or(QDateTime()), since);
}

void TestRenewalAdvice::command()
{
    // Fixed text: only `show`, the unit as given, the time in UTC and English.
    QCOMPARE(ServiceState::command(QStringLiteral("rke2-server")),
             QStringLiteral("env LC_ALL=C TZ=UTC0 systemctl show --property=LoadState --property=ActiveState "
                            "--property=ActiveEnterTimestamp rke2-server.service"));
}

void TestRenewalAdvice::describe_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<bool>("known"); // the service state was read
    QTest::addColumn<bool>("active");
    QTest::addColumn<QDateTime>("since");
    QTest::addColumn<QDateTime>("expiry");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QStringList>("neverSays");

    const QString k3s = QStringLiteral("k3s-client-ca@1700000000");
    const QString rke2 = QStringLiteral("rke2-client-ca@1700000000");
    // The certificate runs out 2027-01-06; its renewal window opens 120 days earlier, 2026-09-08.
    const QDateTime expiry = utc(2027, 1, 6);
    QTest::newRow("running since before the window, window open")
        << k3s << true << true << utc(2026, 1, 7) << expiry << utc(2026, 12, 20)
        << QStringList{QStringLiteral(
                           "k3s on pi.lan has been running since 2026-01-07, before this certificate's "
                           "renewal window opened (2026-09-08, 120 days before it runs out)"),
                       QStringLiteral("A restart renews it now. Run on pi.lan: sudo systemctl restart k3s.")}
        << QStringList{QStringLiteral("certificate rotate")};
    QTest::newRow("running since before the window, window not yet open")
        << k3s << true << true << utc(2026, 1, 7) << expiry << utc(2026, 8, 1)
        << QStringList{QStringLiteral(
               "A restart renews it from 2026-09-08 on. To renew it sooner, run on pi.lan: "
               "sudo k3s certificate rotate, then sudo systemctl restart k3s.")}
        << QStringList{QStringLiteral("renews it now")};
    QTest::newRow("expired, running since before the window")
        << k3s << true << true << utc(2025, 12, 1) << utc(2026, 12, 1) << utc(2026, 12, 4)
        << QStringList{QStringLiteral("A restart renews it now.")} << QStringList();
    QTest::newRow("started inside the window, still the old one")
        << rke2 << true << true << utc(2026, 10, 1) << expiry << utc(2026, 12, 20)
        << QStringList{QStringLiteral(
                           "rke2-server on pi.lan started 2026-10-01, inside this certificate's renewal "
                           "window, and still serves it"),
                       QStringLiteral("--write-kubeconfig"),
                       QStringLiteral(
                           "run on pi.lan: sudo rke2 certificate rotate, then sudo systemctl restart "
                           "rke2-server.")}
        << QStringList{QStringLiteral("has been running since")};
    QTest::newRow("not running, window open")
        << k3s << true << false << QDateTime() << expiry << utc(2026, 12, 20)
        << QStringList{QStringLiteral("k3s is not running on pi.lan."), QStringLiteral("from 2026-09-08"),
                       QStringLiteral("Start it on pi.lan: sudo systemctl start k3s.")}
        << QStringList{QStringLiteral("restart k3s")};
    QTest::newRow("not running, window not open")
        << k3s << true << false << QDateTime() << expiry << utc(2026, 6, 1)
        << QStringList{QStringLiteral("To renew it now, run on pi.lan: sudo k3s certificate rotate")}
        << QStringList{QStringLiteral("Start it")};
    QTest::newRow("running, start unknown")
        << k3s << true << true << QDateTime() << expiry << utc(2026, 12, 20)
        << QStringList{QStringLiteral(
               "K3s renews its client certificates only when it starts within 120 days")}
        << QStringList{QStringLiteral("has not restarted since")};
    QTest::newRow("not read: the general rule")
        << k3s << false << false << QDateTime() << expiry << utc(2026, 12, 20)
        << QStringList{QStringLiteral("and it has not restarted since"),
                       QStringLiteral(
                           "run on pi.lan: sudo systemctl restart k3s — or, whatever the date: sudo k3s "
                           "certificate rotate, then sudo systemctl restart k3s.")}
        << QStringList{QStringLiteral("running since")};
    QTest::newRow("kubeadm ignores a service")
        << QStringLiteral("kubernetes") << true << true << utc(2026, 1, 7) << expiry << utc(2026, 12, 20)
        << QStringList{QStringLiteral("sudo kubeadm certs renew admin.conf")}
        << QStringList{QStringLiteral("running since")};
}

void TestRenewalAdvice::describe()
{
    QFETCH(QString, issuer);
    QFETCH(bool, known);
    QFETCH(QDateTime, expiry);
    QFETCH(QStringList, says);
    QFETCH(QStringList, neverSays);
    NotNewer notNewer;
    notNewer.same = true;
    notNewer.current = expiry;
    notNewer.fetched = expiry;
    notNewer.distribution = DistributionRules::identify(issuer);
    notNewer.host = QStringLiteral("pi.lan");
    QFETCH(QDateTime, now);
    notNewer.now = now;
    if (known) {
        ServiceState state;
        state.unit = notNewer.distribution == Distribution::Rke2 ? QStringLiteral("rke2-server")
                                                                 : QStringLiteral("k3s");
        QFETCH(bool, active);
        QFETCH(QDateTime, since);
        state.active = active;
        if (since.isValid())
            state.since = since;
        notNewer.service = state;
    }
    const QString text = notNewer.describe(isoDate).join(QLatin1Char(' '));
    for (const QString &part : std::as_const(says))
        QVERIFY2(text.contains(part), qPrintable(text));
    for (const QString &part : std::as_const(neverSays))
        QVERIFY2(!text.contains(part), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestRenewalAdvice)
#include "tst_renewaladvice.moc"
