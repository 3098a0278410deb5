#pragma once

#include "credentials/checkjob.h"
#include "probeoptions.h"
#include "proberesult.h"

#include <atomic>
#include <functional>
#include <vector>

namespace kubeminder {

/// Asks the API servers whether they accept the credentials, for the window's "Test connection"
/// and `kubeminder probe` alike: reads and checks the files (CheckJob), then probes the contexts
/// asked for (all when none is named), several at once. Blocking, sockets and exec plugins
/// included: the window runs it on a worker; cancel() may be called from any thread.
class ProbeJob
{
public:
    struct Setup
    {
        CheckJob::Setup check; ///< the files, and in options.onlyContexts the contexts to probe
        int timeoutSeconds = 10;
        Surface surface = Surface::CommandLine; ///< see ProbeOptions::surface
        /// Run exec credential plugins (non-interactively), each for at most execTimeoutSeconds.
        bool runExec = false;
        int execTimeoutSeconds = 30;
        /// The next step for a context whose credentials the server rejected (see ProbeOptions).
        std::function<QString(const QString &context)> refreshHint;
    };

    struct Result
    {
        CheckReport report;               ///< the local analysis of the probed contexts
        std::vector<ProbeResult> results; ///< one per probed context, in name order
        QStringList unknownContexts;      ///< named but not defined: nothing was probed
        QString unknownContextError;      ///< the sentence for the first of them
        bool cancelled = false;
    };

    explicit ProbeJob(Setup setup);

    void cancel() { m_cancel = true; }
    Result run();

private:
    Setup m_setup;
    std::atomic_bool m_cancel{false};
};

} // namespace kubeminder
