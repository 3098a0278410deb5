// OpenSSL 3.0's generic decoders (PEM_read_bio_PrivateKey, d2i_AutoPrivateKey) cost ~300 µs a key
// because they try every provider's decoder; the type-specific d2i_ECPrivateKey/d2i_RSAPrivateKey
// take ~10 µs. A check of a thousand contexts parses a thousand keys, so the fast path uses them,
// although OpenSSL 3 marks them deprecated.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "privatekey.h"

#include "derreader.h"
#include "keytype.h"
#include "pemreader.h"
#include "support/secretbytes.h"

#include <mutex>
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

// A read-only BIO over the caller's bytes: no copy of the key is made, and `data` must outlive
// the BIO.
BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

// OpenSSL's default password callback reads from the terminal. A check running in the window or
// a cron job must never stop to ask for a passphrase, so an encrypted key simply fails.
int refuseToPrompt(char *, int, int, void *)
{
    return -1;
}

// The fast path for the two key types K3s and kubeadm write ("EC PRIVATE KEY", "RSA PRIVATE KEY"),
// wrapped in an EVP_PKEY so the rest of the code sees one type. See the note at the top of the file.
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

// DER length octets.
// Short form below 128, long form (0x80 | count, then big-endian octets) above, as DER requires.
QByteArray derLength(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray octets;
    for (qsizetype rest = length; rest > 0; rest >>= 8)
        octets.prepend(char(rest & 0xff));
    return char(0x80 | octets.size()) + octets;
}

QByteArray derElement(char tag, const QByteArray &content)
{
    return tag + derLength(content.size()) + content;
}

struct Sec1PublicHalf
{
    QByteArray curveOid;  ///< the whole OBJECT IDENTIFIER element
    QByteArray publicKey; ///< the whole BIT STRING element
};

// ECPrivateKey ::= SEQUENCE { version INTEGER (1), privateKey OCTET STRING,
//                             parameters [0] ECParameters OPTIONAL, publicKey [1] BIT STRING OPTIONAL }
// Returns the named curve and the stored public key when both are there.
// When the key file already stores its public key, the SubjectPublicKeyInfo can be built from
// bytes alone and no EC arithmetic is needed. OpenSSL writes both optional fields by default.
std::optional<Sec1PublicHalf> sec1PublicHalf(QByteArrayView der)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    DerReader top(begin, begin + der.size());
    const auto key = top.next(V_ASN1_SEQUENCE);
    if (!key || !top.atEnd())
        return std::nullopt;
    DerReader fields(*key);
    const auto version = fields.next(V_ASN1_INTEGER);
    const auto secret = fields.next(V_ASN1_OCTET_STRING);
    // An empty secret is not a key. Refusing here sends such input to the full decoder, which gives
    // the definitive answer.
    if (!version || version->contentLength != 1 || version->content[0] != 1 || !secret ||
        secret->contentLength == 0)
        return std::nullopt;
    const auto parameters = fields.nextIfContext(0);
    const auto publicKey = fields.nextIfContext(1);
    if (!parameters || !publicKey || !fields.atEnd())
        return std::nullopt;
    const auto curve = DerReader(*parameters).next(V_ASN1_OBJECT);
    const auto bits = DerReader(*publicKey).next(V_ASN1_BIT_STRING);
    if (!curve || !bits)
        return std::nullopt;
    return Sec1PublicHalf{QByteArray(reinterpret_cast<const char *>(curve->start), curve->size()),
                          QByteArray(reinterpret_cast<const char *>(bits->start), bits->size())};
}

QString curveLabel(const QByteArray &curveOid)
{
    const auto *p = reinterpret_cast<const unsigned char *>(curveOid.constData());
    ASN1_OBJECT *object = d2i_ASN1_OBJECT(nullptr, &p, long(curveOid.size()));
    const int nid = object ? OBJ_obj2nid(object) : NID_undef;
    ASN1_OBJECT_free(object);
    return ecKeyTypeLabel(nid);
}

QByteArray publicKeyInfoOf(EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int len = key ? i2d_PUBKEY(key, &der) : 0;
    if (len <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return bytes;
}

} // namespace

// Shared between copies of a PrivateKey: the key is decoded once, whichever copy asks first, and
// freed with the last copy. The DER is SecretBytes so that it is wiped when freed.
struct PrivateKey::Data
{
    SecretBytes der;    ///< the private key
    QByteArray pemName; ///< "EC PRIVATE KEY", "PRIVATE KEY", ...
    QByteArray publicKeyInfo;
    QString keyType;
    // Copies of a PrivateKey share this Data and may call handle() from different threads; call_once
    // makes the decode happen exactly once without a mutex of our own.
    std::once_flag decoded;
    EVP_PKEY *key = nullptr;

    ~Data() { EVP_PKEY_free(key); }

    // The full decode, for keys that need it at once and for handle().
    void decode()
    {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        key = adoptLegacy(pemName.constData(), p, long(der.size()));
        if (!key && pemName == PEM_STRING_PKCS8INF) {
            if (PKCS8_PRIV_KEY_INFO *info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(der.size()))) {
                key = EVP_PKCS82PKEY(info);
                PKCS8_PRIV_KEY_INFO_free(info);
            }
        }
        ERR_clear_error();
    }
};

PrivateKey::PrivateKey(std::shared_ptr<Data> data)
    : d(std::move(data))
{}

std::optional<PrivateKey> PrivateKey::parsePem(const QByteArray &pem, QString *error)
{
    const auto failWith = [error](const QString &message) -> std::optional<PrivateKey> {
        if (error)
            *error = message;
        ERR_clear_error();
        return std::nullopt;
    };
    // Both "ENCRYPTED PRIVATE KEY" (PKCS#8) and the legacy "Proc-Type: 4,ENCRYPTED" header. kubectl
    // has no way to ask for a passphrase, so such a key can never work in a kubeconfig.
    if (pem.contains("ENCRYPTED"))
        return failWith(tr("its private key is encrypted with a passphrase, which kubectl cannot use"));
    if (!pem.contains("PRIVATE KEY-----"))
        return failWith(tr("it contains no PEM private key"));

    // "EC PARAMETERS" may come before the key (openssl ecparam -genkey): take the first key block.
    for (const PemBlock &block : PemReader::blocks(pem)) {
        if (!block.label.endsWith("PRIVATE KEY"))
            continue;
        if (block.hasHeaders)
            return failWith(tr("its private key is encrypted with a passphrase, which kubectl cannot use"));
        std::optional<QByteArray> der = block.decode();
        if (!der)
            break;
        auto data = std::make_shared<Data>();
        data->pemName = block.label;
        // Adopted, not copied: the decoded key must exist in exactly one buffer, the one that is wiped.
        data->der = SecretBytes::adopt(std::move(*der));
        if (data->pemName == PEM_STRING_ECPRIVATEKEY) {
            if (const auto half = sec1PublicHalf(data->der.view())) {
                const QByteArray algorithm =
                    // 06072a8648ce3d0201 is the OID id-ecPublicKey (1.2.840.10045.2.1). With the named curve
                    // and the stored point this is byte for byte what i2d_PUBKEY would write, so matches()
                    // can compare bytes.
                    derElement(0x30, QByteArray::fromHex("06072a8648ce3d0201") + half->curveOid);
                data->publicKeyInfo = derElement(0x30, algorithm + half->publicKey);
                data->keyType = curveLabel(half->curveOid);
                return PrivateKey(std::move(data));
            }
        }
        // RSA keys, PKCS#8 and EC keys without a stored public key need the real decode now: their public
        // half has to be computed.
        std::call_once(data->decoded, [&data] { data->decode(); });
        if (data->key) {
            data->publicKeyInfo = publicKeyInfoOf(data->key);
            data->keyType = describeKey(data->key);
            return PrivateKey(std::move(data));
        }
        break;
    }
    // Anything else (an unusual key type): OpenSSL's generic reader, never allowed to prompt.
    BioPtr bio = memoryBio(pem);
    if (EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, refuseToPrompt, nullptr)) {
        auto data = std::make_shared<Data>();
        // Marks the key as decoded, so that handle() never decodes again over the key already held.
        std::call_once(data->decoded, [&] { data->key = key; });
        data->publicKeyInfo = publicKeyInfoOf(key);
        data->keyType = describeKey(key);
        ERR_clear_error();
        return PrivateKey(std::move(data));
    }
    return failWith(tr("its private key is not valid PEM"));
}

EVP_PKEY *PrivateKey::handle() const
{
    std::call_once(d->decoded, [this] { d->decode(); });
    return d->key;
}

QString PrivateKey::keyType() const
{
    return d->keyType;
}

QByteArray PrivateKey::publicKeyInfo() const
{
    return d->publicKeyInfo;
}

// Names a key the way describePublicKeyInfo() in certificate.cpp names a certificate's key, so a
// key and its certificate are described in the same words.
QString describeKey(EVP_PKEY *key)
{
    if (!key)
        return {};
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t len = 0;
        const bool named = EVP_PKEY_get_group_name(key, group, sizeof group, &len) == 1;
        return ecKeyTypeLabel(named ? OBJ_txt2nid(group) : NID_undef);
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
