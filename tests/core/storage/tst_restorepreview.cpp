#include "kubeconfigbuilder.h"
#include "storage/restorepreview.h"
#include "support/timetext.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QTest>

using namespace kubeminder;
using namespace kubeminder::test;

// What a restore would change, from the bytes of both sides: real certificates minted around the
// fixed test "now" (2026-06-15 12:00 UTC), so every expected date is the same on any day.

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A context, its cluster and its user, all named `name`, with a client certificate.
void certificateContext(KubeconfigBuilder &builder, const QString &name, const IssuedCertificate &leaf,
                        const QString &server = str("https://pi.lan:6443"))
{
    builder.cluster(name, server, TestPki::sharedCa().certificatePem)
        .certificateUser(name, leaf)
        .context(name, name, name);
}

void tokenContext(KubeconfigBuilder &builder, const QString &name, const QByteArray &token)
{
    builder.cluster(name, str("https://ci.example:6443")).tokenUser(name, token).context(name, name, name);
}

} // namespace

class TestRestorePreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestEnvironment(); }
    void compare_data();
    void compare();
    void secretsStayOut();

private:
    const QString m_target = str("/home/me/.kube/config");
};

void TestRestorePreview::compare_data()
{
    QTest::addColumn<QByteArray>("current");
    QTest::addColumn<bool>("currentExists");
    QTest::addColumn<QByteArray>("backup");
    QTest::addColumn<QStringList>("lines");

    const QDateTime now = fixedNow();
    const IssuedCertificate expired = TestPki::leafExpiringIn(now, -10); // 2026-06-05 12:00
    const IssuedCertificate renewed = TestPki::leafExpiringIn(now, 365); // 2027-06-15 12:00
    const IssuedCertificate monthly = TestPki::leafExpiringIn(now, 30);  // 2026-07-15 12:00
    const auto config = [](const std::function<void(KubeconfigBuilder &)> &fill) {
        KubeconfigBuilder builder;
        fill(builder);
        return builder.toYaml();
    };
    const QByteArray homelabExpired =
        config([&](auto &b) { certificateContext(b, str("homelab"), expired); });
    const QByteArray homelabRenewed =
        config([&](auto &b) { certificateContext(b, str("homelab"), renewed); });
    const QByteArray withDev = config([&](auto &b) {
        certificateContext(b, str("homelab"), renewed);
        certificateContext(b, str("dev"), monthly);
    });
    const QString nothing = str("No context is added or removed, and no credentials change.");

    QTest::newRow("credential renewed")
        << homelabExpired << true << homelabRenewed
        << QStringList{str("homelab: expires 2026-06-05 12:00 UTC (expired) → 2027-06-15 12:00 UTC")};
    QTest::newRow("an expired credential brought back")
        << homelabRenewed << true << homelabExpired
        << QStringList{str("homelab: expires 2027-06-15 12:00 UTC → 2026-06-05 12:00 UTC (expired)")};
    QTest::newRow("context added") << homelabRenewed << true << withDev
                                   << QStringList{str("dev: added, expires 2026-07-15 12:00 UTC")};
    QTest::newRow("context removed") << withDev << true << homelabRenewed
                                     << QStringList{str("dev: removed, expires 2026-07-15 12:00 UTC")};
    QTest::newRow("nothing changed") << withDev << true << withDev << QStringList{nothing};
    QTest::newRow("only the server changed: not a credential")
        << homelabRenewed << true << config([&](auto &b) {
               certificateContext(b, str("homelab"), renewed, str("https://10.0.0.5:6443"));
           })
        << QStringList{nothing};
    QTest::newRow("a token with an expiry renewed")
        << config([&](auto &b) { tokenContext(b, str("ci"), TestPki::jwt(now.addDays(-1))); }) << true
        << config([&](auto &b) { tokenContext(b, str("ci"), TestPki::jwt(now.addDays(90))); })
        << QStringList{str("ci: expires 2026-06-14 12:00 UTC (expired) → 2026-09-13 12:00 UTC")};
    QTest::newRow("an opaque token changed")
        << config([&](auto &b) { tokenContext(b, str("ci"), "opaque-token-one"); }) << true
        << config([&](auto &b) { tokenContext(b, str("ci"), "opaque-token-two"); })
        << QStringList{str("ci: other credentials, no expiry known")};
    QTest::newRow("no file now: everything is added")
        << QByteArray() << false << withDev
        << QStringList{str("dev: added, expires 2026-07-15 12:00 UTC"),
                       str("homelab: added, expires 2027-06-15 12:00 UTC")};
    QTest::newRow("the file now is broken")
        << QByteArray("clusters: [\n") << true << homelabRenewed
        << QStringList{str("The file is not a valid kubeconfig now; the restore replaces it whole."),
                       str("homelab: added, expires 2027-06-15 12:00 UTC")};
    QTest::newRow("several at once, in name order")
        << config([&](auto &b) {
               certificateContext(b, str("zeta"), monthly);
               certificateContext(b, str("homelab"), expired);
           })
        << true << withDev
        << QStringList{str("dev: added, expires 2026-07-15 12:00 UTC"),
                       str("homelab: expires 2026-06-05 12:00 UTC (expired) → 2027-06-15 12:00 UTC"),
                       str("zeta: removed, expires 2026-07-15 12:00 UTC")};
}

void TestRestorePreview::compare()
{
    QFETCH(QByteArray, current);
    QFETCH(bool, currentExists);
    QFETCH(QByteArray, backup);
    QFETCH(QStringList, lines);
    const RestorePreview preview = RestorePreview::compare(
        m_target, currentExists ? std::optional<QByteArray>(current) : std::nullopt, backup, fixedNow());
    QCOMPARE(preview.describe(&TimeText::dateTime), lines);
}

void TestRestorePreview::secretsStayOut()
{
    const IssuedCertificate leaf = TestPki::leafExpiringIn(fixedNow(), 100);
    KubeconfigBuilder before;
    tokenContext(before, str("ci"), "opaque-token-before");
    KubeconfigBuilder after;
    certificateContext(after, str("ci"), leaf);
    const RestorePreview preview =
        RestorePreview::compare(m_target, before.toYaml(), after.toYaml(), fixedNow());
    const QString text = preview.describe(&TimeText::dateTime).join(QLatin1Char('\n'));
    QCOMPARE(text, str("ci: expires unknown → 2026-09-23 12:00 UTC"));
    QVERIFY(!text.contains(str("opaque-token-before")));
    QVERIFY(!text.contains(QString::fromLatin1(leaf.privateKeyPem.toBase64().left(40))));
}

QTEST_GUILESS_MAIN(TestRestorePreview)
#include "tst_restorepreview.moc"
