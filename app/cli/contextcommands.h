#pragma once

#include "commandcontext.h"

#include <QCoreApplication>

namespace kubeminder {

/// `kubeminder files` (the kubeconfig files read, and the ones the user added) and
/// `kubeminder use` (kubectl's `config use-context`, through the safe writer): the window's
/// files view and "Set as current context".
class ContextCommands
{
    Q_DECLARE_TR_FUNCTIONS(ContextCommands)

public:
    static int files(const QStringList &arguments, CommandContext &context);
    static int use(const QStringList &arguments, CommandContext &context);
};

} // namespace kubeminder
