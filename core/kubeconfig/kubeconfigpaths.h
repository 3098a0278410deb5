#pragma once

#include <QString>
#include <QStringList>

namespace kubeminder {

/// Which kubeconfig files to load, by kubectl's precedence rules.
class KubeconfigPaths
{
public:
    enum class Origin {
        CommandLine, ///< --kubeconfig, repeatable; every file must exist
        Environment, ///< $KUBECONFIG; missing files are skipped (reported as missing)
        Default,     ///< ~/.kube/config
    };

    struct Resolved
    {
        QStringList files; ///< absolute paths, merge order
        Origin origin = Origin::Default;
    };

    /// `explicitFiles` wins, else `kubeconfigVariable` (if not empty), else `home`/.kube/config.
    /// Relative entries resolve against the current directory.
    static Resolved resolve(const QStringList &explicitFiles, const QString &kubeconfigVariable,
                            const QString &home);
    /// The same, reading $KUBECONFIG and the home directory of this process.
    static Resolved resolveFromEnvironment(const QStringList &explicitFiles = {});

    /// Splits a KUBECONFIG value on the platform's list separator (':' or ';'), dropping empty and
    /// repeated entries as client-go does.
    static QStringList splitList(const QString &value);

    static QString defaultFile(const QString &home);

    /// The file a new entry is written to, by client-go's GetDefaultFilename: the explicit file;
    /// else from $KUBECONFIG its only entry, the first that exists, or the last; else the default.
    static QString destination(const Resolved &resolved);
};

} // namespace kubeminder
