#include "privilegedreader.h"

#include "kubeconfig/kubeconfigdocument.h"
#include "support/secretbytes.h"

#include <QFileInfo>

#include <utility>

namespace kubeminder {

namespace {

// What root lets us read is still just bytes from a path the user typed: bounded like any file.
constexpr qint64 MaximumSize = KubeconfigDocument::MaximumFileSize;

} // namespace

PrivilegedReader::PrivilegedReader(QObject *parent)
    : QObject(parent)
{}

PrivilegedReader::~PrivilegedReader()
{
    if (m_process) {
        // Disconnected first, so a signal from the dying process cannot reach a half-destroyed reader.
        m_process->disconnect(this);
        m_process->kill();
        // A short wait, so the destructor does not block the GUI thread long if pkexec hangs.
        m_process->waitForFinished(1000);
    }
    wipe();
}

QString PrivilegedReader::defaultProgram()
{
    // By absolute path: a pkexec earlier in PATH would be handed the administrator's password.
    const QString pkexec = QStringLiteral("/usr/bin/pkexec");
    return QFileInfo(pkexec).isExecutable() ? pkexec : QString();
}

void PrivilegedReader::start(const QString &program, const QString &path)
{
    cancel();
    m_path = path;
    m_tooLarge = false;
    m_process = new QProcess(this);
    m_process->setProgram(program);
    // A list, never a shell string: the path reaches cat as one argument whatever it holds.
    // cat by absolute path too: pkexec looks a bare name up in the caller's PATH.
    m_process->setArguments({QStringLiteral("/usr/bin/cat"), QStringLiteral("--"), path});
    // No terminal to ask on: pkexec's text agent must not wait on our stdin.
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PrivilegedReader::output);
    connect(m_process, &QProcess::finished, this, &PrivilegedReader::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, &PrivilegedReader::processFailed);
    m_process->start();
}

void PrivilegedReader::cancel()
{
    if (QProcess *process = std::exchange(m_process, nullptr)) {
        process->disconnect(this);
        process->kill();
        process->deleteLater();
    }
    wipe();
}

QByteArray PrivilegedReader::takeBytes()
{
    return std::exchange(m_buffer, QByteArray());
}

void PrivilegedReader::output()
{
    if (!m_process || m_tooLarge)
        return;
    // Read as it arrives, so the bound is checked while cat runs rather than after it has printed
    // everything.
    m_buffer += m_process->readAllStandardOutput();
    if (m_buffer.size() > MaximumSize) {
        m_tooLarge = true;
        wipe();
        // The buffer is wiped first; what cat prints after this is never read.
        m_process->kill();
    }
}

void PrivilegedReader::processFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    output(); // what arrived after the last readyRead
    QProcess *process = std::exchange(m_process, nullptr);
    process->deleteLater();
    const QString &path = m_path;
    // Only the first line of stderr: pkexec and cat say in one line what went wrong, and more would
    // crowd the dialog.
    const QString detail = QString::fromLocal8Bit(process->readAllStandardError().left(4096))
                               .trimmed()
                               .section(QLatin1Char('\n'), 0, 0);
    QString error;
    if (m_tooLarge)
        error = tr("%1 is larger than %2 MiB; that is no kubeconfig.").arg(path).arg(MaximumSize >> 20);
    else if (status != QProcess::NormalExit)
        error = tr("Reading %1 with administrator rights was interrupted.").arg(path);
    // pkexec's own exit codes: 126 when the user dismissed the password dialog, 127 when polkit refused
    // (or the user is not allowed).
    else if (exitCode == 126)
        error = tr("Reading %1 with administrator rights was cancelled; nothing was read.").arg(path);
    else if (exitCode == 127)
        error = detail.isEmpty()
                    ? tr("You may not read %1 with administrator rights.").arg(path)
                    : tr("You may not read %1 with administrator rights (%2).").arg(path, detail);
    else if (exitCode != 0)
        error = detail.isEmpty() ? tr("Reading %1 with administrator rights failed.").arg(path)
                                 : tr("Reading %1 with administrator rights failed: %2.").arg(path, detail);
    // A failed read keeps no partial bytes: half a kubeconfig must not be imported by mistake.
    if (!error.isEmpty())
        wipe();
    emit finished(path, error);
}

void PrivilegedReader::processFailed(QProcess::ProcessError error)
{
    // Other errors (a crash) also end in finished(); a failed start does not.
    if (error != QProcess::FailedToStart || !m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    process->deleteLater();
    emit finished(m_path, tr("%1 could not be started: %2").arg(process->program(), process->errorString()));
}

void PrivilegedReader::wipe()
{
    // SecretBytes::adopt wipes an unshared buffer and empties it: the one way secrets are wiped.
    SecretBytes::adopt(std::move(m_buffer));
    m_buffer = QByteArray();
}

} // namespace kubeminder
