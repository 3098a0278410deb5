#include "backupstore.h"

#include "kubeconfig/kubeconfigdocument.h"
#include "support/atomicfile.h"
#include "support/boundedfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#else
#include <QLockFile>
#endif

namespace kubeminder {

namespace {
const QString KeepLastKey = QStringLiteral("backups/keepLast");
const QString KeepDaysKey = QStringLiteral("backups/keepDays");
} // namespace

RetentionPolicy RetentionPolicy::fromSettings(const QSettings &settings)
{
    RetentionPolicy policy;
    const auto read = [&settings](const QString &key, int &value) {
        bool ok = false;
        const int saved = settings.value(key).toString().trimmed().toInt(&ok);
        // A bad or out-of-range value keeps the default: retention deletes backups, so a typo in the
        // settings must not make it delete more than the defaults would.
        if (ok && saved >= Minimum && saved <= Maximum)
            value = saved;
    };
    read(KeepLastKey, policy.keepLast);
    read(KeepDaysKey, policy.keepDays);
    return policy;
}

void RetentionPolicy::write(QSettings &settings) const
{
    // Clamped to what fromSettings() accepts, so a saved policy always reads back as saved.
    settings.setValue(KeepLastKey, std::clamp(keepLast, Minimum, Maximum));
    settings.setValue(KeepDaysKey, std::clamp(keepDays, Minimum, Maximum));
}

namespace {

const QString IndexName = QStringLiteral("index.json");
// UTC with milliseconds: names sort in the order backups were taken, and a file listing still
// tells when each backup was made if the index is lost.
const QString TimestampFormat = QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'");
constexpr int IndexVersion = 1;
// The index is small (a few hundred bytes a backup); a larger one is not ours.
constexpr qint64 MaximumIndexSize = 64 * 1024 * 1024;
// A reason's subject is a context name or a backup's file name; anything longer is not one of ours.
constexpr qsizetype MaximumSubjectLength = 1024;
// Backups hold private keys and tokens: owner-only, like the kubeconfig itself (0600).
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// "<original name>.<UTC timestamp>[-N].yaml": -N tells apart backups taken in the same millisecond.
const QRegularExpression &backupNamePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.+)\\.(\\d{8}T\\d{6}\\.\\d{3}Z)(?:-(\\d{1,6}))?\\.yaml$"));
    return pattern;
}

// One known backup and its place in the order backups were taken (ties within a millisecond).
struct Record
{
    BackupEntry entry;
    qint64 sequence = 0;
    bool indexed = false;
};

bool newerFirst(const Record &a, const Record &b)
{
    if (a.entry.createdAt != b.entry.createdAt)
        return a.entry.createdAt > b.entry.createdAt;
    return a.sequence > b.sequence;
}

// Counted for the Backups window ("3 contexts"), which helps the user pick the right backup; a
// backup of a broken file still counts as a backup, with 0 contexts.
int countContexts(const QString &original, const QByteArray &bytes)
{
    const KubeconfigDocument doc = KubeconfigDocument::parse(original, bytes);
    return doc.status() == KubeconfigDocument::Status::Ok ? int(doc.contexts().size()) : 0;
}

void writeReason(QJsonObject &object, const BackupReason &reason)
{
    // Nothing for an unknown reason: the entry then reads back as Unknown, like one written before
    // reasons were recorded.
    if (!reason.known())
        return;
    object.insert(QStringLiteral("reason"), BackupReason::kindName(reason.kind));
    if (!reason.subject.isEmpty())
        object.insert(QStringLiteral("subject"), reason.subject);
    if (reason.subjectTakenAt.isValid())
        object.insert(QStringLiteral("subjectTakenAt"),
                      reason.subjectTakenAt.toUTC().toString(Qt::ISODateWithMs));
}

// The index is ours, but a damaged or hand-edited one must not put anything odd on a screen: a
// kind this version does not know, a subject that is not a short line of text, or a kind without
// the subject it names reads as "not recorded". The backup itself is listed either way.
BackupReason readReason(const QJsonObject &object)
{
    const std::optional<BackupReason::Kind> kind =
        BackupReason::kindFromName(object.value(QStringLiteral("reason")).toString());
    const QJsonValue subject = object.value(QStringLiteral("subject"));
    if (!kind || !(subject.isString() || subject.isUndefined()))
        return {};
    BackupReason reason;
    reason.kind = *kind;
    reason.subject = subject.toString();
    const bool control = std::any_of(reason.subject.cbegin(), reason.subject.cend(),
                                     [](QChar c) { return c.category() == QChar::Other_Control; });
    if (control || reason.subject.size() > MaximumSubjectLength)
        return {};
    if (reason.subject.isEmpty() && reason.kind != BackupReason::Kind::Manual)
        return {};
    const QDateTime takenAt =
        QDateTime::fromString(object.value(QStringLiteral("subjectTakenAt")).toString(), Qt::ISODateWithMs);
    if (takenAt.isValid())
        reason.subjectTakenAt = takenAt.toUTC();
    return reason;
}

// Backups of ~/.kube/config and of the file it links to are backups of the same file.
QString samePathKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

class Index
{
public:
    explicit Index(QString directory)
        : m_directory(std::move(directory))
    {}

    // Reads index.json and adds backup files it does not mention, so a lost or broken index
    // still lists every backup (with an unknown original). Never throws.
    void read()
    {
        m_records.clear();
        readIndexFile();
        const QDir dir(m_directory);
        QSet<QString> known;
        for (const Record &record : m_records)
            known.insert(QFileInfo(record.entry.path).fileName());
        // Entries whose file is gone are dropped; sizes come from the files themselves.
        std::erase_if(m_records, [](Record &record) {
            const QFileInfo info(record.entry.path);
            if (!info.isFile())
                return true;
            record.entry.size = info.size();
            return false;
        });
        const qint64 firstRebuilt = qint64(m_records.size());
        // Hidden too, since the original may be a dotfile and its backups keep its name.
        const QStringList files = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
        for (const QString &name : files) {
            const QRegularExpressionMatch match = backupNamePattern().match(name);
            if (!match.hasMatch() || known.contains(name))
                continue;
            Record record;
            record.entry.path = dir.absoluteFilePath(name);
            QDateTime created = QDateTime::fromString(match.captured(2), TimestampFormat);
            created.setTimeZone(QTimeZone::utc());
            created = created.toUTC();
            const QFileInfo info(record.entry.path);
            // The name's timestamp is preferred over the file's mtime, which a copy or restore of the folder
            // would change.
            record.entry.createdAt = created.isValid() ? created : info.lastModified().toUTC();
            record.entry.size = info.size();
            record.entry.contexts = contextsOf(record.entry.path);
            // Among backups of one millisecond the -N suffix gives the order they were taken in.
            record.sequence = firstRebuilt + match.captured(3).toLongLong();
            m_records.push_back(std::move(record));
        }
    }

    bool write(QString *error) const
    {
        QJsonArray backups;
        for (const Record &record : m_records) {
            QJsonObject object;
            object.insert(QStringLiteral("file"), QFileInfo(record.entry.path).fileName());
            object.insert(QStringLiteral("original"), record.entry.original);
            object.insert(QStringLiteral("createdAt"), record.entry.createdAt.toString(Qt::ISODateWithMs));
            object.insert(QStringLiteral("size"), record.entry.size);
            object.insert(QStringLiteral("contexts"), record.entry.contexts);
            writeReason(object, record.entry.reason);
            backups.append(object);
        }
        QJsonObject root;
        root.insert(QStringLiteral("version"), IndexVersion);
        root.insert(QStringLiteral("backups"), backups);
        // Indented: the index is a file a user may read to find a backup by hand.
        const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);

        const QString path = QDir(m_directory).absoluteFilePath(IndexName);
        // Atomically replaced, so a crash while writing leaves the old index, never half a new one.
        const AtomicFile::Result saved = AtomicFile::save(path, json, OwnerOnly);
        if (!saved.ok()) {
            *error = BackupStore::tr("Cannot write the backup index %1: %2.").arg(path, saved.systemError);
            return false;
        }
        return true;
    }

    std::vector<Record> &records() { return m_records; }

private:
    void readIndexFile()
    {
        // Bounded and never blocking: an index swapped for a FIFO or a device cannot hang a listing.
        const BoundedFile::Result file =
            BoundedFile::read(QDir(m_directory).absoluteFilePath(IndexName), MaximumIndexSize);
        // A missing, unreadable or oversized index is treated as empty; read() then rebuilds the list from
        // the files, so no backup disappears from view.
        if (!file.ok())
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(file.bytes);
        const QJsonArray backups = doc.object().value(QStringLiteral("backups")).toArray();
        const QDir dir(m_directory);
        QSet<QString> seen;
        for (const QJsonValue &value : backups) {
            const QJsonObject object = value.toObject();
            const QString name = object.value(QStringLiteral("file")).toString();
            // Only plain names of our own pattern: a tampered index cannot point outside the folder.
            if (!backupNamePattern().match(name).hasMatch() || name.contains(QLatin1Char('/')) ||
                seen.contains(name))
                continue;
            QDateTime created = QDateTime::fromString(object.value(QStringLiteral("createdAt")).toString(),
                                                      Qt::ISODateWithMs);
            // Without a date an entry cannot be ordered or pruned; the folder scan picks the file up instead.
            if (!created.isValid())
                continue;
            seen.insert(name);
            Record record;
            record.entry.path = dir.absoluteFilePath(name);
            record.entry.original = object.value(QStringLiteral("original")).toString();
            record.entry.createdAt = created.toUTC();
            // The saved size is overwritten from the file in read(); a tampered value changes nothing.
            record.entry.size = object.value(QStringLiteral("size")).toInteger();
            record.entry.contexts = object.value(QStringLiteral("contexts")).toInt();
            record.entry.reason = readReason(object);
            record.sequence = qint64(m_records.size());
            // An entry without its original cannot be restored by name: find() leaves it out.
            record.indexed = !record.entry.original.isEmpty();
            m_records.push_back(std::move(record));
        }
    }

    // Only for files the index does not know, which is rare: a lost index or a copied-in backup.
    static int contextsOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > KubeconfigDocument::MaximumFileSize)
            return 0;
        return countContexts(path, file.readAll());
    }

    QString m_directory;
    std::vector<Record> m_records;
};

// Serialises index updates between Kubeminder processes. The lock is held for milliseconds.
constexpr int IndexLockTimeoutMs = 15000;

#ifdef Q_OS_UNIX
// flock() on a lock file that stays in place: the kernel drops the lock when its holder dies, even
// by SIGKILL, so a crash never leaves the index locked. (QLockFile can: a holder killed between
// creating its lock file and writing its PID leaves a lock that only goes stale by age.)
class IndexLock
{
public:
    explicit IndexLock(const QString &directory)
        : m_path(QFile::encodeName(QDir(directory).absoluteFilePath(IndexName + QStringLiteral(".lock"))))
    {}
    IndexLock(const IndexLock &) = delete;
    IndexLock &operator=(const IndexLock &) = delete;
    ~IndexLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    // Opened with O_CREAT, not O_EXCL: the lock file stays between runs; only the flock() on it
    // counts, and it disappears with the process.
    bool tryLock(int timeoutMs)
    {
        m_fd = ::open(m_path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0)
            return false;
        // Counted in tries, not by a clock: under a stopped or jumping clock (libfaketime, a
        // suspended VM) an elapsed-time bound never ends or ends at once.
        constexpr int PauseMs = 5;
        for (int tries = timeoutMs / PauseMs + 1; ::flock(m_fd, LOCK_EX | LOCK_NB) != 0; --tries) {
            if ((errno != EWOULDBLOCK && errno != EINTR) || tries <= 0)
                return false;
            QThread::msleep(PauseMs);
        }
        return true;
    }

private:
    QByteArray m_path;
    int m_fd = -1;
};
#else
class IndexLock : public QLockFile
{
public:
    explicit IndexLock(const QString &directory)
        : QLockFile(QDir(directory).absoluteFilePath(IndexName + QStringLiteral(".lock")))
    {}
};
#endif

// Makes the backup folder, owner-only, and tightens one that already exists.
// The folder itself is 0700 as well: file names reveal which kubeconfigs exist and when they
// changed, and a group-writable folder would let others replace a backup.
bool ensureDirectory(const QString &directory, QString *error)
{
    const QFileInfo info(directory);
    if (!info.isDir()) {
        QDir().mkpath(info.absolutePath());
        if (!QDir().mkdir(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner) &&
            !QFileInfo(directory).isDir()) {
            *error = BackupStore::tr("Cannot create the backup folder %1. Check that its parent folder is "
                                     "writable, or free some disk space.")
                         .arg(directory);
            return false;
        }
    }
    if (!QFile::setPermissions(directory,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *error = BackupStore::tr("Cannot make the backup folder %1 private (mode 0700). Check that it "
                                 "belongs to you.")
                     .arg(directory);
        return false;
    }
    return true;
}

// Creates a new, owner-only backup file that did not exist before (O_EXCL), so two backups in the
// same millisecond, or by two processes, never share a file.
bool createUnique(const QDir &dir, const QString &base, QFile &file)
{
    for (int n = 0; n < 1000; ++n) {
        const QString suffix = n == 0 ? QString() : QLatin1Char('-') + QString::number(n);
        const QString name = base + suffix + QStringLiteral(".yaml");
        file.setFileName(dir.absoluteFilePath(name));
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
            return true;
        // Any failure other than "already exists" will not go away by trying the next name.
        if (!file.exists())
            return false;
    }
    return false;
}

// Takes out of `records` the backups of `original` that `retention` no longer keeps: all but the
// newest keepLast, unless younger than keepDays, and never the newest one. The order of the rest
// is kept (ties within a millisecond depend on it).
std::vector<BackupEntry> takeExpired(std::vector<Record> &records, const QString &original,
                                     const RetentionPolicy &retention, const QDateTime &now)
{
    // Retention is per original file: many backups of a busy file must not push out the last backup
    // of a file that rarely changes.
    const QString wanted = samePathKey(original);
    // Backups of other files, and ones whose original the index lost, are not ours to judge.
    std::vector<std::size_t> mine;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (!records[i].entry.original.isEmpty() && samePathKey(records[i].entry.original) == wanted)
            mine.push_back(i);
    }
    std::stable_sort(mine.begin(), mine.end(),
                     [&](std::size_t a, std::size_t b) { return newerFirst(records[a], records[b]); });
    const std::size_t keepLast = std::size_t(std::max(retention.keepLast, 1));
    const QDateTime oldestKept = now.toUTC().addDays(-std::max(retention.keepDays, 0));

    std::vector<bool> expired(records.size(), false);
    std::vector<BackupEntry> taken;
    for (std::size_t position = keepLast; position < mine.size(); ++position) {
        // Both rules must agree before a backup goes: beyond the newest keepLast AND older than keepDays.
        if (records[mine[position]].entry.createdAt >= oldestKept)
            continue;
        expired[mine[position]] = true;
        taken.push_back(records[mine[position]].entry);
    }
    if (taken.empty())
        return taken;
    std::vector<Record> kept;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (!expired[i])
            kept.push_back(std::move(records[i]));
    }
    records = std::move(kept);
    return taken;
}

int removeFiles(const std::vector<BackupEntry> &entries)
{
    int removed = 0;
    for (const BackupEntry &entry : entries) {
        // A file already gone (removed by hand) counts as removed: the index no longer lists it anyway.
        if (QFile::remove(entry.path) || !QFileInfo::exists(entry.path))
            ++removed;
    }
    return removed;
}

} // namespace

BackupStore::BackupStore(QString directory)
    : m_directory(QFileInfo(directory).absoluteFilePath())
{}

QString BackupStore::defaultDirectory()
{
    // Qt 6.4 has no QStandardPaths::GenericStateLocation (added in 6.7): follow the XDG rule here.
    // A relative XDG_STATE_HOME is invalid by the specification and ignored.
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || !QDir::isAbsolutePath(state)) {
        // Tests run with QStandardPaths' test mode, which must keep them out of the user's real backups.
        state = QStandardPaths::isTestModeEnabled() ? QDir::homePath() + QStringLiteral("/.qttest/state")
                                                    : QDir::homePath() + QStringLiteral("/.local/state");
    }
    return QDir::cleanPath(state + QStringLiteral("/kubeminder/backups"));
}

BackupResult BackupStore::backUp(const QString &path, const QDateTime &now, const RetentionPolicy &retention,
                                 const BackupReason &reason)
{
    BackupResult result;
    const QString file = QFileInfo(path).absoluteFilePath();
    const auto failed = [&result](BackupResult::Failure failure, const QString &error) {
        result.failure = failure;
        result.error = error;
        return result;
    };
    // KUBECONFIG=/dev/null means "no kubeconfig" to kubectl; there is nothing to protect.
    if (QFileInfo(file).canonicalFilePath() == QLatin1String("/dev/null"))
        return failed(BackupResult::Failure::Nothing,
                      tr("%1 is /dev/null (no kubeconfig): there is nothing to back up.").arg(file));
    // Read from the open file, never blocking: a FIFO or device (KUBECONFIG=/dev/zero) would hang or
    // fill memory, and the file may have grown or been swapped since it was listed.
    const qint64 limit = KubeconfigDocument::MaximumFileSize;
    const BoundedFile::Result contents = BoundedFile::read(file, limit);
    switch (contents.failure) {
    case BoundedFile::Failure::None:
        break;
    case BoundedFile::Failure::Missing:
        return failed(BackupResult::Failure::Missing,
                      tr("%1 does not exist: there is nothing to back up.").arg(file));
    case BoundedFile::Failure::NotAFile:
        return failed(BackupResult::Failure::NotAFile,
                      QFileInfo(file).isDir()
                          ? tr("%1 is a folder, not a kubeconfig file; it was not backed up.").arg(file)
                          : tr("%1 is not a regular file (a pipe, socket or device); Kubeminder backs up "
                               "kubeconfig files only.")
                                .arg(file));
    case BoundedFile::Failure::TooLarge:
        return failed(BackupResult::Failure::TooLarge,
                      tr("%1 is too large to be a kubeconfig (the limit is %2 MiB); it was not backed up.")
                          .arg(file)
                          .arg(limit / (1024 * 1024)));
    case BoundedFile::Failure::Unreadable:
        return failed(
            BackupResult::Failure::Unreadable,
            tr("Cannot read %1: %2. Check the file's permissions.").arg(file, contents.systemError));
    }
    QString error;
    result.entry = save(file, contents.bytes, now, &error, retention, reason);
    if (!result.entry)
        return failed(BackupResult::Failure::NotSaved, error);
    return result;
}

std::optional<BackupEntry> BackupStore::save(const QString &original, const QByteArray &bytes,
                                             const QDateTime &now, QString *error,
                                             const RetentionPolicy &retention, const BackupReason &reason)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!ensureDirectory(m_directory, &message))
        return std::nullopt;

    // Two Kubeminder processes saving at once must not lose each other's index entries.
    IndexLock indexLock(m_directory);
    if (!indexLock.tryLock(IndexLockTimeoutMs)) {
        message = tr("The backup index in %1 is locked by another Kubeminder. Try again in a moment.")
                      .arg(m_directory);
        return std::nullopt;
    }

    // Read before the new file exists, or the index would see it as an unknown backup.
    Index index(m_directory);
    index.read();

    const QString originalPath = QFileInfo(original).absoluteFilePath();
    const QDateTime createdAt = now.toUTC();
    // Named after the original file, so a user browsing the folder sees what each backup is of.
    const QString base =
        QFileInfo(originalPath).fileName() + QLatin1Char('.') + createdAt.toString(TimestampFormat);
    QFile file;
    if (!createUnique(QDir(m_directory), base, file)) {
        message =
            tr("Cannot create a backup of %1 in %2: %3.").arg(originalPath, m_directory, file.errorString());
        return std::nullopt;
    }
    bool written = file.write(bytes) == bytes.size() && file.flush();
#ifdef Q_OS_UNIX
    // The backup must be on disk before the original is replaced.
    written = written && ::fsync(file.handle()) == 0;
#endif
    if (!written) {
        message = tr("Cannot write the backup %1: %2. Free some disk space and try again.")
                      .arg(file.fileName(), file.errorString());
        file.close();
        file.remove();
        return std::nullopt;
    }
    file.close();

    BackupEntry entry;
    entry.path = file.fileName();
    entry.original = originalPath;
    entry.createdAt = createdAt;
    entry.size = bytes.size();
    entry.contexts = countContexts(originalPath, bytes);
    entry.reason = reason;

    Record record;
    record.entry = entry;
    record.indexed = true;
    index.records().push_back(record);
    // Pruned in the same index write: one atomic update of the index per backup.
    const std::vector<BackupEntry> expired = takeExpired(index.records(), originalPath, retention, now);
    // Without an index entry the backup would be a file nobody knows the original of, so it is
    // removed and the whole backup fails; the write it guards will not go ahead.
    if (!index.write(&message)) {
        QFile::remove(entry.path);
        return std::nullopt;
    }
    // Old backups are deleted only after the new one and the index are safely written.
    removeFiles(expired);
    return entry;
}

std::vector<BackupEntry> BackupStore::list(const QString &original) const
{
    Index index(m_directory);
    index.read();
    std::vector<Record> &records = index.records();
    std::stable_sort(records.begin(), records.end(), newerFirst);
    const QString wanted = original.isEmpty() ? QString() : samePathKey(original);
    std::vector<BackupEntry> result;
    for (const Record &record : records) {
        if (!wanted.isEmpty() &&
            (record.entry.original.isEmpty() || samePathKey(record.entry.original) != wanted))
            continue;
        result.push_back(record.entry);
    }
    return result;
}

std::optional<BackupEntry> BackupStore::find(const QString &backupPath) const
{
    Index index(m_directory);
    index.read();
    const QString wanted = samePathKey(backupPath);
    for (const Record &record : index.records()) {
        // Only indexed backups, with a known original: restoring a file to a guessed place is refused.
        if (record.indexed && samePathKey(record.entry.path) == wanted)
            return record.entry;
    }
    return std::nullopt;
}

int BackupStore::prune(const QString &original, const RetentionPolicy &retention, const QDateTime &now)
{
    if (!QFileInfo(m_directory).isDir())
        return 0;
    IndexLock indexLock(m_directory);
    if (!indexLock.tryLock(IndexLockTimeoutMs))
        return 0;

    Index index(m_directory);
    index.read();
    const std::vector<BackupEntry> removed = takeExpired(index.records(), original, retention, now);
    if (removed.empty())
        return 0;
    QString ignored;
    // The index first: should the write fail, no file is gone that the index still lists.
    if (!index.write(&ignored))
        return 0;
    return removeFiles(removed);
}

} // namespace kubeminder
