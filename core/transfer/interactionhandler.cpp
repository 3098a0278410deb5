#include "interactionhandler.h"

#include <QRegularExpression>

namespace kubeminder {

QString InteractionHandler::passwordQuestion(const QString &user, const QString &host, const QString &prompt)
{
    const QString asked = prompt.trimmed();
    static const QRegularExpression plainPassword(QStringLiteral("^(\\S+'s )?password( for \\S+)?:?$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    if (asked.isEmpty() || plainPassword.match(asked).hasMatch())
        return tr("Password for %1@%2:").arg(user, host);
    return tr("%1@%2 asks: %3").arg(user, host, asked);
}

} // namespace kubeminder

namespace kubeminder {

void UnattendedInteraction::record(const QString &question)
{
    if (!m_questions.contains(question))
        m_questions << question;
}

InteractionHandler::HostKeyDecision UnattendedInteraction::unknownHostKey(const QString &host, int port,
                                                                          const QString &keyType,
                                                                          const QString &sha256Fingerprint)
{
    record(port == 22 || port == 0
               ? tr("a yes to the unknown host key of %1 (%2 %3)").arg(host, keyType, sha256Fingerprint)
               : tr("a yes to the unknown host key of %1 port %2 (%3 %4)")
                     .arg(host, QString::number(port), keyType, sha256Fingerprint));
    return HostKeyDecision::Reject;
}

std::optional<SecretBytes> UnattendedInteraction::keyPassphrase(const QString &identityFile)
{
    record(tr("the passphrase of %1").arg(identityFile));
    return std::nullopt;
}

std::optional<SecretBytes> UnattendedInteraction::password(const QString &user, const QString &host,
                                                           const QString &prompt, bool echo, int attempt)
{
    Q_UNUSED(prompt)
    Q_UNUSED(echo)
    Q_UNUSED(attempt)
    record(tr("the password of %1@%2").arg(user, host));
    return std::nullopt;
}

InteractionHandler::SudoAnswer UnattendedInteraction::sudoPassword(const QString &user, const QString &host,
                                                                   int attempt, bool offerLoginPassword)
{
    Q_UNUSED(user)
    Q_UNUSED(attempt)
    Q_UNUSED(offerLoginPassword)
    record(tr("the sudo password on %1").arg(host));
    return {};
}

} // namespace kubeminder
