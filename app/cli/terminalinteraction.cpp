#include "terminalinteraction.h"

#include "support/secretlinereader.h"
#include "transfer/sshsource.h"

#include <array>
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace kubeminder {

namespace {

constexpr qsizetype MaximumAnswerLength = 4096;
constexpr std::array<int, 4> RestoringSignals = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// What the signal handler needs to put the terminal back. Plain globals, as only those may be
// touched in a handler; `savedTerminal` is written before `hiddenTerminal` names the descriptor.
termios savedTerminal{};
volatile sig_atomic_t hiddenTerminal = -1;

extern "C" void restoreTerminalAndResignal(int signal)
{
    // Async-signal-safe only: tcsetattr, then the signal again with its default action (SA_RESETHAND
    // put that back on entry), delivered when this handler returns.
    const int tty = hiddenTerminal;
    if (tty >= 0)
        ::tcsetattr(tty, TCSANOW, &savedTerminal);
    ::raise(signal);
}

/// Turns echo off on a terminal for as long as it lives, and puts the terminal back on every way
/// out: return, exception, or a signal that ends the process.
class HiddenInput
{
public:
    explicit HiddenInput(int tty)
    {
        if (::tcgetattr(tty, &savedTerminal) != 0)
            return; // not a terminal: nothing to hide, nothing to restore
        m_tty = tty;
        hiddenTerminal = tty;
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndResignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        for (std::size_t i = 0; i < RestoringSignals.size(); ++i) {
            struct sigaction previous = {};
            ::sigaction(RestoringSignals[i], nullptr, &previous);
            // A signal the process was told to ignore (nohup, a background job) stays ignored.
            if (previous.sa_handler == SIG_IGN)
                continue;
            m_replaced[i] = ::sigaction(RestoringSignals[i], &action, &m_previous[i]) == 0;
        }
        termios quiet = savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;
    ~HiddenInput()
    {
        if (m_tty < 0)
            return;
        // Restored before the handlers go: a signal in between restores once more, harmlessly.
        ::tcsetattr(m_tty, TCSAFLUSH, &savedTerminal);
        hiddenTerminal = -1;
        for (std::size_t i = 0; i < RestoringSignals.size(); ++i) {
            if (m_replaced[i])
                ::sigaction(RestoringSignals[i], &m_previous[i], nullptr);
        }
        // The newline the hidden input swallowed; if the terminal is gone there is no one to show it to.
        [[maybe_unused]] const ssize_t written = ::write(m_tty, "\n", 1);
    }

private:
    int m_tty = -1;
    std::array<struct sigaction, RestoringSignals.size()> m_previous = {};
    std::array<bool, RestoringSignals.size()> m_replaced = {};
};

} // namespace

TerminalInteraction::TerminalInteraction(bool acceptNewHostKey, std::optional<SecretBytes> sudoPassword)
    : m_acceptNewHostKey(acceptNewHostKey)
    , m_sudoPassword(std::move(sudoPassword))
{}

TerminalInteraction::~TerminalInteraction() = default;

// Reads one line from /dev/tty, echo off unless `echo`. Nothing when there is no terminal.
std::optional<SecretBytes> TerminalInteraction::ask(const QString &question, bool echo)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    const QByteArray prompt = question.toLocal8Bit();
    if (::write(tty, prompt.constData(), std::size_t(prompt.size())) < 0) {
        ::close(tty);
        return std::nullopt;
    }
    std::optional<SecretBytes> answer;
    {
        std::optional<HiddenInput> hidden;
        if (!echo)
            hidden.emplace(tty);
        SecretLineReader::Result line =
            SecretLineReader::readLine(tty, tr("the terminal"), MaximumAnswerLength);
        if (line.ok())
            answer = std::move(line.line);
    }
    ::close(tty);
    return answer;
}

QString TerminalInteraction::hostKeyQuestion(const QString &host, int port, const QString &keyType,
                                             const QString &sha256Fingerprint)
{
    const QString file = SshSource::hostKeyFile(keyType);
    const QString compare = file.isEmpty()
                                ? tr("Compare it with the server's own %1 host key (ssh-keygen -lf on its "
                                     "public key file).")
                                      .arg(keyType)
                                : tr("Compare it with the server's (ssh-keygen -lf %1).").arg(file);
    return tr("The host key of %1 (port %2) is not known yet.\n%3 key fingerprint is %4.\n%5\n"
              "Trust it and remember it in known_hosts? [yes/no/once] ")
        .arg(host, QString::number(port), keyType, sha256Fingerprint, compare);
}

InteractionHandler::HostKeyDecision TerminalInteraction::unknownHostKey(const QString &host, int port,
                                                                        const QString &keyType,
                                                                        const QString &sha256Fingerprint)
{
    if (m_acceptNewHostKey)
        return HostKeyDecision::AcceptAndRemember;
    const auto answer = ask(hostKeyQuestion(host, port, keyType, sha256Fingerprint), true);
    if (!answer)
        return HostKeyDecision::Reject;
    const QString reply = QString::fromLocal8Bit(answer->view()).trimmed().toLower();
    if (reply == QLatin1String("yes") || reply == QLatin1String("y"))
        return HostKeyDecision::AcceptAndRemember;
    if (reply == QLatin1String("once"))
        return HostKeyDecision::AcceptOnce;
    return HostKeyDecision::Reject;
}

std::optional<SecretBytes> TerminalInteraction::keyPassphrase(const QString &identityFile)
{
    return ask(tr("Passphrase for %1: ").arg(identityFile), false);
}

std::optional<SecretBytes> TerminalInteraction::password(const QString &user, const QString &host,
                                                         const QString &prompt, bool echo, int attempt)
{
    QString question = passwordQuestion(user, host, prompt) + QLatin1Char(' ');
    // As ssh says it: the answer before did not work, and this is another try.
    if (attempt > 1)
        question.prepend(tr("Permission denied, please try again.") + QLatin1Char('\n'));
    return ask(question, echo);
}

InteractionHandler::SudoAnswer TerminalInteraction::sudoPassword(const QString &user, const QString &host,
                                                                 int attempt, bool offerLoginPassword)
{
    if (m_sudoPassword) {
        std::optional<SecretBytes> given = std::move(m_sudoPassword);
        m_sudoPassword.reset();
        m_sudoPasswordFromStdin = true;
        return SudoAnswer::typed(std::move(*given));
    }
    // The one line of --sudo-password-stdin was wrong: there is no second line to try, and
    // asking on the terminal instead would surprise a script.
    if (m_sudoPasswordFromStdin)
        return {};
    QString question =
        offerLoginPassword
            ? tr("sudo password for %1 on %2 (Enter alone: the SSH password): ").arg(user, host)
            : tr("sudo password for %1 on %2: ").arg(user, host);
    if (attempt > 1)
        question.prepend(tr("Sorry, try again.") + QLatin1Char(' '));
    std::optional<SecretBytes> answer = ask(question, false);
    if (!answer)
        return {};
    // An empty line is never a sudo password worth sending: with the offer it means "the same as
    // the SSH password", as the prompt says.
    if (offerLoginPassword && answer->isEmpty())
        return SudoAnswer::loginPassword();
    return SudoAnswer::typed(std::move(*answer));
}

bool TerminalInteraction::canAsk() const
{
    // After --sudo-password-stdin's one line there is no one left to ask; without a terminal there
    // never was.
    if (m_sudoPasswordFromStdin)
        return false;
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return false;
    ::close(tty);
    return true;
}

} // namespace kubeminder
