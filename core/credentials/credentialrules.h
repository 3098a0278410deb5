#pragma once

#include "checkreport.h"
#include "kubeconfig/kubeconfigentries.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kubeminder {

/// What client-go decides about a user's credentials, decided once for the checker (which reads
/// them to tell when they expire) and the prober (which sends them): which kind of credential a
/// user has, which token is sent, and the sentences for what kubectl refuses. Both say the same
/// thing about the same kubeconfig, in the same words.
class CredentialRules
{
    Q_DECLARE_TR_FUNCTIONS(CredentialRules)

public:
    /// The kind that decides how the user logs in: a certificate (or key) first, then a token, an
    /// exec plugin, an auth provider, a user name and password.
    static CredentialKind kindOf(const UserEntry &user);
    /// Whether the user names a client certificate or key in any form.
    static bool hasCertificate(const UserEntry &user);

    struct BearerToken
    {
        QByteArray token; ///< what client-go sends; empty: no token
        QString error;    ///< why nothing can be sent although a tokenFile is named
    };
    /// client-go's rule: a readable, non-blank tokenFile wins over the inline token (and is read
    /// again for every request, trimmed); the inline token is used only while the file cannot be
    /// read; a blank file with no inline token is refused ("read empty token from file").
    static BearerToken bearerToken(const UserEntry &user);

    // The sentences, named by what they say.
    static QString clientCertificate();
    static QString clientKey();
    static QString clusterCa();
    static QString token();
    static QString noServer(const QString &cluster);
    static QString insecureWithCa(const QString &cluster);
    static QString contextWithoutCluster(const QString &context);
    static QString unknownCluster(const QString &context, const QString &cluster);
    static QString unknownUser(const QString &context, const QString &user);
    static QString keyWithoutCertificate(const QString &user);
    static QString certificateWithoutKey(const QString &user);
    static QString certificateUnreadable(const QString &user, const QString &why);
    static QString keyUnusable(const QString &user, const QString &why);
    static QString keyMismatch(const QString &user);
};

} // namespace kubeminder
