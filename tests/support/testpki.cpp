#include "testpki.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

namespace kubeminder::test {

namespace {
IssuedCertificate mintOrFail(const CertificateSpec &spec, const IssuedCertificate *issuer)
{
    QString error;
    const auto issued = CertificateMinter::issue(spec, issuer, &error);
    if (!issued)
        qFatal("TestPki: could not mint %s: %s", qPrintable(spec.commonName), qPrintable(error));
    return *issued;
}
} // namespace

IssuedCertificate TestPki::ca(const QString &commonName, const QDateTime &notBefore,
                              const QDateTime &notAfter, KeyAlgorithm algorithm)
{
    CertificateSpec spec;
    spec.commonName = commonName;
    spec.notBefore = notBefore;
    spec.notAfter = notAfter;
    spec.algorithm = algorithm;
    spec.certificateAuthority = true;
    return mintOrFail(spec, nullptr);
}

IssuedCertificate TestPki::leaf(const IssuedCertificate &issuer, const QString &commonName,
                                const QDateTime &notBefore, const QDateTime &notAfter, KeyAlgorithm algorithm,
                                const QStringList &groups, bool pkcs8Key)
{
    CertificateSpec spec;
    spec.commonName = commonName;
    spec.organizations = groups;
    spec.notBefore = notBefore;
    spec.notAfter = notAfter;
    spec.algorithm = algorithm;
    spec.pkcs8Key = pkcs8Key;
    return mintOrFail(spec, &issuer);
}

IssuedCertificate TestPki::leafExpiringIn(const QDateTime &now, double daysLeft, KeyAlgorithm algorithm)
{
    const QDateTime notAfter = now.addSecs(qint64(daysLeft * 86400));
    return leaf(sharedCa(), QStringLiteral("test-user"), notAfter.addDays(-365), notAfter, algorithm);
}

const IssuedCertificate &TestPki::sharedCa()
{
    static const IssuedCertificate ca = TestPki::ca(
        QStringLiteral("kubeminder-test-ca"), QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(2040, 1, 1), QTime(0, 0), QTimeZone::utc()));
    return ca;
}

QByteArray TestPki::jwt(const QDateTime &expiresAt, const QString &subject)
{
    const auto part = [](const QJsonObject &object) -> QByteArray {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray header = part({{QStringLiteral("alg"), QStringLiteral("RS256")}});
    const QByteArray claims = part({{QStringLiteral("sub"), subject},
                                    {QStringLiteral("iss"), QStringLiteral("kubeminder-test")},
                                    {QStringLiteral("exp"), expiresAt.toSecsSinceEpoch()}});
    return header + '.' + claims + ".c2lnbmF0dXJl";
}

} // namespace kubeminder::test
