#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kubeminder {

/// What an edit does to a kubeconfig's text, for a person to read before saying yes: a unified
/// diff of the file in which no secret appears. Base64 bodies (certificates, keys, tokens) are
/// shortened to their first and last characters and a fingerprint, so a changed certificate is
/// seen to change; the values of secret fields (token, password, client-key-data, …) that are too
/// short for that are hidden whole.
class KubeconfigDiff
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigDiff)

public:
    /// The diff of `before` and `after` of the file `path`; empty when they are the same.
    static QString unified(const QString &path, const QByteArray &before, const QByteArray &after);
    /// One line of a kubeconfig with its secrets masked.
    static QByteArray maskLine(const QByteArray &line);
};

} // namespace kubeminder
