#include "expirypolicy.h"

#include <QCoreApplication>

namespace kubeminder {

namespace {
// A day is 86400 seconds, not a calendar day: thresholds must not shift by an hour when the local
// zone changes to or from summer time, and certificates carry UTC times anyway.
constexpr qint64 SecondsPerDay = 24 * 60 * 60;

// C++ division truncates toward zero, so -3600 / 86400 is 0 and a certificate that expired an hour
// ago would show "0 days left". Rounding toward minus infinity makes it -1, which reads as expired.
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

// Compared in seconds, not whole days: a certificate with 7 days and 12 hours left is not yet within
// a 7-day threshold, and rounding to days would move every crossing up to a day early.
Status ExpiryPolicy::classify(const QDateTime &notAfter, const QDateTime &now) const
{
    const qint64 secondsLeft = now.secsTo(notAfter);
    // Worst first: the ranges overlap (critical lies inside warning), so the first match is the
    // most urgent one. ThresholdSettings keeps critical <= warning; this does not rely on it.
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

} // namespace kubeminder
