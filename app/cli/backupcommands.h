#pragma once

#include "commandcontext.h"

#include <QCoreApplication>

namespace kubeminder {

/// `kubeminder backup`, `backups` and `restore`: the user-facing side of the BackupStore.
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)

public:
    /// Backs up every existing kubeconfig of --kubeconfig / $KUBECONFIG / ~/.kube/config and
    /// prints each backup's path.
    static int backup(const QStringList &arguments, CommandContext &context);
    /// One backup a line: absolute path, time, size, contexts.
    static int list(const QStringList &arguments, CommandContext &context);
    /// Puts a backup's bytes back through the safe writer (which backs up the current state first).
    static int restore(const QStringList &arguments, CommandContext &context);
};

} // namespace kubeminder
