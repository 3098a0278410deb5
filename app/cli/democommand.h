#pragma once

#include "commandcontext.h"

#include <QCoreApplication>

namespace kubeminder {

/// `kubeminder demo DIR`: writes the demo kubeconfig set.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static int run(const QStringList &arguments, CommandContext &context);
};

} // namespace kubeminder
