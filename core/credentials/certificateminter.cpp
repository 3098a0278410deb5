#include "certificateminter.h"

#include "certificate.h"
#include "privatekey.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace kubeminder {

namespace {

// The algorithms K3s, kubeadm and common CAs issue, plus Ed25519, which the key-type and matching
// code must also handle. (EVP_PKEY_Q_keygen is OpenSSL 3.0 API.)
EVP_PKEY *generateKey(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::EcP256:
        return EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    case KeyAlgorithm::EcP384:
        return EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
    case KeyAlgorithm::Rsa2048:
        return EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    case KeyAlgorithm::Rsa4096:
        return EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(4096));
    case KeyAlgorithm::Ed25519:
        return EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    }
    return nullptr;
}

// Goes through the config-string API (as `openssl x509 -extfile` does) rather than building each
// extension by hand: "hash" for the subject key identifier needs the context to compute it.
bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool added = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return added;
}

// ASN1_TIME_set picks UTCTime before 2050 and GeneralizedTime after, as RFC 5280 requires, so
// tests can mint certificates far in the past or future and still parse them back.
bool setTime(ASN1_TIME *field, const QDateTime &when)
{
    return ASN1_TIME_set(field, time_t(when.toSecsSinceEpoch())) != nullptr;
}

// Copies out of the BIO: its memory is freed with it, and the bytes must outlive it.
QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(len));
}

} // namespace

std::optional<IssuedCertificate> CertificateMinter::issue(const CertificateSpec &spec,
                                                          const IssuedCertificate *issuer, QString *error)
{
    // Clears OpenSSL's thread-local error queue on every failure, so a stale error is not reported
    // later by unrelated code on the same worker thread.
    const auto fail = [error](const QString &message) -> std::optional<IssuedCertificate> {
        if (error)
            *error = message;
        ERR_clear_error();
        return std::nullopt;
    };

    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(generateKey(spec.algorithm), EVP_PKEY_free);
    if (!key)
        return fail(tr("could not generate a key"));

    std::shared_ptr<X509> issuerCert;
    std::optional<PrivateKey> issuerKey;
    if (issuer) {
        QString why;
        // The issuer is held as PEM, the way the test PKI and the demo keep it, so it is read back with
        // the app's own parsers rather than kept as OpenSSL objects.
        auto chain = Certificate::parsePemBundle(issuer->certificatePem, &why);
        issuerKey = PrivateKey::parsePem(issuer->privateKeyPem, &why);
        if (chain.empty() || !issuerKey)
            return fail(tr("the issuer is unusable: %1").arg(why));
        issuerCert = chain.front().toX509();
        if (!issuerCert)
            return fail(tr("the issuer is unusable"));
    }

    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), X509_free);
    // Version 2 means X.509 v3, needed for extensions.
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    // A random serial, as real CAs use: RFC 5280 wants serials unique per issuer, and tests mint many
    // certificates from one CA in a run. Serials must be positive, hence the cleared top bit.
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // keep it positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);

    X509_NAME *name = X509_get_subject_name(cert.get());
    // Kubernetes reads groups from O and the user name from CN; O comes first in the subject, as
    // kubeadm writes it ("O=system:masters, CN=kubernetes-admin").
    for (const QString &org : spec.organizations) {
        const QByteArray utf8 = org.toUtf8();
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(utf8.constData()), -1, -1, 0);
    }
    const QByteArray cn = spec.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    // Self-signed when there is no issuer: the certificate's own subject becomes its issuer and its
    // own key signs it below.
    X509 *signer = issuerCert ? issuerCert.get() : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    if (!setTime(X509_getm_notBefore(cert.get()), spec.notBefore) ||
        !setTime(X509_getm_notAfter(cert.get()), spec.notAfter))
        return fail(tr("invalid validity dates"));
    X509_set_pubkey(cert.get(), key.get());

    bool ok = true;
    // The extensions a real cluster CA and client certificate carry, so the chain and key-usage
    // checks in Certificate see realistic input. clientAuth is what the API server asks of a client.
    if (spec.certificateAuthority) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE");
        ok = ok &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyCertSign,cRLSign");
        ok = ok && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok &&
             addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        ok = ok && addExtension(cert.get(), signer, NID_ext_key_usage, "clientAuth");
    }
    if (!ok)
        return fail(tr("could not add certificate extensions"));

    EVP_PKEY *signingKey = issuerKey ? issuerKey->handle() : key.get();
    // Ed25519 hashes internally and OpenSSL refuses a digest for it; every other key signs SHA-256.
    const bool edwards = EVP_PKEY_get_base_id(signingKey) == EVP_PKEY_ED25519;
    if (X509_sign(cert.get(), signingKey, edwards ? nullptr : EVP_sha256()) <= 0)
        return fail(tr("could not sign the certificate"));

    IssuedCertificate issued;
    std::unique_ptr<BIO, decltype(&BIO_free)> certBio(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_X509(certBio.get(), cert.get());
    issued.certificatePem = bioBytes(certBio.get());

    std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(BIO_new(BIO_s_mem()), BIO_free);
    // The traditional form ("EC PRIVATE KEY", "RSA PRIVATE KEY") is what K3s and kubeadm write, so it
    // is the default. Ed25519 has no traditional form and is always PKCS#8.
    const bool traditional = !spec.pkcs8Key && spec.algorithm != KeyAlgorithm::Ed25519;
    const int written = traditional ? PEM_write_bio_PrivateKey_traditional(keyBio.get(), key.get(), nullptr,
                                                                           nullptr, 0, nullptr, nullptr)
                                    : PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0,
                                                               nullptr, nullptr);
    if (written != 1)
        return fail(tr("could not write the private key"));
    issued.privateKeyPem = bioBytes(keyBio.get());
    // Some calls above may leave harmless entries in the error queue even on success.
    ERR_clear_error();
    return issued;
}

} // namespace kubeminder
