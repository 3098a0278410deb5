#include "credentials/thresholdsettings.h"
#include "testenvironment.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;

class TestThresholdSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpTestEnvironment(); }
    void read_data();
    void read();
    void write_data();
    void write();
};

void TestThresholdSettings::read_data()
{
    QTest::addColumn<QVariant>("warning");
    QTest::addColumn<QVariant>("critical");
    QTest::addColumn<int>("warningDays");
    QTest::addColumn<int>("criticalDays");
    QTest::addColumn<int>("problems");

    QTest::newRow("nothing saved") << QVariant() << QVariant() << 30 << 7 << 0;
    QTest::newRow("both saved") << QVariant(60) << QVariant(14) << 60 << 14 << 0;
    QTest::newRow("only warning saved") << QVariant(45) << QVariant() << 45 << 7 << 0;
    QTest::newRow("zero days is allowed") << QVariant(0) << QVariant(0) << 0 << 0 << 0;
    QTest::newRow("text with spaces") << QVariant(QStringLiteral(" 20 ")) << QVariant() << 20 << 7 << 0;
    QTest::newRow("warning not a number") << QVariant(QStringLiteral("soon")) << QVariant(3) << 30 << 3 << 1;
    QTest::newRow("critical negative") << QVariant() << QVariant(-1) << 30 << 7 << 1;
    QTest::newRow("warning too large") << QVariant(36501) << QVariant() << 30 << 7 << 1;
    QTest::newRow("critical above warning") << QVariant(5) << QVariant(9) << 30 << 7 << 1;
    QTest::newRow("saved warning below the default critical") << QVariant(3) << QVariant() << 30 << 7 << 1;
}

void TestThresholdSettings::read()
{
    QFETCH(QVariant, warning);
    QFETCH(QVariant, critical);
    QFETCH(int, warningDays);
    QFETCH(int, criticalDays);
    QFETCH(int, problems);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("kubeminder.conf")), QSettings::IniFormat);
    if (warning.isValid())
        settings.setValue(ThresholdSettings::warningKey(), warning);
    if (critical.isValid())
        settings.setValue(ThresholdSettings::criticalKey(), critical);
    const ThresholdSettings::Saved saved = ThresholdSettings::read(settings);
    QCOMPARE(saved.warningDays, warningDays);
    QCOMPARE(saved.criticalDays, criticalDays);
    QCOMPARE(saved.problems.size(), problems);
    for (const QString &problem : saved.problems)
        QVERIFY2(problem.contains(settings.fileName()), qPrintable(problem));
}

void TestThresholdSettings::write_data()
{
    QTest::addColumn<int>("warning");
    QTest::addColumn<int>("critical");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("defaults") << 30 << 7 << true;
    QTest::newRow("equal") << 14 << 14 << true;
    QTest::newRow("zero") << 0 << 0 << true;
    QTest::newRow("maximum") << ThresholdSettings::MaximumDays << ThresholdSettings::MaximumDays << true;
    QTest::newRow("critical above warning") << 5 << 9 << false;
    QTest::newRow("negative critical") << 5 << -1 << false;
    QTest::newRow("warning too large") << ThresholdSettings::MaximumDays + 1 << 7 << false;
}

void TestThresholdSettings::write()
{
    QFETCH(int, warning);
    QFETCH(int, critical);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kubeminder.conf"));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(ThresholdSettings::warningKey(), 60);
        settings.setValue(ThresholdSettings::criticalKey(), 21);
        QCOMPARE(ThresholdSettings::write(settings, warning, critical), accepted);
    }
    // A fresh QSettings reads the file back: the values really were written (or kept).
    const QSettings settings(file, QSettings::IniFormat);
    const ThresholdSettings::Saved saved = ThresholdSettings::read(settings);
    QCOMPARE(saved.warningDays, accepted ? warning : 60);
    QCOMPARE(saved.criticalDays, accepted ? critical : 21);
    QVERIFY(saved.warningSaved);
    QVERIFY(saved.criticalSaved);
    QVERIFY(saved.problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestThresholdSettings)
#include "tst_thresholdsettings.moc"
