#include "credentialrules.h"

#include "support/credentialfile.h"

namespace kubeminder {

bool CredentialRules::hasCertificate(const UserEntry &user)
{
    return !user.clientCertificate.isEmpty() || !user.clientCertificateData.isEmpty() ||
           !user.clientKey.isEmpty() || !user.clientKeyData.isEmpty();
}

CredentialKind CredentialRules::kindOf(const UserEntry &user)
{
    if (hasCertificate(user))
        return CredentialKind::ClientCertificate;
    if (!user.token.isEmpty() || !user.tokenFile.isEmpty())
        return CredentialKind::Token;
    if (user.exec)
        return CredentialKind::Exec;
    if (!user.authProvider.isEmpty())
        return CredentialKind::AuthProvider;
    if (!user.username.isEmpty() || user.hasPassword)
        return CredentialKind::Basic;
    return CredentialKind::None;
}

CredentialRules::BearerToken CredentialRules::bearerToken(const UserEntry &user)
{
    BearerToken result;
    result.token = user.token;
    if (user.tokenFile.isEmpty())
        return result;
    QString error;
    const auto fromFile = CredentialFile::read({}, user.tokenFile, token(), &error);
    if (fromFile && !fromFile->trimmed().isEmpty()) {
        result.token = fromFile->trimmed();
    } else if (result.token.isEmpty()) {
        result.error = fromFile ? tr("token file %1 is empty").arg(user.tokenFile) : error;
    }
    return result;
}

QString CredentialRules::clientCertificate()
{
    return tr("client certificate");
}

QString CredentialRules::clientKey()
{
    return tr("client key");
}

QString CredentialRules::clusterCa()
{
    return tr("cluster CA");
}

QString CredentialRules::token()
{
    return tr("token");
}

QString CredentialRules::noServer(const QString &cluster)
{
    return tr("cluster “%1” has no server address").arg(cluster);
}

QString CredentialRules::insecureWithCa(const QString &cluster)
{
    // client-go's validateClusterInfo refuses this before any request is made.
    return tr("cluster “%1” sets insecure-skip-tls-verify together with a CA, which kubectl refuses; "
              "remove one of them")
        .arg(cluster);
}

QString CredentialRules::contextWithoutCluster(const QString &context)
{
    return tr("context “%1” names no cluster").arg(context);
}

QString CredentialRules::unknownCluster(const QString &context, const QString &cluster)
{
    return tr("context “%1” names cluster “%2”, which no loaded kubeconfig defines").arg(context, cluster);
}

QString CredentialRules::unknownUser(const QString &context, const QString &user)
{
    return tr("context “%1” names user “%2”, which no loaded kubeconfig defines").arg(context, user);
}

QString CredentialRules::keyWithoutCertificate(const QString &user)
{
    return tr("user “%1” has a client key but no client certificate").arg(user);
}

QString CredentialRules::certificateWithoutKey(const QString &user)
{
    return tr("user “%1” has a client certificate but no client key").arg(user);
}

QString CredentialRules::certificateUnreadable(const QString &user, const QString &why)
{
    return tr("the client certificate of user “%1” is unreadable: %2").arg(user, why);
}

QString CredentialRules::keyUnusable(const QString &user, const QString &why)
{
    return tr("the client key of user “%1” is unusable: %2").arg(user, why);
}

QString CredentialRules::keyMismatch(const QString &user)
{
    return tr("the client key of user “%1” does not belong to its certificate; import certificate and "
              "key together")
        .arg(user);
}

} // namespace kubeminder
