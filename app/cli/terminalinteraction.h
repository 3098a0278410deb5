#pragma once

#include "transfer/interactionhandler.h"

#include <QCoreApplication>

namespace kubeminder {

/// Answers a transfer's questions on the controlling terminal (/dev/tty), with echo off for
/// secrets. Without a terminal (cron, CI, a pipe) every question is refused, and the caller's
/// error tells which option to use instead (--accept-new-host-key, --sudo-password-stdin, an agent).
class TerminalInteraction : public InteractionHandler
{
    Q_DECLARE_TR_FUNCTIONS(TerminalInteraction)

public:
    /// `sudoPassword`: the answer to give sudo (from --sudo-password-stdin) instead of asking.
    TerminalInteraction(bool acceptNewHostKey, std::optional<QByteArray> sudoPassword);
    ~TerminalInteraction() override;

    HostKeyDecision unknownHostKey(const QString &host, int port, const QString &keyType,
                                   const QString &sha256Fingerprint) override;
    std::optional<QByteArray> keyPassphrase(const QString &identityFile) override;
    std::optional<QByteArray> password(const QString &user, const QString &host, const QString &prompt,
                                       bool echo) override;
    std::optional<QByteArray> sudoPassword(const QString &user, const QString &host) override;

private:
    std::optional<QByteArray> ask(const QString &question, bool echo);

    bool m_acceptNewHostKey;
    std::optional<QByteArray> m_sudoPassword;
};

} // namespace kubeminder
