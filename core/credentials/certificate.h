#pragma once

#include "certificateinfo.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

using X509 = struct x509_st;
using EVP_PKEY = struct evp_pkey_st;

namespace kubeminder {

class PrivateKey;

/// An X.509 certificate (OpenSSL's X509, shared and immutable).
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    /// Every certificate in a PEM bundle, in order. K3s writes the client certificate followed by
    /// its CA, so the first one is the leaf. Fails (empty result, `error` set) when there is none.
    static std::vector<Certificate> parsePemBundle(const QByteArray &pem, QString *error);

    CertificateInfo info() const;
    /// True when `key` is the private half of this certificate's public key.
    bool matches(const PrivateKey &key) const;

    X509 *handle() const { return m_cert.get(); }
    QByteArray toPem() const;

    explicit Certificate(X509 *adopted);

private:
    std::shared_ptr<X509> m_cert;
};

/// A private key (OpenSSL's EVP_PKEY). Never printed, never serialised except by the minter.
class PrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)

public:
    /// Reads the first private key in `pem` (EC, RSA, Ed25519; SEC1, PKCS#1 or PKCS#8). Encrypted
    /// keys are refused, never prompted for: kubectl cannot use them either.
    static std::optional<PrivateKey> parsePem(const QByteArray &pem, QString *error);

    EVP_PKEY *handle() const { return m_key.get(); }
    QString keyType() const;

    explicit PrivateKey(EVP_PKEY *adopted);

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

/// "EC P-256", "RSA 2048", "Ed25519" for any public or private key.
QString describeKey(EVP_PKEY *key);

} // namespace kubeminder
