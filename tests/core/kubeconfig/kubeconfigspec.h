#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace kubeminder::test {

// Test rows describe a kubeconfig file in one line, so a merge case reads as a table:
//
//   "current=x; cluster c1=https://a; user u1; context x=c1/u1[/namespace]"
//
// or one of "<missing>" (not written), "<empty>" (zero bytes), "<broken>" (invalid YAML).

/// The file's bytes for a spec (empty for "<empty>" and "<missing>").
QByteArray kubeconfigFromSpec(const QString &spec);

struct WrittenFiles
{
    QStringList paths;              ///< absolute, in spec order; a "<missing>" spec still has its path
    QHash<QString, QString> labels; ///< absolute path -> "f<i>", for readable comparisons

    QString label(const QString &path) const { return labels.value(path, QStringLiteral("?") + path); }
};

/// Writes one file per spec into `folder` as f0.yaml, f1.yaml, ...
WrittenFiles writeKubeconfigs(const QString &folder, const QStringList &specs);

} // namespace kubeminder::test
