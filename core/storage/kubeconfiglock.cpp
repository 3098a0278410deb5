#include "kubeconfiglock.h"

#include <QFile>
#include <QFileInfo>

#include <utility>

namespace kubeminder {

std::optional<KubeconfigLock> KubeconfigLock::acquire(const QString &kubeconfigPath, QString *error)
{
    const QString lockPath = lockPathFor(kubeconfigPath);
    QFile file(lockPath);
    // NewOnly is O_CREAT|O_EXCL: exactly how client-go's lockFile() creates it, so kubectl and
    // Kubeminder exclude each other. The lock holds no data; only its existence counts.
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        file.close();
        return KubeconfigLock(lockPath);
    }
    if (error) {
        const QFileInfo info(lockPath);
        // A dangling symlink named like the lock also makes O_EXCL fail; it counts as a lock too, since
        // client-go would see the same failure.
        if (info.exists() || info.isSymLink()) {
            *error = tr("%1 is locked: the lock file %2 exists. Another kubectl or Kubeminder may be writing "
                        "it; wait and try again. If none is running, a crash left the lock behind: delete %2 "
                        "and try again.")
                         .arg(QFileInfo(kubeconfigPath).absoluteFilePath(), lockPath);
        } else {
            *error = tr("Cannot create the lock file %1: %2. Check that its folder exists and is writable.")
                         .arg(lockPath, file.errorString());
        }
    }
    return std::nullopt;
}

KubeconfigLock::KubeconfigLock(QString lockPath)
    : m_lockPath(std::move(lockPath))
{}

KubeconfigLock::KubeconfigLock(KubeconfigLock &&other) noexcept
    : m_lockPath(std::exchange(other.m_lockPath, QString()))
{}

// Moving transfers the duty to delete the lock file; the moved-from lock holds no path and so
// never deletes a lock that is now someone else's.
KubeconfigLock &KubeconfigLock::operator=(KubeconfigLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_lockPath = std::exchange(other.m_lockPath, QString());
    }
    return *this;
}

KubeconfigLock::~KubeconfigLock()
{
    release();
}

QString KubeconfigLock::lockPathFor(const QString &kubeconfigPath)
{
    // client-go's lockName(): the path as named, not a symlink's target, plus ".lock".
    return QFileInfo(kubeconfigPath).absoluteFilePath() + QStringLiteral(".lock");
}

void KubeconfigLock::release()
{
    if (m_lockPath.isEmpty())
        return;
    // Removed by path. A lock file is never reused, so this can only remove the one we created, unless
    // a user deleted a stale lock by hand and another writer took it meanwhile, a race kubectl has too.
    QFile::remove(m_lockPath);
    m_lockPath.clear();
}

} // namespace kubeminder
