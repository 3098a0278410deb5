#pragma once

#include "certificateinfo.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

using X509 = struct x509_st;

namespace kubeminder {

class CertificateCache;
class PrivateKey;

/// An X.509 certificate: its DER bytes and what Kubeminder reads from them.
///
/// OpenSSL 3.0 decodes the public key of every certificate it parses through its generic decoder
/// framework (~85 µs and a global lock per certificate, openssl#19119). A check reads thousands of
/// certificates and needs only names, dates, serial, key type and the raw public key, so
/// Certificate walks the DER itself with OpenSSL's ASN.1 primitives and builds a full X509 only
/// when something asks for one.
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    /// Every certificate in a PEM bundle, in order. K3s writes the client certificate followed by
    /// its CA, so the first one is the leaf. Fails (empty result, `error` set) when there is none or
    /// one of them is malformed.
    /// With a cache, certificates seen before are not parsed again.
    static std::vector<Certificate> parsePemBundle(const QByteArray &pem, QString *error,
                                                   CertificateCache *cache = nullptr);
    /// One DER-encoded certificate.
    static std::optional<Certificate> fromDer(const QByteArray &der, QString *error);

    const CertificateInfo &info() const { return m_info; }
    /// True when `key` is the private half of this certificate's public key.
    bool matches(const PrivateKey &key) const;

    QByteArray der() const { return m_der; }
    QByteArray toPem() const;
    /// A full OpenSSL object (slow under OpenSSL 3.0: see above), owned by the caller.
    std::shared_ptr<X509> toX509() const;

    /// The first value of each name attribute that x509-certificate-exporter puts in its labels
    /// (subject_C, subject_ST, ...), empty where the name has none. That exporter fills its "ST"
    /// labels from the street address, not the state: `streetAddress` is here for that.
    struct NameParts
    {
        QString country;
        QString streetAddress;
        QString locality;
        QString organization;
        QString organizationalUnit;
        QString commonName;
    };
    /// Read from the DER on demand: only a metrics export needs them.
    NameParts subjectParts() const;
    NameParts issuerParts() const;
    /// The serial number in decimal, as Go prints a big.Int (x509-certificate-exporter's label).
    QString serialDecimal() const;

private:
    Certificate() = default;

    QByteArray m_der;
    QByteArray m_publicKeyInfo; ///< DER SubjectPublicKeyInfo
    CertificateInfo m_info;
};

} // namespace kubeminder
