#pragma once

#include "kubeconfig/kubeconfigpaths.h"
#include "kubeconfigwriter.h"

#include <QCoreApplication>

namespace kubeminder {

/// `kubectl config use-context`, through the safe writer.
class CurrentContextWriter
{
    Q_DECLARE_TR_FUNCTIONS(CurrentContextWriter)

public:
    /// Makes `name` the current context of kubectl's files `paths`. Like client-go's
    /// writeCurrentContext it writes current-context into the file new entries go to
    /// (KubeconfigPaths::destination); that is the first existing file of $KUBECONFIG, so it
    /// always wins over a later file's current-context. Refuses a context kubectl would not see
    /// (not defined in `paths`) and a set with a broken file. Nothing is written when `name` is
    /// already current.
    static WriteResult use(const KubeconfigPaths::Resolved &paths, const QString &name,
                           KubeconfigWriter &writer, const QDateTime &now);
};

} // namespace kubeminder
