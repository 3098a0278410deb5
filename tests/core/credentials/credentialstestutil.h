#pragma once

#include "credentials/certificate.h"
#include "credentials/certificateminter.h"
#include "credentials/checkreport.h"
#include "credentials/privatekey.h"
#include "credentials/status.h"

#include <QTest>

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

// QCOMPARE prints mismatches through an ADL-found toString(); without these it would show numbers.
namespace kubeminder {

inline char *toString(Status status)
{
    return qstrdup(statusName(status).toUtf8().constData());
}

inline char *toString(CredentialKind kind)
{
    return qstrdup(credentialKindName(kind).toUtf8().constData());
}

} // namespace kubeminder

namespace kubeminder::test {

/// A passphrase-protected copy ("x") of an issued key: PKCS#8 "ENCRYPTED PRIVATE KEY", or the
/// traditional "Proc-Type: 4,ENCRYPTED" form, as `openssl pkey -aes256` / `openssl ec -aes256` write.
inline QByteArray encryptedKeyPem(const IssuedCertificate &issued, bool traditional)
{
    QString error;
    const auto key = PrivateKey::parsePem(issued.privateKeyPem, &error);
    if (!key)
        qFatal("test key does not parse: %s", qPrintable(error));
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    char passphrase[] = "x";
    const int written =
        traditional ? PEM_write_bio_PrivateKey_traditional(bio.get(), key->handle(), EVP_aes_256_cbc(),
                                                           reinterpret_cast<unsigned char *>(passphrase), 1,
                                                           nullptr, nullptr)
                    : PEM_write_bio_PKCS8PrivateKey(bio.get(), key->handle(), EVP_aes_256_cbc(), passphrase,
                                                    1, nullptr, nullptr);
    if (written != 1)
        qFatal("cannot write an encrypted key");
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(len));
}

} // namespace kubeminder::test
