#pragma once

#include "kubeconfigpaths.h"

#include <QString>
#include <QStringList>

#include <vector>

class QSettings;

namespace kubeminder {

/// Every kubeconfig Kubeminder reads: kubectl's own list (KubeconfigPaths: --kubeconfig, else
/// $KUBECONFIG, else ~/.kube/config), then the files and folders the user added, in the order
/// added. kubectl never sees the added ones, so they come last and never shadow its entries.
class KubeconfigSources
{
public:
    enum class Origin {
        CommandLine, ///< --kubeconfig
        Environment, ///< an entry of $KUBECONFIG
        Default,     ///< ~/.kube/config
        Added,       ///< a file the user added
        AddedFolder, ///< a file in a folder the user added
    };

    struct File
    {
        QString path; ///< absolute
        Origin origin = Origin::Default;
        QString folder; ///< the added folder it was found in (AddedFolder only)
    };

    /// The added files and folders saved in the settings (absolute paths, in the order added).
    static QStringList added(const QSettings &settings);
    static void setAdded(QSettings &settings, const QStringList &paths);

    /// kubectl's files, then every added file and the files of every added folder, each file once
    /// (by canonical path: a symlink and its target are one file). An added path that is not a folder
    /// is taken as a file, so a missing one is reported as missing. Files named on the command line
    /// are all the user asked for: nothing is added to them.
    static std::vector<File> collect(const KubeconfigPaths::Resolved &base, const QStringList &added);
    static QStringList paths(const std::vector<File> &files);

    /// The kubeconfig candidates directly in `folder`, sorted by name: regular files (or links to
    /// them), not hidden, and not lock, backup, swap or temporary files. Sub-folders are not
    /// entered, so a symlink loop cannot trap the scan; at most MaxFilesPerFolder are taken.
    static QStringList filesInFolder(const QString &folder);
    /// Whether a file of this name in an added folder is read (see filesInFolder).
    static bool isCandidateName(const QString &fileName);
    static constexpr int MaxFilesPerFolder = 1000;
};

} // namespace kubeminder
