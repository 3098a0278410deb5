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
    /// One command: its arguments (the command's name first) in, the exit status out.
    using Command = int (*)(const QStringList &arguments, CommandContext &context);

    /// Runs the command and returns the process exit status. `probe` runs `probe`, the one command
    /// that speaks TLS and so needs Qt Network: ProbeCommand::run where that is linked, or a
    /// hand-over to the program that has it (kubeminder-probe), so that every other command starts
    /// without Qt Network.
    static int run(const QStringList &arguments, CommandContext &context, Command probe);
};

} // namespace kubeminder
