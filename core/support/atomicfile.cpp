#include "atomicfile.h"

#include <QSaveFile>

namespace kubeminder {

AtomicFile::Result AtomicFile::save(const QString &path, const QByteArray &bytes,
                                    QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    const auto failed = [&file](Step step) {
        Result result{step, file.errorString()};
        file.cancelWriting();
        return result;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(Step::Create);
    if (!file.setPermissions(permissions))
        return failed(Step::Permissions);
    // flush() checked here, not left to commit(): Qt 6.4's commit() ignores a failed flush of the
    // write buffer (QTBUG-75077) and would rename a cut-short file over the original.
    if (file.write(bytes) != bytes.size() || !file.flush())
        return failed(Step::Write);
    if (!file.commit())
        return Result{Step::Commit, file.errorString()};
    return {};
}

} // namespace kubeminder
