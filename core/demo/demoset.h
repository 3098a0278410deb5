#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace kubeminder {

/// A believable set of kubeconfig files whose credentials expire at varied dates relative to `now`:
/// expired, critical, warning and healthy certificates, a JWT token, an exec plugin and a broken
/// key. The run command opens it on a machine that has no kubeconfig; screenshots use it too.
class DemoSet
{
    Q_DECLARE_TR_FUNCTIONS(DemoSet)

public:
    /// Writes the files into `directory` (created if needed). Returns their paths in merge order,
    /// or nothing with `error` set.
    static QStringList write(const QString &directory, const QDateTime &now, QString *error);
};

} // namespace kubeminder
