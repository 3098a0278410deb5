#pragma once

#include "credentials/certificateminter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace kubeminder::test {

/// Composes kubeconfig files for tests, field by field.
class KubeconfigBuilder
{
public:
    KubeconfigBuilder();

    KubeconfigBuilder &cluster(const QString &name, const QString &server, const QByteArray &caPem = {});
    KubeconfigBuilder &clusterWithCaFile(const QString &name, const QString &server, const QString &caFile);
    /// Sets cluster.<key> of the cluster `cluster` (tls-server-name, proxy-url, ...).
    KubeconfigBuilder &clusterField(const QString &cluster, const QString &key, const QString &value);
    /// Sets a true/false cluster.<key> (insecure-skip-tls-verify).
    KubeconfigBuilder &clusterFlag(const QString &cluster, const QString &key, bool value);
    /// client-certificate-data / client-key-data from an issued certificate (optionally with chain).
    KubeconfigBuilder &certificateUser(const QString &name, const IssuedCertificate &cert,
                                       const QByteArray &chainPem = {});
    KubeconfigBuilder &certificateFileUser(const QString &name, const QString &certFile,
                                           const QString &keyFile);
    KubeconfigBuilder &tokenUser(const QString &name, const QByteArray &token);
    KubeconfigBuilder &tokenFileUser(const QString &name, const QString &tokenFile);
    KubeconfigBuilder &execUser(const QString &name, const QString &command);
    /// Sets exec.<key> of the exec user `user` (apiVersion, interactiveMode, installHint, ...).
    KubeconfigBuilder &execField(const QString &user, const QString &key, const QString &value);
    /// Sets a true/false exec.<key> (provideClusterInfo).
    KubeconfigBuilder &execFlag(const QString &user, const QString &key, bool value);
    /// Replaces exec.args.
    KubeconfigBuilder &execArgs(const QString &user, const QStringList &args);
    /// Appends a name/value pair to exec.env.
    KubeconfigBuilder &execEnv(const QString &user, const QString &name, const QString &value);
    KubeconfigBuilder &authProviderUser(const QString &name, const QString &provider,
                                        const QByteArray &idToken);
    KubeconfigBuilder &basicUser(const QString &name, const QString &username, const QString &password);
    KubeconfigBuilder &emptyUser(const QString &name);
    KubeconfigBuilder &context(const QString &name, const QString &cluster, const QString &user,
                               const QString &ns = {});
    KubeconfigBuilder &currentContext(const QString &name);

    /// The tree, for fields the helpers above do not cover.
    YAML::Node &root() { return m_root; }
    QByteArray toYaml() const;
    /// Writes the file (creating folders) and returns its absolute path; fails the test on error.
    QString writeTo(const QString &path) const;

private:
    YAML::Node user(const QString &name);
    YAML::Node m_root;
};

/// Writes bytes to a file, creating folders; fails the test on error. Returns the absolute path.
QString writeFile(const QString &path, const QByteArray &bytes);
/// A file's bytes (empty when it cannot be read): for "byte-identical afterwards" checks.
QByteArray readFile(const QString &path);

} // namespace kubeminder::test
