#pragma once

#include "kubeconfigdocument.h"

#include <QHash>

#include <vector>

namespace kubeminder {

/// Several kubeconfig files merged by client-go's rules: the first file to define a cluster, user
/// or context name owns the whole entry; current-context comes from the first file that sets it.
/// Unlike kubectl, a broken file does not stop the others from loading: it is kept with its error.
class KubeconfigSet
{
public:
    /// An entry that a later file also defines, and that the earlier one hides.
    struct Shadowed
    {
        enum class Kind { Cluster, User, Context };
        Kind kind;
        QString name;
        QString file;      ///< the file whose definition is ignored
        QString ownerFile; ///< the file whose definition is used
    };

    KubeconfigSet() = default;
    /// Loads the files (in parallel) and merges them in the order given. With Detail::Entries the
    /// documents may have no tree: such a set is for checking and listing, not for an edit.
    static KubeconfigSet load(const QStringList &paths,
                              KubeconfigDocument::Detail detail = KubeconfigDocument::Detail::Tree);
    static KubeconfigSet merge(std::vector<KubeconfigDocument> documents);

    const std::vector<KubeconfigDocument> &documents() const { return m_documents; }
    /// True when at least one file was readable as a kubeconfig (ok or empty).
    bool anyUsable() const;

    QString currentContext() const { return m_currentContext; }
    /// Merged contexts, in order of first definition.
    const std::vector<ContextEntry> &contexts() const { return m_contexts; }
    const std::vector<ClusterEntry> &clusters() const { return m_clusters; }
    const std::vector<UserEntry> &users() const { return m_users; }
    const ContextEntry *context(const QString &name) const;
    const ClusterEntry *cluster(const QString &name) const;
    const UserEntry *user(const QString &name) const;
    /// The loaded document of `path` (absolute, as in the entries' `file`), or nullptr.
    const KubeconfigDocument *document(const QString &path) const;
    const std::vector<Shadowed> &shadowed() const { return m_shadowed; }

private:
    std::vector<KubeconfigDocument> m_documents;
    QString m_currentContext;
    std::vector<ContextEntry> m_contexts;
    std::vector<ClusterEntry> m_clusters;
    std::vector<UserEntry> m_users;
    QHash<QString, std::size_t> m_contextIndex;
    QHash<QString, std::size_t> m_clusterIndex;
    QHash<QString, std::size_t> m_userIndex;
    std::vector<Shadowed> m_shadowed;
};

} // namespace kubeminder
