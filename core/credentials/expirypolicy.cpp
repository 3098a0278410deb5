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

} // namespace kubeminder
