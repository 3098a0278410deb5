#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <memory>
#include <optional>

using EVP_PKEY = struct evp_pkey_st;

namespace kubeminder {

/// A private key. Never printed, never serialised except by the minter; its bytes are wiped when
/// the last copy goes.
///
/// Checking that a key belongs to its certificate needs only the public half. For the SEC1
/// "EC PRIVATE KEY" that K3s writes, that half is stored in the key itself, so parsePem() reads it
/// with a DER walk (~1 µs) instead of d2i_ECPrivateKey (~11 µs, mostly building the curve). This is
/// as strong as OpenSSL's own X509_check_private_key, which trusts the same stored public key.
/// The full OpenSSL key is decoded only when handle() is called.
class PrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)

public:
    /// Reads the first private key in `pem` (EC, RSA, Ed25519; SEC1, PKCS#1 or PKCS#8). Encrypted
    /// keys are refused, never prompted for: kubectl cannot use them either.
    static std::optional<PrivateKey> parsePem(const QByteArray &pem, QString *error);

    /// The OpenSSL key, decoded on first use. Thread-safe.
    EVP_PKEY *handle() const;
    /// "EC P-256", "RSA 2048", "Ed25519".
    QString keyType() const;
    /// The DER SubjectPublicKeyInfo of the public half, as a certificate carries it.
    QByteArray publicKeyInfo() const;

private:
    struct Data;
    explicit PrivateKey(std::shared_ptr<Data> data);

    std::shared_ptr<Data> d;
};

/// "EC P-256", "RSA 2048", "Ed25519" for any public or private key.
QString describeKey(EVP_PKEY *key);

} // namespace kubeminder
