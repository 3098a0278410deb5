#pragma once

#include <QList>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace kubeminder {

/// Maps `fn` over `items` on worker threads and returns the results in the order of `items`.
///
/// A private pool rather than QThreadPool::globalInstance(): its threads are joined before this
/// returns, so per-thread state they built up (OpenSSL's error queue, thread-local buffers) is
/// released with them instead of lingering in idle global threads, and a map started from a
/// global-pool task (the window's background check) never waits on its own pool.
template<typename Result, typename Sequence, typename Fn>
QList<Result> parallelMap(const Sequence &items, Fn fn)
{
    // One item (one kubeconfig, the common case): a thread would only add its start and join.
    if (items.size() <= 1) {
        QList<Result> results;
        for (const auto &item : items)
            results << fn(item);
        return results;
    }
    QThreadPool pool;
    QList<Result> results = QtConcurrent::blockingMapped<QList<Result>>(&pool, items, fn);
    pool.waitForDone();
    return results;
}

} // namespace kubeminder
