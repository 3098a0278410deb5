#include "credentials/derreader.h"
#include "credentials/pemreader.h"
#include "testenvironment.h"

#include <QTest>

#include <openssl/asn1.h>

using namespace kubeminder;

class TestPemReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpTestEnvironment(); }
    void blocks_data();
    void blocks();
    void decode_data();
    void decode();
    void derReader_data();
    void derReader();
};

void TestPemReader::blocks_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QList<QByteArray>>("labels");
    QTest::addColumn<QList<bool>>("headers");

    const QByteArray cert = "-----BEGIN CERTIFICATE-----\nAAEC\n-----END CERTIFICATE-----\n";
    const QByteArray key = "-----BEGIN EC PRIVATE KEY-----\nAwQF\n-----END EC PRIVATE KEY-----\n";
    QTest::newRow("one block") << cert << QList<QByteArray>{"CERTIFICATE"} << QList<bool>{false};
    QTest::newRow("two blocks in order")
        << cert + key << QList<QByteArray>{"CERTIFICATE", "EC PRIVATE KEY"} << QList<bool>{false, false};
    QTest::newRow("text around and between")
        << "subject=CN x\n" + cert + "junk\n\n" + key + "trailer"
        << QList<QByteArray>{"CERTIFICATE", "EC PRIVATE KEY"} << QList<bool>{false, false};
    QTest::newRow("CRLF") << QByteArray(cert).replace("\n", "\r\n") << QList<QByteArray>{"CERTIFICATE"}
                          << QList<bool>{false};
    QTest::newRow("no final newline")
        << cert.chopped(1) << QList<QByteArray>{"CERTIFICATE"} << QList<bool>{false};
    QTest::newRow("never ends") << QByteArray("-----BEGIN CERTIFICATE-----\nAAEC\n") << QList<QByteArray>{}
                                << QList<bool>{};
    QTest::newRow("end label differs")
        << QByteArray("-----BEGIN CERTIFICATE-----\nAAEC\n-----END PRIVATE KEY-----\n") << QList<QByteArray>{}
        << QList<bool>{};
    QTest::newRow("RFC 1421 headers")
        << QByteArray(
               "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAEC\n"
               "-----END RSA PRIVATE KEY-----\n")
        << QList<QByteArray>{"RSA PRIVATE KEY"} << QList<bool>{true};
    QTest::newRow("begin marker without newline")
        << QByteArray("-----BEGIN CERTIFICATE-----") << QList<QByteArray>{} << QList<bool>{};
    QTest::newRow("empty") << QByteArray() << QList<QByteArray>{} << QList<bool>{};
}

void TestPemReader::blocks()
{
    QFETCH(QByteArray, pem);
    QFETCH(QList<QByteArray>, labels);
    QFETCH(QList<bool>, headers);
    const std::vector<PemBlock> blocks = PemReader::blocks(pem);
    QCOMPARE(qsizetype(blocks.size()), labels.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        QCOMPARE(blocks[i].label, labels[qsizetype(i)]);
        QCOMPARE(blocks[i].hasHeaders, headers[qsizetype(i)]);
    }
}

void TestPemReader::decode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("der");
    QTest::newRow("one line") << QByteArray("AAEC") << true << QByteArray::fromHex("000102");
    QTest::newRow("wrapped lines") << QByteArray("AA\nEC\n") << true << QByteArray::fromHex("000102");
    QTest::newRow("CRLF and spaces") << QByteArray(" AA\r\n EC\r\n") << true << QByteArray::fromHex("000102");
    QTest::newRow("not base64") << QByteArray("AA*C") << false << QByteArray();
}

void TestPemReader::decode()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    QFETCH(QByteArray, der);
    PemBlock block;
    block.label = "CERTIFICATE";
    block.body = body;
    const auto decoded = block.decode();
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(*decoded, der);
}

void TestPemReader::derReader_data()
{
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<int>("elements"); // how many top-level elements read before the end or an error
    QTest::addColumn<bool>("clean");   // reached the end without an error

    QTest::newRow("two integers") << QByteArray::fromHex("020101020102") << 2 << true;
    QTest::newRow("sequence") << QByteArray::fromHex("3006020101020102") << 1 << true;
    QTest::newRow("long form length") << QByteArray::fromHex("048103") + QByteArray(3, 'x') << 1 << true;
    QTest::newRow("length past the end") << QByteArray::fromHex("020501") << 0 << false;
    QTest::newRow("indefinite length") << QByteArray::fromHex("30800201010000") << 0 << false;
    QTest::newRow("truncated header") << QByteArray::fromHex("30") << 0 << false;
    QTest::newRow("huge length") << QByteArray::fromHex("3084ffffffff00") << 0 << false;
    QTest::newRow("empty") << QByteArray() << 0 << true;
}

void TestPemReader::derReader()
{
    QFETCH(QByteArray, der);
    QFETCH(int, elements);
    QFETCH(bool, clean);
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    DerReader reader(begin, begin + der.size());
    int count = 0;
    while (const auto e = reader.next()) {
        QVERIFY(e->end() <= begin + der.size());
        ++count;
    }
    QCOMPARE(count, elements);
    QCOMPARE(reader.atEnd(), clean);
}

QTEST_GUILESS_MAIN(TestPemReader)
#include "tst_pemreader.moc"
