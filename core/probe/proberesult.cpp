#include "proberesult.h"

#include <QCoreApplication>

namespace kubeminder {

// Stable names for `probe --json` and scripts; never translated.
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
    // Not reached for a valid enumerator. A configuration error claims nothing about the server.
    return QStringLiteral("configuration-error");
}

// Short on purpose: the label fits a table column; the message carries the cause and the advice.
QString probeOutcomeLabel(ProbeResult::Outcome outcome)
{
    using Outcome = ProbeResult::Outcome;
    switch (outcome) {
    case Outcome::Ok:
        return QCoreApplication::translate("ProbeResult", "Accepted");
    // "Rejected" rather than HTTP's "Unauthorized": 401 means the server did not accept the
    // credentials at all; a lack of permission is 403, Forbidden.
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
    // "No answer": the probe cannot tell a slow server from a dropped packet, and it says only what
    // it saw.
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
