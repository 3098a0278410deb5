#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>

namespace kubeminder {

/// Reads a file only root may read (K3s's /etc/rancher/k3s/k3s.yaml) through pkexec, which asks
/// for the administrator's password in its own dialog: the import window's "Read it with
/// administrator rights". Asynchronous, bounded to the size of a kubeconfig, and the bytes are a
/// secret: they are wiped when taken, cancelled, or when the reader goes.
class PrivilegedReader : public QObject
{
    Q_OBJECT

public:
    explicit PrivilegedReader(QObject *parent = nullptr);
    ~PrivilegedReader() override;

    /// /usr/bin/pkexec when it is installed, else empty (no way to read as root).
    static QString defaultProgram();

    bool isRunning() const { return m_process != nullptr; }
    /// Runs `program` (pkexec, or a test's stand-in) to cat `path`. finished() follows.
    void start(const QString &program, const QString &path);
    /// Stops a read; no finished() follows.
    void cancel();
    /// The bytes of the last read that succeeded; the reader keeps no copy.
    QByteArray takeBytes();

signals:
    /// `error` is empty when the file was read (takeBytes() has it), else a sentence naming `path`.
    void finished(const QString &path, const QString &error);

private:
    void output();
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void processFailed(QProcess::ProcessError error);
    void wipe();

    QProcess *m_process = nullptr;
    QString m_path;
    QByteArray m_buffer;
    bool m_tooLarge = false;
};

} // namespace kubeminder
