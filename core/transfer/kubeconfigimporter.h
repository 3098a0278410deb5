#pragma once

#include "credentials/checkreport.h"
#include "credentials/expirypolicy.h"
#include "importrequest.h"
#include "kubeconfig/kubeconfigedit.h"
#include "kubeconfig/kubeconfigset.h"
#include "renewaladvice.h"
#include "storage/kubeconfigwriter.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>
#include <optional>
#include <vector>

namespace kubeminder {

/// One change an import makes, for --dry-run and for the result page. No secrets.
struct ImportChange
{
    enum class Kind { RefreshUser, RefreshCluster, AddCluster, AddUser, AddContext, SetCurrentContext };
    Kind kind;
    QString entry;                      ///< the cluster/user/context name
    QString file;                       ///< the kubeconfig file that gets the change
    std::optional<QDateTime> oldExpiry; ///< credential or CA expiry before (refreshes)
    std::optional<QDateTime> newExpiry; ///< ... and after

    /// One sentence for the change ("Refresh the CA of cluster “pi” in FILE (expiry A → B)"), the
    /// same in the window and on the command line; `formatDate` writes the dates their way.
    QString describe(const std::function<QString(const QDateTime &)> &formatDate) const;
};

/// Everything an import would do, computed without writing anything.
struct ImportPlan
{
    ImportRequest request;
    bool refresh = false; ///< NAME existed: credentials are replaced in place
    std::vector<ImportChange> changes;
    QStringList warnings; ///< e.g. loopback server kept, other contexts sharing the user
    QStringList sharedBy; ///< other contexts that use the refreshed user or cluster
    /// What a refresh leaves as it is, one sentence each ("Server: https://pi.lan:6443"): the
    /// preview says it as plainly as what changes, since "will it keep my server?" is the question.
    QStringList kept;
    /// What the import would write that is more than a credential (only from a local file) or a
    /// change of a user's kind of credential: written only when request.allowGuarded is set.
    std::vector<GuardedField> guarded;
    bool needsConsent() const { return !guarded.empty() && !request.allowGuarded; }
    CredentialReport newCredential; ///< analysis of the fresh credentials
    /// A refresh whose source holds the same credential, or one that runs out no later (then nothing
    /// is written unless request.force). Distribution and host are for the caller to fill in.
    std::optional<NotNewer> notNewer;
    /// The edit of every file that changes, keyed by absolute path; each keeps the document it was
    /// based on, for the writer's unchanged-since-read check.
    QMap<QString, KubeconfigEdit> edits;
};

/// Imports a fresh kubeconfig into the user's: renames its cluster, user and context to NAME
/// field by field (never by text), and either refreshes NAME in place (new certificate, key or
/// token and CA; server, namespace, extensions and names kept) in whichever files own those
/// entries, or adds NAME to the destination file. K3s's k3s.yaml is the model source.
class KubeconfigImporter
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigImporter)

public:
    /// Plans the import of `source` into `target`. `destination` is where a new NAME goes
    /// (kubectl's rule: --kubeconfig, else the first existing KUBECONFIG file, else
    /// ~/.kube/config). Only what SourceFilter lets cross is planned and analysed. Refuses
    /// (nothing, `error` set) a source that is not a kubeconfig, has no such context, whose
    /// certificate is expired, not yet valid or does not match its key (unless request.force), or
    /// that comes from elsewhere and asks for more than credentials.
    static std::optional<ImportPlan> plan(const KubeconfigSet &target, const QString &destination,
                                          const KubeconfigDocument &source, const ImportRequest &request,
                                          const ExpiryPolicy &policy, const QDateTime &now, QString *error);

    struct Result
    {
        bool ok = false;
        QString error;
        std::vector<WriteResult> writes; ///< one per file written, in order
    };
    /// Writes every edit of `plan` through `writer`. Refuses a plan that needs the user's yes and
    /// has not got it. Stops at the first failure (files already written stay written and have
    /// backups; the error says which).
    static Result apply(const ImportPlan &plan, KubeconfigWriter &writer, const QDateTime &now);
};

} // namespace kubeminder
