#pragma once

#include <QCoreApplication>
#include <QString>

namespace kubeminder {

/// "Start at login": an XDG autostart entry (freedesktop Desktop Application Autostart spec) that
/// starts Kubeminder with --minimized, so it waits in the tray. GNOME, KDE, Xfce and systemd's
/// xdg-autostart-generator all read the same file.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    /// $XDG_CONFIG_HOME/autostart/io.kubeminder.Kubeminder.desktop; ~/.config when XDG_CONFIG_HOME
    /// is unset, empty or relative (the base directory spec says to ignore a relative one). Read
    /// from the environment, not QStandardPaths: its test mode would move the file somewhere no
    /// session manager looks.
    static QString entryPath();

    /// Whether the session will start Kubeminder at login: our entry exists and is not switched
    /// off (Hidden=true, or X-GNOME-Autostart-enabled=false as GNOME's startup settings write), or,
    /// without one, an entry of the same name in $XDG_CONFIG_DIRS/autostart (/etc/xdg) does.
    static bool isEnabled();

    /// Enabling writes the entry atomically, starting `executable` (an absolute path, quoted as the
    /// Desktop Entry spec requires; control characters are refused) with --minimized. Disabling
    /// removes it, or, when a system-wide entry of the same name would still start Kubeminder,
    /// writes one with Hidden=true, the spec's way to switch that off for one user. On failure
    /// returns false and says why in `error` (may be null); the previous entry is left as it was.
    static bool setEnabled(bool enabled, const QString &executable, QString *error);

private:
    static bool write(const QByteArray &contents, QString *error);
};

} // namespace kubeminder
