#include "programs.h"

#include <QDir>
#include <QFileInfo>

// Set by core/CMakeLists.txt from the installation's layout (GNUInstallDirs): each program's
// folder as seen from the other one's.
#ifndef KUBEMINDER_HELPER_DIR_FROM_BIN
#define KUBEMINDER_HELPER_DIR_FROM_BIN "../libexec/kubeminder"
#endif
#ifndef KUBEMINDER_BIN_DIR_FROM_HELPER
#define KUBEMINDER_BIN_DIR_FROM_HELPER "../../bin"
#endif

namespace kubeminder {

namespace {
// The first of `folders` (relative to `from`'s folder) that holds an executable file `name`.
QString findBeside(const QString &from, const QStringList &folders, const QString &name)
{
    const QDir base = QFileInfo(from).absoluteDir();
    for (const QString &folder : folders) {
        const QFileInfo candidate(QDir::cleanPath(base.filePath(folder + QLatin1Char('/') + name)));
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    return {};
}
// A helper program of the command at `commandPath`: beside it (a build folder) or in libexec.
QString findHelper(const QString &commandPath, const QString &name)
{
    return findBeside(commandPath, {QStringLiteral("."), QStringLiteral(KUBEMINDER_HELPER_DIR_FROM_BIN)},
                      name);
}

} // namespace

QString Programs::windowFileName()
{
    return QStringLiteral("kubeminder-window");
}

QString Programs::window(const QString &commandPath)
{
    return findHelper(commandPath, windowFileName());
}

QString Programs::probeFileName()
{
    return QStringLiteral("kubeminder-probe");
}

QString Programs::probe(const QString &commandPath)
{
    return findHelper(commandPath, probeFileName());
}

QString Programs::command(const QString &windowPath)
{
    const QString found =
        findBeside(windowPath, {QStringLiteral("."), QStringLiteral(KUBEMINDER_BIN_DIR_FROM_HELPER)},
                   QStringLiteral("kubeminder"));
    return found.isEmpty() ? windowPath : found;
}

QString Programs::self()
{
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
}

} // namespace kubeminder
