#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The real kubectl as the oracle of the differential tests.
namespace kubeminder::test {

struct KubectlResult
{
    int exitCode = -1; ///< -1: did not start, crashed or timed out (err says which)
    QString out;
    QString err;
};

/// Runs `kubectl arguments` with HOME and the working directory set to `home`, and KUBECONFIG set
/// to `kubeconfig` (unset when nullopt). Waits at most a minute.
KubectlResult runKubectl(const QString &kubectl, const QStringList &arguments, const QString &home,
                         const std::optional<QString> &kubeconfig);

/// `text` with control characters, NEL and the Unicode line and paragraph separators written as
/// \uXXXX, so that a failure shows them.
QString visible(const QString &text);

} // namespace kubeminder::test
