#include "status.h"

#include <QCoreApplication>

namespace kubeminder {

// These names are an interface: scripts match them in `check --json`, Prometheus queries select on
// them and settings store them. Never translate or rename them.
QString statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Unknown:
        return QStringLiteral("unknown");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Critical:
        return QStringLiteral("critical");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::Error:
        return QStringLiteral("error");
    }
    // Unreachable for a valid enumerator; a value outside the enum is safer called an error than ok.
    return QStringLiteral("error");
}

// The words the user reads in the window, the tray and notifications; statusName() is for machines.
QString statusLabel(Status status)
{
    switch (status) {
    case Status::Ok:
        return QCoreApplication::translate("Status", "OK");
    case Status::Unknown:
        return QCoreApplication::translate("Status", "Unknown");
    case Status::Warning:
        return QCoreApplication::translate("Status", "Warning");
    case Status::Critical:
        return QCoreApplication::translate("Status", "Critical");
    case Status::Expired:
        return QCoreApplication::translate("Status", "Expired");
    case Status::Error:
        return QCoreApplication::translate("Status", "Error");
    }
    return {};
}

// The Nagios/Icinga plugin convention, so `kubeminder check` drops into an existing monitoring
// system. Unknown maps to 0, not to the plugin "UNKNOWN" code 3: an opaque token or an exec
// plugin is normal, and an alert that always fires for it would soon be ignored.
int exitCodeFor(Status worstStatus)
{
    switch (worstStatus) {
    case Status::Ok:
    case Status::Unknown:
        return 0;
    case Status::Warning:
        return 1;
    case Status::Critical:
    case Status::Expired:
    case Status::Error:
        return 2;
    }
    // Like statusName(): a value that is not an enumerator must not let a check pass.
    return 2;
}

} // namespace kubeminder
