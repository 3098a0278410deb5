#pragma once

#include <QList>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <iterator>
#include <mutex>
#include <optional>
#include <vector>

namespace kubeminder {

/// Maps `fn` over `items` on worker threads and returns the results in the order of `items`.
///
/// The calling thread takes items too, beside one helper fewer than the machine has cores; each
/// thread takes the next item not yet taken, so a slow item does not hold up a whole share. One
/// item (one kubeconfig, the common case) is mapped on the calling thread alone: a thread would only
/// add its start and join.
///
/// A private pool rather than QThreadPool::globalInstance(): its threads are joined before this
/// returns, so per-thread state they built up (OpenSSL's error queue, thread-local buffers) is
/// released with them instead of lingering in idle global threads, and a map started from a
/// global-pool task (the window's background check) never waits on its own pool. Plain Qt Core, no
/// Qt Concurrent: the command line loads one library fewer at every start.
///
/// If `fn` throws, the items not yet taken are skipped and the first exception is rethrown here.
template<typename Result, typename Sequence, typename Fn>
QList<Result> parallelMap(const Sequence &items, Fn fn)
{
    const std::size_t count = std::size(items);
    QList<Result> results;
    results.reserve(qsizetype(count));
    if (count <= 1) {
        for (const auto &item : items)
            results << fn(item);
        return results;
    }

    const auto first = std::cbegin(items);
    std::vector<std::optional<Result>> mapped(count);
    std::atomic<std::size_t> next = 0;
    std::mutex failureMutex;
    std::exception_ptr failure;
    const auto work = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            try {
                mapped[i].emplace(fn(*std::next(first, std::ptrdiff_t(i))));
            } catch (...) {
                const std::lock_guard lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
                next = count;
            }
        }
    };
    {
        QThreadPool pool;
        const std::size_t cores = std::size_t(std::max(1, QThread::idealThreadCount()));
        const std::size_t helpers = std::min(count, cores) - 1;
        for (std::size_t i = 0; i < helpers; ++i)
            pool.start(work);
        work();
        pool.waitForDone();
    }
    if (failure)
        std::rethrow_exception(failure);
    for (std::optional<Result> &slot : mapped)
        results << std::move(*slot);
    return results;
}

} // namespace kubeminder
