#include "notificationsettings.h"

#include "credentials/thresholdsettings.h"

#include <QSettings>

#include <algorithm>

namespace kubeminder {

namespace {

std::optional<bool> parseBool(const QVariant &value)
{
    // QSettings returns a real bool only from formats that store types (the registry, plist); an INI
    // file gives text, which a person may have written as "yes" or "On".
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes") ||
        text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no") ||
        text == QLatin1String("off"))
        return false;
    return std::nullopt;
}

// Largest first, each once, without 0: expiry is a threshold whether it is listed or not.
QList<int> normalized(QList<int> days)
{
    // 0 is left out here and always added back by effectiveThresholds(): the user cannot switch off
    // the notification that a credential has expired.
    days.removeAll(0);
    std::sort(days.begin(), days.end(), std::greater<>());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

// The saved list: "30, 7, 1" as one string, or as the string list QSettings makes of a hand-edited
// INI line without quotes.
std::optional<QList<int>> parseThresholdValue(const QVariant &value)
{
    const QStringList pieces = value.typeId() == QMetaType::QStringList
                                   ? value.toStringList()
                                   : value.toString().split(QLatin1Char(','));
    QList<int> days;
    for (const QString &piece : pieces) {
        // "30, 7, " with a trailing comma is a slip, not an error.
        if (piece.trimmed().isEmpty())
            continue;
        const std::optional<int> parsed = ThresholdSettings::parseDays(piece);
        if (!parsed)
            return std::nullopt;
        days << *parsed;
    }
    days = normalized(days);
    // Checked after removing duplicates, so "7, 7, 7" counts as one threshold.
    if (days.size() > NotificationSettings::MaximumThresholds)
        return std::nullopt;
    return days;
}

QString joinDays(const QList<int> &days)
{
    QStringList texts;
    for (int day : days)
        texts << QString::number(day);
    return texts.join(QStringLiteral(", "));
}

} // namespace

std::optional<QList<int>> NotificationSettings::parseThresholds(const QString &text)
{
    return parseThresholdValue(QVariant(text));
}

QString NotificationSettings::formatThresholds(const QList<int> &days)
{
    return joinDays(days);
}

QList<int> NotificationSettings::effectiveThresholds() const
{
    QList<int> days = normalized(thresholdDays);
    // thresholdDays is a public field the window sets directly; a negative day from there must not
    // reach the monitor's arithmetic.
    days.erase(std::remove_if(days.begin(), days.end(), [](int day) { return day < 0; }), days.end());
    days << 0;
    return days;
}

bool NotificationSettings::isPaused(const QDateTime &now) const
{
    // A pause that has ended needs no clean-up: it simply stops applying, so a machine asleep past the
    // end resumes notifications as soon as it wakes.
    return pausedUntil && pausedUntil->isValid() && now < *pausedUntil;
}

void NotificationSettings::pauseFor(const QDateTime &now, std::chrono::seconds duration)
{
    if (duration.count() <= 0) {
        resume();
        return;
    }
    // Stored as an absolute time in UTC, so the pause survives a restart and a time zone change.
    pausedUntil = now.toUTC().addSecs(duration.count());
}

void NotificationSettings::pauseUntilTomorrow(const QDateTime &now, const QTimeZone &zone)
{
    pausedUntil = startOfTomorrow(now, zone);
}

QDateTime NotificationSettings::startOfTomorrow(const QDateTime &now, const QTimeZone &zone)
{
    // startOfDay() handles a day that does not begin at midnight (a DST switch at 00:00 in some zones);
    // "tomorrow" is the user's tomorrow, so the zone is theirs, not UTC.
    return now.toTimeZone(zone).date().addDays(1).startOfDay(zone).toUTC();
}

NotificationSettings NotificationSettings::read(const QSettings &settings, QStringList *problems)
{
    NotificationSettings result;
    const auto complain = [&](const QString &problem) {
        if (problems)
            *problems << problem;
    };

    if (settings.contains(enabledKey())) {
        const QVariant value = settings.value(enabledKey());
        if (const std::optional<bool> parsed = parseBool(value)) {
            result.enabled = *parsed;
        } else {
            // A bad value keeps notifications on: silently turning them off would hide expiries.
            complain(tr("The saved setting %1 (“%2”) in %3 is neither true nor false; notifications "
                        "stay on.")
                         .arg(enabledKey(), value.toString(), settings.fileName()));
        }
    }

    if (settings.contains(thresholdsKey())) {
        const QVariant value = settings.value(thresholdsKey());
        if (const std::optional<QList<int>> parsed = parseThresholdValue(value)) {
            result.thresholdDays = *parsed;
        } else {
            const QString text = value.typeId() == QMetaType::QStringList
                                     ? value.toStringList().join(QStringLiteral(", "))
                                     : value.toString();
            complain(tr("The saved setting %1 (“%2”) in %3 is not a list of at most %4 whole numbers "
                        "of days from 0 to %5, separated by commas; using the default of %6 days.")
                         .arg(thresholdsKey(), text, settings.fileName(), QString::number(MaximumThresholds),
                              QString::number(MaximumDays), joinDays(defaultThresholdDays())));
        }
    }

    if (settings.contains(pausedUntilKey())) {
        const QString text = settings.value(pausedUntilKey()).toString().trimmed();
        // An unreadable pause is ignored, so notifications resume; a pause that never ends would be worse.
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (parsed.isValid()) {
            result.pausedUntil = parsed.toUTC();
        } else if (!text.isEmpty()) {
            complain(tr("The saved setting %1 (“%2”) in %3 is not a date and time such as "
                        "2026-06-15T13:00:00Z; notifications are not paused.")
                         .arg(pausedUntilKey(), text, settings.fileName()));
        }
    }
    return result;
}

bool NotificationSettings::write(QSettings &settings) const
{
    const QList<int> days = normalized(thresholdDays);
    const bool daysValid =
        std::all_of(days.begin(), days.end(), [](int day) { return day >= 0 && day <= MaximumDays; });
    if (!daysValid || days.size() > MaximumThresholds)
        return false;
    // Refuses to save what read() would reject, so the settings file always reads back as written.
    if (pausedUntil && !pausedUntil->isValid())
        return false;
    settings.setValue(enabledKey(), enabled);
    settings.setValue(thresholdsKey(), joinDays(days));
    if (pausedUntil)
        settings.setValue(pausedUntilKey(), pausedUntil->toUTC().toString(Qt::ISODateWithMs));
    else
        settings.remove(pausedUntilKey());
    return true;
}

} // namespace kubeminder
