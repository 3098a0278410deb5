#include "demoset.h"

#include "credentials/certificateminter.h"
#include "support/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

namespace kubeminder {

namespace {

struct DemoContext
{
    const char *name;
    const char *server;
    int daysLeft;
    KeyAlgorithm algorithm;
    const char *ns;
};

std::string b64(const QByteArray &bytes)
{
    return bytes.toBase64().toStdString();
}

QByteArray demoJwt(const QDateTime &expiresAt, const QDateTime &issuedAt)
{
    const auto part = [](const QJsonObject &object) {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
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

YAML::Node cluster(const std::string &name, const std::string &server, const QByteArray &caPem)
{
    YAML::Node entry;
    entry["name"] = name;
    entry["cluster"]["certificate-authority-data"] = b64(caPem);
    entry["cluster"]["server"] = server;
    return entry;
}

YAML::Node context(const std::string &name, const std::string &ns = {})
{
    YAML::Node entry;
    entry["name"] = name;
    entry["context"]["cluster"] = name;
    entry["context"]["user"] = name;
    if (!ns.empty())
        entry["context"]["namespace"] = ns;
    return entry;
}

YAML::Node skeleton()
{
    YAML::Node root;
    root["apiVersion"] = "v1";
    root["kind"] = "Config";
    root["preferences"] = YAML::Node(YAML::NodeType::Map);
    root["clusters"] = YAML::Node(YAML::NodeType::Sequence);
    root["users"] = YAML::Node(YAML::NodeType::Sequence);
    root["contexts"] = YAML::Node(YAML::NodeType::Sequence);
    return root;
}

bool save(const QString &path, const YAML::Node &root, QString *error)
{
    YAML::Emitter out;
    out << root;
    const QByteArray bytes = QByteArray(out.c_str()) + '\n';
    const AtomicFile::Result saved =
        AtomicFile::save(path, bytes, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
        spec.notBefore = spec.notAfter.addDays(ca ? -3650 : -365);
        spec.algorithm = algorithm;
        spec.certificateAuthority = ca;
        return CertificateMinter::issue(spec, issuer, error);
    };

    const std::optional<IssuedCertificate> clientCa =
        mint(QStringLiteral("k3s-client-ca@1700000000"), {}, 3300, KeyAlgorithm::EcP256, true, nullptr);
    const std::optional<IssuedCertificate> serverCa =
        mint(QStringLiteral("k3s-server-ca@1700000000"), {}, 3300, KeyAlgorithm::EcP256, true, nullptr);
    const std::optional<IssuedCertificate> agingCa =
        mint(QStringLiteral("lab-root-ca"), {}, 24, KeyAlgorithm::EcP256, true, nullptr);
    if (!clientCa || !serverCa || !agingCa)
        return {};

    const DemoContext k3sContexts[] = {
        {"homelab-pi", "https://pi.lan:6443", -12, KeyAlgorithm::EcP256, ""},
        {"staging-k3s", "https://staging.example.internal:6443", 3, KeyAlgorithm::EcP256, "web"},
        {"edge-rpi", "https://192.168.50.10:6443", 19, KeyAlgorithm::EcP256, ""},
        {"prod-eu", "https://k3s.prod-eu.example.com:6443", 201, KeyAlgorithm::EcP256, "shop"},
        {"dev-kind", "https://127.0.0.1:42133", 340, KeyAlgorithm::Rsa2048, "default"},
    };
    YAML::Node main = skeleton();
    for (const DemoContext &demo : k3sContexts) {
        // Like K3s: the client certificate followed by the client CA, key as "EC PRIVATE KEY".
        const auto leaf = mint(QStringLiteral("system:admin"), {QStringLiteral("system:masters")},
                               demo.daysLeft, demo.algorithm, false, &*clientCa);
        if (!leaf)
            return {};
        main["clusters"].push_back(cluster(demo.name, demo.server, serverCa->certificatePem));
        YAML::Node user;
        user["name"] = demo.name;
        user["user"]["client-certificate-data"] = b64(leaf->certificatePem + clientCa->certificatePem);
        user["user"]["client-key-data"] = b64(leaf->privateKeyPem);
        main["users"].push_back(user);
        main["contexts"].push_back(context(demo.name, demo.ns));
    }
    main["current-context"] = "staging-k3s";

    YAML::Node team = skeleton();
    team["clusters"].push_back(cluster("ci", "https://ci.example.com:6443", serverCa->certificatePem));
    YAML::Node bot;
    bot["name"] = "ci";
    bot["user"]["token"] = demoJwt(now.addDays(5), now.addDays(-25)).toStdString();
    team["users"].push_back(bot);
    team["contexts"].push_back(context("ci", "deploy"));

    YAML::Node eksCluster =
        cluster("eks-prod", "https://ABCDEF0123.gr7.eu-west-1.eks.amazonaws.com", serverCa->certificatePem);
    team["clusters"].push_back(eksCluster);
    YAML::Node eks;
    eks["name"] = "eks-prod";
    eks["user"]["exec"]["apiVersion"] = "client.authentication.k8s.io/v1beta1";
    eks["user"]["exec"]["command"] = "aws";
    eks["user"]["exec"]["args"].push_back("eks");
    eks["user"]["exec"]["args"].push_back("get-token");
    eks["user"]["exec"]["args"].push_back("--cluster-name");
    eks["user"]["exec"]["args"].push_back("prod");
    eks["user"]["exec"]["interactiveMode"] = "IfAvailable";
    team["users"].push_back(eks);
    team["contexts"].push_back(context("eks-prod"));

    // A cluster whose own CA runs out soon: the client certificate is fine, the context is not.
    const auto labLeaf = mint(QStringLiteral("lab-admin"), {QStringLiteral("system:masters")}, 20,
                              KeyAlgorithm::EcP256, false, &*agingCa);
    // And a user whose key was replaced without its certificate.
    const auto strayLeaf =
        mint(QStringLiteral("ops"), {QStringLiteral("ops")}, 120, KeyAlgorithm::EcP256, false, &*clientCa);
    const auto strayKey = mint(QStringLiteral("ops"), {}, 120, KeyAlgorithm::EcP256, false, &*clientCa);
    if (!labLeaf || !strayLeaf || !strayKey)
        return {};
    team["clusters"].push_back(cluster("lab", "https://lab.example.internal:6443", agingCa->certificatePem));
    YAML::Node labUser;
    labUser["name"] = "lab";
    labUser["user"]["client-certificate-data"] = b64(labLeaf->certificatePem);
    labUser["user"]["client-key-data"] = b64(labLeaf->privateKeyPem);
    team["users"].push_back(labUser);
    team["contexts"].push_back(context("lab"));

    team["clusters"].push_back(cluster("ops", "https://ops.example.internal:6443", serverCa->certificatePem));
    YAML::Node opsUser;
    opsUser["name"] = "ops";
    opsUser["user"]["client-certificate-data"] = b64(strayLeaf->certificatePem);
    opsUser["user"]["client-key-data"] = b64(strayKey->privateKeyPem);
    team["users"].push_back(opsUser);
    team["contexts"].push_back(context("ops"));

    if (!save(mainPath, main, error) || !save(teamPath, team, error))
        return {};
    return {mainPath, teamPath};
}

} // namespace kubeminder
