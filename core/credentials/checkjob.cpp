#include "checkjob.h"

namespace kubeminder {

QString CheckJob::Result::unknownContextError() const
{
    return unknownContexts.isEmpty() ? QString()
                                     : tr("no context named “%1” in the loaded kubeconfig files.")
                                           .arg(unknownContexts.constFirst());
}

CheckJob::CheckJob(Setup setup)
    : m_setup(std::move(setup))
{
    // Files named on the command line are what the user asked for: a missing one is an error.
    // A KUBECONFIG entry that does not exist is normal (kubectl skips it silently), so only paths
    // the user typed for this run are held to exist.
    m_setup.options.missingFilesAreErrors = m_setup.paths.origin == KubeconfigPaths::Origin::CommandLine;
}

CheckJob::Result CheckJob::run()
{
    Result result;
    // Resolving the sources lists folders, so it runs here, on the job's thread, like the reading.
    result.sources = KubeconfigSources::collect(m_setup.paths, m_setup.added);
    // Contexts named with --context are checked against the loaded set before any crypto runs, so a
    // typo fails at once instead of after a full check of every other context.
    result.set = KubeconfigSet::load(KubeconfigSources::paths(result.sources), m_setup.detail);
    for (const QString &name : std::as_const(m_setup.options.onlyContexts)) {
        if (!result.set.context(name))
            result.unknownContexts << name;
    }
    if (!result.unknownContexts.isEmpty() || m_cancel) {
        result.cancelled = m_cancel;
        return result;
    }
    std::function<void(const CheckReport &)> onBatch;
    // Batches stop reaching the caller once cancelled: the window may already be tearing down the
    // view they would fill.
    if (m_onBatch) {
        onBatch = [this, &result](const CheckReport &batch) {
            if (!m_cancel)
                m_onBatch(result, batch);
        };
    }
    result.report = CredentialChecker::check(result.set, m_setup.options, onBatch);
    result.cancelled = m_cancel;
    return result;
}

} // namespace kubeminder
