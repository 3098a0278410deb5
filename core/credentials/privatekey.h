#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <memory>
#include <optional>

using EVP_PKEY = struct evp_pkey_st;

namespace kubeminder {

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
    /// The DER SubjectPublicKeyInfo of the public half, as a certificate carries it.
    QByteArray publicKeyInfo() const;

    explicit PrivateKey(EVP_PKEY *adopted);

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

/// "EC P-256", "RSA 2048", "Ed25519" for any public or private key.
QString describeKey(EVP_PKEY *key);

} // namespace kubeminder
