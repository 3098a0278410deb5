#include "status.h"

#include <QCoreApplication>

namespace kubeminder {

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
    return QStringLiteral("error");
}

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
    return 2;
}

} // namespace kubeminder
