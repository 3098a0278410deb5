#pragma once

#include "transfer/interactionhandler.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kubeminder {

/// Answers a transfer's questions on the controlling terminal (/dev/tty), with echo off for
/// secrets. Without a terminal (cron, CI, a pipe) every question is refused, and the caller's
/// error tells which option to use instead (--accept-new-host-key, --sudo-password-stdin, an agent).
///
/// While echo is off, SIGINT, SIGTERM, SIGHUP and SIGQUIT first put the terminal back as it was,
/// then end the process as they would have: Ctrl-C at a password prompt never leaves the shell
/// without echo.
class TerminalInteraction : public InteractionHandler
{
    Q_DECLARE_TR_FUNCTIONS(TerminalInteraction)

public:
    /// `sudoPassword`: the answer to give sudo (from --sudo-password-stdin) instead of asking.
    TerminalInteraction(bool acceptNewHostKey, std::optional<SecretBytes> sudoPassword);
    ~TerminalInteraction() override;

    HostKeyDecision unknownHostKey(const QString &host, int port, const QString &keyType,
                                   const QString &sha256Fingerprint) override;
    std::optional<SecretBytes> keyPassphrase(const QString &identityFile) override;
    std::optional<SecretBytes> password(const QString &user, const QString &host, const QString &prompt,
                                        bool echo, int attempt) override;
    SudoAnswer sudoPassword(const QString &user, const QString &host, int attempt,
                            bool offerLoginPassword) override;
    bool canAsk() const override;

    /// The host key question, as the terminal shows it.
    static QString hostKeyQuestion(const QString &host, int port, const QString &keyType,
                                   const QString &sha256Fingerprint);

private:
    std::optional<SecretBytes> ask(const QString &question, bool echo);

    bool m_acceptNewHostKey;
    std::optional<SecretBytes> m_sudoPassword;
    bool m_sudoPasswordFromStdin = false; ///< the one stdin line was used: no second try
};

} // namespace kubeminder
