#include "credentials/jsonwebtoken.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace kubeminder;

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray header()
{
    return base64Url(R"({"alg":"RS256","typ":"JWT"})");
}

// A token whose payload is exactly `payloadJson` (raw bytes, so malformed JSON can be tested too).
QByteArray tokenWithPayload(const QByteArray &payloadJson)
{
    return header() + '.' + base64Url(payloadJson) + ".c2lnbmF0dXJl";
}

QDateTime at(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc());
}

using OptionalDate = std::optional<QDateTime>;

} // namespace

Q_DECLARE_METATYPE(OptionalDate)

class TestJsonWebToken : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void claims_data();
    void claims();
    void opaque_data();
    void opaque();
    void testPkiTokenRoundTrips();
    void urlSafeAlphabet();
    void paddedPayload();
};

void TestJsonWebToken::initTestCase()
{
    test::setUpTestEnvironment();
}

void TestJsonWebToken::claims_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<OptionalDate>("expiresAt");
    QTest::addColumn<OptionalDate>("issuedAt");
    QTest::addColumn<OptionalDate>("notBefore");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("issuer");

    const qint64 now = test::fixedNow().toSecsSinceEpoch();
    const OptionalDate none;

    QTest::newRow("all claims")
        << tokenWithPayload(
               QStringLiteral(R"({"exp":%1,"iat":%2,"nbf":%3,"sub":"alice","iss":"https://dex"})")
                   .arg(now + 3600)
                   .arg(now - 60)
                   .arg(now - 30)
                   .toUtf8())
        << OptionalDate(at(now + 3600)) << OptionalDate(at(now - 60)) << OptionalDate(at(now - 30))
        << QStringLiteral("alice") << QStringLiteral("https://dex");
    QTest::newRow("service account token without exp")
        << tokenWithPayload(
               R"({"iss":"kubernetes/serviceaccount","sub":"system:serviceaccount:kube-system:default"})")
        << none << none << none << QStringLiteral("system:serviceaccount:kube-system:default")
        << QStringLiteral("kubernetes/serviceaccount");
    QTest::newRow("empty object") << tokenWithPayload("{}") << none << none << none << QString() << QString();
    QTest::newRow("exp only, in the past")
        << tokenWithPayload(QByteArray("{\"exp\":") + QByteArray::number(now - 1) + '}')
        << OptionalDate(at(now - 1)) << none << none << QString() << QString();
    QTest::newRow("exp at the epoch")
        << tokenWithPayload(R"({"exp":0})") << OptionalDate(at(0)) << none << none << QString() << QString();
    QTest::newRow("fractional exp is truncated")
        << tokenWithPayload(R"({"exp":1781524800.75})") << OptionalDate(at(1781524800)) << none << none
        << QString() << QString();
    QTest::newRow("exp in year 9999")
        << tokenWithPayload(R"({"exp":253402300799})") << OptionalDate(at(253402300799)) << none << none
        << QString() << QString();
    QTest::newRow("exp as a string") << tokenWithPayload(R"({"exp":"1781524800","sub":"bob"})") << none
                                     << none << none << QStringLiteral("bob") << QString();
    QTest::newRow("exp absurdly large")
        << tokenWithPayload(R"({"exp":1e300})") << none << none << none << QString() << QString();
    QTest::newRow("exp just past year 9999")
        << tokenWithPayload(R"({"exp":253402300800})") << none << none << none << QString() << QString();
    QTest::newRow("exp negative") << tokenWithPayload(R"({"exp":-1})") << none << none << none << QString()
                                  << QString();
    QTest::newRow("exp null, iat bool")
        << tokenWithPayload(R"({"exp":null,"iat":true})") << none << none << none << QString() << QString();
    QTest::newRow("sub not a string")
        << tokenWithPayload(R"({"sub":42,"iss":["a"]})") << none << none << none << QString() << QString();
    QTest::newRow("unicode subject") << tokenWithPayload(QStringLiteral(u"{\"sub\":\"jürgen\"}").toUtf8())
                                     << none << none << none << QStringLiteral(u"jürgen") << QString();
    QTest::newRow("leading and trailing whitespace")
        << QByteArray("  \n\t" + tokenWithPayload(R"({"exp":1781524800})") + "\r\n ")
        << OptionalDate(at(1781524800)) << none << none << QString() << QString();
    QTest::newRow("trailing newline of a token file")
        << QByteArray(tokenWithPayload(R"({"exp":1781524800})") + '\n') << OptionalDate(at(1781524800))
        << none << none << QString() << QString();
    QTest::newRow("empty signature (alg none)")
        << QByteArray(header() + '.' + base64Url(R"({"exp":1781524800})") + '.')
        << OptionalDate(at(1781524800)) << none << none << QString() << QString();
}

void TestJsonWebToken::claims()
{
    QFETCH(QByteArray, token);
    QFETCH(OptionalDate, expiresAt);
    QFETCH(OptionalDate, issuedAt);
    QFETCH(OptionalDate, notBefore);
    QFETCH(QString, subject);
    QFETCH(QString, issuer);

    const std::optional<JsonWebToken> jwt = JsonWebToken::decode(token);
    QVERIFY(jwt);
    QCOMPARE(jwt->expiresAt.has_value(), expiresAt.has_value());
    if (expiresAt) {
        QCOMPARE(*jwt->expiresAt, *expiresAt);
        QCOMPARE(jwt->expiresAt->offsetFromUtc(), 0);
    }
    QCOMPARE(jwt->issuedAt.has_value(), issuedAt.has_value());
    if (issuedAt)
        QCOMPARE(*jwt->issuedAt, *issuedAt);
    QCOMPARE(jwt->notBefore.has_value(), notBefore.has_value());
    if (notBefore)
        QCOMPARE(*jwt->notBefore, *notBefore);
    QCOMPARE(jwt->subject, subject);
    QCOMPARE(jwt->issuer, issuer);
}

void TestJsonWebToken::opaque_data()
{
    QTest::addColumn<QByteArray>("token");

    const QByteArray payload = base64Url(R"({"exp":1781524800})");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only whitespace") << QByteArray(" \n ");
    QTest::newRow("no dots (static token)") << QByteArray("d3f1c2b7a9e8f6d5c4b3a2918273645");
    QTest::newRow("k3s node token") << QByteArray("K10abcdef0123456789::server:0123456789abcdef");
    QTest::newRow("one dot") << QByteArray(header() + '.' + payload);
    QTest::newRow("three dots") << QByteArray(header() + '.' + payload + ".sig.extra");
    QTest::newRow("JWE-like five parts") << QByteArray("a.b.c.d.e");
    QTest::newRow("two dots, all parts empty") << QByteArray("..");
    QTest::newRow("two dots, bad base64") << QByteArray(header() + ".!!not*base64!!.c2ln");
    QTest::newRow("two dots, standard alphabet characters") << QByteArray(header() + ".ab+/cd.c2ln");
    QTest::newRow("whitespace inside the payload")
        << QByteArray(header() + '.' + payload.left(4) + ' ' + payload.mid(4) + ".c2ln");
    QTest::newRow("payload not JSON") << QByteArray(header() + '.' + base64Url("hello world") + ".c2ln");
    QTest::newRow("payload JSON array") << tokenWithPayload(R"([{"exp":1781524800}])");
    QTest::newRow("payload JSON string") << tokenWithPayload(R"("exp")");
    QTest::newRow("payload JSON number") << tokenWithPayload("1781524800");
    QTest::newRow("payload truncated JSON") << tokenWithPayload(R"({"exp":17815)");
    QTest::newRow("oversized token") << QByteArray(
        header() + '.' + base64Url(QByteArray("{\"sub\":\"") + QByteArray(70 * 1024, 'a') + "\"}") + ".c2ln");
}

void TestJsonWebToken::opaque()
{
    QFETCH(QByteArray, token);
    QCOMPARE(JsonWebToken::decode(token).has_value(), false);
}

void TestJsonWebToken::testPkiTokenRoundTrips()
{
    const QDateTime expiry = test::fixedNow().addDays(3);
    const auto jwt = JsonWebToken::decode(test::TestPki::jwt(expiry, QStringLiteral("carol")));
    QVERIFY(jwt);
    QVERIFY(jwt->expiresAt);
    QCOMPARE(*jwt->expiresAt, expiry);
    QCOMPARE(jwt->subject, QStringLiteral("carol"));
    QCOMPARE(jwt->issuer, QStringLiteral("kubeminder-test"));
}

void TestJsonWebToken::urlSafeAlphabet()
{
    // Runs of '~' (0x7E) encode to '+' / '/' in the standard alphabet, '-' / '_' in the URL-safe one
    // that JWTs use; one of three lengths puts them on a boundary that shows it.
    QByteArray payload;
    QByteArray encoded;
    for (int n = 3; n <= 5 && !(encoded.contains('-') || encoded.contains('_')); ++n) {
        payload = QByteArray(R"({"sub":")") + QByteArray(n, '~') + R"("})";
        encoded = base64Url(payload);
    }
    QVERIFY2(encoded.contains('_') || encoded.contains('-'), encoded.constData());
    const auto jwt = JsonWebToken::decode(header() + '.' + encoded + ".c2ln");
    QVERIFY(jwt);
    QCOMPARE(jwt->subject, QString::fromUtf8(payload.mid(8, payload.size() - 10)));

    const QByteArray standard = payload.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
    QVERIFY(standard.contains('/') || standard.contains('+'));
    QVERIFY(!JsonWebToken::decode(header() + '.' + standard + ".c2ln"));
}

void TestJsonWebToken::paddedPayload()
{
    // JWTs omit '='; a token that carries it anyway still decodes. Payload lengths 1 and 2 mod 3
    // need one and two padding characters.
    for (const QByteArray &payload : {QByteArray(R"({"sub":"abc"})"), QByteArray(R"({"sub":"abcd"})")}) {
        const QByteArray padded = payload.toBase64(QByteArray::Base64UrlEncoding);
        QVERIFY2(padded.endsWith('='), padded.constData());
        const auto jwt = JsonWebToken::decode(header() + '.' + padded + ".c2ln");
        QVERIFY2(jwt, padded.constData());
        QCOMPARE(jwt->subject, QString::fromUtf8(payload.mid(8, payload.size() - 10)));
    }
}

QTEST_GUILESS_MAIN(TestJsonWebToken)
#include "tst_jsonwebtoken.moc"
