#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kubeminder {

/// kubectl's lock on a kubeconfig: the file "<kubeconfig>.lock", created exclusively and removed
/// when the write is over (client-go's lockFile/unlockFile), so kubectl and Kubeminder never
/// write the same file at once.
class KubeconfigLock
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigLock)

public:
    /// Takes the lock, or returns nothing with an error naming the lock file and what to do.
    static std::optional<KubeconfigLock> acquire(const QString &kubeconfigPath, QString *error);

    KubeconfigLock(KubeconfigLock &&other) noexcept;
    KubeconfigLock &operator=(KubeconfigLock &&other) noexcept;
    KubeconfigLock(const KubeconfigLock &) = delete;
    KubeconfigLock &operator=(const KubeconfigLock &) = delete;
    /// Removes the lock file.
    ~KubeconfigLock();

    QString lockPath() const { return m_lockPath; }
    static QString lockPathFor(const QString &kubeconfigPath);

private:
    explicit KubeconfigLock(QString lockPath);
    void release();

    QString m_lockPath;
};

} // namespace kubeminder
