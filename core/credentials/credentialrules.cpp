#include "credentialrules.h"

#include "support/credentialfile.h"

namespace kubeminder {

// Half a pair counts: a key without its certificate is still a certificate login that is broken,
// and the checker must say so rather than fall through to "no credentials".
bool CredentialRules::hasCertificate(const UserEntry &user)
{
    return !user.clientCertificate.isEmpty() || !user.clientCertificateData.isEmpty() ||
           !user.clientKey.isEmpty() || !user.clientKeyData.isEmpty();
}

CredentialKind CredentialRules::kindOf(const UserEntry &user)
{
    // client-go can send a certificate and a token together. The certificate decides the kind because
    // it is the credential with a date we can read and the one a K3s import replaces.
    if (hasCertificate(user))
        return CredentialKind::ClientCertificate;
    if (!user.token.isEmpty() || !user.tokenFile.isEmpty())
        return CredentialKind::Token;
    if (user.exec)
        return CredentialKind::Exec;
    if (!user.authProvider.isEmpty())
        return CredentialKind::AuthProvider;
    // Only whether a password exists is known here: UserEntry never holds the password itself.
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
    // Read through CredentialFile, which bounds the size and refuses pipes and devices: the path
    // comes from a kubeconfig, and a wrong one must not hang or flood a check.
    QString error;
    const auto fromFile = CredentialFile::read({}, user.tokenFile, token(), &error);
    if (fromFile && !fromFile->trimmed().isEmpty()) {
        result.token = fromFile->trimmed();
        // An unreadable file with an inline token to fall back on is not an error: client-go sends the
        // inline token then, and so the request still succeeds.
    } else if (result.token.isEmpty()) {
        result.error = fromFile ? tr("token file %1 is empty").arg(user.tokenFile) : error;
    }
    return result;
}

// The names of the credential parts, used inside other sentences ("the client key ... is
// unusable"): one translation each keeps the checker and the prober using the same words.
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
