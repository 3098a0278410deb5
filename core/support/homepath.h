#pragma once

#include <QDir>
#include <QString>

namespace kubeminder {

/// `path` with the home folder written as "~" ("~/.kube/config"), as people read and type paths;
/// unchanged outside `home` (and when home is "/" or unknown). Display only: never resolved back.
inline QString homeRelativePath(const QString &path, const QString &home = QDir::homePath())
{
    const QString clean = QDir::cleanPath(home);
    if (clean.isEmpty() || clean == QLatin1String("/"))
        return path;
    if (path == clean)
        return QStringLiteral("~");
    if (path.startsWith(clean + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(clean.size());
    return path;
}

} // namespace kubeminder
