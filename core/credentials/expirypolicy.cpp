#include "expirypolicy.h"

#include <QCoreApplication>

namespace kubeminder {

namespace {
constexpr qint64 SecondsPerDay = 24 * 60 * 60;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}
} // namespace

ExpiryPolicy::ExpiryPolicy(int warningDays, int criticalDays)
    : m_warningDays(warningDays)
    , m_criticalDays(criticalDays)
{}

Status ExpiryPolicy::classify(const QDateTime &notAfter, const QDateTime &now) const
{
    const qint64 secondsLeft = now.secsTo(notAfter);
    if (secondsLeft <= 0)
        return Status::Expired;
    if (secondsLeft <= qint64(m_criticalDays) * SecondsPerDay)
        return Status::Critical;
    if (secondsLeft <= qint64(m_warningDays) * SecondsPerDay)
        return Status::Warning;
    return Status::Ok;
}

qint64 daysLeft(const QDateTime &notAfter, const QDateTime &now)
{
    return floorDiv(now.secsTo(notAfter), SecondsPerDay);
}

QString formatTimeLeft(const QDateTime &notAfter, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(notAfter);
    const qint64 magnitude = seconds < 0 ? -seconds : seconds;
    const bool past = seconds <= 0;
    const int days = int(magnitude / SecondsPerDay);
    const int hours = int(magnitude / 3600);
    const int minutes = int(magnitude / 60);
    // Explicit singular/plural sources instead of "%n day(s)": without an English .qm file Qt would
    // print the "(s)" literally.
    const auto translated = [](const char *text, int n) {
        return QCoreApplication::translate("TimeLeft", text).arg(n);
    };
    if (past) {
        if (days >= 1)
            return days == 1 ? translated(QT_TRANSLATE_NOOP("TimeLeft", "expired %1 day ago"), days)
                             : translated(QT_TRANSLATE_NOOP("TimeLeft", "expired %1 days ago"), days);
        if (hours >= 1)
            return hours == 1 ? translated(QT_TRANSLATE_NOOP("TimeLeft", "expired %1 hour ago"), hours)
                              : translated(QT_TRANSLATE_NOOP("TimeLeft", "expired %1 hours ago"), hours);
        if (minutes >= 1)
            return minutes == 1
                       ? translated(QT_TRANSLATE_NOOP("TimeLeft", "expired %1 minute ago"), minutes)
                       : translated(QT_TRANSLATE_NOOP("TimeLeft", "expired %1 minutes ago"), minutes);
        return QCoreApplication::translate("TimeLeft", "expired just now");
    }
    if (days >= 1)
        return days == 1 ? translated(QT_TRANSLATE_NOOP("TimeLeft", "%1 day left"), days)
                         : translated(QT_TRANSLATE_NOOP("TimeLeft", "%1 days left"), days);
    if (hours >= 1)
        return hours == 1 ? translated(QT_TRANSLATE_NOOP("TimeLeft", "%1 hour left"), hours)
                          : translated(QT_TRANSLATE_NOOP("TimeLeft", "%1 hours left"), hours);
    const int shownMinutes = qMax(minutes, 1);
    return shownMinutes == 1 ? translated(QT_TRANSLATE_NOOP("TimeLeft", "%1 minute left"), shownMinutes)
                             : translated(QT_TRANSLATE_NOOP("TimeLeft", "%1 minutes left"), shownMinutes);
}

} // namespace kubeminder
