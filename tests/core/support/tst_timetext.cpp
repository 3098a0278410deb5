#include "support/timetext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace kubeminder;

// One way to write a date everywhere: four-digit years and the same order in every language.
class TestTimeText : public QObject
{
    Q_OBJECT

private slots:
    void localDatesReadAlikeInEveryLanguage_data();
    void localDatesReadAlikeInEveryLanguage();
    void utcForms();
};

void TestTimeText::localDatesReadAlikeInEveryLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("English (US)") << QStringLiteral("en_US");
    QTest::newRow("Korean") << QStringLiteral("ko_KR");
    QTest::newRow("German") << QStringLiteral("de_DE");
}

void TestTimeText::localDatesReadAlikeInEveryLanguage()
{
    QFETCH(QString, locale);
    const QLocale saved;
    QLocale::setDefault(QLocale(locale));
    const QDateTime when(QDate(2026, 11, 4), QTime(15, 34), Qt::LocalTime);
    const QString text = TimeText::local(when.toUTC());
    QLocale::setDefault(saved);
    QCOMPARE(text, QStringLiteral("2026-11-04 15:34"));
}

void TestTimeText::utcForms()
{
    const QDateTime when(QDate(2026, 12, 5), QTime(14, 3), Qt::UTC);
    QCOMPARE(TimeText::date(when), QStringLiteral("2026-12-05"));
    QCOMPARE(TimeText::dateTime(when), QStringLiteral("2026-12-05 14:03 UTC"));
    QCOMPARE(TimeText::iso(when), QStringLiteral("2026-12-05T14:03:00Z"));
}

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
