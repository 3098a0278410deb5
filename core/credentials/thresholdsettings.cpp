#include "thresholdsettings.h"

#include "expirypolicy.h"

#include <QSettings>

namespace kubeminder {

std::optional<int> ThresholdSettings::parseDays(const QString &text)
{
    bool ok = false;
    // Whole days only, from text: the window's field and a hand-edited INI file both give strings,
    // and "7.5" or "7d" is refused rather than guessed at.
    const int days = text.trimmed().toInt(&ok);
    if (!ok || days < 0 || days > MaximumDays)
        return std::nullopt;
    return days;
}

ThresholdSettings::Saved ThresholdSettings::read(const QSettings &settings)
{
    Saved saved;
    // Defaults first, so a missing or bad key leaves a usable value and the rest still loads.
    saved.warningDays = ExpiryPolicy::DefaultWarningDays;
    saved.criticalDays = ExpiryPolicy::DefaultCriticalDays;
    const auto readOne = [&](const QString &key, int &days, bool &fromSettings) {
        if (!settings.contains(key))
            return;
        const QString text = settings.value(key).toString();
        if (const auto parsed = parseDays(text)) {
            days = *parsed;
            fromSettings = true;
            return;
        }
        saved.problems
            << tr("The saved setting %1 (“%2”) in %3 is not a number of days from 0 to %4; using the "
                  "default of %5 days.")
                   .arg(key, text, settings.fileName(), QString::number(MaximumDays), QString::number(days));
    };
    readOne(warningKey(), saved.warningDays, saved.warningSaved);
    readOne(criticalKey(), saved.criticalDays, saved.criticalSaved);
    // A critical threshold above the warning one would make Warning unreachable, so both fall back
    // to the defaults together rather than guessing which of the two the user meant.
    if (saved.criticalDays > saved.warningDays) {
        saved.problems
            << tr("The saved critical threshold (%1 days) is more than the warning threshold (%2 days) "
                  "in %3; using the defaults of %4 and %5 days.")
                   .arg(QString::number(saved.criticalDays), QString::number(saved.warningDays),
                        settings.fileName(), QString::number(ExpiryPolicy::DefaultWarningDays),
                        QString::number(ExpiryPolicy::DefaultCriticalDays));
        saved.warningDays = ExpiryPolicy::DefaultWarningDays;
        saved.criticalDays = ExpiryPolicy::DefaultCriticalDays;
        saved.warningSaved = saved.criticalSaved = false;
    }
    return saved;
}

// Refuses what read() would throw away, so the window never saves a value that reverts to the
// default on the next start.
bool ThresholdSettings::write(QSettings &settings, int warningDays, int criticalDays)
{
    // 0 <= critical <= warning <= MaximumDays, as read() accepts them.
    if (criticalDays < 0 || criticalDays > warningDays || warningDays > MaximumDays)
        return false;
    settings.setValue(warningKey(), warningDays);
    settings.setValue(criticalKey(), criticalDays);
    return true;
}

} // namespace kubeminder
