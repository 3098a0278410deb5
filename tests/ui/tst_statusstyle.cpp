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

QTEST_APPLESS_MAIN(TestStatusStyle)
#include "tst_statusstyle.moc"
