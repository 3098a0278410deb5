#include "kubeconfigbuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kubeminder::test {

namespace {
std::string s(const QString &text)
{
    return text.toStdString();
}

// The exec section of the user called `name` (created when missing); fails the test without one.
YAML::Node execOf(YAML::Node &root, const QString &name)
{
    YAML::Node users = root["users"];
    for (std::size_t i = 0; i < users.size(); ++i) {
        YAML::Node entry = users[i];
        if (entry["name"].as<std::string>() == s(name))
            return entry["user"]["exec"];
    }
    qFatal("no user %s in the kubeconfig being built", qPrintable(name));
}

// The cluster section of the cluster called `name`; fails the test without one.
YAML::Node clusterOf(YAML::Node &root, const QString &name)
{
    YAML::Node clusters = root["clusters"];
    for (std::size_t i = 0; i < clusters.size(); ++i) {
        YAML::Node entry = clusters[i];
        if (entry["name"].as<std::string>() == s(name))
            return entry["cluster"];
    }
    qFatal("no cluster %s in the kubeconfig being built", qPrintable(name));
}
} // namespace

KubeconfigBuilder::KubeconfigBuilder()
{
    m_root["apiVersion"] = "v1";
    m_root["kind"] = "Config";
    m_root["clusters"] = YAML::Node(YAML::NodeType::Sequence);
    m_root["users"] = YAML::Node(YAML::NodeType::Sequence);
    m_root["contexts"] = YAML::Node(YAML::NodeType::Sequence);
}

KubeconfigBuilder &KubeconfigBuilder::cluster(const QString &name, const QString &server,
                                              const QByteArray &caPem)
{
    YAML::Node entry;
    entry["name"] = s(name);
    entry["cluster"]["server"] = s(server);
    if (!caPem.isEmpty())
        entry["cluster"]["certificate-authority-data"] = caPem.toBase64().toStdString();
    m_root["clusters"].push_back(entry);
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::clusterWithCaFile(const QString &name, const QString &server,
                                                        const QString &caFile)
{
    YAML::Node entry;
    entry["name"] = s(name);
    entry["cluster"]["server"] = s(server);
    entry["cluster"]["certificate-authority"] = s(caFile);
    m_root["clusters"].push_back(entry);
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::clusterField(const QString &cluster, const QString &key,
                                                   const QString &value)
{
    clusterOf(m_root, cluster)[s(key)] = s(value);
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::clusterFlag(const QString &cluster, const QString &key, bool value)
{
    clusterOf(m_root, cluster)[s(key)] = value;
    return *this;
}

YAML::Node KubeconfigBuilder::user(const QString &name)
{
    YAML::Node entry;
    entry["name"] = s(name);
    entry["user"] = YAML::Node(YAML::NodeType::Map);
    m_root["users"].push_back(entry);
    return m_root["users"][m_root["users"].size() - 1]["user"];
}

KubeconfigBuilder &KubeconfigBuilder::certificateUser(const QString &name, const IssuedCertificate &cert,
                                                      const QByteArray &chainPem)
{
    YAML::Node u = user(name);
    u["client-certificate-data"] = QByteArray(cert.certificatePem + chainPem).toBase64().toStdString();
    u["client-key-data"] = cert.privateKeyPem.toBase64().toStdString();
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::certificateFileUser(const QString &name, const QString &certFile,
                                                          const QString &keyFile)
{
    YAML::Node u = user(name);
    u["client-certificate"] = s(certFile);
    u["client-key"] = s(keyFile);
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::tokenUser(const QString &name, const QByteArray &token)
{
    user(name)["token"] = token.toStdString();
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::tokenFileUser(const QString &name, const QString &tokenFile)
{
    user(name)["tokenFile"] = s(tokenFile);
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::execUser(const QString &name, const QString &command)
{
    YAML::Node u = user(name);
    u["exec"]["apiVersion"] = "client.authentication.k8s.io/v1beta1";
    u["exec"]["command"] = s(command);
    u["exec"]["args"].push_back("get-token");
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::execField(const QString &user, const QString &key, const QString &value)
{
    execOf(m_root, user)[s(key)] = s(value);
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::execFlag(const QString &user, const QString &key, bool value)
{
    execOf(m_root, user)[s(key)] = value;
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::execArgs(const QString &user, const QStringList &args)
{
    YAML::Node list(YAML::NodeType::Sequence);
    for (const QString &arg : args)
        list.push_back(s(arg));
    execOf(m_root, user)["args"] = list;
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::execEnv(const QString &user, const QString &name, const QString &value)
{
    YAML::Node pair;
    pair["name"] = s(name);
    pair["value"] = s(value);
    execOf(m_root, user)["env"].push_back(pair);
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::authProviderUser(const QString &name, const QString &provider,
                                                       const QByteArray &idToken)
{
    YAML::Node u = user(name);
    u["auth-provider"]["name"] = s(provider);
    if (!idToken.isEmpty())
        u["auth-provider"]["config"]["id-token"] = idToken.toStdString();
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::basicUser(const QString &name, const QString &username,
                                                const QString &password)
{
    YAML::Node u = user(name);
    u["username"] = s(username);
    u["password"] = s(password);
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::emptyUser(const QString &name)
{
    user(name);
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::context(const QString &name, const QString &cluster,
                                              const QString &user, const QString &ns)
{
    YAML::Node entry;
    entry["name"] = s(name);
    entry["context"]["cluster"] = s(cluster);
    entry["context"]["user"] = s(user);
    if (!ns.isEmpty())
        entry["context"]["namespace"] = s(ns);
    m_root["contexts"].push_back(entry);
    return *this;
}

KubeconfigBuilder &KubeconfigBuilder::currentContext(const QString &name)
{
    m_root["current-context"] = s(name);
    return *this;
}

QByteArray KubeconfigBuilder::toYaml() const
{
    YAML::Emitter out;
    out << m_root;
    return QByteArray(out.c_str()) + '\n';
}

QString KubeconfigBuilder::writeTo(const QString &path) const
{
    return writeFile(path, toYaml());
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        qFatal("cannot create folder for %s", qPrintable(path));
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return info.absoluteFilePath();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace kubeminder::test
