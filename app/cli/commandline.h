#pragma once

#include "commandcontext.h"

#include <QCoreApplication>
#include <QStringList>

namespace kubeminder {

/// The `kubeminder COMMAND ...` interface. Every command uses kubeminder_core alone.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// True when `arguments` (argv, program name first) ask for a command rather than the window.
    static bool wantsCommand(const QStringList &arguments);
    /// Runs the command and returns the process exit status.
    static int run(const QStringList &arguments, CommandContext &context);
};

} // namespace kubeminder
