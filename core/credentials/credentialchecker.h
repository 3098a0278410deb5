#pragma once

#include "checkreport.h"
#include "expirypolicy.h"
#include "kubeconfig/kubeconfigset.h"

#include <QCoreApplication>

namespace kubeminder {

struct CheckOptions
{
    ExpiryPolicy policy;
    QDateTime now;                      ///< injected: logic never reads the clock
    QStringList onlyContexts;           ///< empty: every context
    bool missingFilesAreErrors = false; ///< files named on the command line must exist
};

/// Analyses every context of a merged set: which credential it uses, when that and the cluster's CA
/// stop working, whether key and certificate belong together. exec plugins are never run.
class CredentialChecker
{
    Q_DECLARE_TR_FUNCTIONS(CredentialChecker)

public:
    /// Analyses users and clusters in parallel, each once however many contexts share it.
    static CheckReport check(const KubeconfigSet &set, const CheckOptions &options);
};

} // namespace kubeminder
