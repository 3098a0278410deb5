#include "credentials/certificate.h"
#include "credentials/certificateminter.h"
#include "credentials/privatekey.h"
#include "desktop/about.h"
#include "support/latebinding.h"

#include <QTest>

#include <latch>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace kubeminder;

// Late binding (support/latebinding.h) in a program built like the kubeminder command: its OpenSSL
// calls go through generated stubs, and libcrypto is loaded by the first of them. Real core code
// drives them: minting (EVP_PKEY_Q_keygen is variadic), parsing (X509_EXTENSION_free goes to
// OpenSSL as a callback), from many threads at once. The slots run in order: the first ones see a
// process that has not loaded libcrypto yet.
class TestLateBinding : public QObject
{
    Q_OBJECT

private slots:
    void nothingLoadedAtStart();
    void aMissingLibraryEndsWithAMessage();
    void firstCallsFromManyThreadsAtOnce();
    void aboutNamesTheLoadedVersion();

private:
    static QByteArray cryptoSoname() { return "libcrypto.so." + QByteArray::number(OPENSSL_VERSION_MAJOR); }
};

void TestLateBinding::nothingLoadedAtStart()
{
    QVERIFY(!LateBinding::isLoaded(cryptoSoname().constData()));
    QVERIFY(!LateBinding::isLoaded("libssh.so.4"));
    // --version names the build's OpenSSL rather than load it only to ask.
    bool named = false;
    for (const About::Library &library : About::libraries()) {
        if (library.name == QLatin1String("OpenSSL")) {
            QCOMPARE(library.version, QStringLiteral(OPENSSL_VERSION_STR));
            named = true;
        }
    }
    QVERIFY(named);
    QVERIFY(!LateBinding::isLoaded(cryptoSoname().constData()));
}

// Only a broken installation gets here; it must say what is missing and stop, not crash. In a
// child process, since the program ends.
void TestLateBinding::aMissingLibraryEndsWithAMessage()
{
    int pipeFds[2];
    QCOMPARE(::pipe(pipeFds), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::dup2(pipeFds[1], STDERR_FILENO);
        static const char *const names[] = {"kubeminder_nothing"};
        static void *table[] = {nullptr};
        KubeminderLateBoundLibrary missing{"libkubeminder-missing.so.0", names, table, 1, nullptr};
        kubeminder_late_bind(0, &missing);
        ::_exit(0); // not reached
    }
    ::close(pipeFds[1]);
    QByteArray message;
    char buffer[512];
    ssize_t got = 0;
    while ((got = ::read(pipeFds[0], buffer, sizeof buffer)) > 0)
        message.append(buffer, got);
    ::close(pipeFds[0]);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 127);
    QVERIFY2(message.startsWith("kubeminder: cannot load libkubeminder-missing.so.0 from "
                                "libkubeminder-missing.so.0 ("),
             message.constData());
    QVERIFY2(message.contains("Reinstalling Kubeminder"), message.constData());
}

void TestLateBinding::firstCallsFromManyThreadsAtOnce()
{
    constexpr int threads = 8;
    const QDateTime from(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    std::vector<QString> subjects(threads);
    std::vector<QDateTime> ends(threads);
    std::vector<int> keysMatch(threads, 0);
    std::latch start(threads);
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i) {
        workers.emplace_back([&, i] {
            start.arrive_and_wait(); // every thread makes its first call at once
            CertificateSpec spec;
            spec.commonName = QStringLiteral("worker-%1").arg(i);
            spec.organizations = {QStringLiteral("system:masters")};
            spec.notBefore = from;
            spec.notAfter = from.addDays(10 + i);
            spec.algorithm = i % 2 == 0 ? KeyAlgorithm::EcP256 : KeyAlgorithm::Ed25519;
            const std::optional<IssuedCertificate> issued = CertificateMinter::issue(spec, nullptr);
            if (!issued)
                return;
            QString error;
            const std::vector<Certificate> parsed =
                Certificate::parsePemBundle(issued->certificatePem, &error);
            const std::optional<PrivateKey> key = PrivateKey::parsePem(issued->privateKeyPem, &error);
            if (parsed.size() != 1 || !key)
                return;
            subjects[std::size_t(i)] = parsed.front().info().subject;
            ends[std::size_t(i)] = parsed.front().info().notAfter;
            keysMatch[std::size_t(i)] = parsed.front().matches(*key) ? 1 : 0;
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    for (int i = 0; i < threads; ++i) {
        QVERIFY2(subjects[std::size_t(i)].contains(QStringLiteral("CN=worker-%1").arg(i)),
                 qPrintable(subjects[std::size_t(i)]));
        QCOMPARE(ends[std::size_t(i)], from.addDays(10 + i));
        QCOMPARE(keysMatch[std::size_t(i)], 1);
    }
    QVERIFY(LateBinding::isLoaded(cryptoSoname().constData()));
}

void TestLateBinding::aboutNamesTheLoadedVersion()
{
    for (const About::Library &library : About::libraries()) {
        if (library.name == QLatin1String("OpenSSL"))
            QCOMPARE(library.version, QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)));
    }
}

QTEST_GUILESS_MAIN(TestLateBinding)
#include "tst_latebinding.moc"
