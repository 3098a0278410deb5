#pragma once

#include "credentialchecker.h"
#include "kubeconfig/kubeconfigset.h"
#include "kubeconfig/kubeconfigsources.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <vector>

namespace kubeminder {

/// One reload and check, for the window, `kubeminder check` and the probe alike: find the files
/// (kubectl's, then those added to Kubeminder), read them, check the contexts. Blocking: the
/// window runs it on a worker and shows each batch of rows as it arrives; cancel() may be called
/// from any thread.
class CheckJob
{
    Q_DECLARE_TR_FUNCTIONS(CheckJob)

public:
    struct Setup
    {
        KubeconfigPaths::Resolved paths; ///< kubectl's files, as kubectl finds them
        QStringList added;               ///< the files and folders added to Kubeminder
        CheckOptions options;            ///< missingFilesAreErrors is set from `paths`
        /// Entries only (`kubeminder check`): the result's set is for reading, not for an edit.
        KubeconfigDocument::Detail detail = KubeconfigDocument::Detail::Tree;
    };

    struct Result
    {
        std::vector<KubeconfigSources::File> sources; ///< every file read, in merge order
        KubeconfigSet set;
        CheckReport report;
        /// Contexts asked for (options.onlyContexts) that no file defines: nothing was checked.
        QStringList unknownContexts;
        bool cancelled = false;
        /// "no context named “X” in the loaded kubeconfig files." for the first unknown context.
        QString unknownContextError() const;
    };

    explicit CheckJob(Setup setup);

    /// Called on the job's thread with each batch of contexts as it is checked (see
    /// CredentialChecker::check); none after cancel().
    void setBatchHandler(std::function<void(const Result &partial, const CheckReport &batch)> handler)
    {
        m_onBatch = std::move(handler);
    }
    void cancel() { m_cancel = true; }

    Result run();

private:
    Setup m_setup;
    std::function<void(const Result &, const CheckReport &)> m_onBatch;
    std::atomic_bool m_cancel{false};
};

} // namespace kubeminder
