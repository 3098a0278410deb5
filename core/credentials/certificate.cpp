// OpenSSL 3.0's generic decoders (PEM_read_bio_PrivateKey, d2i_AutoPrivateKey) cost ~300 µs a key
// because they try every provider's decoder; the type-specific d2i_ECPrivateKey/d2i_RSAPrivateKey
// take ~10 µs. A check of a thousand contexts parses a thousand keys, so the fast path uses them,
// although OpenSSL 3 marks them deprecated.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "certificate.h"

#include <QTimeZone>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

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

QString nameToString(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(len));
}

QStringList entries(const X509_NAME *name, int nid)
{
    QStringList values;
    for (int i = X509_NAME_get_index_by_NID(name, nid, -1); i >= 0;
         i = X509_NAME_get_index_by_NID(name, nid, i)) {
        const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i));
        unsigned char *utf8 = nullptr;
        const int len = ASN1_STRING_to_UTF8(&utf8, data);
        if (len >= 0) {
            values << QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
            OPENSSL_free(utf8);
        }
    }
    return values;
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::utc());
}

QString colonHex(const unsigned char *data, unsigned int len)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(data), int(len)).toHex(':').toUpper());
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

Certificate::Certificate(X509 *adopted)
    : m_cert(adopted, X509_free)
{}

std::vector<Certificate> Certificate::parsePemBundle(const QByteArray &pem, QString *error)
{
    std::vector<Certificate> chain;
    if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
        if (error)
            *error = tr("it contains no PEM certificate");
        return chain;
    }
    BioPtr bio = memoryBio(pem);
    while (X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, refuseToPrompt, nullptr))
        chain.emplace_back(cert);
    ERR_clear_error();
    if (chain.empty() && error)
        *error = tr("its certificate is not valid PEM");
    return chain;
}

CertificateInfo Certificate::info() const
{
    CertificateInfo info;
    X509 *cert = m_cert.get();
    const X509_NAME *subject = X509_get_subject_name(cert);
    const X509_NAME *issuer = X509_get_issuer_name(cert);
    info.subject = nameToString(subject);
    info.commonName = entries(subject, NID_commonName).value(0);
    info.organizations = entries(subject, NID_organizationName);
    info.issuer = nameToString(issuer);
    info.issuerCommonName = entries(issuer, NID_commonName).value(0);
    if (BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr)) {
        if (char *hex = BN_bn2hex(serial)) {
            info.serialNumber = QString::fromLatin1(hex);
            OPENSSL_free(hex);
        }
        BN_free(serial);
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (X509_digest(cert, EVP_sha256(), digest, &digestLength) == 1)
        info.sha256Fingerprint = colonHex(digest, digestLength);
    info.notBefore = toDateTime(X509_get0_notBefore(cert));
    info.notAfter = toDateTime(X509_get0_notAfter(cert));
    info.keyType = describeKey(X509_get0_pubkey(cert));
    info.isCertificateAuthority = X509_check_ca(cert) > 0;
    return info;
}

bool Certificate::matches(const PrivateKey &key) const
{
    EVP_PKEY *pub = X509_get0_pubkey(m_cert.get());
    const bool equal = pub && key.handle() && EVP_PKEY_eq(pub, key.handle()) == 1;
    ERR_clear_error();
    return equal;
}

QByteArray Certificate::toPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), m_cert.get());
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(len));
}

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

} // namespace kubeminder
