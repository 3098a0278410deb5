#include "credentials/certificate.h"
#include "credentials/privatekey.h"
#include "credentialstestutil.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace kubeminder;
using test::TestPki;

namespace {

// The DER-encoded OID of prime256v1, as `openssl ecparam -name prime256v1 -genkey` writes it
// before the key.
const QByteArray EcParametersP256 = "-----BEGIN EC PARAMETERS-----\n"
                                    "BggqhkjOPQMBBw==\n"
                                    "-----END EC PARAMETERS-----\n";

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(len));
}

PrivateKey keyOf(const IssuedCertificate &issued)
{
    QString error;
    auto key = PrivateKey::parsePem(issued.privateKeyPem, &error);
    if (!key)
        qFatal("test key does not parse: %s", qPrintable(error));
    return *key;
}

Certificate certificateOf(const QByteArray &pem)
{
    QString error;
    auto chain = Certificate::parsePemBundle(pem, &error);
    if (chain.empty())
        qFatal("test certificate does not parse: %s", qPrintable(error));
    return chain.front();
}

// Re-encodes a key as unencrypted PKCS#8 ("PRIVATE KEY").
QByteArray toPkcs8(const IssuedCertificate &issued)
{
    const PrivateKey key = keyOf(issued);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), key.handle(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        qFatal("cannot write PKCS#8");
    return bioBytes(bio.get());
}

QByteArray toDer(const QByteArray &pem)
{
    return certificateOf(pem).der();
}

// The DER bytes inside a single PEM block.
QByteArray pemBody(const QByteArray &pem)
{
    QByteArray base64;
    for (const QByteArray &line : pem.split('\n')) {
        if (!line.startsWith("-----"))
            base64 += line;
    }
    return QByteArray::fromBase64(base64);
}

// Runs the openssl command-line tool; fails the test when it fails.
QByteArray runOpenssl(const QString &openssl, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(openssl, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qWarning("openssl %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

QDateTime opensslDate(const QString &text)
{
    // "Jun 15 12:00:00 2026 GMT"; single-digit days are padded with a space.
    QDateTime when = QLocale::c().toDateTime(text.simplified(), QStringLiteral("MMM d HH:mm:ss yyyy 'GMT'"));
    when.setTimeZone(QTimeZone::utc());
    return when;
}

} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsePemBundle_data();
    void parsePemBundle();
    void parseErrorWithoutErrorPointer();
    void info_data();
    void info();
    void infoMatchesOpenssl_data();
    void infoMatchesOpenssl();
    void toPemRoundTrips();
    void parseKey_data();
    void parseKey();
    void opensslWrittenKeys();
    void encryptedKeyIsRefused_data();
    void encryptedKeyIsRefused();
    void matchesKeysEncodedDifferently_data();
    void matchesKeysEncodedDifferently();
    void matches_data();
    void matches();
    void describeNullKey();

private:
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    IssuedCertificate m_ca;
    IssuedCertificate m_ec256;
    IssuedCertificate m_ec256Other;
    IssuedCertificate m_ec384;
    IssuedCertificate m_rsa; // minted once: RSA key generation is slow
    IssuedCertificate m_ed25519;
    IssuedCertificate m_ed25519Other;
    IssuedCertificate m_pkcs8;
    IssuedCertificate m_utf8;
};

void TestCertificate::initTestCase()
{
    test::setUpTestEnvironment();
    m_notBefore = test::fixedNow().addDays(-30);
    m_notAfter = test::fixedNow().addDays(335);
    const QStringList groups = {QStringLiteral("system:masters"), QStringLiteral("developers")};
    m_ca =
        TestPki::ca(QStringLiteral("tst-root"), QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc()),
                    QDateTime(QDate(2040, 1, 1), QTime(0, 0), QTimeZone::utc()));
    m_ec256 =
        TestPki::leaf(m_ca, QStringLiteral("alice"), m_notBefore, m_notAfter, KeyAlgorithm::EcP256, groups);
    m_ec256Other = TestPki::leaf(m_ca, QStringLiteral("mallory"), m_notBefore, m_notAfter);
    m_ec384 = TestPki::leaf(m_ca, QStringLiteral("bob"), m_notBefore, m_notAfter, KeyAlgorithm::EcP384, {});
    m_rsa = TestPki::leaf(m_ca, QStringLiteral("carol"), m_notBefore, m_notAfter, KeyAlgorithm::Rsa2048,
                          {QStringLiteral("ops")});
    m_ed25519 = TestPki::leaf(m_ca, QStringLiteral("dave"), m_notBefore, m_notAfter, KeyAlgorithm::Ed25519);
    m_ed25519Other =
        TestPki::leaf(m_ca, QStringLiteral("eve"), m_notBefore, m_notAfter, KeyAlgorithm::Ed25519);
    m_pkcs8 = TestPki::leaf(m_ca, QStringLiteral("frank"), m_notBefore, m_notAfter, KeyAlgorithm::EcP256,
                            {QStringLiteral("system:masters")}, true);
    m_utf8 = TestPki::leaf(m_ca, QStringLiteral(u"jürgen, the \"admin\""), m_notBefore, m_notAfter,
                           KeyAlgorithm::EcP256, {QStringLiteral(u"Entwicklung+Qualität")});
}

void TestCertificate::parsePemBundle_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QStringList>("commonNames");

    const QByteArray leaf = m_ec256.certificatePem;
    const QByteArray ca = m_ca.certificatePem;
    QTest::newRow("leaf only") << leaf << QStringList{QStringLiteral("alice")};
    QTest::newRow("leaf first, then its CA (k3s)")
        << QByteArray(leaf + ca) << QStringList{QStringLiteral("alice"), QStringLiteral("tst-root")};
    QTest::newRow("CA first keeps the order")
        << QByteArray(ca + leaf) << QStringList{QStringLiteral("tst-root"), QStringLiteral("alice")};
    QTest::newRow("junk between blocks")
        << QByteArray("subject=CN = alice\n" + leaf + "\nissuer: tst-root\n# comment\n\n" + ca +
                      "trailing junk")
        << QStringList{QStringLiteral("alice"), QStringLiteral("tst-root")};
    QTest::newRow("private key between certificates")
        << QByteArray(leaf + m_ec256.privateKeyPem + ca)
        << QStringList{QStringLiteral("alice"), QStringLiteral("tst-root")};
    QTest::newRow("CRLF line endings") << QByteArray(leaf + ca).replace("\n", "\r\n")
                                       << QStringList{QStringLiteral("alice"), QStringLiteral("tst-root")};
    QTest::newRow("no final newline") << leaf.chopped(1) << QStringList{QStringLiteral("alice")};
    QTest::newRow("a corrupt block ends the bundle")
        << QByteArray(leaf + "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n" + ca)
        << QStringList{QStringLiteral("alice")};

    QTest::newRow("empty") << QByteArray() << QStringList();
    QTest::newRow("garbage") << QByteArray("this is not a certificate\n") << QStringList();
    QTest::newRow("DER bytes") << toDer(leaf) << QStringList();
    QTest::newRow("base64 without PEM armour") << toDer(leaf).toBase64() << QStringList();
    QTest::newRow("private key only") << m_ec256.privateKeyPem << QStringList();
    QTest::newRow("corrupt body") << QByteArray(
                                         "-----BEGIN CERTIFICATE-----\nTUlJQm9n\n-----END CERTIFICATE-----\n")
                                  << QStringList();
    QTest::newRow("truncated: no END line") << leaf.left(leaf.size() / 2) << QStringList();
}

void TestCertificate::parsePemBundle()
{
    QFETCH(QByteArray, pem);
    QFETCH(QStringList, commonNames);

    QString error;
    const std::vector<Certificate> chain = Certificate::parsePemBundle(pem, &error);
    QStringList actual;
    for (const Certificate &cert : chain)
        actual << cert.info().commonName;
    QCOMPARE(actual, commonNames);
    QCOMPARE(error.isEmpty(), !commonNames.isEmpty());
}

void TestCertificate::parseErrorWithoutErrorPointer()
{
    QVERIFY(Certificate::parsePemBundle("garbage", nullptr).empty());
    QVERIFY(Certificate::parsePemBundle("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n", nullptr)
                .empty());
    QVERIFY(!PrivateKey::parsePem("garbage", nullptr));
    QCOMPARE(Certificate::parsePemBundle(m_ca.certificatePem, nullptr).size(), std::size_t(1));
    QVERIFY(PrivateKey::parsePem(m_ca.privateKeyPem, nullptr));
}

void TestCertificate::info_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<QStringList>("organizations");
    QTest::addColumn<QString>("issuerCommonName");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<bool>("isCertificateAuthority");

    const QString root = QStringLiteral("tst-root");
    QTest::newRow("EC P-256 client certificate")
        << m_ec256.certificatePem << QStringLiteral("alice")
        << QStringList{QStringLiteral("system:masters"), QStringLiteral("developers")} << root
        << QStringLiteral("EC P-256") << false;
    QTest::newRow("EC P-384 without groups") << m_ec384.certificatePem << QStringLiteral("bob")
                                             << QStringList() << root << QStringLiteral("EC P-384") << false;
    QTest::newRow("RSA 2048") << m_rsa.certificatePem << QStringLiteral("carol")
                              << QStringList{QStringLiteral("ops")} << root << QStringLiteral("RSA 2048")
                              << false;
    QTest::newRow("Ed25519") << m_ed25519.certificatePem << QStringLiteral("dave")
                             << QStringList{QStringLiteral("system:masters")} << root
                             << QStringLiteral("Ed25519") << false;
    QTest::newRow("UTF-8 names") << m_utf8.certificatePem << QStringLiteral(u"jürgen, the \"admin\"")
                                 << QStringList{QStringLiteral(u"Entwicklung+Qualität")} << root
                                 << QStringLiteral("EC P-256") << false;
    QTest::newRow("self-signed CA") << m_ca.certificatePem << root << QStringList() << root
                                    << QStringLiteral("EC P-256") << true;
}

void TestCertificate::info()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, commonName);
    QFETCH(QStringList, organizations);
    QFETCH(QString, issuerCommonName);
    QFETCH(QString, keyType);
    QFETCH(bool, isCertificateAuthority);

    const CertificateInfo info = certificateOf(pem).info();
    QCOMPARE(info.commonName, commonName);
    QCOMPARE(info.organizations, organizations);
    QCOMPARE(info.issuerCommonName, issuerCommonName);
    QCOMPARE(info.keyType, keyType);
    QCOMPARE(info.isCertificateAuthority, isCertificateAuthority);
    QVERIFY(info.subject.contains(QStringLiteral("CN=")));
    QVERIFY(info.issuer.contains(QStringLiteral("CN=tst-root")));
    if (isCertificateAuthority) {
        QCOMPARE(info.notBefore, QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(info.notAfter, QDateTime(QDate(2040, 1, 1), QTime(0, 0), QTimeZone::utc()));
    } else {
        QCOMPARE(info.notBefore, m_notBefore);
        QCOMPARE(info.notAfter, m_notAfter);
    }
    QCOMPARE(info.notAfter.offsetFromUtc(), 0);
    static const QRegularExpression hex(QStringLiteral("^[0-9A-F]+$"));
    QVERIFY2(hex.match(info.serialNumber).hasMatch(), qPrintable(info.serialNumber));
    static const QRegularExpression fingerprint(QStringLiteral("^[0-9A-F]{2}(:[0-9A-F]{2}){31}$"));
    QVERIFY2(fingerprint.match(info.sha256Fingerprint).hasMatch(), qPrintable(info.sha256Fingerprint));
}

void TestCertificate::infoMatchesOpenssl_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::newRow("EC P-256") << m_ec256.certificatePem;
    QTest::newRow("EC P-384") << m_ec384.certificatePem;
    QTest::newRow("RSA 2048") << m_rsa.certificatePem;
    QTest::newRow("Ed25519") << m_ed25519.certificatePem;
    QTest::newRow("UTF-8 names") << m_utf8.certificatePem;
    QTest::newRow("CA") << m_ca.certificatePem;
}

void TestCertificate::infoMatchesOpenssl()
{
    QFETCH(QByteArray, pem);

    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command-line tool is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("cert.pem")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(pem), pem.size());
    file.close();

    QProcess process;
    process.start(openssl, {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-in"),
                            file.fileName(), QStringLiteral("-fingerprint"), QStringLiteral("-sha256"),
                            QStringLiteral("-serial"), QStringLiteral("-startdate"),
                            QStringLiteral("-enddate"), QStringLiteral("-subject"), QStringLiteral("-issuer"),
                            QStringLiteral("-nameopt"), QStringLiteral("RFC2253,-esc_msb")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QHash<QString, QString> fields;
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0)
            fields.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }

    const CertificateInfo info = certificateOf(pem).info();
    QCOMPARE(info.sha256Fingerprint, fields.value(QStringLiteral("sha256 Fingerprint")).toUpper());
    QCOMPARE(info.serialNumber, fields.value(QStringLiteral("serial")));
    QCOMPARE(info.notBefore, opensslDate(fields.value(QStringLiteral("notBefore"))));
    QCOMPARE(info.notAfter, opensslDate(fields.value(QStringLiteral("notAfter"))));
    QCOMPARE(info.subject, fields.value(QStringLiteral("subject")));
    QCOMPARE(info.issuer, fields.value(QStringLiteral("issuer")));
}

void TestCertificate::toPemRoundTrips()
{
    const Certificate cert = certificateOf(m_ec256.certificatePem);
    QCOMPARE(cert.toPem(), m_ec256.certificatePem);
    const Certificate copy = certificateOf(cert.toPem());
    QCOMPARE(copy.info().sha256Fingerprint, cert.info().sha256Fingerprint);
}

void TestCertificate::parseKey_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QByteArray>("certificatePem"); // empty: the key must be refused
    QTest::addColumn<QString>("keyType");

    QVERIFY(m_ec256.privateKeyPem.startsWith("-----BEGIN EC PRIVATE KEY-----"));
    QVERIFY(m_rsa.privateKeyPem.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    QVERIFY(m_pkcs8.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(m_ed25519.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));

    QTest::newRow("SEC1 EC PRIVATE KEY (P-256)")
        << m_ec256.privateKeyPem << m_ec256.certificatePem << QStringLiteral("EC P-256");
    QTest::newRow("SEC1 EC PRIVATE KEY (P-384)")
        << m_ec384.privateKeyPem << m_ec384.certificatePem << QStringLiteral("EC P-384");
    QTest::newRow("PKCS#1 RSA PRIVATE KEY")
        << m_rsa.privateKeyPem << m_rsa.certificatePem << QStringLiteral("RSA 2048");
    QTest::newRow("PKCS#8 PRIVATE KEY (EC)")
        << m_pkcs8.privateKeyPem << m_pkcs8.certificatePem << QStringLiteral("EC P-256");
    QTest::newRow("PKCS#8 PRIVATE KEY (RSA)")
        << toPkcs8(m_rsa) << m_rsa.certificatePem << QStringLiteral("RSA 2048");
    QTest::newRow("PKCS#8 PRIVATE KEY (Ed25519)")
        << m_ed25519.privateKeyPem << m_ed25519.certificatePem << QStringLiteral("Ed25519");
    QTest::newRow("EC PARAMETERS block before the key")
        << QByteArray(EcParametersP256 + m_ec256.privateKeyPem) << m_ec256.certificatePem
        << QStringLiteral("EC P-256");
    QTest::newRow("certificate before the key (combined file)")
        << QByteArray(m_ec256.certificatePem + m_ec256.privateKeyPem) << m_ec256.certificatePem
        << QStringLiteral("EC P-256");
    QTest::newRow("text around the key") << QByteArray("# alice\n" + m_ec256.privateKeyPem + "\nthe end\n")
                                         << m_ec256.certificatePem << QStringLiteral("EC P-256");
    QTest::newRow("CRLF line endings") << QByteArray(m_ec256.privateKeyPem).replace("\n", "\r\n")
                                       << m_ec256.certificatePem << QStringLiteral("EC P-256");
    QTest::newRow("first of two keys") << QByteArray(m_ec256.privateKeyPem + m_rsa.privateKeyPem)
                                       << m_ec256.certificatePem << QStringLiteral("EC P-256");

    QTest::newRow("empty") << QByteArray() << QByteArray() << QString();
    QTest::newRow("garbage") << QByteArray("not a key at all") << QByteArray() << QString();
    QTest::newRow("certificate only") << m_ec256.certificatePem << QByteArray() << QString();
    QTest::newRow("EC PARAMETERS only") << EcParametersP256 << QByteArray() << QString();
    QTest::newRow("corrupt body")
        << QByteArray("-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n") << QByteArray()
        << QString();
    QTest::newRow("RSA body labelled EC")
        << QByteArray(m_rsa.privateKeyPem).replace("RSA PRIVATE KEY", "EC PRIVATE KEY") << QByteArray()
        << QString();
    QTest::newRow("truncated") << m_ec256.privateKeyPem.left(m_ec256.privateKeyPem.size() / 2) << QByteArray()
                               << QString();
    QTest::newRow("DER bytes") << pemBody(m_pkcs8.privateKeyPem) << QByteArray() << QString();
}

void TestCertificate::parseKey()
{
    QFETCH(QByteArray, pem);
    QFETCH(QByteArray, certificatePem);
    QFETCH(QString, keyType);

    QString error;
    const std::optional<PrivateKey> key = PrivateKey::parsePem(pem, &error);
    if (certificatePem.isEmpty()) {
        QVERIFY(!key);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(key, qPrintable(error));
    QVERIFY(key->handle());
    QCOMPARE(key->keyType(), keyType);
    QVERIFY(certificateOf(certificatePem).matches(*key));
}

void TestCertificate::opensslWrittenKeys()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command-line tool is not installed");

    // `openssl ecparam -genkey` writes an EC PARAMETERS block before the SEC1 key.
    const QByteArray ecparam = runOpenssl(openssl, {QStringLiteral("ecparam"), QStringLiteral("-name"),
                                                    QStringLiteral("prime256v1"), QStringLiteral("-genkey")});
    QVERIFY(ecparam.startsWith("-----BEGIN EC PARAMETERS-----"));
    QVERIFY(ecparam.contains("-----BEGIN EC PRIVATE KEY-----"));
    QString error;
    auto key = PrivateKey::parsePem(ecparam, &error);
    QVERIFY2(key, qPrintable(error));
    QCOMPARE(key->keyType(), QStringLiteral("EC P-256"));

    const QByteArray ed25519 = runOpenssl(
        openssl, {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519")});
    key = PrivateKey::parsePem(ed25519, &error);
    QVERIFY2(key, qPrintable(error));
    QCOMPARE(key->keyType(), QStringLiteral("Ed25519"));

    // What a user gets from `openssl pkey -aes256`: refused, never prompted for.
    const QByteArray encryptedKey = runOpenssl(openssl,
                                               {QStringLiteral("pkey"), QStringLiteral("-aes256"),
                                                QStringLiteral("-passout"), QStringLiteral("pass:x")},
                                               m_ec256.privateKeyPem);
    QVERIFY(encryptedKey.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    error.clear();
    QVERIFY(!PrivateKey::parsePem(encryptedKey, &error));
    QVERIFY2(error.contains(QStringLiteral("encrypted")), qPrintable(error));
}

void TestCertificate::encryptedKeyIsRefused_data()
{
    QTest::addColumn<QByteArray>("pem");

    QTest::newRow("PKCS#8 ENCRYPTED PRIVATE KEY (EC)") << test::encryptedKeyPem(m_ec256, false);
    QTest::newRow("PKCS#8 ENCRYPTED PRIVATE KEY (Ed25519)") << test::encryptedKeyPem(m_ed25519, false);
    QTest::newRow("traditional Proc-Type 4,ENCRYPTED (EC)") << test::encryptedKeyPem(m_ec256, true);
    QTest::newRow("traditional Proc-Type 4,ENCRYPTED (RSA)") << test::encryptedKeyPem(m_rsa, true);
    QTest::newRow("EC PARAMETERS then encrypted key")
        << QByteArray(EcParametersP256 + test::encryptedKeyPem(m_ec256, true));
}

void TestCertificate::encryptedKeyIsRefused()
{
    QFETCH(QByteArray, pem);
    QVERIFY(pem.contains("ENCRYPTED"));

    // A prompt would read the terminal and hang here until the test times out.
    QString error;
    QVERIFY(!PrivateKey::parsePem(pem, &error));
    QVERIFY2(error.contains(QStringLiteral("encrypted")), qPrintable(error));
    QVERIFY(!error.contains(QString::fromLatin1(pem.mid(40, 20))));
}

// The fast path compares the public key stored in a SEC1 key with the certificate's bytes; keys
// written another way must still be recognised (or refused) through the full comparison.
void TestCertificate::matchesKeysEncodedDifferently_data()
{
    QTest::addColumn<QStringList>("opensslEcArguments");
    QTest::addColumn<bool>("ownKey");
    QTest::newRow("no stored public key") << QStringList{QStringLiteral("-no_public")} << true;
    QTest::newRow("compressed public point")
        << QStringList{QStringLiteral("-conv_form"), QStringLiteral("compressed")} << true;
    QTest::newRow("explicit curve parameters")
        << QStringList{QStringLiteral("-param_enc"), QStringLiteral("explicit")} << true;
    QTest::newRow("another key without stored public key")
        << QStringList{QStringLiteral("-no_public")} << false;
}

void TestCertificate::matchesKeysEncodedDifferently()
{
    QFETCH(QStringList, opensslEcArguments);
    QFETCH(bool, ownKey);
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    const IssuedCertificate &source = ownKey ? m_ec256 : m_ec256Other;
    const QByteArray rewritten =
        runOpenssl(openssl, QStringList{QStringLiteral("ec")} + opensslEcArguments, source.privateKeyPem);
    QVERIFY(rewritten.contains("-----BEGIN EC PRIVATE KEY-----"));
    QString error;
    const auto key = PrivateKey::parsePem(rewritten, &error);
    QVERIFY2(key, qPrintable(error));
    QCOMPARE(certificateOf(m_ec256.certificatePem).matches(*key), ownKey);
}

void TestCertificate::matches_data()
{
    QTest::addColumn<QByteArray>("certificatePem");
    QTest::addColumn<QByteArray>("keyPem");
    QTest::addColumn<bool>("expected");

    QTest::newRow("EC P-256, own key") << m_ec256.certificatePem << m_ec256.privateKeyPem << true;
    QTest::newRow("EC P-256, own key as PKCS#8") << m_ec256.certificatePem << toPkcs8(m_ec256) << true;
    QTest::newRow("EC P-256, another P-256 key")
        << m_ec256.certificatePem << m_ec256Other.privateKeyPem << false;
    QTest::newRow("EC P-256, a P-384 key") << m_ec256.certificatePem << m_ec384.privateKeyPem << false;
    QTest::newRow("EC P-256, an RSA key") << m_ec256.certificatePem << m_rsa.privateKeyPem << false;
    QTest::newRow("EC P-256, an Ed25519 key") << m_ec256.certificatePem << m_ed25519.privateKeyPem << false;
    QTest::newRow("EC P-256, its issuer's key") << m_ec256.certificatePem << m_ca.privateKeyPem << false;
    QTest::newRow("EC P-384, own key") << m_ec384.certificatePem << m_ec384.privateKeyPem << true;
    QTest::newRow("RSA, own key") << m_rsa.certificatePem << m_rsa.privateKeyPem << true;
    QTest::newRow("RSA, own key as PKCS#8") << m_rsa.certificatePem << toPkcs8(m_rsa) << true;
    QTest::newRow("RSA, an EC key") << m_rsa.certificatePem << m_ec256.privateKeyPem << false;
    QTest::newRow("Ed25519, own key") << m_ed25519.certificatePem << m_ed25519.privateKeyPem << true;
    QTest::newRow("Ed25519, another Ed25519 key")
        << m_ed25519.certificatePem << m_ed25519Other.privateKeyPem << false;
    QTest::newRow("Ed25519, an EC key") << m_ed25519.certificatePem << m_ec256.privateKeyPem << false;
    QTest::newRow("CA, own key") << m_ca.certificatePem << m_ca.privateKeyPem << true;
}

void TestCertificate::matches()
{
    QFETCH(QByteArray, certificatePem);
    QFETCH(QByteArray, keyPem);
    QFETCH(bool, expected);

    QString error;
    const auto key = PrivateKey::parsePem(keyPem, &error);
    QVERIFY2(key, qPrintable(error));
    QCOMPARE(certificateOf(certificatePem).matches(*key), expected);
}

void TestCertificate::describeNullKey()
{
    QCOMPARE(describeKey(nullptr), QString());
}

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
