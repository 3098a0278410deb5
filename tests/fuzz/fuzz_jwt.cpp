// Fuzz target: the JWT decoder, which reads every token and OIDC id-token of an untrusted
// kubeconfig. The input is decoded as a token as it is, and, so that the fuzzer reaches the claims
// without having to learn base64url first, as the claims (payload) of an otherwise fixed token.
#include "credentials/expirypolicy.h"
#include "credentials/jsonwebtoken.h"
#include "support/timetext.h"

#include <QTimeZone>

#include <cstdint>
#include <cstdlib>

namespace {

using namespace kubeminder;

std::size_t g_sink = 0;

void touch(const QString &text)
{
    g_sink += qHash(text);
}

void touch(const std::optional<QDateTime> &when)
{
    if (!when)
        return;
    // The decoder promises valid UTC dates; the checker does arithmetic on them.
    if (!when->isValid() || when->offsetFromUtc() != 0)
        std::abort();
    const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());
    touch(when->toString(Qt::ISODate));
    touch(TimeText::timeLeft(*when, now));
    g_sink += std::size_t(daysLeft(*when, now));
    g_sink += std::size_t(ExpiryPolicy().classify(*when, now));
}

void decode(const QByteArray &token)
{
    const std::optional<JsonWebToken> jwt = JsonWebToken::decode(token);
    if (!jwt)
        return;
    touch(jwt->expiresAt);
    touch(jwt->issuedAt);
    touch(jwt->notBefore);
    touch(jwt->subject);
    touch(jwt->issuer);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    decode(input);
    // {"alg":"none"} . <input as claims> . "sig"
    const QByteArray claims = input.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    decode("eyJhbGciOiJub25lIn0." + claims + ".c2ln");
    return 0;
}
