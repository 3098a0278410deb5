#include "backgroundtask.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>

using namespace kubeminder;

// The window's one way of running work off the GUI thread: values arrive on the owner's thread
// in order, the last one separately, one run at a time, and nothing after the owner is gone.
class TestBackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void partialValuesArriveInOrderThenTheLast_data();
    void partialValuesArriveInOrderThenTheLast();
    void aSecondStartWaitsForTheFirstToEnd();
    void runningUntilTheResultIsHandedOver();
    void theCallbackMayStartTheNextRun();
    void destroyingTheTaskWaitsForItsWork();
};

void TestBackgroundTask::partialValuesArriveInOrderThenTheLast_data()
{
    QTest::addColumn<int>("partials");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("many") << 50;
}

void TestBackgroundTask::partialValuesArriveInOrderThenTheLast()
{
    QFETCH(int, partials);
    QObject owner;
    QList<int> seen;
    int last = -1;
    bool runningInFinished = true;
    QThread *finishedOn = nullptr;
    std::unique_ptr<BackgroundTask<int>> task;
    task = std::make_unique<BackgroundTask<int>>(
        &owner,
        [&](const int &value) {
            last = value;
            runningInFinished = task->isRunning();
            finishedOn = QThread::currentThread();
        },
        [&](const int &value) {
            QCOMPARE(QThread::currentThread(), owner.thread());
            seen << value;
        });
    QVERIFY(task->start([partials](const BackgroundTask<int>::Sink &report) {
        for (int i = 0; i < partials; ++i)
            report(i);
        return -2;
    }));
    QTRY_COMPARE(last, -2);
    QCOMPARE(finishedOn, owner.thread());
    QVERIFY(!runningInFinished);
    QCOMPARE(seen.size(), partials);
    for (int i = 0; i < partials; ++i)
        QCOMPARE(seen.at(i), i);
}

void TestBackgroundTask::aSecondStartWaitsForTheFirstToEnd()
{
    QObject owner;
    QList<int> finished;
    BackgroundTask<int> task(&owner, [&](const int &value) { finished << value; });
    QSemaphore go;
    QVERIFY(task.start([&go] {
        go.acquire();
        return 1;
    }));
    QVERIFY(task.isRunning());
    QVERIFY(!task.start([] { return 2; })); // refused: a second click does not run a second write
    go.release();
    QTRY_COMPARE(finished, QList<int>{1});
    QVERIFY(task.start([] { return 3; }));
    QTRY_COMPARE(finished, (QList<int>{1, 3}));
}

void TestBackgroundTask::runningUntilTheResultIsHandedOver()
{
    // A work that is done before the owner's thread looks again (a restore preview of a small
    // file): the owner has not seen its result yet, so the task still runs and takes no second one.
    QObject owner;
    QList<int> finished;
    BackgroundTask<int> task(&owner, [&](const int &value) { finished << value; });
    std::atomic_bool worked = false;
    QVERIFY(task.start([&worked] {
        worked = true;
        return 1;
    }));
    while (!worked)
        QThread::yieldCurrentThread();
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(task.isRunning());
    QVERIFY(!task.start([] { return 2; }));
    QTRY_COMPARE(finished, QList<int>{1});
    QVERIFY(!task.isRunning());
}

void TestBackgroundTask::theCallbackMayStartTheNextRun()
{
    QObject owner;
    QList<int> finished;
    std::unique_ptr<BackgroundTask<int>> task;
    task = std::make_unique<BackgroundTask<int>>(&owner, [&](const int &value) {
        finished << value;
        if (value < 3)
            QVERIFY(task->start([value] { return value + 1; }));
    });
    QVERIFY(task->start([] { return 1; }));
    QTRY_COMPARE(finished, (QList<int>{1, 2, 3}));
}

void TestBackgroundTask::destroyingTheTaskWaitsForItsWork()
{
    std::atomic_bool done = false;
    bool called = false;
    {
        auto owner = std::make_unique<QObject>();
        BackgroundTask<int> task(owner.get(), [&](const int &) { called = true; });
        QVERIFY(task.start([&done] {
            QThread::msleep(100);
            done = true;
            return 1;
        }));
        owner.reset(); // the callbacks' owner goes first, as a dialog's members go with it
    }
    QVERIFY(done);
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
