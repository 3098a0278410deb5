#include "certificate.h"

#include "certificatecache.h"
#include "derreader.h"
#include "keytype.h"
#include "pemreader.h"
#include "privatekey.h"

#include <QHash>
#include <QTimeZone>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace kubeminder {

namespace {

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

template<typename T, typename Decode>
// Hands one element, header included, to an OpenSSL d2i function. The d2i functions advance the
// pointer they are given, so a copy is passed and the element itself stays where it was.
T *decodeElement(const DerElement &e, Decode decode)
{
    const unsigned char *p = e.start;
    T *value = decode(nullptr, &p, e.size());
    return value;
}

QString nameToString(const X509_NAME *name)
{
    // A BIO of its own per call, not one per thread: the callers remember the names they printed
    // (readName's cache), and an OpenSSL object kept in a pool thread's thread_local storage
    // outlives the checks, so LeakSanitizer caught it now and then at exit when a worker thread was
    // still being torn down (an SSH import's exit, under load).
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return {};
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(len));
}

// Every entry of a kind, not just the first: a client certificate holds one O per Kubernetes
// group, and a user in three groups has three of them.
QStringList entries(const X509_NAME *name, int nid)
{
    QStringList values;
    for (int i = X509_NAME_get_index_by_NID(name, nid, -1); i >= 0;
         i = X509_NAME_get_index_by_NID(name, nid, i)) {
        const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i));
        unsigned char *utf8 = nullptr;
        const int len = ASN1_STRING_to_UTF8(&utf8, data);
        // An entry that does not convert to UTF-8 (a malformed BMPString) is left out rather than shown
        // as garbage; the rest of the name still reads.
        if (len >= 0) {
            values << QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
            OPENSSL_free(utf8);
        }
    }
    return values;
}

// ASN1_TIME_to_tm reads both UTCTime and GeneralizedTime. The result is built in UTC directly:
// going through time_t would break for dates past 2038 where time_t is 32 bits.
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

// Only the subject's organisations matter (they are the user's groups); callers that read an
// issuer pass no list and save the work.
bool readName(const DerElement &e, QString &oneLine, QString &commonName, QStringList *organizations)
{
    X509_NAME *name = decodeElement<X509_NAME>(e, d2i_X509_NAME);
    if (!name)
        return false;
    oneLine = nameToString(name);
    commonName = entries(name, NID_commonName).value(0);
    if (organizations)
        *organizations = entries(name, NID_organizationName);
    X509_NAME_free(name);
    return true;
}

// Every client certificate of a cluster names the same issuer: remember the last few per thread.
bool readIssuerName(const DerElement &e, QString &oneLine, QString &commonName)
{
    struct Name
    {
        QString oneLine;
        QString commonName;
    };
    // Real issuer names take a few hundred bytes. The memory is the pool thread's for good, so a
    // hostile certificate with a megabyte-long name is read but never remembered (64 of them would
    // otherwise pin 64 such names, twice over, in every worker thread).
    constexpr long MaximumRememberedNameSize = 4096;
    if (e.size() > MaximumRememberedNameSize)
        return readName(e, oneLine, commonName, nullptr);
    thread_local QHash<QByteArray, Name> recent;
    const QByteArray der(reinterpret_cast<const char *>(e.start), qsizetype(e.size()));
    if (const auto it = recent.constFind(der); it != recent.cend()) {
        oneLine = it->oneLine;
        commonName = it->commonName;
        return true;
    }
    if (!readName(e, oneLine, commonName, nullptr))
        return false;
    if (recent.size() >= 64)
        recent.clear();
    recent.insert(der, {oneLine, commonName});
    return true;
}

QDateTime readTime(const std::optional<DerElement> &e)
{
    if (!e)
        return {};
    ASN1_TIME *time = decodeElement<ASN1_TIME>(*e, d2i_ASN1_TIME);
    const QDateTime when = toDateTime(time);
    ASN1_TIME_free(time);
    return when;
}

// For an algorithm OpenSSL has no short name for, the dotted OID is still something a user can
// search for; 128 characters hold any OID seen in practice and OBJ_obj2txt truncates safely.
QString algorithmName(const ASN1_OBJECT *oid)
{
    const int nid = OBJ_obj2nid(oid);
    if (nid != NID_undef)
        return QString::fromLatin1(OBJ_nid2sn(nid));
    char dotted[128] = {};
    OBJ_obj2txt(dotted, sizeof dotted, oid, 1);
    return QString::fromLatin1(dotted);
}

// "EC P-256", "RSA 2048", "Ed25519" from a SubjectPublicKeyInfo, without building an EVP_PKEY.
QString describePublicKeyInfo(const DerElement &spki)
{
    DerReader reader(spki);
    const auto algorithm = reader.next(V_ASN1_SEQUENCE);
    const auto bits = reader.next(V_ASN1_BIT_STRING);
    if (!algorithm || !bits)
        return {};
    X509_ALGOR *alg = decodeElement<X509_ALGOR>(*algorithm, d2i_X509_ALGOR);
    if (!alg)
        return {};
    const ASN1_OBJECT *oid = nullptr;
    int parameterType = 0;
    const void *parameter = nullptr;
    // For EC the parameter names the curve. A key with explicit curve parameters has a SEQUENCE
    // here instead of an OID and is reported as plain "EC".
    X509_ALGOR_get0(&oid, &parameterType, &parameter, alg);
    const int nid = OBJ_obj2nid(oid);
    QString description;
    switch (nid) {
    case NID_X9_62_id_ecPublicKey:
        description = parameterType == V_ASN1_OBJECT
                          ? ecKeyTypeLabel(OBJ_obj2nid(static_cast<const ASN1_OBJECT *>(parameter)))
                          : QStringLiteral("EC");
        break;
    case NID_rsaEncryption:
    case NID_rsassaPss: {
        // The BIT STRING holds RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }.
        if (bits->contentLength < 1)
            break;
        // The first content byte of a BIT STRING counts the unused bits of the last byte; the key starts
        // after it.
        const long unusedBitsByte = 1;
        DerReader key(bits->content + unusedBitsByte, bits->end());
        const auto sequence = key.next(V_ASN1_SEQUENCE);
        const auto modulus = sequence ? DerReader(*sequence).next(V_ASN1_INTEGER) : std::nullopt;
        int size = 0;
        if (modulus) {
            ASN1_INTEGER *n = decodeElement<ASN1_INTEGER>(*modulus, d2i_ASN1_INTEGER);
            if (BIGNUM *bn = n ? ASN1_INTEGER_to_BN(n, nullptr) : nullptr) {
                size = BN_num_bits(bn);
                BN_free(bn);
            }
            ASN1_INTEGER_free(n);
        }
        if (size == 0)
            break; // not an RSA key after all: the certificate is malformed
        description =
            (nid == NID_rsassaPss ? QStringLiteral("RSA-PSS %1") : QStringLiteral("RSA %1")).arg(size);
        break;
    }
    case NID_ED25519:
        description = QStringLiteral("Ed25519");
        break;
    case NID_ED448:
        description = QStringLiteral("Ed448");
        break;
    default:
        description = algorithmName(oid);
        break;
    }
    X509_ALGOR_free(alg);
    return description;
}

// Reads the extensions [3]: whether basicConstraints says CA. False when they do not parse (Go's
// x509, and so kubectl, refuses such a certificate).
bool readExtensions(const DerElement &extensionsWrapper, bool *certificateAuthority)
{
    *certificateAuthority = false;
    // [3] is EXPLICIT: it wraps exactly one SEQUENCE of extensions, and anything after it is malformed.
    DerReader wrapper(extensionsWrapper);
    const auto list = wrapper.next(V_ASN1_SEQUENCE);
    if (!list || !wrapper.atEnd())
        return false;
    X509_EXTENSIONS *extensions = decodeElement<X509_EXTENSIONS>(*list, d2i_X509_EXTENSIONS);
    if (!extensions)
        return false;
    bool parsed = true;
    // Only basicConstraints is read (isCertificateAuthority); no other extension changes what
    // Kubeminder reports, but the list as a whole must parse, as Go's x509 requires.
    const int index = X509v3_get_ext_by_NID(extensions, NID_basic_constraints, -1);
    if (index >= 0) {
        auto *constraints =
            static_cast<BASIC_CONSTRAINTS *>(X509V3_EXT_d2i(X509v3_get_ext(extensions, index)));
        parsed = constraints != nullptr;
        *certificateAuthority = constraints && constraints->ca;
        BASIC_CONSTRAINTS_free(constraints);
    }
    sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
    return parsed;
}

// The issuer and subject elements of a certificate's DER (already checked by fromDer()).
std::optional<std::pair<DerElement, DerElement>> issuerAndSubject(const QByteArray &der)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    DerReader top(begin, begin + der.size());
    const auto certificate = top.next(V_ASN1_SEQUENCE);
    if (!certificate)
        return std::nullopt;
    DerReader outer(*certificate);
    const auto tbs = outer.next(V_ASN1_SEQUENCE);
    if (!tbs)
        return std::nullopt;
    DerReader fields(*tbs);
    fields.nextIfContext(0); // version
    if (!fields.next(V_ASN1_INTEGER) || !fields.next(V_ASN1_SEQUENCE))
        return std::nullopt;
    const auto issuer = fields.next(V_ASN1_SEQUENCE);
    if (!issuer || !fields.next(V_ASN1_SEQUENCE))
        return std::nullopt;
    const auto subject = fields.next(V_ASN1_SEQUENCE);
    if (!subject)
        return std::nullopt;
    return std::make_pair(*issuer, *subject);
}

Certificate::NameParts namePartsOf(const DerElement &e)
{
    Certificate::NameParts parts;
    X509_NAME *name = decodeElement<X509_NAME>(e, d2i_X509_NAME);
    if (!name)
        return parts;
    parts.country = entries(name, NID_countryName).value(0);
    parts.streetAddress = entries(name, NID_streetAddress).value(0);
    parts.locality = entries(name, NID_localityName).value(0);
    parts.organization = entries(name, NID_organizationName).value(0);
    parts.organizationalUnit = entries(name, NID_organizationalUnitName).value(0);
    parts.commonName = entries(name, NID_commonName).value(0);
    X509_NAME_free(name);
    return parts;
}

} // namespace

Certificate::NameParts Certificate::subjectParts() const
{
    const auto names = issuerAndSubject(m_der);
    return names ? namePartsOf(names->second) : NameParts();
}

Certificate::NameParts Certificate::issuerParts() const
{
    const auto names = issuerAndSubject(m_der);
    return names ? namePartsOf(names->first) : NameParts();
}

QString Certificate::serialDecimal() const
{
    BIGNUM *bn = nullptr;
    const QByteArray hex = m_info.serialNumber.toLatin1();
    if (hex.isEmpty() || BN_hex2bn(&bn, hex.constData()) == 0)
        return {};
    QString decimal;
    if (char *text = BN_bn2dec(bn)) {
        decimal = QString::fromLatin1(text);
        OPENSSL_free(text);
    }
    BN_free(bn);
    return decimal;
}

// Walks the DER with DerReader instead of calling d2i_X509, whose full decode is slow in OpenSSL
// 3.0, for the few fields Kubeminder shows. toX509() is there for the rare caller that needs the
// full object.
std::optional<Certificate> Certificate::fromDer(const QByteArray &der, QString *error)
{
    const auto fail = [error]() -> std::optional<Certificate> {
        if (error)
            *error = tr("its certificate is malformed");
        ERR_clear_error();
        return std::nullopt;
    };
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    DerReader top(begin, begin + der.size());
    // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }
    const auto certificate = top.next(V_ASN1_SEQUENCE);
    if (!certificate || !top.atEnd())
        return fail();
    DerReader outer(*certificate);
    // The signature is not verified here, but the structure is checked strictly: a certificate Go's
    // x509 (and so kubectl) refuses as malformed must not be shown with dates as if it worked.
    const auto tbs = outer.next(V_ASN1_SEQUENCE);
    if (!tbs || !outer.next(V_ASN1_SEQUENCE) || !outer.next(V_ASN1_BIT_STRING) || !outer.atEnd())
        return fail();

    Certificate cert;
    CertificateInfo &info = cert.m_info;
    DerReader fields(*tbs);
    // version [0] EXPLICIT is optional (v1 certificates).
    if (const auto first = fields.peek();
        first && first->tagClass == V_ASN1_CONTEXT_SPECIFIC && first->tag == 0)
        fields.next();
    const auto serial = fields.next(V_ASN1_INTEGER);
    const auto signature = fields.next(V_ASN1_SEQUENCE);
    const auto issuer = fields.next(V_ASN1_SEQUENCE);
    const auto validity = fields.next(V_ASN1_SEQUENCE);
    const auto subject = fields.next(V_ASN1_SEQUENCE);
    const auto publicKeyInfo = fields.next(V_ASN1_SEQUENCE);
    if (!serial || !signature || !issuer || !validity || !subject || !publicKeyInfo)
        return fail();

    ASN1_INTEGER *serialNumber = decodeElement<ASN1_INTEGER>(*serial, d2i_ASN1_INTEGER);
    // Hex, as `openssl x509 -serial` prints it, so a user can compare the two.
    BIGNUM *bn = serialNumber ? ASN1_INTEGER_to_BN(serialNumber, nullptr) : nullptr;
    ASN1_INTEGER_free(serialNumber);
    if (!bn)
        return fail();
    if (char *hex = BN_bn2hex(bn)) {
        info.serialNumber = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
    BN_free(bn);

    if (!readIssuerName(*issuer, info.issuer, info.issuerCommonName) ||
        !readName(*subject, info.subject, info.commonName, &info.organizations))
        return fail();
    DerReader times(*validity);
    info.notBefore = readTime(times.next());
    info.notAfter = readTime(times.next());
    // Without both dates there is nothing to report and nothing to trust, so the certificate counts
    // as malformed rather than as valid forever.
    if (!info.notBefore.isValid() || !info.notAfter.isValid())
        return fail();

    info.keyType = describePublicKeyInfo(*publicKeyInfo);
    if (info.keyType.isEmpty())
        return fail();
    // Then only issuerUniqueID [1], subjectUniqueID [2] and extensions [3], each at most once, in
    // that order.
    int lastTag = 0;
    while (const auto extra = fields.next()) {
        if (extra->tagClass != V_ASN1_CONTEXT_SPECIFIC || extra->tag <= lastTag || extra->tag > 3)
            return fail();
        lastTag = extra->tag;
        if (extra->tag == 3 && !readExtensions(*extra, &info.isCertificateAuthority))
            return fail();
    }
    if (!fields.atEnd())
        return fail();

    // The SHA-256 fingerprint over the whole DER, as browsers and `openssl x509 -fingerprint -sha256`
    // show it: the one identifier a user can check against another tool.
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (EVP_Digest(der.constData(), std::size_t(der.size()), digest, &digestLength, EVP_sha256(), nullptr) !=
        1)
        return fail();
    info.sha256Fingerprint = colonHex(digest, digestLength);

    cert.m_der = der;
    // Kept as bytes so that matches() can compare a key to the certificate without decoding either.
    cert.m_publicKeyInfo =
        QByteArray(reinterpret_cast<const char *>(publicKeyInfo->start), qsizetype(publicKeyInfo->size()));
    ERR_clear_error();
    return cert;
}

std::vector<Certificate> Certificate::parsePemBundle(const QByteArray &pem, QString *error,
                                                     CertificateCache *cache)
{
    std::vector<Certificate> chain;
    // A quick test first, so that a key file or a token given where a certificate belongs gets a
    // clear sentence rather than "not valid PEM".
    if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
        if (error)
            *error = tr("it contains no PEM certificate");
        return chain;
    }
    for (const PemBlock &block : PemReader::blocks(pem)) {
        // Other blocks (a key kept in the same file, "TRUSTED CERTIFICATE") are skipped, as Go's
        // AppendCertsFromPEM skips them.
        if (block.label != PEM_STRING_X509 && block.label != PEM_STRING_X509_OLD)
            continue;
        // Like OpenSSL's own bundle reader: the bundle ends at the first certificate it cannot read.
        std::optional<Certificate> cert;
        if (cache) {
            cert = cache->fromPem(block);
        } else if (const auto der = block.decode()) {
            cert = fromDer(*der, nullptr);
        }
        if (!cert)
            break;
        chain.push_back(std::move(*cert));
    }
    ERR_clear_error();
    if (chain.empty() && error)
        *error = tr("its certificate is not valid PEM");
    return chain;
}

bool Certificate::matches(const PrivateKey &key) const
{
    // The common case, in microseconds: the key encodes to the very bytes the certificate holds.
    if (key.publicKeyInfo() == m_publicKeyInfo)
        return true;
    // The same key may still be encoded differently (a compressed point, explicit curve
    // parameters): let OpenSSL compare the keys themselves.
    const std::shared_ptr<X509> x509 = toX509();
    EVP_PKEY *pub = x509 ? X509_get0_pubkey(x509.get()) : nullptr;
    const bool equal = pub && key.handle() && EVP_PKEY_eq(pub, key.handle()) == 1;
    ERR_clear_error();
    return equal;
}

// Lines of 64 characters, as RFC 7468 and OpenSSL write them.
QByteArray Certificate::toPem() const
{
    const QByteArray base64 = m_der.toBase64();
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    pem += "-----END CERTIFICATE-----\n";
    return pem;
}

// Decoded afresh on each call rather than cached: only the minter and the slow path of matches()
// need it, and a cached X509 would sit in every Certificate of a big check.
std::shared_ptr<X509> Certificate::toX509() const
{
    const auto *p = reinterpret_cast<const unsigned char *>(m_der.constData());
    X509 *x509 = d2i_X509(nullptr, &p, long(m_der.size()));
    ERR_clear_error();
    return x509 ? std::shared_ptr<X509>(x509, X509_free) : nullptr;
}

} // namespace kubeminder
