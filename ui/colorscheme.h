#pragma once

#include <QDBusConnection>
#include <QPalette>

class QApplication;

namespace kubeminder {

/// Dark mode as the desktop asks for it. Qt 6.4 follows a dark KDE or GTK theme only through a
/// platform theme plug-in, and not the freedesktop "color-scheme" setting GNOME and KDE publish
/// through the desktop portal: without this, a dark desktop got a light Kubeminder.
class ColorScheme
{
public:
    enum class Preference { None, Dark, Light };

    /// KUBEMINDER_COLOR_SCHEME ("dark" or "light") when set, else the portal's
    /// org.freedesktop.appearance color-scheme on `bus` (asked with a short timeout: a desktop
    /// without a portal must not delay the window).
    static Preference preference(const QDBusConnection &bus);
    /// Fusion's colours for a dark desktop: every role, so no light default shows through.
    static QPalette darkPalette();
    /// A dark preference turns a light palette dark (Fusion style, darkPalette()); a palette that is
    /// dark already (a dark theme plug-in) is left as it is, as is everything without a preference.
    static void apply(QApplication &app, Preference preference);
    static bool isDark(const QPalette &palette);
};

} // namespace kubeminder
