#include "timetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace kubeminder {

namespace {

constexpr qint64 SecondsPerMinute = 60;
constexpr qint64 SecondsPerHour = 3600;
constexpr qint64 SecondsPerDay = 86400;

// Explicit singular and plural sources instead of "%n day(s)": without an English .qm file Qt
// would print the "(s)" literally.
QString counted(const char *one, const char *many, qint64 n)
{
    return QCoreApplication::translate("TimeLeft", n == 1 ? one : many).arg(n);
}

} // namespace

// Dates are shown in UTC, as certificates store them, so an expiry reads the same on every
// machine and in every log; "expires on 2026-06-15" must not depend on the time zone.
QString TimeText::date(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

QString TimeText::dateTime(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

// ISO 8601 for machine-facing text (JSON, "not valid until ..." for clock problems, where seconds
// matter).
QString TimeText::iso(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

// Local time for what the window shows a person about their own day ("paused until ...", a fresh
// certificate's expiry in the import dialog).
QString TimeText::local(const QDateTime &when)
{
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TimeText::timeLeft(const QDateTime &notAfter, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(notAfter);
    const qint64 magnitude = seconds < 0 ? -seconds : seconds;
    const qint64 days = magnitude / SecondsPerDay;
    const qint64 hours = magnitude / SecondsPerHour;
    const qint64 minutes = magnitude / SecondsPerMinute;
    // The largest unit that is at least one, rounded down: "2 days" for 2 days and 23 hours, so a
    // countdown never claims more time than there is.
    if (seconds <= 0) {
        if (days >= 1)
            return counted(QT_TRANSLATE_NOOP("TimeLeft", "expired %1 day ago"),
                           QT_TRANSLATE_NOOP("TimeLeft", "expired %1 days ago"), days);
        if (hours >= 1)
            return counted(QT_TRANSLATE_NOOP("TimeLeft", "expired %1 hour ago"),
                           QT_TRANSLATE_NOOP("TimeLeft", "expired %1 hours ago"), hours);
        if (minutes >= 1)
            return counted(QT_TRANSLATE_NOOP("TimeLeft", "expired %1 minute ago"),
                           QT_TRANSLATE_NOOP("TimeLeft", "expired %1 minutes ago"), minutes);
        return QCoreApplication::translate("TimeLeft", "expired just now");
    }
    if (days >= 1)
        return counted(QT_TRANSLATE_NOOP("TimeLeft", "%1 day left"),
                       QT_TRANSLATE_NOOP("TimeLeft", "%1 days left"), days);
    if (hours >= 1)
        return counted(QT_TRANSLATE_NOOP("TimeLeft", "%1 hour left"),
                       QT_TRANSLATE_NOOP("TimeLeft", "%1 hours left"), hours);
    // Under a minute still says "1 minute left" rather than "0 minutes": the credential still works.
    return counted(QT_TRANSLATE_NOOP("TimeLeft", "%1 minute left"),
                   QT_TRANSLATE_NOOP("TimeLeft", "%1 minutes left"), qMax<qint64>(minutes, 1));
}

QString TimeText::duration(qint64 msecs)
{
    const qint64 seconds = msecs / 1000;
    if (seconds >= SecondsPerDay)
        return counted(QT_TRANSLATE_NOOP("TimeLeft", "%1 day"), QT_TRANSLATE_NOOP("TimeLeft", "%1 days"),
                       seconds / SecondsPerDay);
    if (seconds >= SecondsPerHour)
        return counted(QT_TRANSLATE_NOOP("TimeLeft", "%1 hour"), QT_TRANSLATE_NOOP("TimeLeft", "%1 hours"),
                       seconds / SecondsPerHour);
    return counted(QT_TRANSLATE_NOOP("TimeLeft", "%1 minute"), QT_TRANSLATE_NOOP("TimeLeft", "%1 minutes"),
                   qMax<qint64>(seconds / SecondsPerMinute, 1));
}

} // namespace kubeminder
