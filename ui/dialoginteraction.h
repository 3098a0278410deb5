#pragma once

#include "transfer/interactionhandler.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QDialog;
class QWidget;

namespace kubeminder {

/// The window's answers to what an SSH transfer asks: a host key dialog with the SHA-256
/// fingerprint (accept once, accept and remember, cancel) and masked prompts for a key's
/// passphrase, a password and the sudo password. The InteractionHandler calls come from the
/// worker thread; the dialogs are shown on the GUI thread, where this object lives, while the
/// worker waits. The wait gives up when the cancel flag is set, so neither Cancel nor closing the
/// window can deadlock against a worker that waits for an answer. Nothing typed is kept: the text
/// goes from the edit into SecretBytes, and every other copy is wiped.
class DialogInteraction : public QObject, public InteractionHandler
{
    Q_OBJECT

public:
    enum class SecretKind { KeyPassphrase, Password, SudoPassword };

    /// What a host key question shows.
    struct HostKey
    {
        QString host;
        int port = 22;
        QString keyType;
        QString fingerprint; ///< "SHA256:..."
    };
    /// What a secret prompt is about: the key file, or user and host (and the server's prompt).
    struct SecretQuestion
    {
        SecretKind kind = SecretKind::Password;
        QString identityFile;
        QString user;
        QString host;
        QString prompt;
        bool echo = false;
        int attempt = 1; ///< above 1, the previous password was not accepted
        /// sudo: the fetch logged in with a password; the dialog offers "Use the SSH password".
        bool offerLoginPassword = false;
    };

    using HostKeyAnswer = std::function<HostKeyDecision(const HostKey &)>;
    using SecretAnswer = std::function<std::optional<SecretBytes>(const SecretQuestion &)>;
    using SudoAnswerFunction = std::function<SudoAnswer(const SecretQuestion &)>;

    /// `dialogParent`: the window the dialogs belong to (also this object's parent).
    explicit DialogInteraction(QWidget *dialogParent);
    ~DialogInteraction() override;

    /// Set by the owner before a transfer starts: while it is set, questions are answered
    /// "no" and an open prompt closes.
    void setCancelFlag(const std::atomic_bool *cancel);

    /// For tests: answer on the GUI thread with these instead of showing dialogs.
    void setHostKeyAnswer(HostKeyAnswer answer);
    void setSecretAnswer(SecretAnswer answer);
    /// For tests: answer sudo's question with this (else with the SecretAnswer, as typed).
    void setSudoAnswer(SudoAnswerFunction answer);

    HostKeyDecision unknownHostKey(const QString &host, int port, const QString &keyType,
                                   const QString &sha256Fingerprint) override;
    std::optional<SecretBytes> keyPassphrase(const QString &identityFile) override;
    std::optional<SecretBytes> password(const QString &user, const QString &host, const QString &prompt,
                                        bool echo, int attempt) override;
    SudoAnswer sudoPassword(const QString &user, const QString &host, int attempt,
                            bool offerLoginPassword) override;

    /// The host key dialog, not yet shown (objectName "hostKeyDialog"; the details, fingerprint
    /// included, in the QTextEdit "fingerprintView", wrapped to the dialog's width; buttons
    /// "acceptOnceButton", "acceptRememberButton", "rejectButton"). Its result() is the
    /// HostKeyDecision as an int.
    static QDialog *createHostKeyDialog(const HostKey &key, QWidget *parent);
    /// A masked prompt (objectName "secretDialog", its edit "secretEdit"; for sudo with the offer,
    /// the check box "useLoginPasswordCheck", checked at first).
    static QDialog *createSecretDialog(const SecretQuestion &question, QWidget *parent);
    /// "Password for pi@pi.lan:" for a plain password prompt, else the server's own question.
    static QString passwordLabel(const SecretQuestion &question);
    /// Takes the text out of a secret dialog as UTF-8 and wipes the edit.
    static SecretBytes takeSecret(QDialog *dialog);
    /// What an accepted secret dialog answers: the typed text, or "the SSH password" when its
    /// check box is ticked. The edit is wiped either way.
    static SudoAnswer takeAnswer(QDialog *dialog);

private:
    struct Pending;

    HostKeyDecision askHostKey(const HostKey &key);
    SudoAnswer askSecret(const SecretQuestion &question);
    /// Runs `show` on the GUI thread (it must eventually call finish on the Pending) and waits.
    void waitFor(const std::shared_ptr<Pending> &pending,
                 const std::function<void(const std::shared_ptr<Pending> &)> &show);

    QPointer<QWidget> m_dialogParent;
    std::atomic<const std::atomic_bool *> m_cancel{nullptr};
    HostKeyAnswer m_hostKeyAnswer;
    SecretAnswer m_secretAnswer;
    SudoAnswerFunction m_sudoAnswer;
};

} // namespace kubeminder
