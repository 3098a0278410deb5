#include "cli/commandline.h"
#include "clirunner.h"
#include "credentials/thresholdsettings.h"
#include "desktop/autostart.h"
#include "monitor/connectionwatch.h"
#include "monitor/notificationsettings.h"
#include "storage/backupstore.h"
#include "testenvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kubeminder;
using namespace kubeminder::test;

/// `kubeminder settings`: the Settings dialog on the command line, validated by the same rules.
class TestSettingsCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listShowsEveryValueAndDefault();
    void listAsJson();
    void setThenGet_data();
    void setThenGet();
    void refusedValuesChangeNothing_data();
    void refusedValuesChangeNothing();
    void resetRestoresTheDefault();
    void startAtLoginWritesTheAutostartEntry();
    void pauseLikeTheTray();
    void damagedSavedValuesAreExplained();
    void usageErrors_data();
    void usageErrors();

private:
    RunResult run(const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("settings")} + arguments, {.home = m_dir.path()});
    }

    QTemporaryDir m_dir;
};

void TestSettingsCommand::initTestCase()
{
    setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg-config"))));
}

void TestSettingsCommand::init()
{
    QSettings().clear();
    QFile::remove(Autostart::entryPath());
}

void TestSettingsCommand::listShowsEveryValueAndDefault()
{
    {
        QSettings settings;
        ThresholdSettings::write(settings, 45, 10);
    }
    const RunResult result = run({});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.constFirst().startsWith(QStringLiteral("NAME")));
    QCOMPARE(lines.size(), 1 + 9);
    const auto row = [&](const QString &name) {
        for (const QString &line : lines) {
            if (line.startsWith(name + QLatin1Char(' ')))
                return line.simplified();
        }
        return QString();
    };
    QVERIFY2(row(QStringLiteral("warning-days")).startsWith(QStringLiteral("warning-days 45 30 ")),
             qPrintable(row(QStringLiteral("warning-days"))));
    QVERIFY(row(QStringLiteral("critical-days")).startsWith(QStringLiteral("critical-days 10 7 ")));
    QVERIFY(row(QStringLiteral("notify-days")).startsWith(QStringLiteral("notify-days 30, 7, 1 30, 7, 1 ")));
    QVERIFY(row(QStringLiteral("connection-test-hours"))
                .startsWith(QStringLiteral("connection-test-hours 0 0 ")));
    QVERIFY(row(QStringLiteral("start-at-login")).startsWith(QStringLiteral("start-at-login off off ")));
}

void TestSettingsCommand::listAsJson()
{
    const RunResult result = run({QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.size(), 9);
    QCOMPARE(object.value(QStringLiteral("keep-backups")).toString(), QStringLiteral("20"));
    QCOMPARE(object.value(QStringLiteral("notifications")).toString(), QStringLiteral("on"));
}

void TestSettingsCommand::setThenGet_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("read"); ///< what get answers afterwards

    QTest::newRow("warning") << QStringLiteral("warning-days") << QStringLiteral("60")
                             << QStringLiteral("60");
    QTest::newRow("critical") << QStringLiteral("critical-days") << QStringLiteral("14")
                              << QStringLiteral("14");
    QTest::newRow("keep backups") << QStringLiteral("keep-backups") << QStringLiteral("5")
                                  << QStringLiteral("5");
    QTest::newRow("keep backup days")
        << QStringLiteral("keep-backup-days") << QStringLiteral("90") << QStringLiteral("90");
    QTest::newRow("notifications off")
        << QStringLiteral("notifications") << QStringLiteral("off") << QStringLiteral("off");
    QTest::newRow("notifications, as a word")
        << QStringLiteral("notifications") << QStringLiteral("No") << QStringLiteral("off");
    QTest::newRow("notify days, normalised")
        << QStringLiteral("notify-days") << QStringLiteral("1,14 , 3") << QStringLiteral("14, 3, 1");
    QTest::newRow("connection tests")
        << QStringLiteral("connection-test-hours") << QStringLiteral("12") << QStringLiteral("12");
}

void TestSettingsCommand::setThenGet()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, read);

    const QString before = run({QStringLiteral("get"), name}).out.trimmed();
    const RunResult set = run({QStringLiteral("set"), name, value});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(set.out.trimmed(), QStringLiteral("%1: %2 → %3").arg(name, before, read));
    const RunResult get = run({QStringLiteral("get"), name});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, read + QLatin1Char('\n'));
}

void TestSettingsCommand::refusedValuesChangeNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says");

    QTest::newRow("critical above warning") << QStringLiteral("critical-days") << QStringLiteral("31")
                                            << QStringLiteral("must not be more than the warning");
    QTest::newRow("warning below critical") << QStringLiteral("warning-days") << QStringLiteral("3")
                                            << QStringLiteral("must not be more than the warning");
    QTest::newRow("a century and more")
        << QStringLiteral("warning-days") << QStringLiteral("40000") << QStringLiteral("from 0 to 36500");
    QTest::newRow("no backups kept") << QStringLiteral("keep-backups") << QStringLiteral("0")
                                     << QStringLiteral("from 1 to 100000");
    QTest::newRow("not a switch") << QStringLiteral("notifications") << QStringLiteral("sometimes")
                                  << QStringLiteral("on or off");
    QTest::newRow("notify days in words")
        << QStringLiteral("notify-days") << QStringLiteral("soon") << QStringLiteral("separated by commas");
    QTest::newRow("tests more than weekly") << QStringLiteral("connection-test-hours")
                                            << QStringLiteral("169") << QStringLiteral("from 0 to 168");
}

void TestSettingsCommand::refusedValuesChangeNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, says);

    const RunResult result = run({QStringLiteral("set"), name, value});
    QCOMPARE(result.exitCode, ExitUsageError);
    QVERIFY2(result.err.contains(says), qPrintable(result.err));
    QVERIFY2(result.err.contains(name + QStringLiteral(" not changed")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QSettings().allKeys().isEmpty(), qPrintable(QSettings().allKeys().join(u' ')));
}

void TestSettingsCommand::resetRestoresTheDefault()
{
    QCOMPARE(run({QStringLiteral("set"), QStringLiteral("notify-days"), QStringLiteral("14")}).exitCode, 0);
    const RunResult reset = run({QStringLiteral("reset"), QStringLiteral("notify-days")});
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    QCOMPARE(reset.out.trimmed(), QStringLiteral("notify-days: 14 → 30, 7, 1"));
    QCOMPARE(NotificationSettings::read(QSettings()).thresholdDays,
             NotificationSettings::defaultThresholdDays());
}

void TestSettingsCommand::startAtLoginWritesTheAutostartEntry()
{
    QVERIFY(!Autostart::isEnabled());
    QCOMPARE(run({QStringLiteral("set"), QStringLiteral("start-at-login"), QStringLiteral("on")}).exitCode,
             0);
    QVERIFY(Autostart::isEnabled());
    QCOMPARE(run({QStringLiteral("get"), QStringLiteral("start-at-login")}).out, QStringLiteral("on\n"));
    QCOMPARE(run({QStringLiteral("reset"), QStringLiteral("start-at-login")}).exitCode, 0);
    QVERIFY(!Autostart::isEnabled());
}

void TestSettingsCommand::pauseLikeTheTray()
{
    QCOMPARE(run({QStringLiteral("get"), QStringLiteral("paused-until")}).out, QStringLiteral("off\n"));
    QCOMPARE(run({QStringLiteral("set"), QStringLiteral("paused-until"), QStringLiteral("1h")}).exitCode, 0);
    const NotificationSettings paused = NotificationSettings::read(QSettings());
    QVERIFY(paused.pausedUntil);
    QCOMPARE(*paused.pausedUntil, fixedNow().addSecs(3600));
    const QDateTime shown = QDateTime::fromString(
        run({QStringLiteral("get"), QStringLiteral("paused-until")}).out.trimmed(), Qt::ISODate);
    QVERIFY(qAbs(shown.secsTo(*paused.pausedUntil)) <= 1);

    QCOMPARE(
        run({QStringLiteral("set"), QStringLiteral("paused-until"), QStringLiteral("tomorrow")}).exitCode, 0);
    QCOMPARE(*NotificationSettings::read(QSettings()).pausedUntil,
             NotificationSettings::startOfTomorrow(fixedNow(), QTimeZone::systemTimeZone()));

    const QString christmas = QStringLiteral("%1-12-24T18:00:00Z").arg(fixedNow().date().year() + 1);
    QCOMPARE(run({QStringLiteral("set"), QStringLiteral("paused-until"), christmas}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("get"), QStringLiteral("paused-until")}).out.trimmed(), christmas);

    QCOMPARE(run({QStringLiteral("set"), QStringLiteral("paused-until"), QStringLiteral("off")}).exitCode, 0);
    QVERIFY(!NotificationSettings::read(QSettings()).pausedUntil);

    // The past, and words it does not know, are refused.
    for (const QString &refused : {QStringLiteral("2020-01-01T00:00:00Z"), QStringLiteral("a while")}) {
        const RunResult result = run({QStringLiteral("set"), QStringLiteral("paused-until"), refused});
        QCOMPARE(result.exitCode, ExitUsageError);
        QVERIFY2(result.err.contains(QStringLiteral("give 1h, tomorrow, off")), qPrintable(result.err));
    }
}

void TestSettingsCommand::damagedSavedValuesAreExplained()
{
    QSettings().setValue(ConnectionWatch::intervalKey(), QStringLiteral("hourly"));
    QSettings().setValue(ThresholdSettings::warningKey(), QStringLiteral("-5"));
    const RunResult result = run({});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(QStringLiteral("“hourly”")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("-5")), qPrintable(result.err));
}

void TestSettingsCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");

    QTest::newRow("unknown action") << QStringList{QStringLiteral("frob")}
                                    << QStringLiteral("use get, set or reset");
    QTest::newRow("unknown name") << QStringList{QStringLiteral("get"), QStringLiteral("colour")}
                                  << QStringLiteral("no setting named “colour”");
    QTest::newRow("set without a value") << QStringList{QStringLiteral("set"), QStringLiteral("warning-days")}
                                         << QStringLiteral("give a name and a value");
    QTest::newRow("get without a name")
        << QStringList{QStringLiteral("get")} << QStringLiteral("give one name");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("-o"), QStringLiteral("yaml")}
                                    << QStringLiteral("use table or json");
}

void TestSettingsCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);

    const RunResult result = run(arguments);
    QCOMPARE(result.exitCode, ExitUsageError);
    QVERIFY2(result.err.contains(says), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestSettingsCommand)
#include "tst_settingscommand.moc"
