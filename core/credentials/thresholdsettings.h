#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QSettings;

namespace kubeminder {

/// The expiry thresholds saved in the settings, read the same way by the window and every
/// command. The settings file is hand-editable: a bad value falls back to its default with an
/// explanation rather than stopping anything.
class ThresholdSettings
{
    Q_DECLARE_TR_FUNCTIONS(ThresholdSettings)

public:
    static constexpr int MaximumDays = 36500;

    static QString warningKey() { return QStringLiteral("thresholds/warningDays"); }
    static QString criticalKey() { return QStringLiteral("thresholds/criticalDays"); }

    /// A whole number of days from 0 to MaximumDays, or nothing.
    static std::optional<int> parseDays(const QString &text);

    struct Saved
    {
        int warningDays = 0;
        int criticalDays = 0;
        bool warningSaved = false;  ///< warningDays came from the settings, not the default
        bool criticalSaved = false; ///< criticalDays came from the settings, not the default
        QStringList problems;       ///< one sentence per value that was ignored, and why
    };

    /// Each saved threshold, or its default when missing or invalid; both defaults when the saved
    /// critical threshold is above the warning one.
    static Saved read(const QSettings &settings);
    /// Saves both thresholds. Refuses (returns false, saves nothing) a value outside 0 to
    /// MaximumDays or a critical threshold above the warning one: read() would ignore them.
    static bool write(QSettings &settings, int warningDays, int criticalDays);
};

} // namespace kubeminder
