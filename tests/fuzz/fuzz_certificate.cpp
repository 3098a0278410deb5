// Fuzz target: the PEM/DER inspector — Kubeminder's own PEM splitter and DER walk over certificates
// and private keys, which read every certificate-authority-data, client-certificate-data and
// client-key-data of an untrusted kubeconfig. The input is read as PEM text (certificates one by one,
// as a bundle with and without the cache, the first private key) and as raw DER (a certificate, and
// wrapped in each PEM label the key reader treats specially), each result inspected in full.
#include "credentials/certificate.h"
#include "credentials/certificatecache.h"
#include "credentials/pemreader.h"
#include "credentials/privatekey.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

using namespace kubeminder;

// Building a full OpenSSL X509 costs ~100 µs; a 256 KiB bundle holds over a thousand certificates.
constexpr std::size_t MaximumFullyInspected = 16;

std::size_t g_sink = 0;

void touch(const QString &text)
{
    g_sink += qHash(text);
}

void touch(const QByteArray &bytes)
{
    g_sink += qHash(bytes);
}

void touch(const CertificateInfo &info)
{
    touch(info.subject);
    touch(info.commonName);
    for (const QString &organization : info.organizations)
        touch(organization);
    touch(info.issuer);
    touch(info.issuerCommonName);
    touch(info.serialNumber);
    touch(info.sha256Fingerprint);
    touch(info.notBefore.toString(Qt::ISODate));
    touch(info.notAfter.toString(Qt::ISODate));
    touch(info.keyType);
    g_sink += info.isCertificateAuthority;
}

QByteArray toPem(const QByteArray &label, const QByteArray &der)
{
    const QByteArray base64 = der.toBase64();
    QByteArray pem = "-----BEGIN " + label + "-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    pem += "-----END " + label + "-----\n";
    return pem;
}

// Everything a caller can ask of a certificate. A certificate written out as PEM must read back as
// the same certificate: the fingerprint covers every byte.
void inspect(const Certificate &certificate, const std::optional<PrivateKey> &key, bool fully)
{
    touch(certificate.info());
    touch(certificate.der());
    if (!fully)
        return;
    QString error;
    const std::vector<Certificate> again = Certificate::parsePemBundle(certificate.toPem(), &error);
    if (again.size() != 1 || again.front().info().sha256Fingerprint != certificate.info().sha256Fingerprint)
        std::abort();
    g_sink += certificate.toX509() != nullptr;
    if (key)
        g_sink += certificate.matches(*key);
}

void inspect(const std::vector<Certificate> &bundle, const std::optional<PrivateKey> &key)
{
    for (std::size_t i = 0; i < bundle.size(); ++i)
        inspect(bundle[i], key, i < MaximumFullyInspected);
}

std::optional<PrivateKey> readKey(const QByteArray &pem)
{
    QString error;
    std::optional<PrivateKey> key = PrivateKey::parsePem(pem, &error);
    touch(error);
    if (!key)
        return key;
    touch(key->keyType());
    touch(key->publicKeyInfo());
    touch(describeKey(key->handle()));
    return key;
}

std::vector<Certificate> readBundle(const QByteArray &pem)
{
    QString error;
    std::vector<Certificate> bundle = Certificate::parsePemBundle(pem, &error);
    touch(error);
    // The cache must give what a plain parse gives, the first time and when it remembers.
    CertificateCache cache;
    for (int round = 0; round < 2; ++round) {
        const std::vector<Certificate> cached = Certificate::parsePemBundle(pem, &error, &cache);
        if (cached.size() != bundle.size())
            std::abort();
        for (std::size_t i = 0; i < cached.size(); ++i) {
            if (cached[i].der() != bundle[i].der())
                std::abort();
        }
    }
    return bundle;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    // PEM text: blocks one by one, then the bundle and the key as the checker reads them.
    std::size_t inspected = 0;
    for (const PemBlock &block : PemReader::blocks(input)) {
        touch(block.label);
        touch(block.body);
        g_sink += block.hasHeaders;
        const std::optional<QByteArray> der = block.decode();
        if (!der)
            continue;
        touch(*der);
        if (block.label == "CERTIFICATE" || block.label == "X509 CERTIFICATE") {
            QString error;
            if (const auto certificate = Certificate::fromDer(*der, &error))
                inspect(*certificate, std::nullopt, inspected++ < MaximumFullyInspected);
            touch(error);
        }
    }
    const std::optional<PrivateKey> key = readKey(input);
    const std::vector<Certificate> bundle = readBundle(input);
    inspect(bundle, key);

    // Raw DER: a certificate as fromDer() reads it, and the same bytes as each kind of key block
    // (the SEC1 walk, PKCS#1, PKCS#8), each key compared with the certificates read above.
    QString error;
    if (const auto certificate = Certificate::fromDer(input, &error))
        inspect(*certificate, key, true);
    touch(error);
    if (!input.startsWith('\x30')) // not a DER SEQUENCE: every reader refuses it at the first byte
        return 0;
    for (const char *label : {"EC PRIVATE KEY", "RSA PRIVATE KEY", "PRIVATE KEY"}) {
        const std::optional<PrivateKey> wrapped = readKey(toPem(label, input));
        for (std::size_t i = 0; wrapped && i < bundle.size() && i < MaximumFullyInspected; ++i)
            g_sink += bundle[i].matches(*wrapped);
    }
    return 0;
}
