#include "dialoginteraction.h"

#include "transfer/sshsource.h"

#include <QAbstractTextDocumentLayout>
#include <QBoxLayout>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextEdit>
#include <QThread>
#include <QtMath>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace kubeminder {

/// One question on its way to the GUI thread and its answer on the way back.
struct DialogInteraction::Pending
{
    std::mutex mutex;
    std::condition_variable answered;
    bool done = false;
    bool abandoned = false; ///< the worker stopped waiting (cancelled): answers are dropped
    HostKeyDecision decision = HostKeyDecision::Reject;
    SudoAnswer secret;
    QPointer<QDialog> dialog; ///< GUI thread only

    void finish(HostKeyDecision hostKey, SudoAnswer answer = {})
    {
        std::lock_guard lock(mutex);
        if (done || abandoned)
            return; // `answer` is wiped as it goes
        decision = hostKey;
        secret = std::move(answer);
        done = true;
        answered.notify_all();
    }
};

DialogInteraction::DialogInteraction(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{}

DialogInteraction::~DialogInteraction() = default;

void DialogInteraction::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
}

void DialogInteraction::setHostKeyAnswer(HostKeyAnswer answer)
{
    m_hostKeyAnswer = std::move(answer);
}

void DialogInteraction::setSecretAnswer(SecretAnswer answer)
{
    m_secretAnswer = std::move(answer);
}

void DialogInteraction::setSudoAnswer(SudoAnswerFunction answer)
{
    m_sudoAnswer = std::move(answer);
}

namespace {

InteractionHandler::SudoAnswer typedOrNone(std::optional<SecretBytes> secret)
{
    if (!secret)
        return {};
    return InteractionHandler::SudoAnswer::typed(std::move(*secret));
}

std::optional<SecretBytes> secretOf(InteractionHandler::SudoAnswer answer)
{
    if (answer.kind != InteractionHandler::SudoAnswer::Kind::Typed)
        return std::nullopt;
    return std::move(answer.password);
}

} // namespace

InteractionHandler::HostKeyDecision DialogInteraction::unknownHostKey(const QString &host, int port,
                                                                      const QString &keyType,
                                                                      const QString &sha256Fingerprint)
{
    return askHostKey(HostKey{host, port, keyType, sha256Fingerprint});
}

std::optional<SecretBytes> DialogInteraction::keyPassphrase(const QString &identityFile)
{
    SecretQuestion question;
    question.kind = SecretKind::KeyPassphrase;
    question.identityFile = identityFile;
    return secretOf(askSecret(question));
}

std::optional<SecretBytes> DialogInteraction::password(const QString &user, const QString &host,
                                                       const QString &prompt, bool echo, int attempt)
{
    SecretQuestion question;
    question.kind = SecretKind::Password;
    question.user = user;
    question.host = host;
    question.prompt = prompt;
    question.echo = echo;
    question.attempt = attempt;
    return secretOf(askSecret(question));
}

InteractionHandler::SudoAnswer DialogInteraction::sudoPassword(const QString &user, const QString &host,
                                                               int attempt, bool offerLoginPassword)
{
    SecretQuestion question;
    question.kind = SecretKind::SudoPassword;
    question.user = user;
    question.host = host;
    question.attempt = attempt;
    question.offerLoginPassword = offerLoginPassword;
    return askSecret(question);
}

InteractionHandler::HostKeyDecision DialogInteraction::askHostKey(const HostKey &key)
{
    auto pending = std::make_shared<Pending>();
    waitFor(pending, [this, key](const std::shared_ptr<Pending> &p) {
        if (m_hostKeyAnswer) {
            p->finish(m_hostKeyAnswer(key));
            return;
        }
        QDialog *dialog = createHostKeyDialog(key, m_dialogParent);
        p->dialog = dialog;
        connect(dialog, &QDialog::finished, dialog, [p, dialog](int result) {
            const auto decision = static_cast<HostKeyDecision>(result);
            p->finish(decision == HostKeyDecision::AcceptOnce ||
                              decision == HostKeyDecision::AcceptAndRemember
                          ? decision
                          : HostKeyDecision::Reject);
            dialog->deleteLater();
        });
        dialog->setWindowModality(Qt::ApplicationModal);
        dialog->show();
    });
    std::lock_guard lock(pending->mutex);
    return pending->done ? pending->decision : HostKeyDecision::Reject;
}

InteractionHandler::SudoAnswer DialogInteraction::askSecret(const SecretQuestion &question)
{
    auto pending = std::make_shared<Pending>();
    waitFor(pending, [this, question](const std::shared_ptr<Pending> &p) {
        if (question.kind == SecretKind::SudoPassword && m_sudoAnswer) {
            p->finish(HostKeyDecision::Reject, m_sudoAnswer(question));
            return;
        }
        if (m_secretAnswer) {
            p->finish(HostKeyDecision::Reject, typedOrNone(m_secretAnswer(question)));
            return;
        }
        QDialog *dialog = createSecretDialog(question, m_dialogParent);
        p->dialog = dialog;
        connect(dialog, &QDialog::finished, dialog, [p, dialog](int result) {
            SudoAnswer answer = takeAnswer(dialog);
            p->finish(HostKeyDecision::Reject,
                      result == QDialog::Accepted ? std::move(answer) : SudoAnswer());
            dialog->deleteLater();
        });
        dialog->setWindowModality(Qt::ApplicationModal);
        dialog->show();
    });
    std::lock_guard lock(pending->mutex);
    if (!pending->done)
        return {};
    return std::move(pending->secret);
}

void DialogInteraction::waitFor(const std::shared_ptr<Pending> &pending,
                                const std::function<void(const std::shared_ptr<Pending> &)> &show)
{
    const auto cancelled = [this] {
        const std::atomic_bool *cancel = m_cancel.load();
        return cancel && cancel->load();
    };
    if (cancelled())
        return;
    if (QThread::currentThread() == thread()) {
        // Asked on the GUI thread itself (not how transfers run): wait in a local event loop.
        show(pending);
        for (;;) {
            {
                std::lock_guard lock(pending->mutex);
                if (pending->done)
                    return;
            }
            if (cancelled()) {
                std::lock_guard lock(pending->mutex);
                pending->abandoned = true;
                if (pending->dialog)
                    pending->dialog->reject();
                return;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
            QThread::msleep(10);
        }
    }
    // Not a blocking queued call: the worker keeps watching the cancel flag while it waits, so a
    // Cancel (or the window closing, which cancels and then waits for the worker) never deadlocks.
    QMetaObject::invokeMethod(
        this,
        [pending, show] {
            {
                std::lock_guard lock(pending->mutex);
                if (pending->abandoned)
                    return;
            }
            show(pending);
        },
        Qt::QueuedConnection);
    std::unique_lock lock(pending->mutex);
    while (!pending->done) {
        if (pending->answered.wait_for(lock, std::chrono::milliseconds(100), [&] { return pending->done; }))
            break;
        if (cancelled()) {
            pending->abandoned = true;
            lock.unlock();
            QMetaObject::invokeMethod(
                this,
                [pending] {
                    if (pending->dialog)
                        pending->dialog->reject();
                },
                Qt::QueuedConnection);
            return;
        }
    }
}

QDialog *DialogInteraction::createHostKeyDialog(const HostKey &key, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("hostKeyDialog"));
    dialog->setWindowTitle(tr("Unknown Host Key"));

    auto *icon = new QLabel;
    icon->setPixmap(dialog->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    const QString where =
        key.port == 22 || key.port <= 0 ? key.host : tr("%1 port %2").arg(key.host).arg(key.port);
    const QString file = SshSource::hostKeyFile(key.keyType);
    auto *text = new QLabel(
        file.isEmpty()
            ? tr("Kubeminder has not met %1 before: its host key is not in known_hosts. Compare the "
                 "fingerprint below with the server's own %2 host key (on the server: ssh-keygen -lf on its "
                 "public key file) before you trust it.")
                  .arg(where, key.keyType)
            : tr("Kubeminder has not met %1 before: its host key is not in known_hosts. Compare the "
                 "fingerprint below with the server's own (on the server: ssh-keygen -lf %2) before you "
                 "trust it.")
                  .arg(where, file));
    text->setObjectName(QStringLiteral("hostKeyText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    // A QLabel cannot break a word, and a fingerprint is one 50-character word: it would make the
    // dialog as wide as the font needs, or be cut. A read-only text view breaks it anywhere when it
    // must, grows to its text's height, and copies the fingerprint exactly as ssh-keygen prints it.
    auto *details = new QTextEdit;
    details->setObjectName(QStringLiteral("fingerprintView"));
    details->setReadOnly(true);
    details->setFrameShape(QFrame::NoFrame);
    details->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    details->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    details->setLineWrapMode(QTextEdit::WidgetWidth);
    details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    details->viewport()->setAutoFillBackground(false);
    details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    details->setPlainText(tr("Host: %1\nPort: %2\nKey type: %3\nFingerprint: %4")
                              .arg(key.host)
                              .arg(key.port)
                              .arg(key.keyType, key.fingerprint));
    details->document()->setDocumentMargin(0);
    QObject::connect(details->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
                     details,
                     [details](const QSizeF &size) { details->setFixedHeight(qCeil(size.height())); });

    auto *acceptOnce = new QPushButton(tr("Accept &Once"));
    acceptOnce->setObjectName(QStringLiteral("acceptOnceButton"));
    acceptOnce->setAutoDefault(false);
    auto *acceptRemember = new QPushButton(tr("Accept and &Remember"));
    acceptRemember->setObjectName(QStringLiteral("acceptRememberButton"));
    acceptRemember->setAutoDefault(false);
    auto *reject = new QPushButton(tr("Cancel"));
    reject->setObjectName(QStringLiteral("rejectButton"));
    reject->setDefault(true); // Enter must not trust a key
    QObject::connect(acceptOnce, &QPushButton::clicked, dialog,
                     [dialog] { dialog->done(int(HostKeyDecision::AcceptOnce)); });
    QObject::connect(acceptRemember, &QPushButton::clicked, dialog,
                     [dialog] { dialog->done(int(HostKeyDecision::AcceptAndRemember)); });
    QObject::connect(reject, &QPushButton::clicked, dialog, &QDialog::reject);

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(text);
    textColumn->addWidget(details);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(textColumn, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(acceptOnce);
    buttons->addWidget(acceptRemember);
    buttons->addWidget(reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(top);
    layout->addLayout(buttons);
    reject->setFocus();
    return dialog;
}

QString DialogInteraction::passwordLabel(const SecretQuestion &question)
{
    return passwordQuestion(question.user, question.host, question.prompt);
}

QDialog *DialogInteraction::createSecretDialog(const SecretQuestion &question, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("secretDialog"));
    QString title;
    QString label;
    switch (question.kind) {
    case SecretKind::KeyPassphrase:
        title = tr("Key Passphrase");
        label = tr("The private key %1 is protected by a passphrase. Enter it to log in with this key, or "
                   "cancel to skip the key.")
                    .arg(question.identityFile);
        break;
    case SecretKind::SudoPassword:
        title = tr("Administrator Password");
        label = question.attempt > 1
                    ? tr("sudo on %1 did not accept that password. Enter the sudo password of %2 on %1 again "
                         "(try %3 of 3).")
                          .arg(question.host, question.user)
                          .arg(question.attempt)
                    : tr("Reading the kubeconfig on %1 needs sudo. Enter the sudo password of %2 on %1.")
                          .arg(question.host, question.user);
        break;
    case SecretKind::Password:
        title = tr("SSH Password");
        label = passwordLabel(question);
        // Said before the question, as ssh does: the last answer did not work, this is another try.
        if (question.attempt > 1)
            label = tr("%1 did not accept that password (try %2 of 3).")
                        .arg(question.host)
                        .arg(question.attempt) +
                    QLatin1Char('\n') + label;
        break;
    }
    dialog->setWindowTitle(title);
    auto *text = new QLabel(label);
    text->setObjectName(QStringLiteral("secretLabel"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto *edit = new QLineEdit;
    edit->setObjectName(QStringLiteral("secretEdit"));
    edit->setEchoMode(question.echo ? QLineEdit::Normal : QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    // On a Raspberry Pi the sudo password is nearly always the login password: ticked at first, so
    // Enter is all it takes. Only offered until sudo turned it down once (SshSource decides).
    if (question.kind == SecretKind::SudoPassword && question.offerLoginPassword) {
        auto *useLogin =
            new QCheckBox(tr("&Use the SSH password of %1 (for this import only)").arg(question.user));
        useLogin->setObjectName(QStringLiteral("useLoginPasswordCheck"));
        useLogin->setChecked(true);
        edit->setEnabled(false);
        QObject::connect(useLogin, &QCheckBox::toggled, edit, [edit](bool on) {
            edit->setEnabled(!on);
            if (!on)
                edit->setFocus();
        });
        layout->addWidget(useLogin);
    }
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(420);
    if (edit->isEnabled())
        edit->setFocus();
    return dialog;
}

InteractionHandler::SudoAnswer DialogInteraction::takeAnswer(QDialog *dialog)
{
    SecretBytes typed = takeSecret(dialog);
    const auto *useLogin = dialog->findChild<QCheckBox *>(QStringLiteral("useLoginPasswordCheck"));
    if (useLogin && useLogin->isChecked())
        return SudoAnswer::loginPassword();
    return SudoAnswer::typed(std::move(typed));
}

SecretBytes DialogInteraction::takeSecret(QDialog *dialog)
{
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    if (!edit)
        return {};
    QString text = edit->text();
    edit->clear(); // now `text` is the only copy, and adopting it wipes it in place
    return SecretBytes::adoptUtf16(std::move(text));
}

} // namespace kubeminder
