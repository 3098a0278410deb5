#include "monitor/notificationsettings.h"
#include "testenvironment.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

class TestNotificationSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpTestEnvironment(); }
    void defaults();
    void read_data();
    void read();
    void roundTrip_data();
    void roundTrip();
    void writeRefuses_data();
    void writeRefuses();
    void effectiveThresholds_data();
    void effectiveThresholds();
    void pauseFor();
    void pauseUntilTomorrow_data();
    void pauseUntilTomorrow();
};

void TestNotificationSettings::defaults()
{
    QTemporaryDir dir;
    const QSettings settings(dir.filePath(QStringLiteral("kubeminder.conf")), QSettings::IniFormat);
    QStringList problems;
    const NotificationSettings read = NotificationSettings::read(settings, &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(read.enabled);
    QCOMPARE(read.thresholdDays, (QList<int>{30, 7, 1}));
    QVERIFY(!read.pausedUntil);
    QVERIFY(!read.isPaused(test::fixedNow()));
    QVERIFY(read == NotificationSettings());
}

void TestNotificationSettings::read_data()
{
    QTest::addColumn<QVariant>("enabled");
    QTest::addColumn<QVariant>("thresholds");
    QTest::addColumn<QVariant>("pausedUntil");
    QTest::addColumn<bool>("expectedEnabled");
    QTest::addColumn<QList<int>>("expectedThresholds");
    QTest::addColumn<QDateTime>("expectedPausedUntil"); // invalid: not paused
    QTest::addColumn<int>("problems");

    const QList<int> defaults{30, 7, 1};
    const QVariant none;
    const QDateTime notPaused;
    QTest::newRow("nothing saved") << none << none << none << true << defaults << notPaused << 0;
    QTest::newRow("off") << QVariant(false) << none << none << false << defaults << notPaused << 0;
    QTest::newRow("off as text") << QVariant(QStringLiteral(" Off ")) << none << none << false << defaults
                                 << notPaused << 0;
    QTest::newRow("on as 1") << QVariant(QStringLiteral("1")) << none << none << true << defaults << notPaused
                             << 0;
    QTest::newRow("enabled not a boolean")
        << QVariant(QStringLiteral("maybe")) << none << none << true << defaults << notPaused << 1;
    QTest::newRow("custom thresholds") << none << QVariant(QStringLiteral("60, 14,3")) << none << true
                                       << QList<int>{60, 14, 3} << notPaused << 0;
    QTest::newRow("as a string list (unquoted INI line)")
        << none << QVariant(QStringList{QStringLiteral("14"), QStringLiteral(" 2")}) << none << true
        << QList<int>{14, 2} << notPaused << 0;
    QTest::newRow("unsorted, repeated, with 0 and blanks")
        << none << QVariant(QStringLiteral("1, 30,, 0, 7, 30")) << none << true << defaults << notPaused << 0;
    QTest::newRow("a single number") << none << QVariant(10) << none << true << QList<int>{10} << notPaused
                                     << 0;
    QTest::newRow("empty: only at expiry")
        << none << QVariant(QString()) << none << true << QList<int>{} << notPaused << 0;
    QTest::newRow("a bad threshold") << none << QVariant(QStringLiteral("30, soon, 1")) << none << true
                                     << defaults << notPaused << 1;
    QTest::newRow("a negative threshold")
        << none << QVariant(QStringLiteral("30, -7")) << none << true << defaults << notPaused << 1;
    QTest::newRow("a threshold too large")
        << none << QVariant(QStringLiteral("36501")) << none << true << defaults << notPaused << 1;
    QTest::newRow("too many thresholds")
        << none << QVariant(QStringLiteral("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17")) << none << true
        << defaults << notPaused << 1;
    QTest::newRow("paused") << none << none << QVariant(QStringLiteral("2026-06-15T13:00:00Z")) << true
                            << defaults << utc(2026, 6, 15, 13) << 0;
    QTest::newRow("paused, with an offset")
        << none << none << QVariant(QStringLiteral("2026-06-16T00:00:00+09:00")) << true << defaults
        << utc(2026, 6, 15, 15) << 0;
    QTest::newRow("pause cleared") << none << none << QVariant(QString()) << true << defaults << notPaused
                                   << 0;
    QTest::newRow("pause not a date")
        << none << none << QVariant(QStringLiteral("tomorrow")) << true << defaults << notPaused << 1;
    QTest::newRow("everything bad") << QVariant(QStringLiteral("yes please")) << QVariant(QStringLiteral("x"))
                                    << QVariant(QStringLiteral("2026-13-45")) << true << defaults << notPaused
                                    << 3;
}

void TestNotificationSettings::read()
{
    QFETCH(QVariant, enabled);
    QFETCH(QVariant, thresholds);
    QFETCH(QVariant, pausedUntil);
    QFETCH(bool, expectedEnabled);
    QFETCH(QList<int>, expectedThresholds);
    QFETCH(QDateTime, expectedPausedUntil);
    QFETCH(int, problems);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kubeminder.conf"));
    {
        QSettings settings(file, QSettings::IniFormat);
        if (enabled.isValid())
            settings.setValue(NotificationSettings::enabledKey(), enabled);
        if (thresholds.isValid())
            settings.setValue(NotificationSettings::thresholdsKey(), thresholds);
        if (pausedUntil.isValid())
            settings.setValue(NotificationSettings::pausedUntilKey(), pausedUntil);
    }
    const QSettings settings(file, QSettings::IniFormat);
    QStringList found;
    const NotificationSettings read = NotificationSettings::read(settings, &found);
    QCOMPARE(read.enabled, expectedEnabled);
    QCOMPARE(read.thresholdDays, expectedThresholds);
    QCOMPARE(read.pausedUntil.has_value(), expectedPausedUntil.isValid());
    if (read.pausedUntil) {
        QCOMPARE(*read.pausedUntil, expectedPausedUntil);
        QCOMPARE(read.pausedUntil->timeSpec(), Qt::UTC);
    }
    QCOMPARE(found.size(), problems);
    for (const QString &problem : found)
        QVERIFY2(problem.contains(settings.fileName()), qPrintable(problem));
}

void TestNotificationSettings::roundTrip_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QList<int>>("thresholds");
    QTest::addColumn<QDateTime>("pausedUntil");

    QTest::newRow("defaults") << true << QList<int>{30, 7, 1} << QDateTime();
    QTest::newRow("off, custom") << false << QList<int>{90, 14} << QDateTime();
    QTest::newRow("only at expiry") << true << QList<int>{} << QDateTime();
    QTest::newRow("maximum") << true << QList<int>{NotificationSettings::MaximumDays} << QDateTime();
    QTest::newRow("paused with milliseconds") << true << QList<int>{7} << utc(2026, 6, 15, 13).addMSecs(250);
}

void TestNotificationSettings::roundTrip()
{
    QFETCH(bool, enabled);
    QFETCH(QList<int>, thresholds);
    QFETCH(QDateTime, pausedUntil);
    NotificationSettings written;
    written.enabled = enabled;
    written.thresholdDays = thresholds;
    if (pausedUntil.isValid())
        written.pausedUntil = pausedUntil;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kubeminder.conf"));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(NotificationSettings::pausedUntilKey(), QStringLiteral("2030-01-01T00:00:00Z"));
        QVERIFY(written.write(settings));
    }
    const QSettings settings(file, QSettings::IniFormat);
    QStringList problems;
    const NotificationSettings read = NotificationSettings::read(settings, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(read == written);
    QCOMPARE(settings.contains(NotificationSettings::pausedUntilKey()), pausedUntil.isValid());
}

void TestNotificationSettings::writeRefuses_data()
{
    QTest::addColumn<QList<int>>("thresholds");
    QTest::addColumn<QDateTime>("pausedUntil");
    QTest::addColumn<bool>("accepted");

    const QDateTime none;
    QTest::newRow("fine") << QList<int>{30, 7, 1} << none << true;
    QTest::newRow("0 is dropped, not refused") << QList<int>{0, 7} << none << true;
    QTest::newRow("negative") << QList<int>{30, -1} << none << false;
    QTest::newRow("too large") << QList<int>{NotificationSettings::MaximumDays + 1} << none << false;
    QList<int> many;
    for (int day = 1; day <= NotificationSettings::MaximumThresholds + 1; ++day)
        many << day;
    QTest::newRow("too many") << many << none << false;
    QTest::newRow("as many as allowed") << many.mid(1) << none << true;
}

void TestNotificationSettings::writeRefuses()
{
    QFETCH(QList<int>, thresholds);
    QFETCH(QDateTime, pausedUntil);
    QFETCH(bool, accepted);
    NotificationSettings settings;
    settings.thresholdDays = thresholds;
    QTemporaryDir dir;
    QSettings stored(dir.filePath(QStringLiteral("kubeminder.conf")), QSettings::IniFormat);
    QCOMPARE(settings.write(stored), accepted);
    QCOMPARE(stored.contains(NotificationSettings::thresholdsKey()), accepted);

    settings.thresholdDays = {7};
    settings.pausedUntil = QDateTime(); // an invalid pause end is refused too
    QVERIFY(!settings.write(stored));
}

void TestNotificationSettings::effectiveThresholds_data()
{
    QTest::addColumn<QList<int>>("thresholds");
    QTest::addColumn<QList<int>>("effective");

    QTest::newRow("defaults") << QList<int>{30, 7, 1} << QList<int>{30, 7, 1, 0};
    QTest::newRow("none") << QList<int>{} << QList<int>{0};
    QTest::newRow("unsorted with repeats") << QList<int>{1, 14, 0, 14} << QList<int>{14, 1, 0};
    QTest::newRow("negative ignored") << QList<int>{-3, 2} << QList<int>{2, 0};
}

void TestNotificationSettings::effectiveThresholds()
{
    QFETCH(QList<int>, thresholds);
    QFETCH(QList<int>, effective);
    NotificationSettings settings;
    settings.thresholdDays = thresholds;
    QCOMPARE(settings.effectiveThresholds(), effective);
}

void TestNotificationSettings::pauseFor()
{
    const QDateTime now = test::fixedNow();
    NotificationSettings settings;
    settings.pauseFor(now, std::chrono::hours(1));
    QCOMPARE(*settings.pausedUntil, now.addSecs(3600));
    QVERIFY(settings.isPaused(now));
    QVERIFY(settings.isPaused(now.addSecs(3599)));
    QVERIFY(!settings.isPaused(now.addSecs(3600))); // over at the instant itself
    QVERIFY(!settings.isPaused(now.addDays(1)));
    // The same instant in another zone is the same pause.
    QVERIFY(settings.isPaused(now.addSecs(1800).toOffsetFromUtc(9 * 3600)));

    settings.resume();
    QVERIFY(!settings.pausedUntil);
    QVERIFY(!settings.isPaused(now));

    settings.pauseFor(now, std::chrono::minutes(10));
    settings.pauseFor(now, std::chrono::seconds(0));
    QVERIFY(!settings.isPaused(now));
}

void TestNotificationSettings::pauseUntilTomorrow_data()
{
    QTest::addColumn<QByteArray>("zone"); // empty: the system zone (UTC in tests)
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime noon = test::fixedNow(); // 2026-06-15 12:00 UTC
    QTest::newRow("system zone") << QByteArray() << 0 << noon << utc(2026, 6, 16, 0);
    QTest::newRow("just after midnight")
        << QByteArray() << 0 << utc(2026, 6, 15, 0, 1) << utc(2026, 6, 16, 0);
    QTest::newRow("just before midnight")
        << QByteArray() << 0 << utc(2026, 6, 15, 23, 59) << utc(2026, 6, 16, 0);
    QTest::newRow("at midnight: the next one")
        << QByteArray() << 0 << utc(2026, 6, 15, 0) << utc(2026, 6, 16, 0);
    // 21:00 in Seoul: tomorrow starts three hours later.
    QTest::newRow("UTC+9") << QByteArray() << 9 * 3600 << noon << utc(2026, 6, 15, 15);
    // 07:00 at UTC-5: tomorrow starts 17 hours later.
    QTest::newRow("UTC-5") << QByteArray() << -5 * 3600 << noon << utc(2026, 6, 16, 5);
    QTest::newRow("Asia/Seoul") << QByteArrayLiteral("Asia/Seoul") << 0 << noon << utc(2026, 6, 15, 15);
    // Chile moves its clocks from 00:00 to 01:00 on 6 September 2026: that day starts at 01:00.
    QTest::newRow("midnight skipped by DST")
        << QByteArrayLiteral("America/Santiago") << 0 << utc(2026, 9, 5, 15) << utc(2026, 9, 6, 4);
}

void TestNotificationSettings::pauseUntilTomorrow()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, offsetSeconds);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    NotificationSettings settings;
    if (!zone.isEmpty()) {
        const QTimeZone timeZone(zone);
        if (!timeZone.isValid())
            QSKIP("this time zone is not installed");
        settings.pauseUntilTomorrow(now, timeZone);
    } else if (offsetSeconds != 0) {
        settings.pauseUntilTomorrow(now, QTimeZone(offsetSeconds));
    } else {
        settings.pauseUntilTomorrow(now);
    }
    QCOMPARE(*settings.pausedUntil, expected);
    QCOMPARE(settings.pausedUntil->timeSpec(), Qt::UTC);
    QVERIFY(settings.isPaused(now));
    QVERIFY(!settings.isPaused(expected));
}

QTEST_GUILESS_MAIN(TestNotificationSettings)
#include "tst_notificationsettings.moc"
