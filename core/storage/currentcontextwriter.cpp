#include "currentcontextwriter.h"

#include "kubeconfig/kubeconfigedit.h"
#include "kubeconfig/kubeconfigset.h"

namespace kubeminder {

WriteResult CurrentContextWriter::use(const KubeconfigPaths::Resolved &paths, const QString &name,
                                      KubeconfigWriter &writer, const QDateTime &now)
{
    WriteResult result;
    // Only kubectl's own files (KUBECONFIG or ~/.kube/config), not the files added in Kubeminder:
    // current-context is only worth setting where kubectl will read it.
    const KubeconfigSet set = KubeconfigSet::load(paths.files);
    for (const KubeconfigDocument &doc : set.documents()) {
        // Writing current-context into one file while another is broken would report success for a
        // switch kubectl cannot use.
        if (doc.status() == KubeconfigDocument::Status::Error) {
            result.error =
                tr("%1 Fix it first: kubectl reads none of its files while one is broken.").arg(doc.error());
            return result;
        }
    }
    if (!set.context(name)) {
        result.error =
            tr("kubectl's kubeconfig files (%1) define no context “%2”; a context from a file "
               "you added to Kubeminder becomes usable by kubectl once that file is in KUBECONFIG.")
                .arg(paths.files.join(QStringLiteral(", ")), name);
        return result;
    }
    // The file client-go itself would write current-context to (`kubectl config use-context`).
    const QString destination = KubeconfigPaths::destination(paths);
    result.writtenPath = destination;
    // Compared with the merged current-context, as kubectl sees it, not with the destination's own.
    if (set.currentContext() == name) {
        result.ok = true; // already current: no write, no backup
        return result;
    }
    const KubeconfigDocument *document = nullptr;
    for (const KubeconfigDocument &doc : set.documents()) {
        if (doc.path() == destination)
            document = &doc;
    }
    // The context exists, so some file does, and the destination is the first that exists.
    Q_ASSERT(document && document->status() != KubeconfigDocument::Status::Missing);
    if (!document) {
        result.error = tr("%1 is not among the loaded files.").arg(destination);
        return result;
    }
    KubeconfigEdit edit(*document);
    // Only current-context changes; KubeconfigEdit keeps the rest of the file as it was.
    edit.setCurrentContext(name);
    return writer.write(edit, now);
}

UseContextJob::Result UseContextJob::run() const
{
    BackupStore store(m_setup.directory);
    KubeconfigWriter writer(store, m_setup.retention, BackupReason::beforeUseContext(m_setup.name));
    return {CurrentContextWriter::use(m_setup.paths, m_setup.name, writer, m_setup.now)};
}

} // namespace kubeminder
