#pragma once

#include "commandcontext.h"

#include <QCoreApplication>

namespace kubeminder {

/// `kubeminder import SOURCE --name NAME ...` and `kubeminder refresh NAME`: take a fresh
/// kubeconfig (for K3s, /etc/rancher/k3s/k3s.yaml) and put its credentials where NAME's stale
/// ones are, through the safe writer, remembering the source so refresh can repeat it.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int import(const QStringList &arguments, CommandContext &context);
    static int refresh(const QStringList &arguments, CommandContext &context);
};

} // namespace kubeminder
