#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// The three kinds of named entry a kubeconfig holds, as plain values. Paths are already resolved
// against the directory of the file that defined them (client-go's ResolvePaths); *-data fields
// are already base64-decoded (a field that does not decode breaks the whole file, as in kubectl).

namespace kubeminder {

struct ClusterEntry
{
    QString name;
    QString file; ///< absolute path of the file that defined this entry
    QString server;
    QString certificateAuthority; ///< absolute path, or empty
    QByteArray certificateAuthorityData;
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    bool disableCompression = false;
    /// The extension "client.authentication.k8s.io/exec" as JSON, the way kubectl turns it into
    /// spec.cluster.config for a credential plugin (YAML 1.1 through sigs.k8s.io/yaml); or nothing.
    std::optional<QJsonValue> execConfig;
};

struct ExecPlugin
{
    QString command;
    QStringList args;
    QString apiVersion;
    QString interactiveMode;
    QString installHint; ///< trimmed
    bool provideClusterInfo = false;
    // env is deliberately not kept: plugin environments often carry secrets. The plugin runner
    // reads it when it runs the plugin: KubeconfigDocument::execEnvironment().
};

struct UserEntry
{
    QString name;
    QString file;
    QString clientCertificate; ///< absolute path, or empty
    QByteArray clientCertificateData;
    QString clientKey; ///< absolute path, or empty
    QByteArray clientKeyData;
    QByteArray token; ///< secret: never print
    QString tokenFile;
    QString username;
    bool hasPassword = false; ///< the password itself is never kept
    std::optional<ExecPlugin> exec;
    QString authProvider;                ///< auth-provider name ("oidc", "gcp", ...), or empty
    QByteArray authProviderIdToken;      ///< secret: never print
    bool authProviderCanRefresh = false; ///< a refresh-token is set (the token itself is never kept)
};

struct ContextEntry
{
    QString name;
    QString file;
    QString cluster;
    QString user;
    QString ns; ///< "namespace" is a keyword
};

} // namespace kubeminder
