#pragma once

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace kubeminder {

/// Tells when the kubeconfigs in use change on disk, so the window reloads within a second of
/// `kubectl config use-context`, an editor's save or our own writer, without polling.
///
/// QFileSystemWatcher alone is not enough: kubectl, vim and QSaveFile write a temporary file and
/// rename it over the original, and a file watch follows the old inode: it is dropped for good once
/// that inode is gone, or stays on it while anyone holds it open. A file that does not exist yet
/// (a $KUBECONFIG entry) cannot be watched at all. So the parent folder of every file is watched
/// too (the nearest existing ancestor while it is missing), and the file watch is renewed whenever
/// the path points at a new inode. Folder watches also fire for kubectl's `<file>.lock`,
/// temporary files and anything else living next to a kubeconfig; those are told apart by comparing
/// a snapshot (exists, size, mtime, inode) of every file that matters, so only a real change gets
/// through. Events are debounced, so a save that touches a file several times reloads once.
class KubeconfigWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDebounceMs = 300;

    explicit KubeconfigWatcher(QObject *parent = nullptr);

    /// `files` are the kubeconfigs in use, existing or not; `folders` are folders the user added,
    /// whose candidate files (KubeconfigSources::filesInFolder) count, including ones that appear
    /// later. Emits nothing: the caller loads the files itself. The same paths again change nothing.
    void setPaths(const QStringList &files, const QStringList &folders);

    /// A burst of events ends this long after its last event, but never later than three intervals
    /// after its first, so a folder that never stops churning cannot hold a change back.
    void setDebounceInterval(int ms);
    int debounceInterval() const { return m_interval; }

signals:
    /// A watched file was written, created, deleted or replaced, or a candidate file appeared in,
    /// left or changed in an added folder. Once per burst.
    void changed();

private:
    /// What a cheap stat says about one file; a rewrite shows in at least one of these.
    struct Snapshot
    {
        bool exists = false;
        qint64 size = 0;
        qint64 modifiedNs = 0;
        quint64 device = 0;
        quint64 inode = 0;
        bool operator==(const Snapshot &) const = default;
    };
    using Snapshots = QHash<QString, Snapshot>;

    static Snapshot snapshotOf(const QString &path);
    /// The given files and every candidate now in the added folders.
    QStringList relevantFiles() const;
    static Snapshots takeSnapshots(const QStringList &relevant);
    void updateWatches(const QStringList &relevant, const Snapshots &now);
    void onEvent();
    void settle();

    QStringList m_files;
    QStringList m_folders;
    Snapshots m_snapshots; ///< what the caller last saw
    Snapshots m_watched;   ///< each file watch, as the file was just before the watch was added
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QElapsedTimer m_burst;
    int m_interval = DefaultDebounceMs;
    bool m_fileEvent = false; ///< a watched file itself reported something in this burst
};

} // namespace kubeminder
