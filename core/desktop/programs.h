#pragma once

#include <QString>

namespace kubeminder {

/// Kubeminder is three programs. `kubeminder` is the one command people type, and what the desktop
/// entry and autostart run; the window with its tray is a program of its own, so that a command
/// never loads Qt Gui, Widgets or D-Bus (a command starts in a few milliseconds, a window in ~100).
/// `kubeminder` without a command replaces itself with the window (exec), keeping its arguments.
/// Likewise `kubeminder probe`, the one command that speaks TLS, becomes kubeminder-probe, so that
/// no other command loads Qt Network.
///
/// Installed, the two helpers live in libexec (/usr/libexec/kubeminder/) and are no commands of
/// their own; in a build folder all three are side by side.
class Programs
{
public:
    /// The window program's file name.
    static QString windowFileName();

    /// The window that belongs to the command at `commandPath` (an absolute path): beside it, or
    /// where an installation puts it. Empty when there is none (a build without the window).
    static QString window(const QString &commandPath);

    /// The probe program's file name.
    static QString probeFileName();

    /// The probe program that belongs to the command at `commandPath`, found like the window.
    static QString probe(const QString &commandPath);

    /// The command that belongs to the window at `windowPath`: what autostart should start. The
    /// window itself when no command is found (it takes --minimized just the same).
    static QString command(const QString &windowPath);

    /// The running program's own path, links resolved (/proc/self/exe); needs no QCoreApplication.
    static QString self();
};

} // namespace kubeminder
