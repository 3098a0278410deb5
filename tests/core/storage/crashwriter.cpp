// Test helper for tst_kubeconfigwriter's crash-safety test: writes a kubeconfig through
// KubeconfigWriter in an endless loop, flipping it between two contents, until it is killed.
//
// kubeminder_crashwriter KUBECONFIG BACKUP_DIR CONTENT_A CONTENT_B START_MSECS_SINCE_EPOCH

#include "storage/backupstore.h"
#include "storage/kubeconfigwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <cstdio>

namespace {

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fputs("usage: kubeminder_crashwriter KUBECONFIG BACKUP_DIR CONTENT_A CONTENT_B START_MSECS\n",
                   stderr);
        return 2;
    }
    const QString kubeconfig = args.at(1);
    const std::optional<QByteArray> a = readFile(args.at(3));
    const std::optional<QByteArray> b = readFile(args.at(4));
    if (!a || !b) {
        std::fputs("cannot read the two contents\n", stderr);
        return 2;
    }
    // Every write gets its own "now", so retention really prunes and the backup folder stays small.
    QDateTime now = QDateTime::fromMSecsSinceEpoch(args.at(5).toLongLong(), QTimeZone::utc());
    kubeminder::BackupStore backups(args.at(2));
    kubeminder::KubeconfigWriter writer(backups, kubeminder::RetentionPolicy{3, 0});

    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;) {
        const std::optional<QByteArray> current = readFile(kubeconfig);
        const QByteArray &next = current == a ? *b : *a;
        now = now.addMSecs(1);
        const kubeminder::WriteResult result = writer.write(kubeconfig, next, current, now);
        if (!result.ok) {
            // The message names files and causes only, never contents.
            std::fprintf(stderr, "write failed: %s\n", qPrintable(result.error));
            return 1;
        }
        // One dot per finished write, so the test knows the kills landed among writes.
        std::fputc('.', stdout);
        std::fflush(stdout);
    }
}
