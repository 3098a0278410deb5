#pragma once

#include "kubeconfig/kubeconfigentries.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace kubeminder {

class KubeconfigSet;

/// What a client-go credential plugin printed (its ExecCredential status), plus the expiry and
/// identity Kubeminder reads from it. `token` and `clientKeyData` are secrets: never log, print,
/// copy or put them in a message.
struct ExecCredential
{
    std::optional<QDateTime> expirationTimestamp; ///< status.expirationTimestamp, UTC, when given
    QByteArray token;                             ///< secret: never print
    QByteArray clientCertificateData;             ///< PEM, as printed (leaf first)
    QByteArray clientKeyData;                     ///< secret: never print
    /// The effective expiry, UTC: expirationTimestamp, else the certificate's notAfter, else the
    /// token's "exp" claim (for a JWT); nothing when none of them says.
    std::optional<QDateTime> notAfter;
    /// Who the credential names: the certificate's subject (RFC 2253), else the JWT's "sub".
    QString subject;
};

/// Runs a user's exec credential plugin once, non-interactively, the way client-go would with no
/// terminal: stdin is the null device, the plugin gets its own session (so it cannot open the
/// controlling terminal), KUBERNETES_EXEC_INFO says `"interactive": false` (and carries the
/// cluster when `provideClusterInfo` is set), and the kubeconfig's `exec.env` is merged over this
/// process's environment. A plugin that needs a terminal (`interactiveMode: Always`) is refused
/// without being run.
///
/// Plugins run code the user configured, may open a browser or prompt for a login, and are slow,
/// so Kubeminder runs one only when asked (`--run-exec`, a button). run() blocks until the plugin
/// ends or the timeout kills it (and its process group): call it from a worker thread.
class ExecCredentialRunner
{
    Q_DECLARE_TR_FUNCTIONS(ExecCredentialRunner)

public:
    /// Larger output is refused: a real ExecCredential is a few KiB.
    static constexpr qint64 MaximumOutputSize = 1024 * 1024;
    /// How much of the plugin's stderr an error message quotes (its end, after removing secrets).
    static constexpr qsizetype StderrTailLength = 500;

    /// Runs `user`'s plugin. `set` supplies the parts of the kubeconfig that UserEntry does not keep
    /// (exec.env, exec.installHint, exec.provideClusterInfo, the cluster's exec extension);
    /// `clusterName` is the cluster of the context being checked, sent to the plugin only when it
    /// asks for it. On failure returns nothing and sets `error` to a translated sentence that never
    /// contains the token, the key or the kubeconfig's env values.
    static std::optional<ExecCredential> run(const UserEntry &user, const KubeconfigSet &set,
                                             const QString &clusterName, std::chrono::milliseconds timeout,
                                             QString *error);

    /// True when run() would start `user`'s plugin: it has one, with a supported apiVersion and an
    /// interactiveMode that allows running without a terminal. Otherwise says why in `reason`.
    static bool canRunUnattended(const UserEntry &user, QString *reason = nullptr);
};

} // namespace kubeminder
