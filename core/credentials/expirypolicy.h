#pragma once

#include "status.h"

#include <QDateTime>

namespace kubeminder {

/// Turns an expiry date into a status. "now" is always passed in: logic never reads the clock.
class ExpiryPolicy
{
public:
    static constexpr int DefaultWarningDays = 30;
    static constexpr int DefaultCriticalDays = 7;

    ExpiryPolicy() = default;
    ExpiryPolicy(int warningDays, int criticalDays);

    int warningDays() const { return m_warningDays; }
    int criticalDays() const { return m_criticalDays; }

    /// Expired at or after notAfter; Critical within criticalDays; Warning within warningDays.
    Status classify(const QDateTime &notAfter, const QDateTime &now) const;

private:
    int m_warningDays = DefaultWarningDays;
    int m_criticalDays = DefaultCriticalDays;
};

/// Whole days from now until notAfter, rounded down: -1 for something that expired an hour ago.
qint64 daysLeft(const QDateTime &notAfter, const QDateTime &now);

} // namespace kubeminder
