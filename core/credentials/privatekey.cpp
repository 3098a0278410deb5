// OpenSSL 3.0's generic decoders (PEM_read_bio_PrivateKey, d2i_AutoPrivateKey) cost ~300 µs a key
// because they try every provider's decoder; the type-specific d2i_ECPrivateKey/d2i_RSAPrivateKey
// take ~10 µs. A check of a thousand contexts parses a thousand keys, so the fast path uses them,
// although OpenSSL 3 marks them deprecated.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "privatekey.h"

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace kubeminder {

namespace {

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

int refuseToPrompt(char *, int, int, void *)
{
    return -1;
}

EVP_PKEY *adoptLegacy(const char *type, const unsigned char *der, long len)
{
    EVP_PKEY *key = nullptr;
    const unsigned char *p = der;
    if (qstrcmp(type, PEM_STRING_ECPRIVATEKEY) == 0) {
        if (EC_KEY *ec = d2i_ECPrivateKey(nullptr, &p, len)) {
            key = EVP_PKEY_new();
            if (!key || EVP_PKEY_assign_EC_KEY(key, ec) != 1) {
                EC_KEY_free(ec);
                EVP_PKEY_free(key);
                key = nullptr;
            }
        }
    } else if (qstrcmp(type, PEM_STRING_RSA) == 0) {
        if (RSA *rsa = d2i_RSAPrivateKey(nullptr, &p, len)) {
            key = EVP_PKEY_new();
            if (!key || EVP_PKEY_assign_RSA(key, rsa) != 1) {
                RSA_free(rsa);
                EVP_PKEY_free(key);
                key = nullptr;
            }
        }
    }
    return key;
}

} // namespace

PrivateKey::PrivateKey(EVP_PKEY *adopted)
    : m_key(adopted, EVP_PKEY_free)
{}

std::optional<PrivateKey> PrivateKey::parsePem(const QByteArray &pem, QString *error)
{
    const auto failWith = [error](const QString &message) -> std::optional<PrivateKey> {
        if (error)
            *error = message;
        ERR_clear_error();
        return std::nullopt;
    };
    if (pem.contains("ENCRYPTED"))
        return failWith(tr("its private key is encrypted with a passphrase, which kubectl cannot use"));
    if (!pem.contains("PRIVATE KEY-----"))
        return failWith(tr("it contains no PEM private key"));

    // Walk the PEM blocks: "EC PARAMETERS" may come before the key (openssl ecparam -genkey).
    BioPtr bio = memoryBio(pem);
    for (;;) {
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *der = nullptr;
        long len = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &der, &len) != 1)
            break;
        EVP_PKEY *key = adoptLegacy(name, der, len);
        const bool pkcs8 = qstrcmp(name, PEM_STRING_PKCS8INF) == 0;
        if (!key && pkcs8) {
            const unsigned char *p = der;
            if (PKCS8_PRIV_KEY_INFO *info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, len)) {
                key = EVP_PKCS82PKEY(info);
                PKCS8_PRIV_KEY_INFO_free(info);
            }
        }
        const bool wasKey = QByteArray(name).endsWith("PRIVATE KEY");
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_clear_free(der, size_t(len)); // key material: wipe before freeing
        if (key) {
            ERR_clear_error();
            return PrivateKey(key);
        }
        if (wasKey)
            break;
    }
    // Anything else (an unusual key type): OpenSSL's generic reader, never allowed to prompt.
    bio = memoryBio(pem);
    if (EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, refuseToPrompt, nullptr)) {
        ERR_clear_error();
        return PrivateKey(key);
    }
    return failWith(tr("its private key is not valid PEM"));
}

QString PrivateKey::keyType() const
{
    return describeKey(m_key.get());
}

QString describeKey(EVP_PKEY *key)
{
    if (!key)
        return {};
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &len) != 1)
            return QStringLiteral("EC");
        const QByteArray curve(group, qsizetype(len));
        if (curve == "prime256v1")
            return QStringLiteral("EC P-256");
        if (curve == "secp384r1")
            return QStringLiteral("EC P-384");
        if (curve == "secp521r1")
            return QStringLiteral("EC P-521");
        return QStringLiteral("EC ") + QString::fromLatin1(curve);
    }
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    default:
        return QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
    }
}

QByteArray PrivateKey::publicKeyInfo() const
{
    // Keys read through the legacy fast path encode through their legacy method: no decoder
    // lookup, a few microseconds.
    unsigned char *der = nullptr;
    const int len = i2d_PUBKEY(m_key.get(), &der);
    if (len <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return bytes;
}

} // namespace kubeminder
