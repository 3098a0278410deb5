#include "jsonwebtoken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace kubeminder {

namespace {

// RFC 7519 NumericDate: seconds since the epoch, possibly with a fraction. A string or a missing
// claim is not an error here; the token simply has no known date of that kind.
std::optional<QDateTime> numericDate(const QJsonObject &claims, QLatin1String key)
{
    const QJsonValue value = claims.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    // Outside years 1970..9999 the value is nonsense, not a date.
    if (!(seconds >= 0 && seconds < 253402300800.0))
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), QTimeZone::utc());
}

} // namespace

std::optional<JsonWebToken> JsonWebToken::decode(const QByteArray &token)
{
    // A token file often ends with a newline (`kubectl create token > file`); client-go trims it too.
    const QByteArray trimmed = token.trimmed();
    if (trimmed.size() > MaximumSize || trimmed.count('.') != 2)
        return std::nullopt;
    const QList<QByteArray> parts = trimmed.split('.');
    // Only the payload is decoded. The header names the signing algorithm, which does not matter when
    // the signature is not checked, and the signature cannot be checked without the issuer's key.
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                         QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(*payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return std::nullopt;
    const QJsonObject claims = json.object();
    JsonWebToken jwt;
    jwt.expiresAt = numericDate(claims, QLatin1String("exp"));
    jwt.issuedAt = numericDate(claims, QLatin1String("iat"));
    jwt.notBefore = numericDate(claims, QLatin1String("nbf"));
    // A non-string "sub" or "iss" becomes empty rather than failing the token: the dates are what
    // matter, and these two are only shown to help the user tell tokens apart.
    jwt.subject = claims.value(QLatin1String("sub")).toString();
    jwt.issuer = claims.value(QLatin1String("iss")).toString();
    return jwt;
}

} // namespace kubeminder
