#include "kubeconfigwatcher.h"

#include "kubeconfigsources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace kubeminder {

namespace {

// Absolute, clean, each once and sorted: the same paths given in another order or spelling are
// the same set, so setPaths can tell that nothing changed.
QStringList normalized(const QStringList &paths)
{
    QStringList result;
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        if (!result.contains(clean))
            result << clean;
    }
    result.sort();
    return result;
}

// A missing folder cannot be watched, but its creation shows in the nearest ancestor that exists
// (a fresh machine has no ~/.kube until kubectl writes ~/.kube/config).
QString nearestExistingFolder(QString path)
{
    while (!path.isEmpty() && !QFileInfo(path).isDir()) {
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            return {};
        path = parent;
    }
    return path;
}

} // namespace

KubeconfigWatcher::KubeconfigWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(this) // children, so that moveToThread() takes them along
    , m_debounce(this)
{
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &KubeconfigWatcher::settle);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &KubeconfigWatcher::onEvent);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        // Events still queued for a watch that setPaths just removed are not ours any more.
        if (m_watched.contains(path))
            m_fileEvent = true;
        onEvent();
    });
}

void KubeconfigWatcher::setPaths(const QStringList &files, const QStringList &folders)
{
    const QStringList newFiles = normalized(files);
    const QStringList newFolders = normalized(folders);
    if (newFiles == m_files && newFolders == m_folders)
        return;
    m_files = newFiles;
    m_folders = newFolders;
    // The caller loads the files now, so whatever was pending is already in what it reads.
    m_debounce.stop();
    m_fileEvent = false;
    const QStringList relevant = relevantFiles();
    updateWatches(relevant, takeSnapshots(relevant));
    m_snapshots = takeSnapshots(relevant);
}

void KubeconfigWatcher::setDebounceInterval(int ms)
{
    m_interval = std::max(0, ms);
}

KubeconfigWatcher::Snapshot KubeconfigWatcher::snapshotOf(const QString &path)
{
    Snapshot snapshot;
#ifdef Q_OS_UNIX
    // stat() rather than QFileInfo: QFileInfo has no inode, and it rounds mtime to milliseconds.
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0 || S_ISDIR(status.st_mode))
        return snapshot;
    snapshot.exists = true;
    snapshot.size = qint64(status.st_size);
#ifdef Q_OS_DARWIN
    const timespec &modified = status.st_mtimespec;
#else
    const timespec &modified = status.st_mtim;
#endif
    // Full precision: two saves within one millisecond (a script, a test) must still look different.
    snapshot.modifiedNs = qint64(modified.tv_sec) * 1'000'000'000 + qint64(modified.tv_nsec);
    snapshot.device = quint64(status.st_dev);
    // Device and inode tell an atomic replace (a new file renamed over the old) from an edit in place,
    // even when size and time happen to match.
    snapshot.inode = quint64(status.st_ino);
#else
    const QFileInfo info(path);
    if (!info.exists() || info.isDir())
        return snapshot;
    snapshot.exists = true;
    snapshot.size = info.size();
    snapshot.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1'000'000;
#endif
    return snapshot;
}

QStringList KubeconfigWatcher::relevantFiles() const
{
    QStringList result = m_files;
    for (const QString &folder : m_folders)
        result << KubeconfigSources::filesInFolder(folder);
    result.removeDuplicates();
    return result;
}

KubeconfigWatcher::Snapshots KubeconfigWatcher::takeSnapshots(const QStringList &relevant)
{
    Snapshots snapshots;
    snapshots.reserve(relevant.size());
    for (const QString &path : relevant)
        snapshots.insert(path, snapshotOf(path));
    return snapshots;
}

void KubeconfigWatcher::updateWatches(const QStringList &relevant, const Snapshots &now)
{
    QSet<QString> wantedFiles;
    QSet<QString> wantedFolders;
    const auto wantFolder = [&wantedFolders](const QString &folder) {
        if (wantedFolders.contains(folder))
            return; // a folder of a thousand candidates is looked at once
        const QString existing = nearestExistingFolder(folder);
        if (!existing.isEmpty())
            wantedFolders.insert(existing);
    };
    for (const QString &path : relevant) {
        // The folder sees a file being created, deleted or renamed over; the file watch alone
        // sees a write in place.
        const QFileInfo info(path);
        wantFolder(info.path());
        if (info.isSymLink()) {
            // A rename over the link's target happens in the target's folder.
            const QString target = info.canonicalFilePath();
            wantFolder(QFileInfo(target.isEmpty() ? info.symLinkTarget() : target).path());
        }
        if (now.value(path).exists)
            wantedFiles.insert(path);
    }
    for (const QString &folder : m_folders)
        wantFolder(folder);

    QStringList drop;
    QStringList add;
    const QStringList watchedFiles = m_watcher.files();
    for (const QString &path : watchedFiles) {
        if (!wantedFiles.contains(path))
            drop << path;
    }
    for (const QString &path : std::as_const(wantedFiles)) {
        const Snapshot current = now.value(path);
        if (watchedFiles.contains(path)) {
            const Snapshot watched = m_watched.value(path);
            if (watched.device == current.device && watched.inode == current.inode)
                continue;
            // QFileSystemWatcher drops a file after an atomic rename only once the old inode is
            // freed; while anyone holds it open, the watch stays on the old inode and misses
            // every later write. A new inode behind the path means a new watch.
            drop << path;
        }
        add << path;
    }
    const QStringList watchedFolders = m_watcher.directories();
    for (const QString &folder : watchedFolders) {
        if (!wantedFolders.contains(folder))
            drop << folder;
    }
    for (const QString &folder : std::as_const(wantedFolders)) {
        if (!watchedFolders.contains(folder))
            add << folder;
    }

    // Both warn on an empty list.
    if (!drop.isEmpty())
        m_watcher.removePaths(drop);
    if (!add.isEmpty())
        m_watcher.addPaths(add); // one that fails (a watch limit) is tried again after the next event

    // `now` was taken before the watches were added: a rename in between shows as a new inode
    // next time and renews the watch.
    m_watched.clear();
    const QStringList nowWatched = m_watcher.files();
    for (const QString &path : nowWatched)
        m_watched.insert(path, now.value(path));
}

void KubeconfigWatcher::onEvent()
{
    // Each event moves the end of the burst, but a burst that never ends must still be reported.
    if (!m_debounce.isActive())
        m_burst.start();
    const qint64 left = std::clamp<qint64>(3 * qint64(m_interval) - m_burst.elapsed(), 0, m_interval);
    m_debounce.start(int(left));
}

void KubeconfigWatcher::settle()
{
    const QStringList relevant = relevantFiles();
    updateWatches(relevant, takeSnapshots(relevant));
    // Taken after the watches are in place, so a write while they were renewed is not lost.
    Snapshots now = takeSnapshots(relevant);
    // A file's own event counts even when the snapshot looks the same: a rewrite of equal size
    // within the file system's timestamp granularity changes nothing a stat can see.
    const bool fileEvent = std::exchange(m_fileEvent, false);
    if (!fileEvent && now == m_snapshots)
        return;
    m_snapshots = std::move(now);
    emit changed();
}

} // namespace kubeminder
