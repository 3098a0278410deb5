#include "currentcontextwriter.h"

#include "kubeconfig/kubeconfigedit.h"
#include "kubeconfig/kubeconfigset.h"

namespace kubeminder {

WriteResult CurrentContextWriter::use(const KubeconfigPaths::Resolved &paths, const QString &name,
                                      KubeconfigWriter &writer, const QDateTime &now)
{
    WriteResult result;
    const KubeconfigSet set = KubeconfigSet::load(paths.files);
    for (const KubeconfigDocument &doc : set.documents()) {
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
    const QString destination = KubeconfigPaths::destination(paths);
    result.writtenPath = destination;
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
    edit.setCurrentContext(name);
    return writer.write(edit, now);
}

} // namespace kubeminder
