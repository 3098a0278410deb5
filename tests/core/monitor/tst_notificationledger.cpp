#include "monitor/notificationledger.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;

namespace {

const QString Fingerprint = QStringLiteral(
    "6B:1F:0A:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9:0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8");

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QJsonObject entry(const QJsonValue &context, const QJsonValue &credential, const QJsonValue &days)
{
    return {{QStringLiteral("context"), context},
            {QStringLiteral("credential"), credential},
            {QStringLiteral("days"), days}};
}

QString ledgerText(const QJsonArray &entries, int version = 1)
{
    const QJsonObject root{{QStringLiteral("version"), version}, {QStringLiteral("entries"), entries}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace

class TestNotificationLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpTestEnvironment(); }
    void markContainsRemove();
    void roundTrip();
    void emptyLedgerLeavesNoKey();
    void load_data();
    void load();
    void bounded();
};

void TestNotificationLedger::markContainsRemove()
{
    NotificationLedger ledger;
    QVERIFY(ledger.isEmpty());
    ledger.mark(QStringLiteral("homelab"), Fingerprint, 7);
    ledger.mark(QStringLiteral("homelab"), Fingerprint, 30);
    ledger.mark(QStringLiteral("homelab"), Fingerprint, 7);
    ledger.mark(QStringLiteral("prod"), Fingerprint, 0);
    QCOMPARE(ledger.size(), 3);
    QVERIFY(ledger.contains(QStringLiteral("homelab"), Fingerprint, 7));
    QVERIFY(!ledger.contains(QStringLiteral("homelab"), Fingerprint, 1));
    QVERIFY(!ledger.contains(QStringLiteral("homelab"), QStringLiteral("other"), 7));
    QCOMPARE(ledger.removeIf(
                 [](const NotificationLedger::Entry &e) { return e.context == QStringLiteral("homelab"); }),
             2);
    QCOMPARE(ledger.entries().size(), std::size_t(1));
    QCOMPARE(ledger.entries().front().context, QStringLiteral("prod"));
}

void TestNotificationLedger::roundTrip()
{
    NotificationLedger ledger;
    ledger.mark(str("홈랩 “lab”, [x]"), Fingerprint, 7);
    ledger.mark(QStringLiteral("a=b;c\\d\n"),
                QStringLiteral("token:system:serviceaccount:ci@2026-06-18T12:00:00Z"), 0);
    ledger.mark(QStringLiteral("prod"), Fingerprint, 36500,
                QDateTime(QDate(2027, 11, 4), QTime(15, 34), Qt::UTC));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kubeminder.conf"));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(QStringLiteral("notifications/enabled"), false);
        ledger.save(settings);
    }
    const QSettings settings(file, QSettings::IniFormat);
    QStringList problems;
    const NotificationLedger loaded = NotificationLedger::load(settings, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(loaded.size(), 3);
    QVERIFY(loaded == ledger);
    for (const NotificationLedger::Entry &e : loaded.entries()) {
        if (e.context == QStringLiteral("prod"))
            QCOMPARE(e.notAfter, QDateTime(QDate(2027, 11, 4), QTime(15, 34), Qt::UTC));
        else
            QVERIFY(!e.notAfter.isValid());
    }
    QCOMPARE(settings.value(QStringLiteral("notifications/enabled")).toBool(), false); // left alone
}

void TestNotificationLedger::emptyLedgerLeavesNoKey()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("kubeminder.conf")), QSettings::IniFormat);
    NotificationLedger ledger;
    ledger.mark(QStringLiteral("homelab"), Fingerprint, 7);
    ledger.save(settings);
    QVERIFY(settings.contains(NotificationLedger::key()));
    ledger.clear();
    ledger.save(settings);
    QVERIFY(!settings.contains(NotificationLedger::key()));
    QVERIFY(NotificationLedger::load(settings).isEmpty());
}

void TestNotificationLedger::load_data()
{
    QTest::addColumn<QVariant>("saved");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("problems");

    const QJsonObject good = entry(QStringLiteral("homelab"), Fingerprint, 7);
    const QJsonObject alsoGood = entry(QStringLiteral("prod"), Fingerprint, 0);
    QTest::newRow("nothing saved") << QVariant() << 0 << 0;
    QTest::newRow("valid") << QVariant(ledgerText({good, alsoGood})) << 2 << 0;
    QTest::newRow("no entries") << QVariant(ledgerText({})) << 0 << 0;
    QTest::newRow("not JSON") << QVariant(QStringLiteral("{not json")) << 0 << 1;
    QTest::newRow("a number") << QVariant(42) << 0 << 1;
    QTest::newRow("empty text") << QVariant(QString()) << 0 << 1;
    QTest::newRow("an array, not an object") << QVariant(QStringLiteral("[1, 2]")) << 0 << 1;
    QTest::newRow("a newer format") << QVariant(ledgerText({good}, 2)) << 0 << 1;
    QTest::newRow("entries not a list")
        << QVariant(QStringLiteral("{\"version\":1,\"entries\":{\"a\":1}}")) << 0 << 1;
    QTest::newRow("damaged entries skipped")
        << QVariant(ledgerText(
               {good, 7, QStringLiteral("x"), entry(QStringLiteral("a"), Fingerprint, -1),
                entry(QStringLiteral("a"), Fingerprint, 7.5),
                entry(QStringLiteral("a"), Fingerprint, QStringLiteral("7")),
                entry(QStringLiteral("a"), Fingerprint, 36501), entry(QString(), Fingerprint, 7),
                entry(QStringLiteral("a"), QString(), 7), entry(QStringLiteral("a"), 5, 7),
                entry(QString(NotificationLedger::MaximumFieldLength + 1, QLatin1Char('a')), Fingerprint, 7),
                QJsonObject{{QStringLiteral("context"), QStringLiteral("a")}},
                QJsonObject{{QStringLiteral("context"), QStringLiteral("a")},
                            {QStringLiteral("credential"), Fingerprint},
                            {QStringLiteral("days"), 7},
                            {QStringLiteral("notAfter"), QStringLiteral("not a date")}},
                alsoGood}))
        << 2 << 1;
    QTest::newRow("too large to read")
        << QVariant(QString(NotificationLedger::MaximumSavedSize + 1, QLatin1Char(' '))) << 0 << 1;
}

void TestNotificationLedger::load()
{
    QFETCH(QVariant, saved);
    QFETCH(int, entries);
    QFETCH(int, problems);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kubeminder.conf"));
    {
        QSettings settings(file, QSettings::IniFormat);
        if (saved.isValid())
            settings.setValue(NotificationLedger::key(), saved);
    }
    const QSettings settings(file, QSettings::IniFormat);
    QStringList found;
    const NotificationLedger ledger = NotificationLedger::load(settings, &found);
    QCOMPARE(ledger.size(), entries);
    QCOMPARE(found.size(), problems);
    for (const QString &problem : found)
        QVERIFY2(problem.contains(settings.fileName()), qPrintable(problem));
    QCOMPARE(NotificationLedger::load(settings).size(), entries); // problems are optional
}

void TestNotificationLedger::bounded()
{
    NotificationLedger ledger;
    for (int i = 0; i <= NotificationLedger::MaximumEntries; ++i)
        ledger.mark(QStringLiteral("context-%1").arg(i, 6, 10, QLatin1Char('0')), Fingerprint, 7);
    QCOMPARE(ledger.size(), NotificationLedger::MaximumEntries + 1);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("kubeminder.conf")), QSettings::IniFormat);
    ledger.save(settings);
    QStringList problems;
    QCOMPARE(NotificationLedger::load(settings, &problems).size(), NotificationLedger::MaximumEntries);
    QVERIFY(problems.isEmpty());

    // A hand-made list beyond the limit: the rest is ignored, and said so.
    QJsonArray entries;
    for (int i = 0; i < NotificationLedger::MaximumEntries + 5; ++i)
        entries.append(entry(QStringLiteral("c%1").arg(i), Fingerprint, 1));
    settings.setValue(NotificationLedger::key(), ledgerText(entries));
    QCOMPARE(NotificationLedger::load(settings, &problems).size(), NotificationLedger::MaximumEntries);
    QCOMPARE(problems.size(), 1);
}

QTEST_GUILESS_MAIN(TestNotificationLedger)
#include "tst_notificationledger.moc"
