#include "support/secretbytes.h"
#include "testenvironment.h"

#include <QTest>

#include <algorithm>
#include <type_traits>

using namespace kubeminder;

namespace {

/// True when `length` bytes at `bytes` are all zero: what a wiped buffer holds. Only ever called on
/// a buffer that is still allocated (one a SecretBytes keeps), never on freed memory.
bool allZero(const char *bytes, qsizetype length)
{
    return std::all_of(bytes, bytes + length, [](char c) { return c == 0; });
}

QByteArray bytesOf(const SecretBytes &secret)
{
    return secret.view().toByteArray();
}

} // namespace

// No copy may be made by accident: an implicit copy is a second secret nobody wipes.
static_assert(!std::is_copy_constructible_v<SecretBytes>);
static_assert(!std::is_copy_assignable_v<SecretBytes>);
static_assert(std::is_nothrow_move_constructible_v<SecretBytes>);
static_assert(std::is_nothrow_move_assignable_v<SecretBytes>);

class TestSecretBytes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpTestEnvironment(); }

    void construct_data();
    void construct();
    void fromUtf16_data();
    void fromUtf16();
    void emptyIsAnEmptyCString();
    void clearWipesInPlace();
    void moveHandsTheBufferOver();
    void moveAssignmentWipesTheOldBytes();
    void copyIsExplicitAndSeparate();
    void appendGrowsAndStaysTerminated();
    void reserveKeepsTheBufferInPlace();
    void resizeAndChopWipeTheCutBytes();
    void remove_data();
    void remove();
    void adoptWipesAnUnsharedByteArray();
    void adoptLeavesASharedByteArrayToItsOwner();
    void adoptUtf16WipesTheText();
    void borrowedDoesNotCopy();
};

void TestSecretBytes::construct_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("password") << QByteArray("correct horse 'battery\" staple");
    QTest::newRow("embedded NUL") << QByteArray("a\0b", 3);
    QTest::newRow("larger than the first buffer") << QByteArray(1000, 'k');
}

void TestSecretBytes::construct()
{
    QFETCH(QByteArray, bytes);
    const SecretBytes secret(bytes);
    QCOMPARE(secret.size(), bytes.size());
    QCOMPARE(secret.isEmpty(), bytes.isEmpty());
    QCOMPARE(bytesOf(secret), bytes);
    QVERIFY(secret.constData() != bytes.constData());
    QCOMPARE(secret.constData()[secret.size()], '\0');
}

void TestSecretBytes::fromUtf16_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("open sesame");
    QTest::newRow("hangul") << QStringLiteral("비밀번호");
    QTest::newRow("astral plane") << QStringLiteral("pw\U0001F511");
}

void TestSecretBytes::fromUtf16()
{
    QFETCH(QString, text);
    const SecretBytes secret = SecretBytes::fromUtf16(text);
    QCOMPARE(bytesOf(secret), text.toUtf8());
    QCOMPARE(secret.constData()[secret.size()], '\0');
}

void TestSecretBytes::emptyIsAnEmptyCString()
{
    const SecretBytes secret;
    QVERIFY(secret.isEmpty());
    QVERIFY(secret.constData() != nullptr);
    QCOMPARE(secret.constData()[0], '\0');
    QVERIFY(secret.view().isEmpty());
}

void TestSecretBytes::clearWipesInPlace()
{
    SecretBytes secret(QByteArrayView("hunter2-hunter2"));
    const char *buffer = secret.constData();
    const qsizetype capacity = secret.capacity();
    secret.clear();
    QVERIFY(secret.isEmpty());
    // The buffer is kept (wiped) until the value goes: it can be inspected without touching freed memory.
    QCOMPARE(secret.constData(), buffer);
    QVERIFY(allZero(buffer, capacity + 1));
}

void TestSecretBytes::moveHandsTheBufferOver()
{
    SecretBytes source(QByteArrayView("open sesame"));
    const char *buffer = source.constData();
    SecretBytes target(std::move(source));
    // The very buffer moved: no copy of the secret was made, and the source holds nothing of it.
    QCOMPARE(target.constData(), buffer);
    QCOMPARE(bytesOf(target), QByteArray("open sesame"));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): what is left is the point
    QCOMPARE(source.capacity(), 0);
    QVERIFY(source.constData() != buffer);

    std::optional<SecretBytes> answer(std::move(target));
    QCOMPARE(answer->constData(), buffer);
}

void TestSecretBytes::moveAssignmentWipesTheOldBytes()
{
    SecretBytes target(QByteArrayView("old secret"));
    const char *oldBuffer = target.constData();
    const qsizetype oldCapacity = target.capacity();
    SecretBytes source(QByteArrayView("new secret"));
    const char *newBuffer = source.constData();
    target = std::move(source);
    QCOMPARE(target.constData(), newBuffer);
    QCOMPARE(bytesOf(target), QByteArray("new secret"));
    // The old bytes were wiped before the source took the old buffer; it holds no secret at all.
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(source.constData(), oldBuffer);
    QVERIFY(allZero(oldBuffer, oldCapacity + 1));
}

void TestSecretBytes::copyIsExplicitAndSeparate()
{
    SecretBytes original(QByteArrayView("token-abc"));
    SecretBytes second = original.copy();
    QCOMPARE(bytesOf(second), bytesOf(original));
    QVERIFY(second.constData() != original.constData());
    second.clear();
    QCOMPARE(bytesOf(original), QByteArray("token-abc"));
}

void TestSecretBytes::appendGrowsAndStaysTerminated()
{
    SecretBytes secret;
    QByteArray expected;
    for (int i = 0; i < 500; ++i) {
        const char c = char('a' + i % 26);
        secret.append(c);
        expected.append(c);
        QCOMPARE(secret.constData()[secret.size()], '\0');
    }
    secret.append(QByteArrayView("\r\n"));
    expected.append("\r\n");
    QCOMPARE(bytesOf(secret), expected);
    QVERIFY(secret.capacity() >= secret.size());
}

void TestSecretBytes::reserveKeepsTheBufferInPlace()
{
    SecretBytes secret;
    secret.reserve(4097);
    const char *buffer = secret.constData();
    for (int i = 0; i < 4097; ++i)
        secret.append('p');
    // Read byte by byte into a reserved buffer, a secret never moves (and so is never left behind).
    QCOMPARE(secret.constData(), buffer);
    QCOMPARE(secret.size(), 4097);
}

void TestSecretBytes::resizeAndChopWipeTheCutBytes()
{
    SecretBytes secret(QByteArrayView("password\r"));
    const char *buffer = secret.constData();
    secret.chop(1);
    QCOMPARE(bytesOf(secret), QByteArray("password"));
    QCOMPARE(buffer[8], '\0');
    secret.resize(4);
    QCOMPARE(bytesOf(secret), QByteArray("pass"));
    QVERIFY(allZero(buffer + 4, 6));
    secret.resize(6);
    QCOMPARE(bytesOf(secret), QByteArray("pass\0\0", 6));
    secret.chop(100);
    QVERIFY(secret.isEmpty());
    QVERIFY(allZero(buffer, 10));
}

void TestSecretBytes::remove_data()
{
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("front") << qsizetype(0) << qsizetype(3) << QByteArray("defgh");
    QTest::newRow("middle") << qsizetype(2) << qsizetype(3) << QByteArray("abfgh");
    QTest::newRow("to the end and beyond") << qsizetype(5) << qsizetype(100) << QByteArray("abcde");
    QTest::newRow("nothing") << qsizetype(3) << qsizetype(0) << QByteArray("abcdefgh");
    QTest::newRow("outside") << qsizetype(8) << qsizetype(2) << QByteArray("abcdefgh");
}

void TestSecretBytes::remove()
{
    QFETCH(qsizetype, position);
    QFETCH(qsizetype, length);
    QFETCH(QByteArray, expected);
    SecretBytes secret(QByteArrayView("abcdefgh"));
    const char *buffer = secret.constData();
    secret.remove(position, length);
    QCOMPARE(bytesOf(secret), expected);
    // The bytes freed at the end hold nothing of the secret any more.
    QVERIFY(allZero(buffer + expected.size(), 8 - expected.size() + 1));
}

void TestSecretBytes::adoptWipesAnUnsharedByteArray()
{
    QByteArray bytes("sudo-password");
    bytes.detach();
    const char *buffer = bytes.constData();
    const SecretBytes secret = SecretBytes::adopt(std::move(bytes));
    QCOMPARE(bytesOf(secret), QByteArray("sudo-password"));
    // Emptied, keeping its (wiped) allocation: inspected only while `bytes` still owns it.
    QVERIFY(bytes.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(bytes.constData(), buffer);
    QVERIFY(allZero(buffer, 13));
}

void TestSecretBytes::adoptLeavesASharedByteArrayToItsOwner()
{
    const QByteArray original("shared-secret");
    QByteArray shared = original;
    const SecretBytes secret = SecretBytes::adopt(std::move(shared));
    QCOMPARE(bytesOf(secret), QByteArray("shared-secret"));
    // data() on the shared buffer would have detached and wiped a fresh copy; the original is untouched
    // and still readable by its owner, who must wipe it.
    QCOMPARE(original, QByteArray("shared-secret"));
    QVERIFY(shared.isEmpty()); // NOLINT(bugprone-use-after-move)
}

void TestSecretBytes::adoptUtf16WipesTheText()
{
    QString text = QStringLiteral("p\u00e4ssw\u00f6rd");
    text.detach();
    const QChar *buffer = text.constData();
    const SecretBytes secret = SecretBytes::adoptUtf16(std::move(text));
    QCOMPARE(bytesOf(secret), QStringLiteral("p\u00e4ssw\u00f6rd").toUtf8());
    QVERIFY(text.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(text.constData(), buffer);
    QVERIFY(allZero(reinterpret_cast<const char *>(buffer), 8 * qsizetype(sizeof(QChar))));
}

void TestSecretBytes::borrowedDoesNotCopy()
{
    const SecretBytes secret(QByteArrayView("{\"token\":\"abc\"}"));
    const QByteArray borrowed = secret.borrowed();
    QCOMPARE(borrowed.constData(), secret.constData());
    QCOMPARE(borrowed, QByteArray("{\"token\":\"abc\"}"));
}

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"
