#include "proberesult.h"

#include <QCoreApplication>

namespace kubeminder {

QString probeOutcomeName(ProbeResult::Outcome outcome)
{
    using Outcome = ProbeResult::Outcome;
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Unauthorized:
        return QStringLiteral("unauthorized");
    case Outcome::Forbidden:
        return QStringLiteral("forbidden");
    case Outcome::TlsUntrusted:
        return QStringLiteral("tls-untrusted");
    case Outcome::TlsNameMismatch:
        return QStringLiteral("tls-name-mismatch");
    case Outcome::TlsServerExpired:
        return QStringLiteral("tls-server-expired");
    case Outcome::TlsError:
        return QStringLiteral("tls-error");
    case Outcome::DnsFailure:
        return QStringLiteral("dns-failure");
    case Outcome::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::ProxyError:
        return QStringLiteral("proxy-error");
    case Outcome::NetworkError:
        return QStringLiteral("network-error");
    case Outcome::UnexpectedResponse:
        return QStringLiteral("unexpected-response");
    case Outcome::NotProbed:
        return QStringLiteral("not-probed");
    case Outcome::ConfigurationError:
        return QStringLiteral("configuration-error");
    }
    return QStringLiteral("configuration-error");
}

QString probeOutcomeLabel(ProbeResult::Outcome outcome)
{
    using Outcome = ProbeResult::Outcome;
    switch (outcome) {
    case Outcome::Ok:
        return QCoreApplication::translate("ProbeResult", "Accepted");
    case Outcome::Unauthorized:
        return QCoreApplication::translate("ProbeResult", "Rejected");
    case Outcome::Forbidden:
        return QCoreApplication::translate("ProbeResult", "Forbidden");
    case Outcome::TlsUntrusted:
        return QCoreApplication::translate("ProbeResult", "Server not trusted");
    case Outcome::TlsNameMismatch:
        return QCoreApplication::translate("ProbeResult", "Server name mismatch");
    case Outcome::TlsServerExpired:
        return QCoreApplication::translate("ProbeResult", "Server certificate expired");
    case Outcome::TlsError:
        return QCoreApplication::translate("ProbeResult", "TLS error");
    case Outcome::DnsFailure:
        return QCoreApplication::translate("ProbeResult", "Unknown host");
    case Outcome::ConnectionRefused:
        return QCoreApplication::translate("ProbeResult", "Connection refused");
    case Outcome::Timeout:
        return QCoreApplication::translate("ProbeResult", "No answer");
    case Outcome::ProxyError:
        return QCoreApplication::translate("ProbeResult", "Proxy error");
    case Outcome::NetworkError:
        return QCoreApplication::translate("ProbeResult", "Network error");
    case Outcome::UnexpectedResponse:
        return QCoreApplication::translate("ProbeResult", "Unexpected answer");
    case Outcome::NotProbed:
        return QCoreApplication::translate("ProbeResult", "Not probed");
    case Outcome::ConfigurationError:
        return QCoreApplication::translate("ProbeResult", "Configuration error");
    }
    return {};
}

} // namespace kubeminder
