#include "statusstyle.h"

#include <QApplication>
#include <QPointer>
#include <QTest>

#include <memory>

using namespace kubeminder;

Q_DECLARE_METATYPE(kubeminder::Status)

// Runs without a QTEST_MAIN application: each test creates and destroys its own, to see what the
// icon cache does when the application goes away.
class TestStatusStyle : public QObject
{
    Q_OBJECT

private slots:
    void iconCacheDiesWithTheApplication_data();
    void iconCacheDiesWithTheApplication();
    void textMeetsWcagAaOnEveryPalette_data();
    void textMeetsWcagAaOnEveryPalette();

private:
    static std::unique_ptr<QApplication> makeApplication();
};

std::unique_ptr<QApplication> TestStatusStyle::makeApplication()
{
    // QApplication keeps references to both for its lifetime.
    static int argc = 1;
    static char name[] = "tst_statusstyle";
    static char *argv[] = {name, nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

void TestStatusStyle::iconCacheDiesWithTheApplication_data()
{
    QTest::addColumn<Status>("status");
    QTest::newRow("ok") << Status::Ok;
    QTest::newRow("unknown") << Status::Unknown;
    QTest::newRow("warning") << Status::Warning;
    QTest::newRow("critical") << Status::Critical;
    QTest::newRow("expired") << Status::Expired;
    QTest::newRow("error") << Status::Error;
}

void TestStatusStyle::iconCacheDiesWithTheApplication()
{
    QFETCH(Status, status);
    for (int round = 0; round < 2; ++round) {
        auto app = makeApplication();
        QPointer<QObject> cache;
        {
            const QIcon icon = StatusStyle::icon(status);
            QVERIFY(!icon.isNull());
            QVERIFY(!icon.pixmap(16, 16).isNull());
            QCOMPARE(StatusStyle::icon(status).cacheKey(), icon.cacheKey()); // cached
            cache = app->findChild<QObject *>(QStringLiteral("statusIconCache"));
            QVERIFY2(cache, "the cache belongs to the application");
        }
        // Its pixmaps go with the application, not after main() returns; the next application
        // (the second round) gets a fresh cache.
        app.reset();
        QVERIFY(cache.isNull());
    }
}

void TestStatusStyle::textMeetsWcagAaOnEveryPalette_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("base");
    // Window and Base of the palettes people run: Fusion, Breeze, Adwaita, light and dark.
    QTest::newRow("Fusion light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::white);
    QTest::newRow("Fusion dark scheme") << QColor(0x35, 0x35, 0x35) << QColor(0x2a, 0x2a, 0x2a);
    QTest::newRow("Breeze light") << QColor(0xef, 0xf0, 0xf1) << QColor(0xfc, 0xfc, 0xfc);
    QTest::newRow("Breeze dark") << QColor(0x31, 0x36, 0x3b) << QColor(0x1b, 0x1e, 0x20);
    QTest::newRow("Adwaita light") << QColor(0xf6, 0xf5, 0xf4) << QColor(Qt::white);
    QTest::newRow("Adwaita dark") << QColor(0x35, 0x35, 0x35) << QColor(0x2d, 0x2d, 0x2d);
    QTest::newRow("grey middle") << QColor(0x80, 0x80, 0x80) << QColor(0x90, 0x90, 0x90);
}

void TestStatusStyle::textMeetsWcagAaOnEveryPalette()
{
    QFETCH(QColor, window);
    QFETCH(QColor, base);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, base);
    for (const Status status :
         {Status::Ok, Status::Unknown, Status::Warning, Status::Critical, Status::Expired, Status::Error}) {
        const QColor text = StatusStyle::color(status, palette);
        const double onBase = StatusStyle::contrast(text, base);
        const double onWindow = StatusStyle::contrast(text, window);
        QVERIFY2(onBase >= 4.5 && onWindow >= 4.5,
                 qPrintable(QStringLiteral("%1 %2: %3 on base, %4 on window")
                                .arg(statusName(status), text.name())
                                .arg(onBase, 0, 'f', 2)
                                .arg(onWindow, 0, 'f', 2)));
    }
    // Still the status's own hue, not black or white for all.
    QVERIFY(StatusStyle::color(Status::Ok, palette) != StatusStyle::color(Status::Expired, palette));
}

QTEST_APPLESS_MAIN(TestStatusStyle)
#include "tst_statusstyle.moc"
