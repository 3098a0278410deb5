#include "credentials/expirypolicy.h"
#include "credentialstestutil.h"
#include "support/timetext.h"
#include "testenvironment.h"

#include <QTest>

using namespace kubeminder;

namespace {
constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
} // namespace

class TestExpiryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void classify_data();
    void classify();
    void classifyIgnoresTimeZones();
    void daysLeft_data();
    void daysLeft();
    void formatTimeLeft_data();
    void formatTimeLeft();
};

void TestExpiryPolicy::initTestCase()
{
    test::setUpTestEnvironment();
}

void TestExpiryPolicy::defaults()
{
    const ExpiryPolicy policy;
    QCOMPARE(policy.warningDays(), 30);
    QCOMPARE(policy.criticalDays(), 7);
    const ExpiryPolicy custom(60, 14);
    QCOMPARE(custom.warningDays(), 60);
    QCOMPARE(custom.criticalDays(), 14);
}

void TestExpiryPolicy::classify_data()
{
    QTest::addColumn<int>("warningDays");
    QTest::addColumn<int>("criticalDays");
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<Status>("expected");

    const int w = ExpiryPolicy::DefaultWarningDays;
    const int c = ExpiryPolicy::DefaultCriticalDays;
    QTest::newRow("a year left") << w << c << 365 * Day << Status::Ok;
    QTest::newRow("30 days + 1 s left") << w << c << 30 * Day + 1 << Status::Ok;
    QTest::newRow("exactly 30 days left") << w << c << 30 * Day << Status::Warning;
    QTest::newRow("30 days - 1 s left") << w << c << 30 * Day - 1 << Status::Warning;
    QTest::newRow("20 days left") << w << c << 20 * Day << Status::Warning;
    QTest::newRow("7 days + 1 s left") << w << c << 7 * Day + 1 << Status::Warning;
    QTest::newRow("exactly 7 days left") << w << c << 7 * Day << Status::Critical;
    QTest::newRow("7 days - 1 s left") << w << c << 7 * Day - 1 << Status::Critical;
    QTest::newRow("3 days left") << w << c << 3 * Day << Status::Critical;
    QTest::newRow("1 s left") << w << c << qint64(1) << Status::Critical;
    QTest::newRow("at notAfter") << w << c << qint64(0) << Status::Expired;
    QTest::newRow("expired 1 s ago") << w << c << qint64(-1) << Status::Expired;
    QTest::newRow("expired 120 days ago") << w << c << -120 * Day << Status::Expired;

    QTest::newRow("warn 60: 45 days left") << 60 << c << 45 * Day << Status::Warning;
    QTest::newRow("warn 60: 60 days + 1 s left") << 60 << c << 60 * Day + 1 << Status::Ok;
    QTest::newRow("warn 60: exactly 60 days left") << 60 << c << 60 * Day << Status::Warning;
    QTest::newRow("critical 14: 10 days left") << w << 14 << 10 * Day << Status::Critical;
    QTest::newRow("critical 14: 14 days + 1 s left") << w << 14 << 14 * Day + 1 << Status::Warning;
    QTest::newRow("critical 0: 1 s left") << w << 0 << qint64(1) << Status::Warning;
    QTest::newRow("critical 0: at notAfter") << w << 0 << qint64(0) << Status::Expired;
    QTest::newRow("warn 0 critical 0: 1 s left") << 0 << 0 << qint64(1) << Status::Ok;
    QTest::newRow("warn 0 critical 0: expired 1 s ago") << 0 << 0 << qint64(-1) << Status::Expired;
    QTest::newRow("warn 3650: 9 years left") << 3650 << c << 9 * 365 * Day << Status::Warning;
}

void TestExpiryPolicy::classify()
{
    QFETCH(int, warningDays);
    QFETCH(int, criticalDays);
    QFETCH(qint64, secondsLeft);
    QFETCH(Status, expected);

    const QDateTime now = test::fixedNow();
    const ExpiryPolicy policy(warningDays, criticalDays);
    QCOMPARE(policy.classify(now.addSecs(secondsLeft), now), expected);
}

void TestExpiryPolicy::classifyIgnoresTimeZones()
{
    // The same instant written in another zone must classify identically.
    const QDateTime now = test::fixedNow();
    const QDateTime notAfterUtc = now.addSecs(7 * Day);
    const QDateTime notAfterOffset = notAfterUtc.toOffsetFromUtc(5 * 3600 + 1800);
    QCOMPARE(notAfterOffset, notAfterUtc);
    const ExpiryPolicy policy;
    QCOMPARE(policy.classify(notAfterOffset, now), Status::Critical);
    QCOMPARE(policy.classify(notAfterUtc, now.toOffsetFromUtc(-8 * 3600)), Status::Critical);
}

void TestExpiryPolicy::daysLeft_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("at notAfter") << qint64(0) << qint64(0);
    QTest::newRow("1 s left") << qint64(1) << qint64(0);
    QTest::newRow("1 day - 1 s left") << Day - 1 << qint64(0);
    QTest::newRow("exactly 1 day left") << Day << qint64(1);
    QTest::newRow("1.5 days left") << Day + 12 * Hour << qint64(1);
    QTest::newRow("exactly 30 days left") << 30 * Day << qint64(30);
    QTest::newRow("expired 1 s ago") << qint64(-1) << qint64(-1);
    QTest::newRow("expired 1 hour ago") << -Hour << qint64(-1);
    QTest::newRow("expired exactly 1 day ago") << -Day << qint64(-1);
    QTest::newRow("expired 1 day + 1 s ago") << -Day - 1 << qint64(-2);
    QTest::newRow("expired 120 days ago") << -120 * Day << qint64(-120);
    QTest::newRow("expired 119.5 days ago") << -120 * Day + 12 * Hour << qint64(-120);
}

void TestExpiryPolicy::daysLeft()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(qint64, expected);

    const QDateTime now = test::fixedNow();
    QCOMPARE(kubeminder::daysLeft(now.addSecs(secondsLeft), now), expected);
}

void TestExpiryPolicy::formatTimeLeft_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("expected");

    QTest::newRow("3 days") << 3 * Day << QStringLiteral("3 days left");
    QTest::newRow("3 days 23 hours") << 4 * Day - Hour << QStringLiteral("3 days left");
    QTest::newRow("exactly 1 day") << Day << QStringLiteral("1 day left");
    QTest::newRow("1 day 23 hours") << 2 * Day - Hour << QStringLiteral("1 day left");
    QTest::newRow("365 days") << 365 * Day << QStringLiteral("365 days left");
    QTest::newRow("1 day - 1 s") << Day - 1 << QStringLiteral("23 hours left");
    QTest::newRow("5 hours") << 5 * Hour << QStringLiteral("5 hours left");
    QTest::newRow("5 hours 59 minutes") << 6 * Hour - Minute << QStringLiteral("5 hours left");
    QTest::newRow("exactly 1 hour") << Hour << QStringLiteral("1 hour left");
    QTest::newRow("59 minutes") << 59 * Minute << QStringLiteral("59 minutes left");
    QTest::newRow("2 minutes") << 2 * Minute << QStringLiteral("2 minutes left");
    QTest::newRow("exactly 1 minute") << Minute << QStringLiteral("1 minute left");
    QTest::newRow("30 seconds") << qint64(30) << QStringLiteral("1 minute left");
    QTest::newRow("1 second") << qint64(1) << QStringLiteral("1 minute left");
    QTest::newRow("at notAfter") << qint64(0) << QStringLiteral("expired just now");
    QTest::newRow("1 second ago") << qint64(-1) << QStringLiteral("expired just now");
    QTest::newRow("59 seconds ago") << qint64(-59) << QStringLiteral("expired just now");
    QTest::newRow("1 minute ago") << -1 * Minute << QStringLiteral("expired 1 minute ago");
    QTest::newRow("59 minutes ago") << -59 * Minute << QStringLiteral("expired 59 minutes ago");
    QTest::newRow("1 hour ago") << -Hour << QStringLiteral("expired 1 hour ago");
    QTest::newRow("5 hours ago") << -5 * Hour << QStringLiteral("expired 5 hours ago");
    QTest::newRow("1 day ago") << -Day << QStringLiteral("expired 1 day ago");
    QTest::newRow("1 day 23 hours ago") << -2 * Day + Hour << QStringLiteral("expired 1 day ago");
    QTest::newRow("2 days ago") << -2 * Day << QStringLiteral("expired 2 days ago");
    QTest::newRow("120 days ago") << -120 * Day << QStringLiteral("expired 120 days ago");
}

void TestExpiryPolicy::formatTimeLeft()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, expected);

    const QDateTime now = test::fixedNow();
    QCOMPARE(TimeText::timeLeft(now.addSecs(secondsLeft), now), expected);
}

QTEST_GUILESS_MAIN(TestExpiryPolicy)
#include "tst_expirypolicy.moc"
