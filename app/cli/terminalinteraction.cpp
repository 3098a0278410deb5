#include "terminalinteraction.h"

#include <fcntl.h>
#include <openssl/crypto.h>
#include <termios.h>
#include <unistd.h>

namespace kubeminder {

TerminalInteraction::TerminalInteraction(bool acceptNewHostKey, std::optional<QByteArray> sudoPassword)
    : m_acceptNewHostKey(acceptNewHostKey)
    , m_sudoPassword(std::move(sudoPassword))
{}

TerminalInteraction::~TerminalInteraction()
{
    if (m_sudoPassword)
        OPENSSL_cleanse(m_sudoPassword->data(), std::size_t(m_sudoPassword->size()));
}

// Reads one line from /dev/tty, echo off unless `echo`. Nothing when there is no terminal.
std::optional<QByteArray> TerminalInteraction::ask(const QString &question, bool echo)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    const QByteArray prompt = question.toLocal8Bit();
    if (::write(tty, prompt.constData(), std::size_t(prompt.size())) < 0) {
        ::close(tty);
        return std::nullopt;
    }
    termios saved{};
    const bool canHide = ::tcgetattr(tty, &saved) == 0;
    if (!echo && canHide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    QByteArray answer;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n' && answer.size() < 4096)
        answer.append(c);
    if (!echo && canHide) {
        ::tcsetattr(tty, TCSAFLUSH, &saved);
        // The newline the hidden input swallowed; if the terminal is gone there is no one to show it to.
        [[maybe_unused]] const ssize_t written = ::write(tty, "\n", 1);
    }
    ::close(tty);
    return answer;
}

InteractionHandler::HostKeyDecision TerminalInteraction::unknownHostKey(const QString &host, int port,
                                                                        const QString &keyType,
                                                                        const QString &sha256Fingerprint)
{
    if (m_acceptNewHostKey)
        return HostKeyDecision::AcceptAndRemember;
    const auto answer =
        ask(tr("The host key of %1 (port %2) is not known yet.\n%3 key fingerprint is %4.\n"
               "Compare it with the server's (ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub).\n"
               "Trust it and remember it in known_hosts? [yes/no/once] ")
                .arg(host, QString::number(port), keyType, sha256Fingerprint, keyType.toLower()),
            true);
    if (!answer)
        return HostKeyDecision::Reject;
    const QString reply = QString::fromLocal8Bit(*answer).trimmed().toLower();
    if (reply == QLatin1String("yes") || reply == QLatin1String("y"))
        return HostKeyDecision::AcceptAndRemember;
    if (reply == QLatin1String("once"))
        return HostKeyDecision::AcceptOnce;
    return HostKeyDecision::Reject;
}

std::optional<QByteArray> TerminalInteraction::keyPassphrase(const QString &identityFile)
{
    return ask(tr("Passphrase for %1: ").arg(identityFile), false);
}

std::optional<QByteArray> TerminalInteraction::password(const QString &user, const QString &host,
                                                        const QString &prompt, bool echo)
{
    const QString question = prompt.trimmed().isEmpty()
                                 ? tr("Password for %1@%2: ").arg(user, host)
                                 : tr("%1@%2 asks: %3 ").arg(user, host, prompt.trimmed());
    return ask(question, echo);
}

std::optional<QByteArray> TerminalInteraction::sudoPassword(const QString &user, const QString &host)
{
    if (m_sudoPassword) {
        std::optional<QByteArray> given = std::move(m_sudoPassword);
        m_sudoPassword.reset();
        return given;
    }
    return ask(tr("sudo password for %1 on %2: ").arg(user, host), false);
}

} // namespace kubeminder
