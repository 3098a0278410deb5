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

    /// Decodes header.payload.signature. Returns nothing for an opaque (non-JWT) token.
    static std::optional<JsonWebToken> decode(const QByteArray &token);
};

} // namespace kubeminder
