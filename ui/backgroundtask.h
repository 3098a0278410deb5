#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <utility>

namespace kubeminder {

/// The one way the window and its dialogs run work off the GUI thread.
///
/// The work runs on the global thread pool and holds only what it was given (copies of paths,
/// settings and options), never a widget. What it produces comes back on the owner's thread: each
/// value it reports on the way to `partial` (a check's batches), the value it returns to
/// `finished`. One run at a time: start() refuses while one runs, so a second click cannot start a
/// second write of the same file. A run counts as running until its result is handed over, not
/// only while the worker works: a fast work must not let the owner think it is idle before it has
/// seen the result. isRunning() is already false inside `finished`, so the callback may update
/// actions or start the next run.
///
/// The destructor waits for a running work: it still uses Qt, yaml-cpp and OpenSSL, which must
/// not be torn down under it when the window is the last thing to go before QApplication and the
/// static destructors. Input sizes are capped everywhere, so the wait is short.
template<typename T>
class BackgroundTask
{
public:
    using Sink = std::function<void(const T &)>;
    using Work = std::function<T(const Sink &report)>;

    /// `owner` is the object the callbacks run for; they are never called after it is gone.
    BackgroundTask(QObject *owner, Sink finished, Sink partial = {})
    {
        QObject::connect(&m_watcher, &QFutureWatcher<Piece>::resultReadyAt, owner,
                         [this, partial = std::move(partial)](int index) {
                             const Piece piece = m_watcher.resultAt(index);
                             if (!piece.last && partial)
                                 partial(*piece.value);
                         });
        QObject::connect(&m_watcher, &QFutureWatcher<Piece>::finished, owner,
                         [this, finished = std::move(finished)] {
                             m_running = false;
                             const QFuture<Piece> future = m_watcher.future();
                             // A run replaced by the next one keeps its results to itself.
                             if (future.resultCount() > 0)
                                 finished(*future.resultAt(future.resultCount() - 1).value);
                         });
    }

    ~BackgroundTask() { m_watcher.waitForFinished(); }

    BackgroundTask(const BackgroundTask &) = delete;
    BackgroundTask &operator=(const BackgroundTask &) = delete;

    bool isRunning() const { return m_running; }

    /// Runs `work`, which calls `report` for every partial value and returns the last one.
    /// Returns false, and does nothing, while an earlier run is still going.
    bool start(Work work)
    {
        if (isRunning())
            return false;
        m_running = true;
        m_watcher.setFuture(QtConcurrent::run([work = std::move(work)](QPromise<Piece> &promise) {
            const Sink report = [&promise](const T &value) {
                promise.addResult(Piece{std::make_shared<const T>(value), false});
            };
            promise.addResult(Piece{std::make_shared<const T>(work(report)), true});
        }));
        return true;
    }

    /// Runs work that has nothing to report on the way.
    bool start(std::function<T()> work)
    {
        return start(Work([work = std::move(work)](const Sink &) { return work(); }));
    }

    void waitForFinished() { m_watcher.waitForFinished(); }

private:
    /// Held by pointer, so that a dialog may run work whose result type only its .cpp defines.
    struct Piece
    {
        std::shared_ptr<const T> value;
        bool last = false;
    };
    QFutureWatcher<Piece> m_watcher;
    bool m_running = false; ///< from start() until `finished` is called
};

} // namespace kubeminder
