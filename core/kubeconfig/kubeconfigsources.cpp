#include "kubeconfigsources.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSettings>

namespace kubeminder {

namespace {
// The files and folders the user added in the window, beyond KUBECONFIG and ~/.kube/config.
const QString AddedKey = QStringLiteral("kubeconfigs/added");

// Two paths name the same file when they resolve to it through symlinks: a symlinked
// ~/.kube/config and the file it points to must be read only once.
QString identity(const QString &path)
{
    // A file that does not exist has no canonical path; its absolute path still names it.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
}
} // namespace

QStringList KubeconfigSources::added(const QSettings &settings)
{
    QStringList result;
    const QStringList saved = settings.value(AddedKey).toStringList();
    for (const QString &path : saved) {
        if (path.isEmpty() || !QDir::isAbsolutePath(path))
            continue; // relative to what? only absolute paths are ever saved
        // The settings file is hand-editable, so duplicates and "a/../b" forms are cleaned on read too.
        const QString clean = QDir::cleanPath(path);
        if (!result.contains(clean))
            result << clean;
    }
    return result;
}

void KubeconfigSources::setAdded(QSettings &settings, const QStringList &paths)
{
    QStringList clean;
    for (const QString &path : paths) {
        const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        if (!path.isEmpty() && !clean.contains(absolute))
            clean << absolute;
    }
    if (clean.isEmpty())
        // Removed rather than saved empty, so the settings file stays as the user left it when nothing
        // was ever added.
        settings.remove(AddedKey);
    else
        settings.setValue(AddedKey, clean);
}

std::vector<KubeconfigSources::File> KubeconfigSources::collect(const KubeconfigPaths::Resolved &base,
                                                                const QStringList &added)
{
    std::vector<File> files;
    QSet<QString> seen;
    const auto take = [&files, &seen](const QString &path, Origin origin, const QString &folder) {
        if (!seen.contains(identity(path))) {
            seen.insert(identity(path));
            files.push_back({QFileInfo(path).absoluteFilePath(), origin, folder});
        }
    };
    Origin baseOrigin = Origin::Default;
    switch (base.origin) {
    case KubeconfigPaths::Origin::CommandLine:
        baseOrigin = Origin::CommandLine;
        break;
    case KubeconfigPaths::Origin::Environment:
        baseOrigin = Origin::Environment;
        break;
    case KubeconfigPaths::Origin::Default:
        break;
    }
    for (const QString &path : base.files)
        take(path, baseOrigin, {});
    // --kubeconfig means exactly these files, as with kubectl: the user's added files would make a
    // scripted check depend on what someone clicked in the window.
    if (base.origin == KubeconfigPaths::Origin::CommandLine)
        return files;
    for (const QString &path : added) {
        // A folder is listed anew on every load, so a kubeconfig dropped into it shows up without being
        // added by hand.
        if (QFileInfo(path).isDir()) {
            const QStringList inside = filesInFolder(path);
            for (const QString &file : inside)
                take(file, Origin::AddedFolder, QFileInfo(path).absoluteFilePath());
        } else {
            take(path, Origin::Added, {});
        }
    }
    return files;
}

QStringList KubeconfigSources::paths(const std::vector<File> &files)
{
    QStringList result;
    result.reserve(qsizetype(files.size()));
    for (const File &file : files)
        result << file.path;
    return result;
}

bool KubeconfigSources::isCandidateName(const QString &name)
{
    // Hidden files, editor backups ("config~") and Emacs autosaves ("#config#") are not kubeconfigs a
    // user means to load, and parsing them would report errors for files they never chose.
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('~')) ||
        name.startsWith(QLatin1Char('#')))
        return false;
    // kubectl's lock, editors' swap and backup files, our own writer's temporary files.
    static const QStringList skipped{QStringLiteral(".lock"), QStringLiteral(".swp"),  QStringLiteral(".swo"),
                                     QStringLiteral(".bak"),  QStringLiteral(".orig"), QStringLiteral(".rej"),
                                     QStringLiteral(".tmp"),  QStringLiteral(".part")};
    for (const QString &suffix : skipped) {
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QStringList KubeconfigSources::filesInFolder(const QString &folder)
{
    QStringList result;
    // Sorted by name, so the merge order (and thus which file owns a shared name) does not depend on
    // the file system's order.
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!isCandidateName(entry.fileName()))
            continue;
        result << entry.absoluteFilePath();
        // A folder like ~/Downloads added by mistake must not make every check parse thousands of files.
        if (result.size() == MaxFilesPerFolder)
            break;
    }
    return result;
}

} // namespace kubeminder
