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
    /// One backup a line: time, contexts, size, reason, original, and the absolute path last.
    static int list(const QStringList &arguments, CommandContext &context);
    /// Says what a restore changes (RestorePreview), then, unless --dry-run, puts a backup's bytes
    /// back through the safe writer (which backs up the current state first).
    static int restore(const QStringList &arguments, CommandContext &context);
};

} // namespace kubeminder
