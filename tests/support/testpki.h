#pragma once

#include "credentials/certificateminter.h"

#include <QDateTime>

namespace kubeminder::test {

/// Mints CAs, leaves and chains with chosen dates and key types, for tests. Key generation is the
/// slow part, so RSA is opt-in; EC P-256 (what K3s uses) is the default.
class TestPki
{
public:
    /// A CA valid from `notBefore` to `notAfter`.
    static IssuedCertificate ca(const QString &commonName, const QDateTime &notBefore,
                                const QDateTime &notAfter, KeyAlgorithm algorithm = KeyAlgorithm::EcP256);
    /// A client certificate (CN = user, O = groups) signed by `issuer`.
    static IssuedCertificate leaf(const IssuedCertificate &issuer, const QString &commonName,
                                  const QDateTime &notBefore, const QDateTime &notAfter,
                                  KeyAlgorithm algorithm = KeyAlgorithm::EcP256,
                                  const QStringList &groups = {QStringLiteral("system:masters")},
                                  bool pkcs8Key = false);
    /// A TLS server certificate (CN = `commonName`, extended key usage serverAuth) signed by
    /// `issuer` and valid for `names`: DNS names and IP addresses, as subject alternative names
    /// (what K3s puts there from --tls-san).
    static IssuedCertificate server(const IssuedCertificate &issuer, const QString &commonName,
                                    const QStringList &names, const QDateTime &notBefore,
                                    const QDateTime &notAfter, KeyAlgorithm algorithm = KeyAlgorithm::EcP256);
    /// A client certificate expiring `daysLeft` days after `now` (negative: already expired),
    /// issued a year before that, from a shared test CA.
    static IssuedCertificate leafExpiringIn(const QDateTime &now, double daysLeft,
                                            KeyAlgorithm algorithm = KeyAlgorithm::EcP256);
    /// The shared test CA (valid 2020..2040).
    static const IssuedCertificate &sharedCa();

    /// An unsigned JWT with the given expiry (for token analysis; the signature is not checked).
    static QByteArray jwt(const QDateTime &expiresAt,
                          const QString &subject = QStringLiteral("system:serviceaccount:default:test"));
};

} // namespace kubeminder::test
