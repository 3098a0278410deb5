#pragma once

#include <QString>

namespace kubeminder {

/// How urgent a credential (or a whole context) is. The order of the enumerators is the order of
/// severity, so the status of a context is simply the maximum of its parts.
enum class Status {
    Ok,
    Unknown,  ///< nothing wrong, but no expiry can be known (opaque token, exec plugin, basic auth)
    Warning,  ///< expires within the warning threshold
    Critical, ///< expires within the critical threshold
    Expired,
    Error, ///< unusable: unreadable, malformed, key mismatch, not yet valid, dangling reference
};

constexpr Status worst(Status a, Status b)
{
    return a < b ? b : a;
}

/// Stable machine name ("ok", "expired", ...), used in JSON, Prometheus labels and settings.
QString statusName(Status status);
/// Translated, human name ("OK", "Expired", ...).
QString statusLabel(Status status);

/// The monitoring-plugin exit code for a worst status: 0 ok/unknown, 1 warning, 2 critical or worse.
int exitCodeFor(Status worstStatus);

} // namespace kubeminder
