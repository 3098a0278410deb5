#include "cli/texttable.h"

#include <QTest>

using namespace kubeminder;

/// Column widths in terminal cells, so Korean headers and names line up.
class TestTextTable : public QObject
{
    Q_OBJECT

private slots:
    void displayWidth_data();
    void displayWidth();
    void koreanHeaderLinesUp();
    void colourDoesNotCountAsWidth();
};

void TestTextTable::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ASCII") << QStringLiteral("homelab") << 7;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("Hangul syllables") << QStringLiteral("컨텍스트") << 8;
    QTest::newRow("Hangul and ASCII") << QStringLiteral("3일 남음") << 8;
    QTest::newRow("combining accent") << QStringLiteral("e\u0301") << 1;
    QTest::newRow("CJK ideographs") << QStringLiteral("集群") << 4;
    QTest::newRow("outside the BMP (CJK Extension B)") << QString::fromUcs4(U"\U00020000") << 2;
    QTest::newRow("fullwidth forms") << QStringLiteral("ＡＢ") << 4;
    QTest::newRow("quotes and ellipsis are narrow") << QStringLiteral("“a”…") << 4;
}

void TestTextTable::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(TextTable::displayWidth(text), width);
}

void TestTextTable::koreanHeaderLinesUp()
{
    TextTable table;
    table.addRow({QStringLiteral("컨텍스트"), QStringLiteral("상태"), QStringLiteral("파일")});
    table.addRow({QStringLiteral("homelab"), QStringLiteral("만료됨"), QStringLiteral("config")});
    table.addRow({QStringLiteral("a"), QStringLiteral("ok"), QStringLiteral("x")});
    const QStringList lines = table.render().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    // The third column starts at the same terminal cell on every line.
    for (const QString &line : lines) {
        const QString lastCell = line.section(QLatin1Char(' '), -1);
        QCOMPARE(TextTable::displayWidth(line) - TextTable::displayWidth(lastCell), 8 + 2 + 6 + 2);
    }
}

void TestTextTable::colourDoesNotCountAsWidth()
{
    TextTable table;
    table.addRow({QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("end")});
    table.addRow({QStringLiteral("a"), QStringLiteral("ok"), QStringLiteral("end")},
                 {QString(), QStringLiteral("32")});
    const QStringList lines = table.render().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.at(1), QStringLiteral("a     \x1b[32mok\x1b[0m      end"));
}

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
