// Hostile inputs through the real paths (KubeconfigDocument / KubeconfigSet + CredentialChecker,
// the PEM, certificate, key and JWT readers, KubeconfigSources::collect, KubeconfigWriter). Each
// must end in a clear error that names the problem (or in the right answer), never a crash, a hang
// or a silent wrong answer, in bounded time and memory.
//
// Bounds are asserted structurally where the code allows it (a document refused before any tree
// is built, a file refused without being read, a token not decoded at all) and otherwise measured
// per case: the rise of the peak resident memory, and a generous time guard that only catches a
// hang (it is no benchmark: the suite also runs under ASan on a shared machine).

#include "credentials/certificate.h"
#include "credentials/credentialchecker.h"
#include "credentials/jsonwebtoken.h"
#include "credentials/pemreader.h"
#include "credentials/privatekey.h"
#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfig/kubeconfigset.h"
#include "kubeconfig/kubeconfigsources.h"
#include "kubeconfig/yamlemitter.h"
#include "kubeconfig/yamlloader.h"
#include "kubeconfigbuilder.h"
#include "storage/backupstore.h"
#include "storage/kubeconfigwriter.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace kubeminder;
using test::KubeconfigBuilder;
using test::TestPki;

namespace {

constexpr qint64 MiB = 1024 * 1024;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool UnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool UnderAddressSanitizer = true;
#else
constexpr bool UnderAddressSanitizer = false;
#endif
#else
constexpr bool UnderAddressSanitizer = false;
#endif

// Generous on purpose: they catch a hang or a runaway allocation, not a slow machine.
constexpr qint64 MaximumCaseMilliseconds = 20'000;
constexpr qint64 MaximumCaseMemoryMiB = 200;
// ASan keeps up to 256 MiB of freed memory in quarantine, resident: allowed on top of every bound.
constexpr qint64 QuarantineMiB = UnderAddressSanitizer ? 256 : 0;

// ---- Measuring a case ---------------------------------------------------------------------------

qint64 statusField(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Peak resident memory in KiB (VmHWM; getrusage's ru_maxrss where /proc is not there).
qint64 peakResidentKiB()
{
    const qint64 peak = statusField("VmHWM:");
    if (peak >= 0)
        return peak;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Resident memory now, in KiB.
qint64 residentKiB()
{
    return statusField("VmRSS:");
}

// Time and the rise of peak memory since construction. Writing "5" to /proc/self/clear_refs
// resets the peak to the current size (Linux 4.0+), so each case measures its own peak; where that
// is refused, only a rise above the process's earlier peak shows: a weaker check, never a wrong one.
// With KUBEMINDER_HOSTILE_REPORT set, every case prints what it took.
class CaseMeter
{
public:
    CaseMeter()
    {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
        m_startKiB = peakResidentKiB();
        m_timer.start();
    }

    qint64 peakRiseMiB() const { return std::max<qint64>(0, peakResidentKiB() - m_startKiB) / 1024; }

    // Empty when the case stayed within `memoryMiB` and the time guard.
    QString overrun(qint64 memoryMiB = MaximumCaseMemoryMiB) const
    {
        const qint64 elapsed = m_timer.elapsed();
        const qint64 rise = peakRiseMiB();
        if (qEnvironmentVariableIsSet("KUBEMINDER_HOSTILE_REPORT"))
            qInfo("case: %lld ms, peak +%lld MiB", elapsed, rise);
        if (elapsed > MaximumCaseMilliseconds)
            return QStringLiteral("took %1 ms (guard: %2 ms)").arg(elapsed).arg(MaximumCaseMilliseconds);
        if (rise > memoryMiB + QuarantineMiB)
            return QStringLiteral("peak memory rose by %1 MiB (bound: %2 MiB)")
                .arg(rise)
                .arg(memoryMiB + QuarantineMiB);
        return {};
    }

private:
    QElapsedTimer m_timer;
    qint64 m_startKiB = 0;
};

#define VERIFY_BOUNDED(meter, ...)                                                                           \
    do {                                                                                                     \
        const QString overrun = (meter).overrun(__VA_ARGS__);                                                \
        QVERIFY2(overrun.isEmpty(), qPrintable(overrun));                                                    \
    } while (false)

// ---- Loading through the real path --------------------------------------------------------------

CheckReport check(const KubeconfigSet &set)
{
    CheckOptions options;
    options.now = test::fixedNow();
    return CredentialChecker::check(set, options);
}

const ContextReport *findContext(const CheckReport &report, const QString &name)
{
    for (const ContextReport &context : report.contexts) {
        if (context.name == name)
            return &context;
    }
    return nullptr;
}

// Everything the report says about a context: its problems and its credential's note.
QString sayings(const ContextReport &context)
{
    QStringList lines;
    for (const Problem &problem : context.problems)
        lines << problem.message;
    if (!context.credential.note.isEmpty())
        lines << context.credential.note;
    return lines.join(QLatin1Char('\n'));
}

// ---- YAML documents -----------------------------------------------------------------------------

using MakeDocument = QByteArray (*)();

// "Billion laughs": each level lists the previous one `fanout` times, so the last level stands for
// fanout^levels scalars in a few hundred bytes.
QByteArray billionLaughs(int levels, int fanout, const QByteArray &prefix = {})
{
    QByteArray doc = prefix + "lol0: &lol0 \"lol\"\n";
    for (int level = 1; level <= levels; ++level) {
        QByteArray list;
        for (int i = 0; i < fanout; ++i)
            list += (i ? ", *lol" : "*lol") + QByteArray::number(level - 1);
        doc += "lol" + QByteArray::number(level) + ": &lol" + QByteArray::number(level) + " [" + list + "]\n";
    }
    return doc;
}

// Each anchor names the previous one twice: 2^levels copies of the first.
QByteArray doublingAliases(int levels)
{
    QByteArray doc = "a0: &a0 twice\n";
    for (int level = 1; level <= levels; ++level) {
        const QByteArray previous = "*a" + QByteArray::number(level - 1);
        doc += "a" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [" + previous + ", " +
               previous + "]\n";
    }
    return doc;
}

// `users` users whose client-certificate-data all name one anchored scalar of `bytes` bytes.
QByteArray usersSharingAnchor(qsizetype bytes, int users)
{
    QByteArray doc = "apiVersion: v1\nkind: Config\nusers:\n";
    for (int i = 0; i < users; ++i) {
        doc += "- name: user" + QByteArray::number(i) + "\n  user:\n    client-certificate-data: ";
        doc += i == 0 ? QByteArray("&blob " + QByteArray(bytes, 'Q')) : QByteArray("*blob");
        doc += '\n';
    }
    return doc;
}

// Clusters sharing one CA through an alias, as a careful hand-written kubeconfig may: legitimate.
QByteArray clustersSharingCa(int clusters)
{
    const QByteArray ca = TestPki::sharedCa().certificatePem.toBase64();
    QByteArray doc = "apiVersion: v1\nkind: Config\nclusters:\n";
    for (int i = 0; i < clusters; ++i) {
        doc += "- name: c" + QByteArray::number(i) + "\n  cluster:\n    server: https://10.0.0.1:6443\n";
        doc += "    certificate-authority-data: " + (i == 0 ? QByteArray("&ca " + ca) : QByteArray("*ca")) +
               '\n';
    }
    return doc;
}

QByteArray flowNesting(int depth, const QByteArray &open, const QByteArray &close, const QByteArray &inner)
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

// A kubeconfig whose only user carries `value` as an exec argument list.
QByteArray userWithExecArgs(const QByteArray &value)
{
    return "apiVersion: v1\nkind: Config\nusers:\n- name: u\n  user:\n    exec:\n      apiVersion: "
           "client.authentication.k8s.io/v1beta1\n      command: get-token\n      args: " +
           value + "\n";
}

// A YAML value as written: plain when it is a base64 blob, double-quoted otherwise (garbage rows).
QByteArray yamlValue(const QByteArray &value)
{
    const auto isBlobChar = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
               c == '/' || c == '=' || c == '.' || c == '_' || c == '-';
    };
    if (!value.isEmpty() && std::all_of(value.cbegin(), value.cend(), isBlobChar))
        return value;
    QByteArray quoted = value;
    return '"' + quoted.replace('\\', "\\\\").replace('"', "\\\"") + '"';
}

// One context "ctx" on cluster "cluster" (CA `caData`) and user "user" (`certificateData`,
// `keyData`), the *-data values given as written. Written as text: yaml-cpp's emitter (which
// KubeconfigBuilder uses) writes only ~5 MB/s, too slow for the multi-megabyte values here.
QByteArray certificateKubeconfig(const QByteArray &caData, const QByteArray &certificateData,
                                 const QByteArray &keyData)
{
    return "apiVersion: v1\nkind: Config\nclusters:\n- name: cluster\n  cluster:\n    server: "
           "https://127.0.0.1:6443\n    certificate-authority-data: " +
           yamlValue(caData) +
           "\nusers:\n- name: user\n  user:\n    client-certificate-data: " + yamlValue(certificateData) +
           "\n    client-key-data: " + yamlValue(keyData) +
           "\ncontexts:\n- name: ctx\n  context:\n    cluster: cluster\n    user: user\ncurrent-context: "
           "ctx\n";
}

QByteArray certificateKubeconfig(const IssuedCertificate &user, const QByteArray &caPem,
                                 const QByteArray &chainPem = {})
{
    return certificateKubeconfig(caPem.toBase64(), QByteArray(user.certificatePem + chainPem).toBase64(),
                                 user.privateKeyPem.toBase64());
}

// ---- Certificates and keys ----------------------------------------------------------------------

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(len));
}

KeyPtr keyFromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
}

QByteArray privateKeyPem(EVP_PKEY *key, bool pkcs8)
{
    BioPtr bio(BIO_new(BIO_s_mem()), BIO_free);
    const int written =
        pkcs8 ? PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
              : PEM_write_bio_PrivateKey_traditional(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return written == 1 ? bioBytes(bio.get()) : QByteArray();
}

KeyPtr ecKey()
{
    return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), EVP_PKEY_free);
}

// An RSA key of `bits` bits that is only well-formed: random odd numbers in every field, no primes.
// Generating a real 16384-bit key takes minutes; reading, describing and matching a key never ask
// whether its factors are prime, so a crafted key takes the very same paths.
KeyPtr craftedRsaKey(int bits)
{
    std::vector<std::unique_ptr<BIGNUM, decltype(&BN_free)>> numbers;
    const auto random = [&numbers](int size) {
        numbers.emplace_back(BN_new(), BN_free);
        BN_rand(numbers.back().get(), size, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ODD);
        return numbers.back().get();
    };
    BIGNUM *exponent = BN_new();
    BN_set_word(exponent, 65537);
    numbers.emplace_back(exponent, BN_free);

    std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> build(OSSL_PARAM_BLD_new(),
                                                                          OSSL_PARAM_BLD_free);
    OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_N, random(bits));
    OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_E, exponent);
    OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_D, random(bits - 1));
    OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_FACTOR1, random(bits / 2));
    OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_FACTOR2, random(bits / 2));
    OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_EXPONENT1, random(bits / 2 - 1));
    OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_EXPONENT2, random(bits / 2 - 1));
    OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1, random(bits / 2 - 1));
    std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)> params(OSSL_PARAM_BLD_to_param(build.get()),
                                                                   OSSL_PARAM_free);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
        EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr), EVP_PKEY_CTX_free);
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_fromdata_init(context.get()) != 1 ||
        EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_KEYPAIR, params.get()) != 1)
        key = nullptr;
    return KeyPtr(key, EVP_PKEY_free);
}

// A client certificate for `subjectKey`, signed by the shared test CA, valid from a month before
// to 300 days after the fixed "now", and shaped by `customize` before it is signed.
QByteArray mintCertificate(EVP_PKEY *subjectKey, const std::function<bool(X509 *)> &customize = {})
{
    static std::atomic<long> serial{1000};
    const IssuedCertificate &ca = TestPki::sharedCa();
    const KeyPtr caKey = keyFromPem(ca.privateKeyPem);
    const std::vector<Certificate> caChain = Certificate::parsePemBundle(ca.certificatePem, nullptr);
    if (!caKey || caChain.empty())
        return {};
    const std::shared_ptr<X509> caCert = caChain.front().toX509();

    X509Ptr cert(X509_new(), X509_free);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial++);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(cert.get()), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("hostile"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert.get()));
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(test::fixedNow().addDays(-30).toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(test::fixedNow().addDays(300).toSecsSinceEpoch()));
    if (X509_set_pubkey(cert.get(), subjectKey) != 1)
        return {};
    if (customize && !customize(cert.get()))
        return {};
    if (X509_sign(cert.get(), caKey.get(), EVP_sha256()) <= 0)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_X509(bio.get(), cert.get());
    return bioBytes(bio.get());
}

bool addUnknownExtension(X509 *cert, const QByteArray &oid, const QByteArray &value)
{
    std::unique_ptr<ASN1_OBJECT, decltype(&ASN1_OBJECT_free)> object(OBJ_txt2obj(oid.constData(), 1),
                                                                     ASN1_OBJECT_free);
    std::unique_ptr<ASN1_OCTET_STRING, decltype(&ASN1_OCTET_STRING_free)> octets(ASN1_OCTET_STRING_new(),
                                                                                 ASN1_OCTET_STRING_free);
    if (!object || !octets ||
        ASN1_OCTET_STRING_set(octets.get(), reinterpret_cast<const unsigned char *>(value.constData()),
                              int(value.size())) != 1)
        return false;
    X509_EXTENSION *extension = X509_EXTENSION_create_by_OBJ(nullptr, object.get(), 0, octets.get());
    const bool added = extension && X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

// A subjectAltName of DNS names, about `bytes` long.
bool addHugeSubjectAltName(X509 *cert, qsizetype bytes)
{
    GENERAL_NAMES *names = sk_GENERAL_NAME_new_null();
    for (qsizetype written = 0; written < bytes;) {
        const QByteArray dns = "host-" + QByteArray::number(written) + ".hostile.example.com";
        ASN1_IA5STRING *text = ASN1_IA5STRING_new();
        ASN1_STRING_set(text, dns.constData(), int(dns.size()));
        GENERAL_NAME *name = GENERAL_NAME_new();
        GENERAL_NAME_set0_value(name, GEN_DNS, text);
        sk_GENERAL_NAME_push(names, name);
        written += dns.size() + 2;
    }
    const bool added = X509_add1_ext_i2d(cert, NID_subject_alt_name, names, 0, X509V3_ADD_DEFAULT) == 1;
    GENERAL_NAMES_free(names);
    return added;
}

// An issuer name with one attribute (of a private OID, which has no length limit) `bytes` long.
bool setHugeIssuerName(X509 *cert, qsizetype bytes, char filler)
{
    std::unique_ptr<X509_NAME, decltype(&X509_NAME_free)> name(X509_NAME_new(), X509_NAME_free);
    const QByteArray value(bytes, filler);
    std::unique_ptr<ASN1_OBJECT, decltype(&ASN1_OBJECT_free)> object(OBJ_txt2obj("1.3.6.1.4.1.55555.3", 1),
                                                                     ASN1_OBJECT_free);
    return X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>("Hostile CA"), -1, -1,
                                      0) == 1 &&
           X509_NAME_add_entry_by_OBJ(name.get(), object.get(), MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(value.constData()),
                                      int(value.size()), -1, 0) == 1 &&
           X509_set_issuer_name(cert, name.get()) == 1;
}

// ---- JWTs ---------------------------------------------------------------------------------------

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jwtWithPayload(const QByteArray &json)
{
    return base64Url(R"({"alg":"none","typ":"JWT"})") + '.' + base64Url(json) + '.' + base64Url("signature");
}

} // namespace

Q_DECLARE_METATYPE(MakeDocument)

class TestHostileInputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void yamlDocuments_data();
    void yamlDocuments();
    void writingExpandingTrees_data();
    void writingExpandingTrees();
    void oversizedFiles_data();
    void oversizedFiles();
    void pathsThatAreNotFiles_data();
    void pathsThatAreNotFiles();
    void binaryAndEncoding_data();
    void binaryAndEncoding();
    void base64Garbage_data();
    void base64Garbage();
    void hugeCertificates_data();
    void hugeCertificates();
    void hugeIssuerNamesAreNotKept();
    void bigRsaKeys_data();
    void bigRsaKeys();
    void thousandsOfCertificates_data();
    void thousandsOfCertificates();
    void symlinkLoopsInAddedFolders();
    void hostileTokens_data();
    void hostileTokens();

private:
    QString writeCase(const QByteArray &bytes);

    QTemporaryDir m_home;
    int m_files = 0;
};

void TestHostileInputs::initTestCase()
{
    test::setUpTestEnvironment();
    QVERIFY(m_home.isValid());
    // A pipe whose reader gave up must not kill the test (see oversizedFiles).
    std::signal(SIGPIPE, SIG_IGN);
    // Mint the shared CA outside any measured case.
    QVERIFY(!TestPki::sharedCa().certificatePem.isEmpty());
}

QString TestHostileInputs::writeCase(const QByteArray &bytes)
{
    return test::writeFile(m_home.filePath(QStringLiteral("case-%1.yaml").arg(++m_files)), bytes);
}

// ---- YAML: alias bombs, node floods, deep nesting -----------------------------------------------

void TestHostileInputs::yamlDocuments_data()
{
    QTest::addColumn<MakeDocument>("make");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("error"); ///< a fragment of the error, when status is "error"

    const QString aliases = QStringLiteral("aliases repeat too much");
    const QString cycle = QStringLiteral("refers to the value that contains it");
    const QString tooMany = QStringLiteral("more than 500000 YAML values");
    const QString tooDeep = QStringLiteral("nested too deeply");
    const QString error = QStringLiteral("error");

    QTest::newRow("billion laughs: 9 levels of 9 aliases")
        << MakeDocument(+[]() -> QByteArray { return billionLaughs(9, 9); }) << error << aliases;
    QTest::newRow("billion laughs inside a user's exec args")
        << MakeDocument(+[]() -> QByteArray { return billionLaughs(9, 9) + userWithExecArgs("*lol9"); })
        << error << aliases;
    QTest::newRow("30 levels of aliases named twice")
        << MakeDocument(+[]() -> QByteArray { return doublingAliases(30); }) << error << aliases;
    QTest::newRow("empty lists repeated 9^9 times") << MakeDocument(+[]() -> QByteArray {
        QByteArray doc = "e0: &e0 []\n";
        for (int level = 1; level <= 9; ++level) {
            const QByteArray previous = "*e" + QByteArray::number(level - 1);
            doc += "e" + QByteArray::number(level) + ": &e" + QByteArray::number(level) + " [" +
                   QByteArray(previous + ", ").repeated(8) + previous + "]\n";
        }
        return doc;
    }) << error << aliases;
    QTest::newRow("8 users name one 4 MiB anchor")
        << MakeDocument(+[]() -> QByteArray { return usersSharingAnchor(4 * MiB, 8); }) << error << aliases;
    QTest::newRow("5,000 users name one 8 KiB anchor")
        << MakeDocument(+[]() -> QByteArray { return usersSharingAnchor(8 * 1024, 5000); }) << error
        << aliases;
    QTest::newRow("alias inside the list it names")
        << MakeDocument(+[]() -> QByteArray { return QByteArray("a: &a [x, *a]\n"); }) << error << cycle;
    QTest::newRow("alias inside the users list it names") << MakeDocument(+[]() -> QByteArray {
        return QByteArray("users: &u\n- name: x\n  user:\n    exec: *u\n");
    }) << error << cycle;
    QTest::newRow("a million flow values") << MakeDocument(+[]() -> QByteArray {
        return "x: [" + QByteArray("a,").repeated(1'000'000) + "a]\n";
    }) << error << tooMany;
    QTest::newRow("600,000 block entries")
        << MakeDocument(+[]() -> QByteArray { return "x:\n" + QByteArray("- a\n").repeated(600'000); })
        << error << tooMany;
    QTest::newRow("600,000 empty mappings") << MakeDocument(+[]() -> QByteArray {
        return "x: [" + QByteArray("{},").repeated(600'000) + "{}]\n";
    }) << error << tooMany;
    QTest::newRow("600,000 nulls") << MakeDocument(+[]() -> QByteArray {
        return "x:\n" + QByteArray("-\n").repeated(600'000);
    }) << error << tooMany;
    QTest::newRow("10,000-deep flow sequences")
        << MakeDocument(+[]() -> QByteArray { return "x: " + flowNesting(10'000, "[", "]", "a") + "\n"; })
        << error << tooDeep;
    QTest::newRow("10,000-deep flow mappings")
        << MakeDocument(+[]() -> QByteArray { return "x: " + flowNesting(10'000, "{a: ", "}", "b") + "\n"; })
        << error << tooDeep;
    QTest::newRow("10,000-deep block sequences")
        << MakeDocument(+[]() -> QByteArray { return "x:\n" + QByteArray("- ").repeated(10'000) + "a\n"; })
        << error << tooDeep;
    QTest::newRow("10,000-deep mixed nesting in a user's exec args") << MakeDocument(+[]() -> QByteArray {
        return userWithExecArgs(flowNesting(5'000, "[{a: ", "}]", "b"));
    }) << error << tooDeep;
    QTest::newRow("10,000-deep flow sequences with anchors") << MakeDocument(+[]() -> QByteArray {
        return "x: &a " + flowNesting(10'000, "[", "]", "a") + "\ny: *a\n";
    }) << error << tooDeep;

    // What must keep working.
    QTest::newRow("300 levels of nesting in an unknown field") << MakeDocument(+[]() -> QByteArray {
        return "apiVersion: v1\nx: " + flowNesting(300, "[", "]", "a") + "\n";
    }) << QStringLiteral("empty") << QString();
    QTest::newRow("100,000 values in an unknown field")
        << MakeDocument(+[]() -> QByteArray { return "x: [" + QByteArray("a,").repeated(100'000) + "a]\n"; })
        << QStringLiteral("empty") << QString();
    QTest::newRow("200 clusters share their CA through an alias")
        << MakeDocument(+[]() -> QByteArray { return clustersSharingCa(200); }) << QStringLiteral("ok")
        << QString();
    QTest::newRow("anchors and aliases that repeat little")
        << MakeDocument(+[]() -> QByteArray { return billionLaughs(3, 9); }) << QStringLiteral("empty")
        << QString();
}

void TestHostileInputs::yamlDocuments()
{
    QFETCH(MakeDocument, make);
    QFETCH(QString, status);
    QFETCH(QString, error);

    const QString path = writeCase(make());
    CaseMeter meter;
    const KubeconfigSet set = KubeconfigSet::load({path});
    const CheckReport report = check(set);

    QCOMPARE(set.documents().size(), std::size_t(1));
    const KubeconfigDocument &doc = set.documents().front();
    QCOMPARE(KubeconfigDocument::statusName(doc.status()), status);
    QCOMPARE(report.files.size(), std::size_t(1));
    if (!error.isEmpty()) {
        // Refused (the limits before any tree is built): nothing of the document is kept.
        QVERIFY2(doc.error().contains(error), qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(path), qPrintable(doc.error()));
        QVERIFY(!doc.root().IsDefined() || doc.root().IsNull());
        QVERIFY(report.files.front().error == doc.error());
        QVERIFY(report.contexts.empty());
    } else {
        QVERIFY2(doc.error().isEmpty(), qPrintable(doc.error()));
        // Aliases that stay within the limit are expanded like any other value.
        for (const ClusterEntry &cluster : doc.clusters()) {
            QVERIFY(!cluster.certificateAuthorityData.isEmpty());
            QCOMPARE(cluster.certificateAuthorityData, doc.clusters().front().certificateAuthorityData);
        }
        // The write path copes with what the read path accepted.
        QVERIFY(!YamlEmitter::toYaml(doc.root()).isEmpty());
    }
    VERIFY_BOUNDED(meter);
}

// ---- Writing: trees that expand when written out --------------------------------------------------

void TestHostileInputs::writingExpandingTrees_data()
{
    // Trees that never came through KubeconfigDocument (yaml-cpp's own loader, or code): the
    // writer must refuse them by its own limits.
    QTest::addColumn<MakeDocument>("make");
    QTest::addColumn<QString>("kind");

    QTest::newRow("billion laughs, as yaml-cpp loads it")
        << MakeDocument(+[]() -> QByteArray { return billionLaughs(9, 9, "apiVersion: v1\n"); })
        << QStringLiteral("yaml");
    QTest::newRow("an alias inside the list it names, as yaml-cpp loads it")
        << MakeDocument(+[]() -> QByteArray { return QByteArray("apiVersion: v1\na: &a [x, *a]\n"); })
        << QStringLiteral("yaml");
    QTest::newRow("a 4 MiB scalar named 20 times, as yaml-cpp loads it") << MakeDocument(+[]() -> QByteArray {
        return "apiVersion: v1\nblob: &b " + QByteArray(4 * MiB, 'Q') + "\nmany: [" +
               QByteArray("*b, ").repeated(19) + "*b]\n";
    }) << QStringLiteral("yaml");
    QTest::newRow("a 10,000-deep tree built in code") << MakeDocument(nullptr) << QStringLiteral("deep");
}

void TestHostileInputs::writingExpandingTrees()
{
    QFETCH(MakeDocument, make);
    QFETCH(QString, kind);

    const QByteArray original = "apiVersion: v1\nkind: Config\ncurrent-context: a\n";
    const QString path = writeCase(original);
    const KubeconfigDocument doc = KubeconfigDocument::load(path);
    QCOMPARE(doc.status(), KubeconfigDocument::Status::Ok);

    CaseMeter meter;
    YAML::Node root;
    if (kind == QLatin1String("yaml")) {
        const QByteArray text = make();
        root = YAML::Load(text.toStdString());
    } else {
        // Top down, keeping each level in a vector: assigning a YAML::Node rebinds the node it
        // refers to rather than the variable.
        root = YAML::Node(YAML::NodeType::Map);
        root["apiVersion"] = "v1";
        std::vector<YAML::Node> levels{YAML::Node(YAML::NodeType::Sequence)};
        root["deep"] = levels.back();
        for (int level = 1; level < 10'000; ++level) {
            YAML::Node inner(YAML::NodeType::Sequence);
            levels.back().push_back(inner);
            levels.push_back(inner);
        }
    }
    // write() emits the tree first (emitYaml) and says so when that gives nothing.
    BackupStore backups(m_home.filePath(QStringLiteral("backups")));
    KubeconfigWriter writer(backups);
    const WriteResult result = writer.write(doc, root, test::fixedNow());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("too deep or too large")), qPrintable(result.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
    VERIFY_BOUNDED(meter);
}

// ---- Files larger than the cap ----------------------------------------------------------------------

void TestHostileInputs::oversizedFiles_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("memoryMiB"); ///< how much the case may add to the peak

    // Refused from the size of the open file: nothing is read, so almost no memory is used.
    QTest::newRow("a 100 MiB file") << qint64(100 * MiB) << qint64(8);
    QTest::newRow("one byte over 16 MiB") << KubeconfigDocument::MaximumFileSize + 1 << qint64(8);
}

void TestHostileInputs::oversizedFiles()
{
    QFETCH(qint64, size);
    QFETCH(qint64, memoryMiB);

    const QString path = m_home.filePath(QStringLiteral("oversized-%1").arg(size));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(size)); // sparse
    file.close();

    CaseMeter meter;
    const KubeconfigSet set = KubeconfigSet::load({path});
    const CheckReport report = check(set);

    const KubeconfigDocument &doc = set.documents().front();
    QCOMPARE(doc.status(), KubeconfigDocument::Status::Error);
    QVERIFY2(doc.error().contains(QLatin1String("too large")), qPrintable(doc.error()));
    QVERIFY2(doc.error().contains(QLatin1String("16 MiB")), qPrintable(doc.error()));
    QVERIFY(doc.bytes().isEmpty());
    QCOMPARE(report.files.front().status, KubeconfigDocument::Status::Error);
    VERIFY_BOUNDED(meter, memoryMiB);
}

// ---- Paths that name no file: FIFOs, devices, folders ----------------------------------------------

void TestHostileInputs::pathsThatAreNotFiles_data()
{
    QTest::addColumn<QString>("kind");  ///< "fifo" (no writer ever comes), "folder" or a device path
    QTest::addColumn<QString>("where"); ///< the kubeconfig itself, or the field of it that names the path

    // A FIFO without a writer blocks open() and read() for good; /dev/zero never ends. The window's
    // reload and `kubeminder check` must refuse them at once instead.
    const QStringList kinds = {QStringLiteral("fifo"), QStringLiteral("/dev/zero"),
                               QStringLiteral("/dev/null"), QStringLiteral("folder")};
    const QStringList places = {QStringLiteral("kubeconfig"), QStringLiteral("tokenFile"),
                                QStringLiteral("client-certificate"), QStringLiteral("client-key"),
                                QStringLiteral("certificate-authority")};
    for (const QString &kind : kinds) {
        for (const QString &where : places) {
            if (kind == QLatin1String("folder") && where == QLatin1String("kubeconfig"))
                continue; // its own message, tested with the sources
            QTest::newRow(qPrintable(kind + QStringLiteral(" as ") + where)) << kind << where;
        }
    }
}

void TestHostileInputs::pathsThatAreNotFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, where);

    QString path = kind;
    if (kind == QLatin1String("fifo")) {
        path = m_home.filePath(QStringLiteral("fifo-%1").arg(++m_files));
        QVERIFY(mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    } else if (kind == QLatin1String("folder")) {
        path = m_home.filePath(QStringLiteral("folder-%1").arg(++m_files));
        QVERIFY(QDir().mkpath(path));
    } else if (!QFileInfo::exists(path)) {
        QSKIP("no such device here");
    }

    QString kubeconfig = path;
    if (where != QLatin1String("kubeconfig")) {
        const IssuedCertificate client = TestPki::leafExpiringIn(test::fixedNow(), 200);
        const auto field = [&](const char *name, const QByteArray &pem) -> QByteArray {
            if (where == QLatin1String(name))
                return QByteArray(name) + ": " + QFile::encodeName(path);
            return QByteArray(name) + "-data: " + pem.toBase64();
        };
        const QByteArray user = where == QLatin1String("tokenFile")
                                    ? QByteArray("tokenFile: " + QFile::encodeName(path))
                                    : field("client-certificate", client.certificatePem) + "\n    " +
                                          field("client-key", client.privateKeyPem);
        kubeconfig = writeCase("apiVersion: v1\nkind: Config\nclusters:\n- name: cluster\n  cluster:\n"
                               "    server: https://127.0.0.1:6443\n    " +
                               field("certificate-authority", TestPki::sharedCa().certificatePem) +
                               "\nusers:\n- name: user\n  user:\n    " + user +
                               "\ncontexts:\n- name: ctx\n  context:\n    cluster: cluster\n"
                               "    user: user\n");
    }

    CaseMeter meter;
    const KubeconfigSet set = KubeconfigSet::load({kubeconfig});
    const CheckReport report = check(set);
    if (where == QLatin1String("kubeconfig") && kind == QLatin1String("/dev/null")) {
        // KUBECONFIG=/dev/null means "no kubeconfig" to kubectl: empty, not an error.
        QCOMPARE(set.documents().front().status(), KubeconfigDocument::Status::Empty);
        QVERIFY(report.contexts.empty());
    } else if (where == QLatin1String("kubeconfig")) {
        const KubeconfigDocument &doc = set.documents().front();
        QCOMPARE(doc.status(), KubeconfigDocument::Status::Error);
        QVERIFY2(doc.error().contains(QLatin1String("not a regular file")), qPrintable(doc.error()));
        // The way out, in words that fit the window and the command line alike.
        QVERIFY2(doc.error().contains(QLatin1String("or import it")), qPrintable(doc.error()));
    } else {
        const ContextReport *context = findContext(report, QStringLiteral("ctx"));
        QVERIFY(context);
        const QString said = sayings(*context);
        QVERIFY2(said.contains(path + QLatin1String(" is not a regular file")), qPrintable(said));
        QVERIFY2(context->status >= Status::Error, qPrintable(said));
    }
    VERIFY_BOUNDED(meter);
}

// ---- NUL bytes and invalid UTF-8 ------------------------------------------------------------------

void TestHostileInputs::binaryAndEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error"); ///< empty: the file is fine

    const QByteArray valid = "apiVersion: v1\nkind: Config\ncurrent-context: dev\n";
    const QString binary = QStringLiteral("binary data (NUL bytes)");

    QTest::newRow("NUL at the start") << QByteArray(QByteArray(1, '\0') + valid) << binary;
    QTest::newRow("NUL inside a name") << QByteArray("users:\n- name: a\0b\n", 19) << binary;
    QTest::newRow("NUL at the end") << QByteArray(valid + QByteArray(1, '\0')) << binary;
    QTest::newRow("a megabyte of NULs") << QByteArray(MiB, '\0') << binary;
    QTest::newRow("UTF-16 with a byte-order mark")
        << QByteArray(QByteArray("\xff\xfe") +
                      QByteArray("a\0p\0i\0V\0e\0r\0s\0i\0o\0n\0:\0 \0v\0001\0\n\0", 30))
        << binary;

    QTest::newRow("invalid byte in a name")
        << QByteArray("apiVersion: v1\nusers:\n- name: \xff\n") << QStringLiteral("line 3 is not UTF-8");
    QTest::newRow("names that differ only in invalid bytes")
        << QByteArray("users:\n- name: \xfe\n- name: \xff\n") << QStringLiteral("line 2 is not UTF-8");
    QTest::newRow("Latin-1 name") << QByteArray(
                                         "contexts:\n- name: caf\xe9\n  context: {cluster: a, user: b}\n")
                                  << QStringLiteral("line 2 is not UTF-8");
    QTest::newRow("sequence cut off at the end of the file")
        << QByteArray("current-context: caf\xc3") << QStringLiteral("line 1 is not UTF-8");
    QTest::newRow("overlong encoding of /")
        << QByteArray("current-context: \xc0\xaf\n") << QStringLiteral("line 1 is not UTF-8");
    QTest::newRow("UTF-16 surrogate encoded as UTF-8")
        << QByteArray("current-context: \xed\xa0\x80\n") << QStringLiteral("line 1 is not UTF-8");
    QTest::newRow("invalid byte in base64 data")
        << QByteArray(
               "clusters:\n- name: c\n  cluster:\n    server: https://x\n    certificate-authority-data: "
               "QUJD\xff\n")
        << QStringLiteral("line 5 is not UTF-8");
    QTest::newRow("invalid byte in a comment")
        << QByteArray("# \x80\n" + valid) << QStringLiteral("line 1 is not UTF-8");

    // Valid YAML, read as written.
    QTest::newRow("escaped NUL in a quoted name")
        << QByteArray("users:\n- name: \"a\\0b\"\n  user: {token: abc}\n") << QString();
    QTest::newRow("UTF-8 byte-order mark") << QByteArray("\xef\xbb\xbf" + valid) << QString();
}

void TestHostileInputs::binaryAndEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    const QString path = writeCase(bytes);
    CaseMeter meter;
    const KubeconfigSet set = KubeconfigSet::load({path});
    const CheckReport report = check(set);
    const KubeconfigDocument &doc = set.documents().front();
    if (error.isEmpty()) {
        QVERIFY2(doc.status() == KubeconfigDocument::Status::Ok, qPrintable(doc.error()));
    } else {
        QCOMPARE(doc.status(), KubeconfigDocument::Status::Error);
        QVERIFY2(doc.error().contains(error), qPrintable(doc.error()));
        QVERIFY(set.users().empty());
        QVERIFY(report.contexts.empty());
    }
    VERIFY_BOUNDED(meter);
}

// ---- Base64 fields with garbage -----------------------------------------------------------------------

void TestHostileInputs::base64Garbage_data()
{
    QTest::addColumn<QString>("field"); ///< set on the user, or on the cluster for certificate-authority-data
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>(
        "said"); ///< in the context's problems, or the file's error when it breaks the file

    QByteArray random(4096, '\0');
    QRandomGenerator generator(42);
    for (char &c : random)
        c = char(generator.bounded(256));
    const QByteArray certificateField = "client-certificate-data";
    const QString notBase64 = QStringLiteral("is not valid base64");
    const QString noCertificate = QStringLiteral("contains no PEM certificate");
    const QString notPem = QStringLiteral("its certificate is not valid PEM");
    const QByteArray der = *PemReader::blocks(TestPki::sharedCa().certificatePem).front().decode();

    QTest::newRow("CA data: not base64 at all")
        << QStringLiteral("certificate-authority-data") << QByteArray("!!!not base64!!!") << notBase64;
    QTest::newRow("certificate: padding missing")
        << QString::fromLatin1(certificateField) << QByteArray("QUJDRA") << notBase64;
    QTest::newRow("key: a space inside")
        << QStringLiteral("client-key-data") << QByteArray("QUJD RA==") << notBase64;
    QTest::newRow("certificate: base64 of random bytes")
        << QString::fromLatin1(certificateField) << random.toBase64() << noCertificate;
    QTest::newRow("CA data: base64 of 8 MiB of random bytes")
        << QStringLiteral("certificate-authority-data") << random.repeated(2048).toBase64()
        << QStringLiteral("the CA of cluster “cluster” is unreadable: it contains no PEM certificate");
    QTest::newRow("certificate: PEM around garbage")
        << QString::fromLatin1(certificateField)
        << QByteArray("-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n").toBase64() << notPem;
    QTest::newRow("certificate: PEM around a truncated DER")
        << QString::fromLatin1(certificateField)
        << QByteArray("-----BEGIN CERTIFICATE-----\n" + der.left(der.size() / 2).toBase64() +
                      "\n-----END CERTIFICATE-----\n")
               .toBase64()
        << notPem;
    QTest::newRow("certificate: PEM that never ends")
        << QString::fromLatin1(certificateField)
        << QByteArray("-----BEGIN CERTIFICATE-----\n" + QByteArray("QUJD\n").repeated(100'000)).toBase64()
        << notPem;
    QTest::newRow("certificate: DER bytes instead of PEM")
        << QString::fromLatin1(certificateField) << der.toBase64() << noCertificate;
    QTest::newRow("key: base64 of random bytes") << QStringLiteral("client-key-data") << random.toBase64()
                                                 << QStringLiteral("it contains no PEM private key");
    QTest::newRow("key: PEM around garbage")
        << QStringLiteral("client-key-data")
        << QByteArray("-----BEGIN EC PRIVATE KEY-----\nQUJD\n-----END EC PRIVATE KEY-----\n").toBase64()
        << QStringLiteral("its private key is not valid PEM");
}

void TestHostileInputs::base64Garbage()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, said);

    const IssuedCertificate user = TestPki::leafExpiringIn(test::fixedNow(), 100);
    QByteArray fields[] = {TestPki::sharedCa().certificatePem.toBase64(), user.certificatePem.toBase64(),
                           user.privateKeyPem.toBase64()};
    const QStringList names{QStringLiteral("certificate-authority-data"),
                            QStringLiteral("client-certificate-data"), QStringLiteral("client-key-data")};
    QVERIFY(names.contains(field));
    fields[names.indexOf(field)] = value;
    const QString path = writeCase(certificateKubeconfig(fields[0], fields[1], fields[2]));

    CaseMeter meter;
    const CheckReport report = check(KubeconfigSet::load({path}));
    if (said == QLatin1String("is not valid base64")) {
        // client-go decodes *-data as it loads: kubectl refuses the whole file, and so do we.
        QCOMPARE(report.files.size(), std::size_t(1));
        QCOMPARE(report.files.front().status, KubeconfigDocument::Status::Error);
        QVERIFY2(report.files.front().error.contains(said), qPrintable(report.files.front().error));
        QVERIFY(report.contexts.empty());
        VERIFY_BOUNDED(meter);
        return;
    }
    const ContextReport *context = findContext(report, QStringLiteral("ctx"));
    QVERIFY(context);
    QCOMPARE(context->status, Status::Error);
    QVERIFY2(sayings(*context).contains(said), qPrintable(sayings(*context)));
    VERIFY_BOUNDED(meter);
}

// ---- Certificates with huge parts -----------------------------------------------------------------------

void TestHostileInputs::hugeCertificates_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("a 1 MiB subjectAltName list") << QStringLiteral("san");
    QTest::newRow("an 8 MiB unknown extension") << QStringLiteral("extension");
    QTest::newRow("20,000 small extensions") << QStringLiteral("extensions");
    // OpenSSL refuses to decode any name over 1 MiB (X509_NAME_MAX).
    QTest::newRow("a 900 KiB issuer name") << QStringLiteral("issuer");
    QTest::newRow("10,000 organizations (groups)") << QStringLiteral("organizations");
}

void TestHostileInputs::hugeCertificates()
{
    QFETCH(QString, shape);

    const KeyPtr key = ecKey();
    QVERIFY(key);
    const QByteArray pem = mintCertificate(key.get(), [&shape](X509 *cert) {
        if (shape == QLatin1String("san"))
            return addHugeSubjectAltName(cert, MiB);
        if (shape == QLatin1String("extension"))
            return addUnknownExtension(cert, "1.3.6.1.4.1.55555.1", QByteArray(8 * MiB, 'x'));
        if (shape == QLatin1String("extensions")) {
            for (int i = 0; i < 20'000; ++i) {
                if (!addUnknownExtension(cert, "1.3.6.1.4.1.55555.2." + QByteArray::number(i), "x"))
                    return false;
            }
            return true;
        }
        if (shape == QLatin1String("issuer"))
            return setHugeIssuerName(cert, 900 * 1024, 'i');
        X509_NAME *subject = X509_get_subject_name(cert);
        for (int i = 0; i < 10'000; ++i) {
            const QByteArray org = "group-" + QByteArray::number(i);
            if (X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
                                           reinterpret_cast<const unsigned char *>(org.constData()), -1, -1,
                                           0) != 1)
                return false;
        }
        return true;
    });
    QVERIFY(!pem.isEmpty());
    const IssuedCertificate issued{pem, privateKeyPem(key.get(), false)};
    const QString path = writeCase(certificateKubeconfig(issued, TestPki::sharedCa().certificatePem));

    CaseMeter meter;
    // The reader alone, and the whole check: the certificate is read right, and the key matches.
    QString error;
    const std::vector<Certificate> chain = Certificate::parsePemBundle(pem, &error);
    QCOMPARE(chain.size(), std::size_t(1));
    QCOMPARE(chain.front().info().commonName, QStringLiteral("hostile"));
    if (shape == QLatin1String("organizations"))
        QCOMPARE(chain.front().info().organizations.size(), qsizetype(10'000));
    const auto privateKey = PrivateKey::parsePem(issued.privateKeyPem, &error);
    QVERIFY2(privateKey, qPrintable(error));
    QVERIFY(chain.front().matches(*privateKey));

    const CheckReport report = check(KubeconfigSet::load({path}));
    const ContextReport *context = findContext(report, QStringLiteral("ctx"));
    QVERIFY(context);
    QVERIFY2(context->status == Status::Ok, qPrintable(sayings(*context)));
    QCOMPARE(context->credential.subject, QStringLiteral("hostile"));
    VERIFY_BOUNDED(meter);
}

void TestHostileInputs::hugeIssuerNamesAreNotKept()
{
    if (UnderAddressSanitizer)
        QSKIP("ASan keeps freed memory in quarantine: resident memory says nothing here");
    // Certificate remembers recent issuer names per thread (every client certificate of a cluster
    // names the same issuer); megabyte-long ones must not stay behind once read.
    const KeyPtr key = ecKey();
    std::vector<QByteArray> ders;
    for (int i = 0; i < 16; ++i) {
        const QByteArray pem = mintCertificate(
            key.get(), [i](X509 *cert) { return setHugeIssuerName(cert, 900 * 1024, char('a' + i)); });
        QVERIFY(!pem.isEmpty());
        ders.push_back(*PemReader::blocks(pem).front().decode());
    }
    const qint64 before = residentKiB();
    for (const QByteArray &der : ders) {
        QString error;
        QVERIFY2(Certificate::fromDer(der, &error), qPrintable(error));
    }
    const qint64 keptMiB = (residentKiB() - before) / 1024;
    QVERIFY2(keptMiB < 8, qPrintable(QStringLiteral("%1 MiB stayed behind").arg(keptMiB)));
}

// ---- Big RSA keys ---------------------------------------------------------------------------------------

void TestHostileInputs::bigRsaKeys_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("pkcs8");
    QTest::addColumn<bool>("matching");

    QTest::newRow("16384-bit RSA, PKCS#1, its own certificate") << 16384 << false << true;
    QTest::newRow("16384-bit RSA, PKCS#8, its own certificate") << 16384 << true << true;
    QTest::newRow("16384-bit RSA, PKCS#1, another key's certificate") << 16384 << false << false;
    QTest::newRow("65536-bit RSA, PKCS#1, its own certificate") << 65536 << false << true;
    QTest::newRow("65536-bit RSA, PKCS#8, another key's certificate") << 65536 << true << false;
}

void TestHostileInputs::bigRsaKeys()
{
    QFETCH(int, bits);
    QFETCH(bool, pkcs8);
    QFETCH(bool, matching);

    const KeyPtr key = craftedRsaKey(bits);
    QVERIFY(key);
    const KeyPtr other = matching ? KeyPtr(nullptr, EVP_PKEY_free) : craftedRsaKey(bits);
    const QByteArray certificatePem = mintCertificate(matching ? key.get() : other.get());
    QVERIFY(!certificatePem.isEmpty());
    const IssuedCertificate issued{certificatePem, privateKeyPem(key.get(), pkcs8)};
    QVERIFY(issued.privateKeyPem.contains(pkcs8 ? "BEGIN PRIVATE KEY" : "BEGIN RSA PRIVATE KEY"));
    const QString path = writeCase(certificateKubeconfig(issued, TestPki::sharedCa().certificatePem));

    CaseMeter meter;
    QString error;
    const auto privateKey = PrivateKey::parsePem(issued.privateKeyPem, &error);
    QVERIFY2(privateKey, qPrintable(error));
    const QString type = QStringLiteral("RSA %1").arg(bits);
    QCOMPARE(privateKey->keyType(), type);
    const std::vector<Certificate> chain = Certificate::parsePemBundle(certificatePem, &error);
    QCOMPARE(chain.size(), std::size_t(1));
    QCOMPARE(chain.front().info().keyType, type);
    QCOMPARE(chain.front().matches(*privateKey), matching);

    const CheckReport report = check(KubeconfigSet::load({path}));
    const ContextReport *context = findContext(report, QStringLiteral("ctx"));
    QVERIFY(context);
    if (matching) {
        QVERIFY2(context->status == Status::Ok, qPrintable(sayings(*context)));
    } else {
        QCOMPARE(context->status, Status::Error);
        QVERIFY2(sayings(*context).contains(QLatin1String("does not belong to its certificate")),
                 qPrintable(sayings(*context)));
    }
    VERIFY_BOUNDED(meter);
}

// ---- Thousands of certificates in one PEM -------------------------------------------------------------

void TestHostileInputs::thousandsOfCertificates_data()
{
    QTest::addColumn<QString>("where"); ///< "ca" (certificate-authority-data) or "chain" (after the leaf)
    QTest::addColumn<int>("copies");
    QTest::addColumn<bool>("distinct"); ///< distinct certificates instead of copies of the shared CA

    QTest::newRow("5,000 copies of the CA in certificate-authority-data")
        << QStringLiteral("ca") << 5000 << false;
    QTest::newRow("5,000 copies of the CA after the client certificate")
        << QStringLiteral("chain") << 5000 << false;
    QTest::newRow("1,000 distinct CAs in certificate-authority-data") << QStringLiteral("ca") << 1000 << true;
    QTest::newRow("1,000 distinct CAs after the client certificate")
        << QStringLiteral("chain") << 1000 << true;
}

void TestHostileInputs::thousandsOfCertificates()
{
    QFETCH(QString, where);
    QFETCH(int, copies);
    QFETCH(bool, distinct);

    QByteArray bundle;
    if (distinct) {
        for (int i = 0; i < copies; ++i) {
            bundle += TestPki::ca(QStringLiteral("ca-%1").arg(i), test::fixedNow().addYears(-1),
                                  test::fixedNow().addYears(5))
                          .certificatePem;
        }
    } else {
        bundle = TestPki::sharedCa().certificatePem.repeated(copies);
    }
    const IssuedCertificate user = TestPki::leafExpiringIn(test::fixedNow(), 100);
    const bool inCa = where == QLatin1String("ca");
    const QString path = writeCase(certificateKubeconfig(
        user, inCa ? bundle : TestPki::sharedCa().certificatePem, inCa ? QByteArray() : bundle));

    CaseMeter meter;
    // Every certificate is read (a CA bundle is as long as it is; OpenSSL and Go read them all),
    // with and without the cache a check shares between its workers.
    QString error;
    QCOMPARE(Certificate::parsePemBundle(bundle, &error).size(), std::size_t(copies));
    const CheckReport report = check(KubeconfigSet::load({path}));
    const ContextReport *context = findContext(report, QStringLiteral("ctx"));
    QVERIFY(context);
    QVERIFY2(context->status == Status::Ok, qPrintable(sayings(*context)));
    if (inCa)
        QCOMPARE(context->clusterCaStatus, Status::Ok);
    VERIFY_BOUNDED(meter);
}

// ---- Symlink loops in added folders ---------------------------------------------------------------

void TestHostileInputs::symlinkLoopsInAddedFolders()
{
    const QDir root(m_home.filePath(QStringLiteral("links")));
    QVERIFY(root.mkpath(QStringLiteral("folder/sub")));
    const QString folder = root.filePath(QStringLiteral("folder"));
    const auto at = [&folder](const char *name) {
        return QDir(folder).filePath(QString::fromUtf8(name));
    };
    const auto link = [](const QString &target, const QString &name) {
        return QFile::link(target, name);
    };

    const IssuedCertificate user = TestPki::leafExpiringIn(test::fixedNow(), 100);
    for (const char *name : {"one", "two"}) {
        KubeconfigBuilder builder;
        const QString id = QString::fromUtf8(name);
        builder.cluster(id, QStringLiteral("https://127.0.0.1:6443"), TestPki::sharedCa().certificatePem)
            .certificateUser(id, user)
            .context(id, id, id);
        builder.writeTo(at(name));
    }
    QVERIFY(link(at("self-loop"), at("self-loop")));
    QVERIFY(link(at("loop-b"), at("loop-a")));
    QVERIFY(link(at("loop-a"), at("loop-b")));
    QVERIFY(link(folder, at("cycle")));                                       // a folder that holds itself
    QVERIFY(link(folder, QDir(folder).filePath(QStringLiteral("sub/back")))); // ... one level down
    QVERIFY(link(root.path(), at("up")));                                     // its parent
    // A chain of 39 links reaches "one" (Linux follows 40); one of 45 is a loop to the kernel.
    for (int i = 0; i < 39; ++i) {
        QVERIFY(link(i == 38 ? at("one") : at("chain-%1").arg(i + 1), at("chain-%1").arg(i)));
    }
    for (int i = 0; i < 45; ++i) {
        QVERIFY(link(i == 44 ? at("one") : at("long-%1").arg(i + 1), at("long-%1").arg(i)));
    }

    CaseMeter meter;
    // The folder, a loop named as a file, the folder again through its own link, and a folder
    // path that is itself a loop.
    const QStringList added{folder, at("self-loop"), at("cycle"), at("loop-a")};
    const std::vector<KubeconfigSources::File> files =
        KubeconfigSources::collect({{}, KubeconfigPaths::Origin::Default}, added);

    QSet<QString> canonical;
    QStringList fromFolder;
    for (const KubeconfigSources::File &file : files) {
        if (file.origin == KubeconfigSources::Origin::AddedFolder) {
            fromFolder << QFileInfo(file.path).fileName();
            canonical.insert(QFileInfo(file.path).canonicalFilePath());
        }
    }
    // Every regular file once (a link and its target are one file); loops and folders not at all.
    QCOMPARE(canonical, (QSet<QString>{QFileInfo(at("one")).canonicalFilePath(),
                                       QFileInfo(at("two")).canonicalFilePath()}));
    QCOMPARE(fromFolder.size(), qsizetype(2));
    for (const QString &name : fromFolder)
        QVERIFY2(!name.startsWith(QLatin1String("loop")) && !name.startsWith(QLatin1String("self")) &&
                     !name.startsWith(QLatin1String("long")),
                 qPrintable(name));

    const KubeconfigSet set = KubeconfigSet::load(KubeconfigSources::paths(files));
    const CheckReport report = check(set);
    QCOMPARE(report.contexts.size(), std::size_t(2));
    int loops = 0;
    for (const KubeconfigDocument &doc : set.documents()) {
        if (doc.path() == at("self-loop") || doc.path() == at("loop-a")) {
            ++loops;
            QCOMPARE(doc.status(), KubeconfigDocument::Status::Error);
            QVERIFY2(doc.error().contains(QLatin1String("loop of symbolic links")), qPrintable(doc.error()));
        } else {
            QVERIFY2(doc.status() == KubeconfigDocument::Status::Ok, qPrintable(doc.error()));
        }
    }
    QCOMPARE(loops, 2);
    // A link chain the kernel refuses is a loop too; a dangling link stays "missing", like kubectl.
    QVERIFY(KubeconfigDocument::load(at("long-0")).error().contains(QLatin1String("loop of symbolic links")));
    QVERIFY(link(at("nowhere"), at("dangling")));
    QCOMPARE(KubeconfigDocument::load(at("dangling")).status(), KubeconfigDocument::Status::Missing);
    VERIFY_BOUNDED(meter);
}

// ---- Tokens ------------------------------------------------------------------------------------------

void TestHostileInputs::hostileTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("inAuthProvider"); ///< as an OIDC id-token instead of a bearer token
    QTest::addColumn<QString>("note");        ///< empty: the expiry is read

    const QByteArray hugePayload =
        "{\"exp\": 2000000000, \"pad\": \"" + QByteArray(7 * MiB + MiB / 2, 'x') + "\"}";
    const QString tooLarge = QStringLiteral("too large to inspect");
    QTest::newRow("JWT with a 10 MiB payload") << jwtWithPayload(hugePayload) << false << tooLarge;
    QTest::newRow("id-token with a 10 MiB payload") << jwtWithPayload(hugePayload) << true << tooLarge;
    QTest::newRow("10 MiB of dots") << QByteArray(10 * MiB, '.') << false << tooLarge;
    // Within the size bound, JSON nested past Qt's limit is not a JWT that can be read.
    QTest::newRow("JWT with 20,000-deep JSON")
        << jwtWithPayload("{\"exp\": 2000000000, \"x\": " + flowNesting(20'000, "[", "]", "1") + "}") << false
        << QStringLiteral("opaque token");
    // Within both bounds: read as usual.
    QTest::newRow("JWT with 1,000-deep JSON")
        << jwtWithPayload("{\"x\": " + flowNesting(1'000, "{\"a\": ", "}", "1") + ", \"exp\": 2000000000}")
        << false << QString();
    QTest::newRow("JWT with an absurd expiry")
        << jwtWithPayload("{\"exp\": 1e300}") << false << QStringLiteral("token has no expiry");
}

void TestHostileInputs::hostileTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, inAuthProvider);
    QFETCH(QString, note);

    // As text: see certificateKubeconfig().
    const QByteArray user =
        inAuthProvider
            ? QByteArray("    auth-provider:\n      name: oidc\n      config:\n        id-token: " + token)
            : QByteArray("    token: " + token);
    const QString path = writeCase("apiVersion: v1\nkind: Config\nclusters:\n- name: cluster\n  cluster:\n"
                                   "    server: https://127.0.0.1:6443\nusers:\n- name: user\n  user:\n" +
                                   user +
                                   "\ncontexts:\n- name: ctx\n  context:\n    cluster: cluster\n"
                                   "    user: user\n");

    CaseMeter meter;
    if (token.size() > JsonWebToken::MaximumSize)
        QVERIFY(!JsonWebToken::decode(token)); // refused by its size, before any decoding
    const CheckReport report = check(KubeconfigSet::load({path}));
    const ContextReport *context = findContext(report, QStringLiteral("ctx"));
    QVERIFY(context);
    if (note.isEmpty()) {
        QVERIFY2(context->credential.status == Status::Ok, qPrintable(sayings(*context)));
        QCOMPARE(context->credential.notAfter, QDateTime::fromSecsSinceEpoch(2000000000, QTimeZone::utc()));
    } else {
        QCOMPARE(context->credential.status, Status::Unknown);
        QVERIFY2(context->credential.note.contains(note), qPrintable(context->credential.note));
        QVERIFY(!context->credential.notAfter);
    }
    VERIFY_BOUNDED(meter);
}

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
