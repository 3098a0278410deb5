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
    CheckJob::Result checked = CheckJob(m_setup.check).run();
    result.unknownContexts = checked.unknownContexts;
    result.unknownContextError = checked.unknownContextError();
    result.report = std::move(checked.report);
    if (!result.unknownContexts.isEmpty() || m_cancel) {
        result.cancelled = m_cancel;
        return result;
    }

    ProbeOptions options;
    options.timeoutSeconds = m_setup.timeoutSeconds;
    options.now = m_setup.check.options.now;
    options.refreshHint = m_setup.refreshHint;
    options.cancel = &m_cancel;
    const KubeconfigSet &set = checked.set;
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
