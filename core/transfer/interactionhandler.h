#pragma once

#include "support/secretbytes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace kubeminder {

/// Everything a transfer may have to ask the person at the keyboard. The command line answers on
/// its terminal (or refuses cleanly without one), the window with dialogs, tests with scripted
/// answers. Secrets come back as SecretBytes, wiped when the receiver drops them.
///
/// A call may wait as long as the person takes: the transfer's time limit does not count it.
class InteractionHandler
{
    Q_DECLARE_TR_FUNCTIONS(InteractionHandler)

public:
    virtual ~InteractionHandler() = default;

    enum class HostKeyDecision { Reject, AcceptOnce, AcceptAndRemember };

    /// The server's host key is not in known_hosts.
    virtual HostKeyDecision unknownHostKey(const QString &host, int port, const QString &keyType,
                                           const QString &sha256Fingerprint) = 0;
    /// The passphrase of an encrypted private key file. Nothing: skip that key.
    virtual std::optional<SecretBytes> keyPassphrase(const QString &identityFile) = 0;
    /// A password or keyboard-interactive answer. `echo`: the answer may be shown as typed.
    /// `attempt` counts from 1; above 1, the server did not accept the previous answer (three
    /// tries, as ssh gives).
    virtual std::optional<SecretBytes> password(const QString &user, const QString &host,
                                                const QString &prompt, bool echo, int attempt) = 0;

    /// What the person answered sudo's question with.
    struct SudoAnswer
    {
        enum class Kind {
            None,          ///< cancelled, or no one to ask
            Typed,         ///< `password`
            LoginPassword, ///< the password this fetch logged in with: give it to sudo too
        };
        Kind kind = Kind::None;
        SecretBytes password;

        static SudoAnswer typed(SecretBytes password)
        {
            SudoAnswer answer;
            answer.kind = Kind::Typed;
            answer.password = std::move(password);
            return answer;
        }
        static SudoAnswer loginPassword()
        {
            SudoAnswer answer;
            answer.kind = Kind::LoginPassword;
            return answer;
        }
    };
    /// The sudo password on the remote host. `attempt` counts from 1; above 1, sudo did not accept
    /// the previous answer (sudo itself gives three tries, and so does Kubeminder).
    /// `offerLoginPassword`: this fetch logged in with a password, which the person may give to
    /// sudo without typing it again (on a Raspberry Pi it is nearly always the same). It lives only
    /// as long as the fetch; it is never stored.
    virtual SudoAnswer sudoPassword(const QString &user, const QString &host, int attempt,
                                    bool offerLoginPassword) = 0;

    /// The question to show for a password() call: PAM's plain "Password:" (or "pi@pi.lan's
    /// password:") says less than we know, so it becomes "Password for pi@pi.lan:", as ssh says it;
    /// any other question (a one-time code) is the server's, shown as asked after who asks.
    static QString passwordQuestion(const QString &user, const QString &host, const QString &prompt);

    /// False when there is no one to ask (a command line without a terminal): an unanswered
    /// question then means "could not ask", not "cancelled".
    virtual bool canAsk() const { return true; }
};

} // namespace kubeminder

namespace kubeminder {

/// For what runs with no one to ask (`kubeminder refresh --due`, the tray's automatic refresh):
/// answers every question with no, and keeps what it would have had to ask, so the result can say
/// "needs you: the passphrase of ~/.ssh/id_ed25519". Never holds a secret.
class UnattendedInteraction : public InteractionHandler
{
    Q_DECLARE_TR_FUNCTIONS(UnattendedInteraction)

public:
    HostKeyDecision unknownHostKey(const QString &host, int port, const QString &keyType,
                                   const QString &sha256Fingerprint) override;
    std::optional<SecretBytes> keyPassphrase(const QString &identityFile) override;
    std::optional<SecretBytes> password(const QString &user, const QString &host, const QString &prompt,
                                        bool echo, int attempt) override;
    SudoAnswer sudoPassword(const QString &user, const QString &host, int attempt,
                            bool offerLoginPassword) override;
    bool canAsk() const override { return false; }

    /// What would have been asked, one phrase each, in order ("the password of pi@pi.lan").
    const QStringList &questions() const { return m_questions; }

private:
    void record(const QString &question);
    QStringList m_questions;
};

} // namespace kubeminder
