#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kubeminder {

/// What a person (or a report) needs to know about one X.509 certificate. No key material.
struct CertificateInfo
{
    QString subject;           ///< RFC 2253 one-liner
    QString commonName;        ///< the Kubernetes user name for a client certificate
    QStringList organizations; ///< the Kubernetes groups for a client certificate
    QString issuer;            ///< RFC 2253 one-liner
    /// The issuer name a person recognises; empty when the issuer has no CN.
    QString issuerCommonName;
    QString serialNumber;      ///< upper-case hex
    QString sha256Fingerprint; ///< colon-separated upper-case hex
    QDateTime notBefore;       ///< UTC
    QDateTime notAfter;        ///< UTC
    QString keyType;           ///< "EC P-256", "RSA 2048", "Ed25519"
    /// basicConstraints says CA:TRUE.
    bool isCertificateAuthority = false;
};

} // namespace kubeminder
