#pragma once

#include "support/secretbytes.h"

#include <QString>

#include <optional>

namespace kubeminder {

/// Everything a transfer may have to ask the person at the keyboard. The command line answers on
/// its terminal (or refuses cleanly without one), the window with dialogs, tests with scripted
/// answers. Secrets come back as SecretBytes, wiped when the receiver drops them.
///
/// A call may wait as long as the person takes: the transfer's time limit does not count it.
class InteractionHandler
{
public:
    virtual ~InteractionHandler() = default;

    enum class HostKeyDecision { Reject, AcceptOnce, AcceptAndRemember };

    /// The server's host key is not in known_hosts.
    virtual HostKeyDecision unknownHostKey(const QString &host, int port, const QString &keyType,
                                           const QString &sha256Fingerprint) = 0;
    /// The passphrase of an encrypted private key file. Nothing: skip that key.
    virtual std::optional<SecretBytes> keyPassphrase(const QString &identityFile) = 0;
    /// A password or keyboard-interactive answer. `echo`: the answer may be shown as typed.
    virtual std::optional<SecretBytes> password(const QString &user, const QString &host,
                                                const QString &prompt, bool echo) = 0;
    /// The sudo password on the remote host. `attempt` counts from 1; above 1, sudo did not accept
    /// the previous answer (sudo itself gives three tries, and so does Kubeminder).
    virtual std::optional<SecretBytes> sudoPassword(const QString &user, const QString &host,
                                                    int attempt) = 0;
};

} // namespace kubeminder
