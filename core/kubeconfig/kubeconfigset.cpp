#include "kubeconfigset.h"

#include "support/parallelmap.h"

#include <algorithm>

namespace kubeminder {

namespace {
template<typename Entry>
// First definition wins, whole: client-go's merge never combines fields of two entries that share a
// name. The later one is remembered as shadowed, so the window can say why an edit in that file
// seems to have no effect.
void mergeInto(const std::vector<Entry> &incoming, std::vector<Entry> &merged,
               QHash<QString, std::size_t> &index, std::vector<KubeconfigSet::Shadowed> &shadowed,
               KubeconfigSet::Shadowed::Kind kind)
{
    for (const Entry &entry : incoming) {
        const auto existing = index.constFind(entry.name);
        if (existing != index.cend()) {
            shadowed.push_back({kind, entry.name, entry.file, merged[*existing].file});
            continue;
        }
        // An index by name instead of a map of entries keeps the merged list in order of first
        // definition, which is the order the window lists them in.
        index.insert(entry.name, merged.size());
        merged.push_back(entry);
    }
}

template<typename Entry>
// Returns a pointer into the vector; it stays valid as long as the set is not changed, and a set
// is never changed after merge().
const Entry *find(const std::vector<Entry> &entries, const QHash<QString, std::size_t> &index,
                  const QString &name)
{
    const auto it = index.constFind(name);
    return it == index.cend() ? nullptr : &entries[*it];
}
} // namespace

KubeconfigSet KubeconfigSet::load(const QStringList &paths, KubeconfigDocument::Detail detail)
{
    // Files parse independently; merging must follow the given order, which parallelMap keeps.
    const QList<KubeconfigDocument> documents = parallelMap<KubeconfigDocument>(
        paths, [detail](const QString &path) { return KubeconfigDocument::load(path, detail); });
    return merge(std::vector<KubeconfigDocument>(documents.cbegin(), documents.cend()));
}

KubeconfigSet KubeconfigSet::merge(std::vector<KubeconfigDocument> documents)
{
    KubeconfigSet set;
    set.m_documents = std::move(documents);
    for (const KubeconfigDocument &doc : set.m_documents) {
        // A broken file contributes nothing, not even the entries that read well before the error: kubectl
        // would not load them at all, and half a file could hand ownership of a name to the wrong file.
        if (doc.status() != KubeconfigDocument::Status::Ok)
            continue;
        // The first file that sets current-context decides it, as in client-go, even if that context is
        // defined in a later file or nowhere at all.
        if (set.m_currentContext.isEmpty())
            set.m_currentContext = doc.currentContext();
        mergeInto(doc.clusters(), set.m_clusters, set.m_clusterIndex, set.m_shadowed,
                  Shadowed::Kind::Cluster);
        mergeInto(doc.users(), set.m_users, set.m_userIndex, set.m_shadowed, Shadowed::Kind::User);
        mergeInto(doc.contexts(), set.m_contexts, set.m_contextIndex, set.m_shadowed,
                  Shadowed::Kind::Context);
    }
    return set;
}

// An empty file counts as usable: it is a valid kubeconfig with nothing in it yet, and the user
// can import into it.
bool KubeconfigSet::anyUsable() const
{
    for (const KubeconfigDocument &doc : m_documents) {
        if (doc.status() == KubeconfigDocument::Status::Ok ||
            doc.status() == KubeconfigDocument::Status::Empty)
            return true;
    }
    return false;
}

const KubeconfigDocument *KubeconfigSet::document(const QString &path) const
{
    const auto found =
        // A linear search: a set holds a handful of files, and looking one up is rare.
        std::find_if(m_documents.begin(), m_documents.end(),
                     [&](const KubeconfigDocument &document) { return document.path() == path; });
    return found == m_documents.end() ? nullptr : &*found;
}

const ContextEntry *KubeconfigSet::context(const QString &name) const
{
    return find(m_contexts, m_contextIndex, name);
}

const ClusterEntry *KubeconfigSet::cluster(const QString &name) const
{
    return find(m_clusters, m_clusterIndex, name);
}

const UserEntry *KubeconfigSet::user(const QString &name) const
{
    return find(m_users, m_userIndex, name);
}

} // namespace kubeminder
