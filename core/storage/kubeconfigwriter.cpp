#include "kubeconfigwriter.h"

#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfig/kubeconfigedit.h"
#include "kubeconfig/yamlemitter.h"
#include "kubeconfiglock.h"
#include "support/atomicfile.h"
#include "support/boundedfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <string_view>

namespace kubeminder {

namespace {

// Linux's own limit (MAXSYMLINKS): a longer chain is a loop.
constexpr int MaximumSymlinkHops = 40;
// A kubeconfig holds keys and tokens: every write leaves it 0600, as kubectl creates it.
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// Any bit for group or others: if the old file had one, the result says the permissions were
// tightened, so the user learns why a group member lost access.
constexpr QFileDevice::Permissions ReadableByOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                      QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                      QFileDevice::WriteOther | QFileDevice::ExeOther;

// The file really replaced: a symlink's final target, so the link itself stays a link (what
// client-go does too, since it writes through the link). The target need not exist yet.
std::optional<QString> resolveTarget(const QString &path, QString *error)
{
    QString current = path;
    for (int hop = 0; hop < MaximumSymlinkHops; ++hop) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            return info.absoluteFilePath();
        // symLinkTarget() resolves a relative link against the link's own folder.
        current = info.symLinkTarget();
    }
    *error = KubeconfigWriter::tr("%1 is a chain of more than %2 symbolic links, probably a loop. Point it "
                                  "at a real file.")
                 .arg(path)
                 .arg(MaximumSymlinkHops);
    return std::nullopt;
}

// The file's current bytes, or nullopt (with `error` empty) when it does not exist.
std::optional<QByteArray> readCurrent(const QString &path, QString *error)
{
    // Read with the same bounds as a load, so a path swapped for a FIFO or a huge file cannot hang
    // or flood the write that is about to replace it.
    BoundedFile::Result file = BoundedFile::read(path, KubeconfigDocument::MaximumFileSize);
    switch (file.failure) {
    case BoundedFile::Failure::None:
        return std::move(file.bytes);
    case BoundedFile::Failure::Missing:
        return std::nullopt;
    case BoundedFile::Failure::NotAFile:
        *error = QFileInfo(path).isDir()
                     ? KubeconfigWriter::tr("%1 is a folder, not a kubeconfig file.").arg(path)
                     : KubeconfigWriter::tr("%1 is not a regular file (a pipe, socket or device); Kubeminder "
                                            "writes only to kubeconfig files.")
                           .arg(path);
        return std::nullopt;
    case BoundedFile::Failure::TooLarge:
        *error = KubeconfigWriter::tr("%1 is too large to be a kubeconfig.").arg(path);
        return std::nullopt;
    case BoundedFile::Failure::Unreadable:
        *error = KubeconfigWriter::tr("Cannot read %1: %2. Check the file's permissions.")
                     .arg(path, file.systemError);
        return std::nullopt;
    }
    return std::nullopt;
}

// The new file replaces the target atomically, owner-only from its first byte.
bool saveAtomically(const QString &target, const QByteArray &bytes, QFileDevice::Permissions permissions,
                    QString *error)
{
    const AtomicFile::Result saved = AtomicFile::save(target, bytes, permissions);
    switch (saved.failedAt) {
    case AtomicFile::Step::None:
        return true;
    case AtomicFile::Step::Create:
        *error = KubeconfigWriter::tr("Cannot create a temporary file next to %1: %2. Check that the folder "
                                      "is writable.")
                     .arg(target, saved.systemError);
        break;
    case AtomicFile::Step::Permissions:
        *error = KubeconfigWriter::tr("Cannot set the permissions of the new %1: %2.")
                     .arg(target, saved.systemError);
        break;
    case AtomicFile::Step::Write:
        *error = KubeconfigWriter::tr("Cannot write %1: %2. Free some disk space and try again.")
                     .arg(target, saved.systemError);
        break;
    case AtomicFile::Step::Commit:
        *error = KubeconfigWriter::tr("Cannot save %1: %2. Free some disk space and try again.")
                     .arg(target, saved.systemError);
        break;
    }
    return false;
}

// Used before a write (never write what kubectl would refuse) and after it (the bytes on disk
// must read back as a kubeconfig), and for a backup before it is restored.
bool parsesAsKubeconfig(const QString &path, const QByteArray &bytes, QString *error)
{
    const KubeconfigDocument doc = KubeconfigDocument::parse(path, bytes);
    if (doc.status() == KubeconfigDocument::Status::Ok || doc.status() == KubeconfigDocument::Status::Empty)
        return true;
    *error = doc.error();
    return false;
}

} // namespace

KubeconfigWriter::KubeconfigWriter(BackupStore &backups, RetentionPolicy retention, BackupReason reason)
    : m_backups(backups)
    , m_retention(retention)
    , m_reason(std::move(reason))
{}

WriteResult KubeconfigWriter::write(const QString &path, const QByteArray &bytes,
                                    const std::optional<QByteArray> &expectedCurrent, const QDateTime &now)
{
    WriteResult result;
    if (path.isEmpty()) {
        result.error = tr("No kubeconfig file was named to write.");
        return result;
    }
    const QString named = QFileInfo(path).absoluteFilePath();

    // Bad content is refused before anything on disk is touched.
    QString problem;
    if (!parsesAsKubeconfig(named, bytes, &problem)) {
        result.error = tr("Kubeminder did not write %1: the new content is not a valid kubeconfig (%2).")
                           .arg(named, problem);
        return result;
    }

    // Like client-go, a kubeconfig in a folder that does not exist yet gets its folder.
    const QString folder = QFileInfo(named).absolutePath();
    if (!QFileInfo(folder).isDir())
        QDir().mkpath(folder);

    // 1. The lock, on the name the user knows (client-go locks the path, not a symlink's target).
    std::optional<KubeconfigLock> lock = KubeconfigLock::acquire(named, &problem);
    if (!lock) {
        result.error = problem;
        return result;
    }

    // Resolved under the lock, and every step below uses this one target, so the file that is
    // checked, backed up and replaced is the same file.
    const std::optional<QString> target = resolveTarget(named, &problem);
    if (!target) {
        result.error = problem;
        return result;
    }
    result.writtenPath = *target;

    const std::optional<QByteArray> current = readCurrent(*target, &problem);
    if (!problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    const QFileDevice::Permissions oldPermissions =
        current ? QFileInfo(*target).permissions() : QFileDevice::Permissions();

    // 2. Nobody else wrote the file since the caller read it (checked before the backup, so a
    //    refused write leaves no backup behind).
    if (current != expectedCurrent) {
        if (!expectedCurrent)
            result.error = tr("%1 was created by another program after Kubeminder looked for it. Reload "
                              "and try again.")
                               .arg(named);
        else if (!current)
            result.error = tr("%1 was removed or moved by another program after Kubeminder read it. Reload "
                              "and try again.")
                               .arg(named);
        else
            result.error = tr("Another program changed %1 after Kubeminder read it. Nothing was written: "
                              "reload and try again.")
                               .arg(named);
        return result;
    }

    // 3. The backup: the bytes on disk now, under the lock.
    if (current) {
        const std::optional<BackupEntry> backup =
            m_backups.save(named, *current, now, &problem, m_retention, m_reason);
        if (!backup) {
            result.error = tr("Kubeminder did not write %1 because it could not back it up first: %2")
                               .arg(named, problem);
            return result;
        }
        result.backupPath = backup->path;
    }

    // 4. Temporary file, renamed over the target; owner-only.
    if (!saveAtomically(*target, bytes, OwnerOnly, &problem)) {
        result.error = problem;
        return result;
    }
    result.permissionsTightened = (oldPermissions & ReadableByOthers) != 0;

    // A hook for tests, to change the file between the commit and the read-back and so reach step 6.
    if (m_afterCommit)
        m_afterCommit(*target);

    // 5. Read back what is on disk now.
    const std::optional<QByteArray> written = readCurrent(*target, &problem);
    if (problem.isEmpty() && !written)
        problem = tr("%1 disappeared right after it was written.").arg(*target);
    if (problem.isEmpty() && *written != bytes)
        problem = tr("%1 does not hold what was written to it.").arg(*target);
    if (problem.isEmpty() && !parsesAsKubeconfig(named, *written, &problem))
        problem = tr("%1 no longer reads as a kubeconfig: %2").arg(*target, problem);
    if (problem.isEmpty()) {
        result.ok = true;
        return result;
    }

    // 6. Undo, through the same atomic path, from the bytes that were backed up.
    result.permissionsTightened = false;
    if (!current) {
        QFile::remove(*target);
        result.error = tr("Writing %1 failed: %2 The new file was removed.").arg(named, problem);
        return result;
    }
    QString restoreProblem;
    // With its old mode too: the undo is complete, not a tightening the user was never told about.
    const bool restored = saveAtomically(*target, *current, oldPermissions, &restoreProblem);
    std::optional<QByteArray> check = restored ? readCurrent(*target, &restoreProblem) : std::nullopt;
    if (restored && check == current) {
        result.error = tr("Writing %1 failed: %2 The previous content was put back from the backup %3.")
                           .arg(named, problem, result.backupPath);
    } else {
        result.error = tr("Writing %1 failed: %2 Putting the previous content back failed too (%3). Restore "
                          "it from the backup %4 (Backups… in the window, or kubeminder restore).")
                           .arg(named, problem, restoreProblem, result.backupPath);
    }
    return result;
}

WriteResult KubeconfigWriter::write(const KubeconfigDocument &original, const YAML::Node &root,
                                    const QDateTime &now)
{
    if (original.status() == KubeconfigDocument::Status::Error)
        return write(original, YamlSplicer::Result(), now); // refused before anything is rendered
    return write(original, KubeconfigEdit::render(original, root), now);
}

WriteResult KubeconfigWriter::write(const KubeconfigDocument &original, const YamlSplicer::Result &rendered,
                                    const QDateTime &now)
{
    WriteResult result;
    if (original.status() == KubeconfigDocument::Status::Error) {
        result.error = tr("Kubeminder will not write over %1 because it could not read it: %2")
                           .arg(original.path(), original.error());
        return result;
    }
    if (rendered.bytes.isEmpty()) {
        result.error = tr("Kubeminder did not write %1: the new content could not be turned into YAML (it is "
                          "empty, too deep or too large).")
                           .arg(original.path());
        return result;
    }
    const std::optional<QByteArray> expected = original.status() == KubeconfigDocument::Status::Missing
                                                   ? std::nullopt
                                                   : std::optional<QByteArray>(original.bytes());
    result = write(original.path(), rendered.bytes, expected, now);
    result.layoutKept = rendered.layoutKept;
    if (!rendered.layoutKept)
        result.layoutNote = YamlSplicer::note(original.path(), rendered.fallbackReason);
    return result;
}

std::optional<KubeconfigWriter::RestoreInput>
KubeconfigWriter::readForRestore(const QString &backupPath, const QString &target, QString *error)
{
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    const QString named = QFileInfo(target).absoluteFilePath();

    // The backup is read whole (and size-capped) before the target is touched at all.
    const QFileInfo backupInfo(backup);
    if (!backupInfo.exists()) {
        *error = tr("The backup %1 no longer exists (it may have been removed or pruned). Nothing was "
                    "restored; %2 is unchanged.")
                     .arg(backup, named);
        return std::nullopt;
    }
    QString problem;
    std::optional<QByteArray> bytes = readCurrent(backup, &problem);
    if (!bytes) {
        if (problem.isEmpty())
            problem = tr("%1 disappeared while it was read.").arg(backup);
        *error =
            tr("The backup cannot be used: %1 Nothing was restored; %2 is unchanged.").arg(problem, named);
        return std::nullopt;
    }
    if (!parsesAsKubeconfig(backup, *bytes, &problem)) {
        *error = tr("The backup %1 is not a valid kubeconfig (%2). Nothing was restored; %3 is unchanged.")
                     .arg(backup, problem, named);
        return std::nullopt;
    }

    // What is there now is what the restore replaces; write() backs it up and refuses when another
    // program changes it in between.
    std::optional<QByteArray> current = readCurrent(named, &problem);
    if (!problem.isEmpty()) {
        *error = tr("Cannot restore %1: %2 Nothing was restored.").arg(named, problem);
        return std::nullopt;
    }
    return RestoreInput{std::move(*bytes), std::move(current)};
}

WriteResult KubeconfigWriter::restore(const QString &backupPath, const QString &target, const QDateTime &now)
{
    WriteResult result;
    const std::optional<RestoreInput> input = readForRestore(backupPath, target, &result.error);
    if (!input)
        return result;
    return write(QFileInfo(target).absoluteFilePath(), input->backup, input->current, now);
}

WriteResult KubeconfigWriter::write(const KubeconfigEdit &edit, const QDateTime &now)
{
    // The bytes its preview showed.
    return write(edit.original(), edit.render(), now);
}

} // namespace kubeminder
