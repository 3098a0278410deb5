#pragma once

#include "checkreport.h"
#include "expirypolicy.h"
#include "kubeconfig/kubeconfigset.h"

#include <QCoreApplication>

#include <functional>

namespace kubeminder {

struct CheckOptions
{
    ExpiryPolicy policy;
    QDateTime now;                      ///< injected: logic never reads the clock
    QStringList onlyContexts;           ///< empty: every context
    bool missingFilesAreErrors = false; ///< files named on the command line must exist
    std::size_t batchSize = 200;        ///< contexts per batch handed to check()'s onBatch
};

/// Analyses every context of a merged set: which credential it uses, when that and the cluster's CA
/// stop working, whether key and certificate belong together. exec plugins are never run.
class CredentialChecker
{
    Q_DECLARE_TR_FUNCTIONS(CredentialChecker)

public:
    /// Analyses users and clusters in parallel, each once however many contexts share it. With
    /// `onBatch`, contexts are analysed in batches of options.batchSize, in name order, and each
    /// batch is handed over as it is ready (a report with every field but only that batch's
    /// contexts), so a window can show rows before the last one is analysed. The returned report
    /// holds every context either way, sorted by name.
    static CheckReport check(const KubeconfigSet &set, const CheckOptions &options,
                             const std::function<void(const CheckReport &)> &onBatch = {});
};

} // namespace kubeminder
