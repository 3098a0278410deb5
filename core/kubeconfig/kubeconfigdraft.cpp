#include "kubeconfigdraft.h"

#include "goyamlrules.h"

#include <yaml-cpp/yaml.h>

namespace kubeminder {

namespace {

// Text kubectl reads back as exactly this: quoted where YAML 1.1 would read anything else, with
// U+2028 and U+2029 escaped (raw, go-yaml takes them for line breaks even inside quotes).
void scalar(YAML::Emitter &out, const QString &value)
{
    const std::string utf8 = value.toStdString();
    if (GoYamlRules::plainReadsAsString(utf8))
        out << utf8;
    else
        GoYamlRules::emitQuoted(out, utf8);
}

// Empty fields are left out, as kubectl writes a kubeconfig (omitempty), so the file holds only
// what was set.
void text(YAML::Emitter &out, const char *key, const QString &value)
{
    if (value.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value;
    scalar(out, value);
}

// The *-data fields are base64, as client-go marshals []byte. Base64 text never needs quoting.
void data(YAML::Emitter &out, const char *key, const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        out << YAML::Key << key << YAML::Value << bytes.toBase64().toStdString();
}

// Only true is written: false is the default, and omitting it matches what kubectl writes.
void flag(YAML::Emitter &out, const char *key, bool value)
{
    if (value)
        out << YAML::Key << key << YAML::Value << true;
}

void named(YAML::Emitter &out, const QString &name, const char *body)
{
    out << YAML::BeginMap;
    // Always written, even empty: an entry without a name is still an entry.
    out << YAML::Key << "name" << YAML::Value;
    scalar(out, name);
    out << YAML::Key << body << YAML::Value << YAML::BeginMap;
}

} // namespace

QByteArray KubeconfigDraft::toYaml() const
{
    YAML::Emitter out;
    // Block style with two-space indentation, the shape kubectl writes, so a draft file reads like
    // any other kubeconfig when the user opens it.
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "v1";
    out << YAML::Key << "kind" << YAML::Value << "Config";
    out << YAML::Key << "clusters" << YAML::Value << YAML::BeginSeq;
    for (const ClusterEntry &cluster : clusters) {
        named(out, cluster.name, "cluster");
        text(out, "server", cluster.server);
        text(out, "certificate-authority", cluster.certificateAuthority);
        data(out, "certificate-authority-data", cluster.certificateAuthorityData);
        flag(out, "insecure-skip-tls-verify", cluster.insecureSkipTlsVerify);
        text(out, "tls-server-name", cluster.tlsServerName);
        text(out, "proxy-url", cluster.proxyUrl);
        out << YAML::EndMap << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::Key << "users" << YAML::Value << YAML::BeginSeq;
    for (const UserEntry &user : users) {
        named(out, user.name, "user");
        text(out, "client-certificate", user.clientCertificate);
        data(out, "client-certificate-data", user.clientCertificateData);
        text(out, "client-key", user.clientKey);
        data(out, "client-key-data", user.clientKeyData);
        // The token goes through QString for the quoting rules; a draft holds demo data, never a real
        // user's secret, so the extra copy is of no concern.
        text(out, "token", QString::fromUtf8(user.token));
        text(out, "tokenFile", user.tokenFile);
        if (user.exec) {
            out << YAML::Key << "exec" << YAML::Value << YAML::BeginMap;
            text(out, "apiVersion", user.exec->apiVersion);
            text(out, "command", user.exec->command);
            if (!user.exec->args.isEmpty()) {
                out << YAML::Key << "args" << YAML::Value << YAML::BeginSeq;
                for (const QString &argument : user.exec->args)
                    scalar(out, argument);
                out << YAML::EndSeq;
            }
            text(out, "interactiveMode", user.exec->interactiveMode);
            text(out, "installHint", user.exec->installHint);
            flag(out, "provideClusterInfo", user.exec->provideClusterInfo);
            out << YAML::EndMap;
        }
        out << YAML::EndMap << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::Key << "contexts" << YAML::Value << YAML::BeginSeq;
    for (const ContextEntry &context : contexts) {
        named(out, context.name, "context");
        text(out, "cluster", context.cluster);
        text(out, "user", context.user);
        text(out, "namespace", context.ns);
        out << YAML::EndMap << YAML::EndMap;
    }
    out << YAML::EndSeq;
    text(out, "current-context", currentContext);
    out << YAML::EndMap;
    // yaml-cpp ends the document without a newline; POSIX text files (and diff) want one.
    return QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
}

} // namespace kubeminder
