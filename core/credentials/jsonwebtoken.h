#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kubeminder {

/// The claims Kubeminder reads from a JWT (service-account token, OIDC id-token). The signature is
/// not verified: only the server can do that; we only want to know when it stops working.
struct JsonWebToken
{
    std::optional<QDateTime> expiresAt; ///< "exp", UTC
    std::optional<QDateTime> issuedAt;  ///< "iat", UTC
    std::optional<QDateTime> notBefore; ///< "nbf", UTC
    QString subject;                    ///< "sub"
    QString issuer;                     ///< "iss"

    /// Longer tokens are not decoded: no real token comes near this, and a bound keeps a hostile
    /// value cheap. Callers say so rather than calling such a token opaque.
    static constexpr qsizetype MaximumSize = 64 * 1024;

    /// Decodes header.payload.signature. Returns nothing for an opaque (non-JWT) token or one
    /// longer than MaximumSize (after trimming).
    static std::optional<JsonWebToken> decode(const QByteArray &token);
};

} // namespace kubeminder
