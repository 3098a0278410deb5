#include "probejob.h"

#include "clusterprober.h"
#include "execcredentialrunner.h"

#include <QHash>

namespace kubeminder {

ProbeJob::ProbeJob(Setup setup)
    : m_setup(std::move(setup))
{}

ProbeJob::Result ProbeJob::run()
{
    Result result;
    // The local check runs first: its report tells the prober which contexts are broken before any
    // request (no server, unreadable key), and a probe result is joined with it into one sentence.
    CheckJob::Result checked = CheckJob(m_setup.check).run();
    result.unknownContexts = checked.unknownContexts;
    result.unknownContextError = checked.unknownContextError();
    result.report = std::move(checked.report);
    // A context name that matches nothing is almost always a typo; probing the rest would hide that.
    if (!result.unknownContexts.isEmpty() || m_cancel) {
        result.cancelled = m_cancel;
        return result;
    }

    ProbeOptions options;
    options.timeoutSeconds = m_setup.timeoutSeconds;
    options.surface = m_setup.surface;
    options.now = m_setup.check.options.now;
    options.refreshHint = m_setup.refreshHint;
    // The connections poll this flag while they wait, so cancel() from the GUI thread stops a probe
    // of a slow server without touching its socket from another thread.
    options.cancel = &m_cancel;
    // `set` lives in this frame until probeAll returns, so the plugin runner may capture it by
    // reference even though probes run on pool threads.
    const KubeconfigSet &set = checked.set;
    // Exec plugins run only when asked: they are arbitrary programs named by a kubeconfig, may open a
    // browser or prompt, and `check` promises never to run anything.
    if (m_setup.runExec) {
        const auto seconds = std::chrono::seconds(m_setup.execTimeoutSeconds);
        options.execCredential = [&set, seconds](const UserEntry &user, const QString &cluster,
                                                 QString *error) {
            return ExecCredentialRunner::run(user, set, cluster, seconds, error);
        };
    }
    result.results = ClusterProber::probeAll(set, result.report, options);
    QHash<QString, QString> tested;
    for (const ContextReport &context : result.report.contexts)
        tested.insert(context.name, context.connectionId());
    for (ProbeResult &probed : result.results)
        probed.testedConnection = tested.value(probed.context);
    result.cancelled = m_cancel;
    return result;
}

} // namespace kubeminder
