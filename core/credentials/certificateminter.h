#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace kubeminder {

enum class KeyAlgorithm { EcP256, EcP384, Rsa2048, Rsa4096, Ed25519 };

/// What to put in a new certificate.
struct CertificateSpec
{
    QString commonName;
    QStringList organizations; ///< Kubernetes groups, e.g. "system:masters"
    QDateTime notBefore;
    QDateTime notAfter;
    KeyAlgorithm algorithm = KeyAlgorithm::EcP256;
    bool certificateAuthority = false;
    bool pkcs8Key = false; ///< "PRIVATE KEY" instead of the traditional "EC/RSA PRIVATE KEY"
};

/// A certificate and its private key, both PEM.
struct IssuedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

/// Mints certificates with chosen dates and key types. Used for the demo kubeconfig set and by the
/// test PKI; a workstation tool has no other reason to sign anything.
class CertificateMinter
{
    Q_DECLARE_TR_FUNCTIONS(CertificateMinter)

public:
    /// Self-signed when `issuer` is null. Returns nothing (and sets `error`) on failure.
    static std::optional<IssuedCertificate> issue(const CertificateSpec &spec,
                                                  const IssuedCertificate *issuer, QString *error = nullptr);
};

} // namespace kubeminder
