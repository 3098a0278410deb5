#include "credentials/checkreport.h"
#include "credentials/distribution.h"
#include "testenvironment.h"

#include <QTest>

using namespace kubeminder;
using namespace kubeminder::test;

/// Which distribution a client certificate comes from, and how that distribution renews it: one
/// table for the details pane, `check`, the import's advice and the suggested source.
class TestDistribution : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestEnvironment(); }
    void identify_data();
    void identify();
    void onlyCertificatesSayWhereTheyComeFrom();
    void renewal_data();
    void renewal();
};

void TestDistribution::identify_data()
{
    QTest::addColumn<QString>("issuer"); // the issuer's common name
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<Distribution>("distribution");
    QTest::newRow("K3s") << QStringLiteral("k3s-client-ca@1733300000") << QStringLiteral("homelab")
                         << QStringLiteral("default") << Distribution::K3s;
    QTest::newRow("RKE2") << QStringLiteral("rke2-client-ca@1733300000") << QStringLiteral("rke")
                          << QStringLiteral("default") << Distribution::Rke2;
    QTest::newRow("kubeadm") << QStringLiteral("kubernetes") << QStringLiteral("kubernetes-admin@kubernetes")
                             << QStringLiteral("kubernetes") << Distribution::Kubeadm;
    QTest::newRow("kind, by its context name") << QStringLiteral("kubernetes") << QStringLiteral("kind-dev")
                                               << QStringLiteral("kind-dev") << Distribution::Kind;
    QTest::newRow("kind, renamed context") << QStringLiteral("kubernetes") << QStringLiteral("dev")
                                           << QStringLiteral("kind-dev") << Distribution::Kind;
    QTest::newRow("MicroK8s") << QStringLiteral("10.152.183.1") << QStringLiteral("microk8s")
                              << QStringLiteral("microk8s-cluster") << Distribution::MicroK8s;
    QTest::newRow("minikube") << QStringLiteral("minikubeCA") << QStringLiteral("minikube")
                              << QStringLiteral("minikube") << Distribution::Minikube;
    QTest::newRow("a company CA") << QStringLiteral("ACME Issuing CA 2") << QStringLiteral("prod")
                                  << QStringLiteral("prod") << Distribution::Unknown;
    QTest::newRow("a look-alike is not K3s") << QStringLiteral("my-k3s-client-ca@1") << QStringLiteral("x")
                                             << QStringLiteral("x") << Distribution::Unknown;
    QTest::newRow("case matters") << QStringLiteral("Kubernetes") << QStringLiteral("x")
                                  << QStringLiteral("x") << Distribution::Unknown;
}

void TestDistribution::identify()
{
    QFETCH(QString, issuer);
    QFETCH(QString, context);
    QFETCH(QString, cluster);
    QFETCH(Distribution, distribution);
    QCOMPARE(DistributionRules::identify(issuer, context, cluster), distribution);

    ContextReport report;
    report.name = context;
    report.cluster = cluster;
    report.credential.kind = CredentialKind::ClientCertificate;
    report.credential.issuer = issuer;
    QCOMPARE(DistributionRules::of(report), distribution);
    QCOMPARE(DistributionRules::displayName(distribution).isEmpty(), distribution == Distribution::Unknown);
}

void TestDistribution::onlyCertificatesSayWhereTheyComeFrom()
{
    // A token's "iss" is no CA name, whatever it says.
    ContextReport report;
    report.name = QStringLiteral("kind-dev");
    report.credential.kind = CredentialKind::Token;
    report.credential.issuer = QStringLiteral("kubernetes");
    QCOMPARE(DistributionRules::of(report), Distribution::Unknown);
    QCOMPARE(DistributionRules::id(Distribution::Unknown), QStringLiteral("unknown"));
    QCOMPARE(DistributionRules::id(Distribution::MicroK8s), QStringLiteral("microk8s"));
}

void TestDistribution::renewal_data()
{
    QTest::addColumn<Distribution>("distribution");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("superAdmin");
    QTest::newRow("K3s") << Distribution::K3s << QStringLiteral("system:admin")
                         << QStringLiteral("sudo systemctl restart k3s") << false;
    QTest::newRow("RKE2") << Distribution::Rke2 << QStringLiteral("system:admin")
                          << QStringLiteral("/etc/rancher/rke2/rke2.yaml") << false;
    QTest::newRow("kubeadm admin.conf") << Distribution::Kubeadm << QStringLiteral("kubernetes-admin")
                                        << QStringLiteral("sudo kubeadm certs renew admin.conf") << false;
    QTest::newRow("kubeadm super-admin.conf")
        << Distribution::Kubeadm << QStringLiteral("kubernetes-super-admin")
        << QStringLiteral("break-glass super-admin.conf") << true;
    QTest::newRow("kind") << Distribution::Kind << QStringLiteral("kubernetes-admin")
                          << QStringLiteral("kind get kubeconfig --name") << false;
    QTest::newRow("kind's super admin is no kubeadm question")
        << Distribution::Kind << QStringLiteral("kubernetes-super-admin") << QStringLiteral("docker exec")
        << false;
    QTest::newRow("MicroK8s") << Distribution::MicroK8s << QStringLiteral("admin")
                              << QStringLiteral("microk8s refresh-certs") << false;
    QTest::newRow("minikube") << Distribution::Minikube << QStringLiteral("minikube-user")
                              << QStringLiteral("minikube start") << false;
    QTest::newRow("unknown") << Distribution::Unknown << QStringLiteral("me") << QString() << false;
}

void TestDistribution::renewal()
{
    QFETCH(Distribution, distribution);
    QFETCH(QString, subject);
    QFETCH(QString, says);
    const QString text = DistributionRules::renewal(distribution, subject);
    if (says.isEmpty())
        QVERIFY2(text.isEmpty(), qPrintable(text));
    else
        QVERIFY2(text.contains(says), qPrintable(text));
    QTEST(DistributionRules::isSuperAdmin(distribution, subject), "superAdmin");
}

QTEST_GUILESS_MAIN(TestDistribution)
#include "tst_distribution.moc"
