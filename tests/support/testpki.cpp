#include "testpki.h"

#include "credentials/privatekey.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace kubeminder::test {

namespace {
IssuedCertificate mintOrFail(const CertificateSpec &spec, const IssuedCertificate *issuer)
{
    QString error;
    const auto issued = CertificateMinter::issue(spec, issuer, &error);
    if (!issued)
        qFatal("TestPki: could not mint %s: %s", qPrintable(spec.commonName), qPrintable(error));
    return *issued;
}
} // namespace

IssuedCertificate TestPki::ca(const QString &commonName, const QDateTime &notBefore,
                              const QDateTime &notAfter, KeyAlgorithm algorithm)
{
    CertificateSpec spec;
    spec.commonName = commonName;
    spec.notBefore = notBefore;
    spec.notAfter = notAfter;
    spec.algorithm = algorithm;
    spec.certificateAuthority = true;
    return mintOrFail(spec, nullptr);
}

IssuedCertificate TestPki::leaf(const IssuedCertificate &issuer, const QString &commonName,
                                const QDateTime &notBefore, const QDateTime &notAfter, KeyAlgorithm algorithm,
                                const QStringList &groups, bool pkcs8Key)
{
    CertificateSpec spec;
    spec.commonName = commonName;
    spec.organizations = groups;
    spec.notBefore = notBefore;
    spec.notAfter = notAfter;
    spec.algorithm = algorithm;
    spec.pkcs8Key = pkcs8Key;
    return mintOrFail(spec, &issuer);
}

IssuedCertificate TestPki::server(const IssuedCertificate &issuer, const QString &commonName,
                                  const QStringList &names, const QDateTime &notBefore,
                                  const QDateTime &notAfter, KeyAlgorithm algorithm)
{
    // The minter makes client certificates only; re-sign one with server extensions rather than
    // teach the product to mint server certificates it never needs.
    IssuedCertificate issued = leaf(issuer, commonName, notBefore, notAfter, algorithm, {});
    std::unique_ptr<BIO, decltype(&BIO_free)> in(
        BIO_new_mem_buf(issued.certificatePem.constData(), int(issued.certificatePem.size())), BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr),
                                                     X509_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> issuerIn(
        BIO_new_mem_buf(issuer.certificatePem.constData(), int(issuer.certificatePem.size())), BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> issuerCert(
        PEM_read_bio_X509(issuerIn.get(), nullptr, nullptr, nullptr), X509_free);
    QString why;
    const auto issuerKey = PrivateKey::parsePem(issuer.privateKeyPem, &why);
    if (!cert || !issuerCert || !issuerKey)
        qFatal("TestPki: cannot re-read a certificate just minted: %s", qPrintable(why));

    const int eku = X509_get_ext_by_NID(cert.get(), NID_ext_key_usage, -1);
    if (eku >= 0)
        X509_EXTENSION_free(X509_delete_ext(cert.get(), eku));
    QStringList alternatives;
    for (const QString &name : names)
        alternatives << (QHostAddress(name).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + name;
    const auto add = [&](int nid, const QByteArray &value) {
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, issuerCert.get(), cert.get(), nullptr, nullptr, 0);
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
        if (!ext || X509_add_ext(cert.get(), ext, -1) != 1)
            qFatal("TestPki: cannot add extension %s", value.constData());
        X509_EXTENSION_free(ext);
    };
    add(NID_ext_key_usage, "serverAuth");
    if (!alternatives.isEmpty())
        add(NID_subject_alt_name, alternatives.join(QLatin1Char(',')).toUtf8());
    EVP_PKEY *signingKey = issuerKey->handle();
    const bool edwards = EVP_PKEY_get_base_id(signingKey) == EVP_PKEY_ED25519;
    if (X509_sign(cert.get(), signingKey, edwards ? nullptr : EVP_sha256()) <= 0)
        qFatal("TestPki: cannot sign the server certificate");
    std::unique_ptr<BIO, decltype(&BIO_free)> out(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_X509(out.get(), cert.get());
    char *data = nullptr;
    const long length = BIO_get_mem_data(out.get(), &data);
    issued.certificatePem = QByteArray(data, qsizetype(length));
    ERR_clear_error();
    return issued;
}

IssuedCertificate TestPki::leafExpiringIn(const QDateTime &now, double daysLeft, KeyAlgorithm algorithm)
{
    const QDateTime notAfter = now.addSecs(qint64(daysLeft * 86400));
    return leaf(sharedCa(), QStringLiteral("test-user"), notAfter.addDays(-365), notAfter, algorithm);
}

const IssuedCertificate &TestPki::sharedCa()
{
    static const IssuedCertificate ca = TestPki::ca(
        QStringLiteral("kubeminder-test-ca"), QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(2040, 1, 1), QTime(0, 0), QTimeZone::utc()));
    return ca;
}

QByteArray TestPki::jwt(const QDateTime &expiresAt, const QString &subject)
{
    const auto part = [](const QJsonObject &object) -> QByteArray {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray header = part({{QStringLiteral("alg"), QStringLiteral("RS256")}});
    const QByteArray claims = part({{QStringLiteral("sub"), subject},
                                    {QStringLiteral("iss"), QStringLiteral("kubeminder-test")},
                                    {QStringLiteral("exp"), expiresAt.toSecsSinceEpoch()}});
    return header + '.' + claims + ".c2lnbmF0dXJl";
}

} // namespace kubeminder::test
