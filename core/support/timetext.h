#pragma once

#include <QDateTime>
#include <QString>

namespace kubeminder {

/// How Kubeminder writes a point in time or a length of time, in one place, so the window, the
/// tray, notifications, messages and the command line say "3 days left" and "2026-12-05" alike.
/// Dates in messages are UTC (a kubeconfig's certificates are); the window's cells use the
/// user's time zone. Every date has the year in four digits and the same order in every
/// language: "11/4/26" and "26. 11. 4." read differently in different places, and a certificate's
/// year is the one thing that must never be misread.
class TimeText
{
public:
    /// "2026-12-05" (UTC).
    static QString date(const QDateTime &when);
    /// "2026-12-05 14:03 UTC".
    static QString dateTime(const QDateTime &when);
    /// "2026-12-05T14:03:00Z": for a detail a person may paste somewhere.
    static QString iso(const QDateTime &when);
    /// "2026-12-05 15:03", local time: for table cells and labels.
    static QString local(const QDateTime &when);
    /// "3 days left", "5 hours left", "expired 120 days ago", "expired just now".
    static QString timeLeft(const QDateTime &notAfter, const QDateTime &now);
    /// "3 days", "1 hour", "5 minutes": whole units, rounded down, at least one minute.
    static QString duration(qint64 msecs);
};

} // namespace kubeminder
