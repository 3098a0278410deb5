#include "kubeconfigpaths.h"

#include <QDir>
#include <QFileInfo>

namespace kubeminder {

namespace {
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
    if (resolved.origin != Origin::Environment || resolved.files.size() == 1)
        return resolved.files.constFirst();
    for (const QString &file : resolved.files) {
        if (QFileInfo::exists(file))
            return file;
    }
    return resolved.files.constLast();
}

} // namespace kubeminder
