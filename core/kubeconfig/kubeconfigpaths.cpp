#include "kubeconfigpaths.h"

#include <QDir>
#include <QFileInfo>

namespace kubeminder {

namespace {
// Made absolute against the working directory at once: entries' `file` is always absolute, and
// these paths are compared with it later.
QStringList absoluteUnique(const QStringList &paths)
{
    QStringList result;
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!result.contains(absolute))
            result << absolute;
    }
    return result;
}
} // namespace

KubeconfigPaths::Resolved KubeconfigPaths::resolve(const QStringList &explicitFiles,
                                                   const QString &kubeconfigVariable, const QString &home)
{
    // --kubeconfig overrides KUBECONFIG entirely, as in kubectl.
    if (!explicitFiles.isEmpty())
        return {absoluteUnique(explicitFiles), Origin::CommandLine};
    // client-go takes a set variable as the list even when every entry is empty (KUBECONFIG=":"
    // loads nothing); only an unset or empty variable falls back to ~/.kube/config.
    if (!kubeconfigVariable.isEmpty())
        return {absoluteUnique(splitList(kubeconfigVariable)), Origin::Environment};
    return {{defaultFile(home)}, Origin::Default};
}

KubeconfigPaths::Resolved KubeconfigPaths::resolveFromEnvironment(const QStringList &explicitFiles)
{
    return resolve(explicitFiles, qEnvironmentVariable("KUBECONFIG"), QDir::homePath());
}

QStringList KubeconfigPaths::splitList(const QString &value)
{
    QStringList result;
    // ':' on Unix and ';' on Windows, as Go's filepath.SplitList. Duplicates are dropped: client-go
    // loads each file once, and the first place decides its precedence.
    const QStringList parts = value.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!result.contains(part))
            result << part;
    }
    return result;
}

QString KubeconfigPaths::defaultFile(const QString &home)
{
    return QDir(home).absoluteFilePath(QStringLiteral(".kube/config"));
}

QString KubeconfigPaths::destination(const Resolved &resolved)
{
    if (resolved.files.isEmpty())
        return {};
    // Where new entries go, by client-go's GetDefaultFilename: with a KUBECONFIG list, the first
    // file that exists, or the last one when none does.
    if (resolved.origin != Origin::Environment || resolved.files.size() == 1)
        return resolved.files.constFirst();
    for (const QString &file : resolved.files) {
        if (QFileInfo::exists(file))
            return file;
    }
    return resolved.files.constLast();
}

} // namespace kubeminder
