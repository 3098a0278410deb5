#include "demoset.h"

#include "credentials/certificateminter.h"
#include "kubeconfig/kubeconfigdraft.h"
#include "support/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace kubeminder {

namespace {

// One row of the demo: the days left are relative to "now", so the demo shows the same mix of
// states (expired, critical, warning, fine) whenever it is written.
struct DemoContext
{
    const char *name;
    const char *server;
    int daysLeft;
    KeyAlgorithm algorithm;
    const char *ns;
};

QByteArray demoJwt(const QDateTime &expiresAt, const QDateTime &issuedAt)
{
    const auto part = [](const QJsonObject &object) {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    // Shaped like a service-account token, so the window shows a subject and issuer as for a real one.
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                       {QStringLiteral("kid"), QStringLiteral("demo")}};
    QJsonObject claims{
        {QStringLiteral("iss"), QStringLiteral("https://kubernetes.default.svc.cluster.local")},
        {QStringLiteral("sub"), QStringLiteral("system:serviceaccount:ci:deployer")},
        {QStringLiteral("iat"), issuedAt.toSecsSinceEpoch()},
        {QStringLiteral("exp"), expiresAt.toSecsSinceEpoch()}};
    // Not a real signature: the demo only needs a token whose expiry can be read.
    return part(header) + '.' + part(claims) + '.' + QByteArrayLiteral("ZGVtby1zaWduYXR1cmU");
}

ClusterEntry cluster(const QString &name, const QString &server, const QByteArray &caPem)
{
    ClusterEntry entry;
    entry.name = name;
    entry.server = server;
    entry.certificateAuthorityData = caPem;
    return entry;
}

UserEntry certificateUser(const QString &name, const QByteArray &certificatePem, const QByteArray &keyPem)
{
    UserEntry entry;
    entry.name = name;
    entry.clientCertificateData = certificatePem;
    entry.clientKeyData = keyPem;
    return entry;
}

ContextEntry context(const QString &name, const QString &ns = {})
{
    ContextEntry entry;
    entry.name = name;
    entry.cluster = name;
    entry.user = name;
    entry.ns = ns;
    return entry;
}

// Owner-only like a real kubeconfig: the demo holds private keys too, worthless ones, but it
// should model the habit it preaches. With a comment on top, as people keep notes in theirs: a
// refresh in the demo shows that they stay.
bool save(const QString &path, const KubeconfigDraft &draft, QString *error)
{
    const QByteArray note =
        "# Kubeminder's demo set: certificates minted on the spot, expiring at varied dates.\n"
        "# A refresh changes the lines of the credentials it replaces and keeps the rest.\n";
    const AtomicFile::Result saved =
        AtomicFile::save(path, note + draft.toYaml(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!saved.ok()) {
        *error = DemoSet::tr("Cannot write %1: %2").arg(path, saved.systemError);
        return false;
    }
    return true;
}

} // namespace

QStringList DemoSet::write(const QString &directory, const QDateTime &now, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create the folder %1").arg(directory);
        return {};
    }
    const QDir dir(directory);
    // Never over a real kubeconfig: "kubeminder demo ~/.kube" must not replace ~/.kube/config.
    const QString mainPath = dir.absoluteFilePath(QStringLiteral("config"));
    const QString teamPath = dir.absoluteFilePath(QStringLiteral("team.yaml"));
    for (const QString &path : {mainPath, teamPath}) {
        if (QFileInfo::exists(path)) {
            *error = tr("%1 already exists; the demo set is only written into a folder without “config” and "
                        "“team.yaml”. Choose a new folder, for example /tmp/kubeminder-demo.")
                         .arg(path);
            return {};
        }
    }

    const auto mint = [&](const QString &cn, const QStringList &orgs, int daysLeft, KeyAlgorithm algorithm,
                          bool ca, const IssuedCertificate *issuer) {
        CertificateSpec spec;
        spec.commonName = cn;
        spec.organizations = orgs;
        spec.notAfter = now.addDays(daysLeft);
        // Lifetimes like K3s's: CAs for ten years, client certificates for one.
        spec.notBefore = spec.notAfter.addDays(ca ? -3650 : -365);
        spec.algorithm = algorithm;
        spec.certificateAuthority = ca;
        return CertificateMinter::issue(spec, issuer, error);
    };

    const std::optional<IssuedCertificate> clientCa =
        // Named like K3s's own CAs, so the demo looks like the files users actually have.
        mint(QStringLiteral("k3s-client-ca@1700000000"), {}, 3300, KeyAlgorithm::EcP256, true, nullptr);
    const std::optional<IssuedCertificate> serverCa =
        mint(QStringLiteral("k3s-server-ca@1700000000"), {}, 3300, KeyAlgorithm::EcP256, true, nullptr);
    const std::optional<IssuedCertificate> agingCa =
        mint(QStringLiteral("lab-root-ca"), {}, 24, KeyAlgorithm::EcP256, true, nullptr);
    if (!clientCa || !serverCa || !agingCa)
        return {};

    const DemoContext k3sContexts[] = {
        // One context per state with the default thresholds: expired, critical, warning and two fine ones
        // (one with an RSA key, as kubeadm-based clusters such as kind have).
        {"homelab-pi", "https://pi.lan:6443", -12, KeyAlgorithm::EcP256, ""},
        {"staging-k3s", "https://staging.example.internal:6443", 3, KeyAlgorithm::EcP256, "web"},
        {"edge-rpi", "https://192.168.50.10:6443", 19, KeyAlgorithm::EcP256, ""},
        {"prod-eu", "https://k3s.prod-eu.example.com:6443", 201, KeyAlgorithm::EcP256, "shop"},
        {"dev-kind", "https://127.0.0.1:42133", 340, KeyAlgorithm::Rsa2048, "default"},
    };
    KubeconfigDraft main;
    for (const DemoContext &demo : k3sContexts) {
        // Like K3s: the client certificate followed by the client CA, key as "EC PRIVATE KEY".
        const auto leaf = mint(QStringLiteral("system:admin"), {QStringLiteral("system:masters")},
                               demo.daysLeft, demo.algorithm, false, &*clientCa);
        if (!leaf)
            return {};
        const QString name = QString::fromLatin1(demo.name);
        main.clusters.push_back(cluster(name, QString::fromLatin1(demo.server), serverCa->certificatePem));
        main.users.push_back(
            certificateUser(name, leaf->certificatePem + clientCa->certificatePem, leaf->privateKeyPem));
        main.contexts.push_back(context(name, QString::fromLatin1(demo.ns)));
    }
    // The current context is one that needs attention, as it would be for a user who needs this tool.
    main.currentContext = QStringLiteral("staging-k3s");

    KubeconfigDraft team;
    team.clusters.push_back(cluster(QStringLiteral("ci"), QStringLiteral("https://ci.example.com:6443"),
                                    serverCa->certificatePem));
    UserEntry bot;
    bot.name = QStringLiteral("ci");
    // A token with a readable expiry, to show that tokens are checked as well as certificates.
    bot.token = demoJwt(now.addDays(5), now.addDays(-25));
    team.users.push_back(bot);
    team.contexts.push_back(context(QStringLiteral("ci"), QStringLiteral("deploy")));

    team.clusters.push_back(cluster(QStringLiteral("eks-prod"),
                                    QStringLiteral("https://ABCDEF0123.gr7.eu-west-1.eks.amazonaws.com"),
                                    serverCa->certificatePem));
    UserEntry eks;
    eks.name = QStringLiteral("eks-prod");
    eks.exec = ExecPlugin{};
    eks.exec->apiVersion = QStringLiteral("client.authentication.k8s.io/v1beta1");
    eks.exec->command = QStringLiteral("aws");
    eks.exec->args = {QStringLiteral("eks"), QStringLiteral("get-token"), QStringLiteral("--cluster-name"),
                      QStringLiteral("prod")};
    // An exec plugin is shown as "unknown": its credential only exists when kubectl runs it.
    eks.exec->interactiveMode = QStringLiteral("IfAvailable");
    team.users.push_back(eks);
    team.contexts.push_back(context(QStringLiteral("eks-prod")));

    // A cluster whose own CA runs out soon: the client certificate is fine, the context is not.
    const auto labLeaf = mint(QStringLiteral("lab-admin"), {QStringLiteral("system:masters")}, 20,
                              KeyAlgorithm::EcP256, false, &*agingCa);
    // And a user whose key was replaced without its certificate.
    const auto strayLeaf =
        mint(QStringLiteral("ops"), {QStringLiteral("ops")}, 120, KeyAlgorithm::EcP256, false, &*clientCa);
    const auto strayKey = mint(QStringLiteral("ops"), {}, 120, KeyAlgorithm::EcP256, false, &*clientCa);
    if (!labLeaf || !strayLeaf || !strayKey)
        return {};
    team.clusters.push_back(cluster(
        QStringLiteral("lab"), QStringLiteral("https://lab.example.internal:6443"), agingCa->certificatePem));
    team.users.push_back(
        certificateUser(QStringLiteral("lab"), labLeaf->certificatePem, labLeaf->privateKeyPem));
    team.contexts.push_back(context(QStringLiteral("lab")));

    team.clusters.push_back(cluster(QStringLiteral("ops"),
                                    QStringLiteral("https://ops.example.internal:6443"),
                                    serverCa->certificatePem));
    team.users.push_back(
        certificateUser(QStringLiteral("ops"), strayLeaf->certificatePem, strayKey->privateKeyPem));
    team.contexts.push_back(context(QStringLiteral("ops")));

    // Two files, so the demo also shows a merged set and which file owns each entry.
    if (!save(mainPath, main, error) || !save(teamPath, team, error))
        return {};
    return {mainPath, teamPath};
}

} // namespace kubeminder
