#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <chrono>
#include <optional>

class QSettings;

namespace kubeminder {

/// Whether and when expiry notifications are shown, as saved in the settings (keys under
/// "notifications/"). The settings file is hand-editable: a bad value falls back to its default
/// with an explanation rather than stopping anything.
struct NotificationSettings
{
    Q_DECLARE_TR_FUNCTIONS(NotificationSettings)

public:
    static constexpr int MaximumDays = 36500;
    /// More thresholds than this is a mistake, not a wish: one notification a day at most.
    static constexpr int MaximumThresholds = 16;

    static QString enabledKey() { return QStringLiteral("notifications/enabled"); }
    static QString thresholdsKey() { return QStringLiteral("notifications/thresholdDays"); }
    static QString pausedUntilKey() { return QStringLiteral("notifications/pausedUntil"); }

    static QList<int> defaultThresholdDays() { return {30, 7, 1}; }

    bool enabled = true;
    /// Days before expiry at which to notify, largest first. Expiry itself (0 days) is always a
    /// threshold, whether listed or not.
    QList<int> thresholdDays = defaultThresholdDays();
    /// While set and in the future, nothing is announced (UTC).
    std::optional<QDateTime> pausedUntil;

    /// The thresholds the monitor uses: thresholdDays plus 0, without duplicates, largest first.
    QList<int> effectiveThresholds() const;

    bool isPaused(const QDateTime &now) const;
    /// Pauses from `now` for `duration` ("pause for 1 hour").
    void pauseFor(const QDateTime &now, std::chrono::seconds duration);
    /// Pauses until the start of the next calendar day in `zone` (00:00 local time by default, or
    /// the first valid moment of that day where a DST jump skips midnight). Midnight rather than
    /// a morning hour: "until tomorrow" then means the same to everyone, whenever they start work.
    void pauseUntilTomorrow(const QDateTime &now, const QTimeZone &zone = QTimeZone::systemTimeZone());
    void resume() { pausedUntil.reset(); }

    /// The start of the calendar day after `now` in `zone`, in UTC.
    static QDateTime startOfTomorrow(const QDateTime &now, const QTimeZone &zone);

    /// Each saved value, or its default when missing or invalid; one sentence per ignored value
    /// goes to `problems`.
    static NotificationSettings read(const QSettings &settings, QStringList *problems = nullptr);
    /// Saves every value (removes pausedUntil when not paused). Refuses (returns false, saves
    /// nothing) a threshold outside 0 to MaximumDays, more than MaximumThresholds of them or an
    /// invalid pause end: read() would ignore them.
    bool write(QSettings &settings) const;

    /// "30, 7, 1" as typed in Settings: whole days separated by commas, at most MaximumThresholds;
    /// nothing when the text is not that.
    static std::optional<QList<int>> parseThresholds(const QString &text);
    static QString formatThresholds(const QList<int> &days);

    bool operator==(const NotificationSettings &other) const = default;
};

} // namespace kubeminder
