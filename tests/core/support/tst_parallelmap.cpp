#include "support/parallelmap.h"

#include <QMutex>
#include <QSet>
#include <QTest>

#include <stdexcept>
#include <vector>

using namespace kubeminder;

// How files are parsed and entries analysed: in the order given, on at most as many threads as
// the machine has cores, one item on the caller alone, and an exception reaches the caller.
class TestParallelMap : public QObject
{
    Q_OBJECT

private slots:
    void resultsKeepTheOrder_data();
    void resultsKeepTheOrder();
    void oneItemStaysOnTheCallingThread();
    void threadsAreBoundedByTheCores();
    void aThrowingItemReachesTheCaller_data();
    void aThrowingItemReachesTheCaller();
};

void TestParallelMap::resultsKeepTheOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("two") << 2;
    QTest::newRow("a thousand") << 1000;
}

void TestParallelMap::resultsKeepTheOrder()
{
    QFETCH(int, count);
    QStringList names;
    std::vector<int> numbers;
    for (int i = 0; i < count; ++i) {
        names << QString::number(i);
        numbers.push_back(i);
    }
    // Uneven work, so that later items finish before earlier ones.
    const QList<int> parsed = parallelMap<int>(names, [](const QString &name) {
        const int value = name.toInt();
        if (value % 7 == 0)
            QThread::usleep(200);
        return value * 2;
    });
    const QList<QString> strings =
        parallelMap<QString>(numbers, [](int number) { return QStringLiteral("n%1").arg(number); });
    QCOMPARE(parsed.size(), count);
    QCOMPARE(strings.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(parsed.at(i), i * 2);
        QCOMPARE(strings.at(i), QStringLiteral("n%1").arg(i));
    }
}

void TestParallelMap::oneItemStaysOnTheCallingThread()
{
    QThread *ranOn = nullptr;
    const QList<int> results = parallelMap<int>(QList<int>{5}, [&ranOn](int value) {
        ranOn = QThread::currentThread();
        return value + 1;
    });
    QCOMPARE(results, QList<int>{6});
    QCOMPARE(ranOn, QThread::currentThread());
}

void TestParallelMap::threadsAreBoundedByTheCores()
{
    QMutex mutex;
    QSet<QThread *> threads;
    QList<int> items(64);
    (void)parallelMap<int>(items, [&](int) {
        QThread::usleep(500);
        const QMutexLocker lock(&mutex);
        threads.insert(QThread::currentThread());
        return 0;
    });
    QVERIFY(!threads.isEmpty());
    QVERIFY2(threads.size() <= std::max(1, QThread::idealThreadCount()),
             qPrintable(QString::number(threads.size())));
    QVERIFY(threads.contains(QThread::currentThread()));
}

void TestParallelMap::aThrowingItemReachesTheCaller_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("throwing");
    QTest::newRow("the only item") << 1 << 0;
    QTest::newRow("the first of many") << 100 << 0;
    QTest::newRow("the last of many") << 100 << 99;
}

void TestParallelMap::aThrowingItemReachesTheCaller()
{
    QFETCH(int, count);
    QFETCH(int, throwing);
    QList<int> items;
    for (int i = 0; i < count; ++i)
        items << i;
    bool caught = false;
    try {
        (void)parallelMap<int>(items, [throwing](int item) {
            if (item == throwing)
                throw std::runtime_error("bad item");
            return item;
        });
    } catch (const std::runtime_error &error) {
        caught = QByteArray(error.what()) == "bad item";
    }
    QVERIFY(caught);
}

QTEST_GUILESS_MAIN(TestParallelMap)
#include "tst_parallelmap.moc"
