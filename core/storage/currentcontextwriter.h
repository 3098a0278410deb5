#pragma once

#include "backupstore.h"
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

/// "Set as current context" in the window and `kubeminder use` alike: the writer with its backup
/// store and retention, then CurrentContextWriter::use. One write, over in moments, so there is
/// nothing to cancel or report on the way, as with RestoreJob.
class UseContextJob
{
public:
    struct Setup
    {
        KubeconfigPaths::Resolved paths;
        QString name;
        QString directory = BackupStore::defaultDirectory();
        RetentionPolicy retention;
        QDateTime now;
    };
    struct Result
    {
        WriteResult write;
        bool ok() const { return write.ok; }
    };

    explicit UseContextJob(Setup setup)
        : m_setup(std::move(setup))
    {}
    Result run() const;

private:
    Setup m_setup;
};

} // namespace kubeminder
