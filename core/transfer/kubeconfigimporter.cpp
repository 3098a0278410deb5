#include "kubeconfigimporter.h"

#include "credentials/credentialchecker.h"
#include "kubeconfig/kubeconfigedit.h"
#include "support/hostname.h"
#include "support/timetext.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <initializer_list>

namespace kubeminder {

namespace {

// K3s writes https://127.0.0.1:6443: right on the server, useless anywhere else.
bool isLoopbackServer(const QString &server)
{
    // 0.0.0.0 and :: count too: a server that binds to all addresses may write them, and they do not
    // reach the server from another machine either.
    return HostName::isThisMachine(QUrl(server).host());
}

// Only http and https: anything else in --server is a typo that would make every request fail.
bool isServerUrl(const QString &server)
{
    const QUrl url(server, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << QStringLiteral("“%1”").arg(name);
    return quoted.join(QStringLiteral(", "));
}

// Every check here asks for exactly one context (options() sets onlyContexts), so the first is it.
const ContextReport *onlyContext(const CheckReport &report)
{
    return report.contexts.empty() ? nullptr : &report.contexts.front();
}

std::optional<QDateTime> caExpiry(const ContextReport *report)
{
    if (!report || !report->clusterCa)
        return std::nullopt;
    return report->clusterCa->notAfter;
}

// Does the actual planning; one instance per plan() call.
class Planner
{
public:
    Planner(const KubeconfigSet &target, const QString &destination, const KubeconfigDocument &source,
            const ImportRequest &request, const ExpiryPolicy &policy, const QDateTime &now)
        : m_target(target)
        // Absolute, so it compares equal to the entries' `file` of the loaded set.
        , m_destination(destination.isEmpty() ? QString() : QFileInfo(destination).absoluteFilePath())
        , m_source(source)
        , m_request(request)
        , m_policy(policy)
        , m_now(now)
    {
        m_plan.request = request;
    }

    std::optional<ImportPlan> run(QString *error);

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }
    bool readSource();
    bool analyseSource();
    bool planRefresh();
    bool planRefreshUser(const UserEntry &user, const ContextReport *old);
    bool planRefreshCluster(const ClusterEntry &cluster, const ContextReport *old);
    bool planNew();
    bool planCurrentContext();
    void dropUnchangedEdits();
    KubeconfigEdit *edit(const QString &path);
    KubeconfigEdit *destinationEdit();
    QString sourceName() const { return m_request.source.isEmpty() ? m_source.path() : m_request.source; }
    CheckOptions options(const QString &context) const;
    /// The window's user gets advice about its fields, never a command-line flag.
    bool window() const { return m_request.surface == Surface::Window; }

    const KubeconfigSet &m_target;
    const QString m_destination;
    const KubeconfigDocument &m_source;
    const ImportRequest &m_request;
    const ExpiryPolicy m_policy;
    const QDateTime m_now;
    ImportPlan m_plan;
    QString m_error;

    // The chosen source entries, cut down to what may cross (SourceFilter), still under their
    // source names: what is analysed is what would be written.
    QString m_sourceContextName;
    std::optional<KubeconfigDocument> m_filtered;
    const ClusterEntry *m_sourceClusterEntry = nullptr;
    const UserEntry *m_sourceUserEntry = nullptr;
    std::optional<ContextReport> m_fresh;
    std::optional<KubeconfigDocument> m_loadedDestination; ///< when it is not part of the target set
};

std::optional<ImportPlan> Planner::run(QString *error)
{
    bool ok = false;
    try {
        if (m_request.name.trimmed().isEmpty())
            fail(window()
                     ? KubeconfigImporter::tr("No name given: enter the context to refresh or create under "
                                              "Context name.")
                     : KubeconfigImporter::tr("No name given: say which context to refresh or create with "
                                              "--name."));
        else if (!m_request.server.isEmpty() && !isServerUrl(m_request.server))
            fail(
                KubeconfigImporter::tr("“%1” is not a server address. Give one like https://192.0.2.10:6443.")
                    .arg(m_request.server));
        else
            // An existing context of that name is refreshed in place (in the files that own its entries); a
            // new name gets a new context, cluster and user in the destination file.
            ok = readSource() && analyseSource() &&
                 (m_target.context(m_request.name) ? planRefresh() : planNew()) && planCurrentContext();
    } catch (const std::exception &e) {
        // Only a tree shaped in a way the loader let through but nobody writes by hand gets here
        // (the YAML library throws where a field is not of the kind the edit expects).
        ok = fail(KubeconfigImporter::tr("Cannot import into a kubeconfig with an unexpected layout: %1.")
                      .arg(QString::fromUtf8(e.what())));
    }
    if (!ok) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    // A refresh that changes nothing writes nothing: no backup, no new mtime, no reload by watchers.
    dropUnchangedEdits();
    if (m_plan.refresh && m_plan.edits.isEmpty()) {
        m_plan.warnings << KubeconfigImporter::tr(
                               "“%1” already has exactly these credentials; nothing to change.")
                               .arg(m_request.name);
    }
    if (error)
        error->clear();
    return std::move(m_plan);
}

bool Planner::readSource()
{
    const QString source = sourceName();
    switch (m_source.status()) {
    case KubeconfigDocument::Status::Ok:
        break;
    case KubeconfigDocument::Status::Empty:
        return fail(
            KubeconfigImporter::tr("%1 holds no kubeconfig (it is empty). Nothing was imported; check "
                                   "that this is the file the cluster wrote.")
                .arg(source));
    case KubeconfigDocument::Status::Missing:
        return fail(KubeconfigImporter::tr("%1 does not exist. Nothing was imported.").arg(source));
    case KubeconfigDocument::Status::Error:
        return fail(KubeconfigImporter::tr("%1 is not a usable kubeconfig, so nothing was imported: %2")
                        .arg(source, m_source.error()));
    }

    QStringList available;
    for (const ContextEntry &context : m_source.contexts())
        available << context.name;
    // The source's current-context by default, which is what the cluster's own kubeconfig means.
    m_sourceContextName =
        m_request.sourceContext.isEmpty() ? m_source.currentContext() : m_request.sourceContext;
    if (m_sourceContextName.isEmpty()) {
        if (available.size() != 1) {
            return fail(
                available.isEmpty()
                    ? KubeconfigImporter::tr("%1 defines no context, so there is nothing to import.")
                          .arg(source)
                : window()
                    ? KubeconfigImporter::tr("%1 sets no current context; set its current-context to one "
                                             "of %2 and import again.")
                          .arg(source, quotedList(available))
                    : KubeconfigImporter::tr("%1 sets no current context; choose one of its contexts "
                                             "with --context: %2.")
                          .arg(source, quotedList(available)));
        }
        // One context and no current-context: there is nothing to choose.
        m_sourceContextName = available.front();
    }
    const auto context = std::find_if(m_source.contexts().begin(), m_source.contexts().end(),
                                      [&](const ContextEntry &c) { return c.name == m_sourceContextName; });
    if (context == m_source.contexts().end()) {
        return fail(available.isEmpty()
                        ? KubeconfigImporter::tr("%1 has no context “%2”; it defines no context at all.")
                              .arg(source, m_sourceContextName)
                    : window()
                        ? KubeconfigImporter::tr("%1 has no context “%2” any more; it defines %3.")
                              .arg(source, m_sourceContextName, quotedList(available))
                        : KubeconfigImporter::tr("%1 has no context “%2”. Choose one of %3 with --context.")
                              .arg(source, m_sourceContextName, quotedList(available)));
    }
    const auto cluster = std::find_if(m_source.clusters().begin(), m_source.clusters().end(),
                                      [&](const ClusterEntry &c) { return c.name == context->cluster; });
    if (context->cluster.isEmpty() || cluster == m_source.clusters().end()) {
        return fail(KubeconfigImporter::tr("Context “%1” of %2 names cluster “%3”, which that file does not "
                                           "define. Nothing was imported; fetch a complete kubeconfig.")
                        .arg(m_sourceContextName, source, context->cluster));
    }
    const bool userFound = std::any_of(m_source.users().begin(), m_source.users().end(),
                                       [&](const UserEntry &u) { return u.name == context->user; });
    if (context->user.isEmpty() || !userFound) {
        return fail(KubeconfigImporter::tr("Context “%1” of %2 names user “%3”, which that file does not "
                                           "define. Nothing was imported; fetch a complete kubeconfig.")
                        .arg(m_sourceContextName, source, context->user));
    }

    // Nothing of a source from elsewhere is resolved or read here before it is filtered: its paths
    // would name files of this computer.
    QString error;
    auto filtered = SourceFilter::filter(m_source, m_sourceContextName, m_request.origin, &error);
    if (!filtered)
        return fail(
            KubeconfigImporter::tr("Cannot import %1, so nothing was imported: %2.").arg(source, error));
    if (m_request.origin == SourceOrigin::Elsewhere && !filtered->guarded.empty())
        return fail(SourceFilter::refusal(source, filtered->guarded, m_request.surface));
    m_plan.guarded = std::move(filtered->guarded);
    if (!filtered->leftOut.isEmpty()) {
        m_plan.warnings << KubeconfigImporter::tr("Not copied from %1 (only credentials cross): %2.")
                               .arg(source, filtered->leftOut.join(QStringLiteral("; ")));
    }
    m_filtered = std::move(filtered->document);
    if (m_filtered->status() != KubeconfigDocument::Status::Ok || m_filtered->clusters().empty() ||
        m_filtered->users().empty())
        return fail(KubeconfigImporter::tr("%1 is not a usable kubeconfig, so nothing was imported: %2")
                        .arg(source, m_filtered->error()));
    // The filtered document holds exactly one cluster and one user: those the context names.
    m_sourceClusterEntry = &m_filtered->clusters().front();
    m_sourceUserEntry = &m_filtered->users().front();
    return true;
}

CheckOptions Planner::options(const QString &context) const
{
    CheckOptions options;
    options.policy = m_policy;
    options.now = m_now;
    options.onlyContexts = {context};
    return options;
}

bool Planner::analyseSource()
{
    const CheckReport report =
        // The fresh credentials are analysed before anything is written, with the user's own policy, so an
        // expired or mismatched source certificate never replaces a working one.
        CredentialChecker::check(KubeconfigSet::merge({*m_filtered}), options(m_sourceContextName));
    const ContextReport *fresh = onlyContext(report);
    if (!fresh)
        return fail(KubeconfigImporter::tr("Could not analyse the credentials of %1.").arg(sourceName()));
    m_fresh = *fresh;
    m_plan.newCredential = fresh->credential;

    // A broken or expired CA is worth a warning, but the import exists to replace credentials, so
    // only theirs can refuse it.
    QStringList blocking;
    for (const Problem &problem : fresh->problems) {
        if (problem.subject == Problem::Subject::Cluster) {
            if (problem.severity >= Status::Warning) {
                m_plan.warnings
                    << KubeconfigImporter::tr("The fresh kubeconfig's cluster: %1.").arg(problem.message);
            }
            continue;
        }
        // Expired or broken credentials block the import (unless --force); one that merely expires soon
        // is still better than the stale one it replaces, and only warns.
        if (problem.severity >= Status::Expired)
            blocking << problem.message;
        else if (problem.severity >= Status::Warning)
            m_plan.warnings << KubeconfigImporter::tr("The fresh credentials: %1.").arg(problem.message);
    }
    if (fresh->credential.kind == CredentialKind::None) {
        blocking << KubeconfigImporter::tr("user “%1” has no credentials at all").arg(fresh->user);
    }
    // kubeadm 1.29+ writes two: admin.conf (kubernetes-admin in kubeadm:cluster-admins, bound by
    // RBAC) and the break-glass super-admin.conf (kubernetes-super-admin in system:masters, which
    // nothing limits or revokes short of rotating the CA). The second has no business on a
    // workstation by default.
    if (DistributionRules::isSuperAdmin(DistributionRules::of(*fresh), fresh->credential.subject))
        m_plan.warnings << KubeconfigImporter::tr(
            "This is kubeadm's break-glass super-admin.conf: its certificate "
            "is in system:masters, which no RBAC rule limits and nothing "
            "revokes. Import /etc/kubernetes/admin.conf instead unless you "
            "need exactly this.");
    if (blocking.isEmpty())
        return true;
    // The very credential the context already has (K3s serving its expired certificate until it
    // restarts): writing it changes nothing, so nothing is refused; the plan says the source has
    // nothing newer, and why.
    const CheckReport currentReport = CredentialChecker::check(m_target, options(m_request.name));
    const ContextReport *current = onlyContext(currentReport);
    if (current && !current->credentialId().isEmpty() && current->credentialId() == fresh->credentialId())
        return true;
    const QString problems = blocking.join(QStringLiteral("; "));
    if (!m_request.force) {
        return fail(
            (window()
                 ? KubeconfigImporter::tr("The credentials in %1 cannot be used, so nothing was imported: "
                                          "%2. Fetch a fresh kubeconfig from the cluster (and check this "
                                          "computer's clock), or tick “Import even an expired, older, not "
                                          "yet valid or mismatched certificate” to import it anyway.")
                 : KubeconfigImporter::tr("The credentials in %1 cannot be used, so nothing was imported: "
                                          "%2. Fetch a fresh kubeconfig from the cluster (and check this "
                                          "computer's clock), or use --force to import it anyway."))
                .arg(sourceName(), problems));
    }
    m_plan.warnings << (window() ? KubeconfigImporter::tr("Imported although the fresh credentials cannot be "
                                                          "used: %1.")
                                 : KubeconfigImporter::tr("Imported although the fresh credentials cannot be "
                                                          "used (--force): %1."))
                           .arg(problems);
    return true;
}

// One edit per file: a context's cluster and user may live in different files, and each file is
// written once, with all its changes.
KubeconfigEdit *Planner::edit(const QString &path)
{
    if (auto it = m_plan.edits.find(path); it != m_plan.edits.end())
        return &*it;
    const KubeconfigDocument *document = m_target.document(path);
    if (!document)
        return nullptr;
    return &*m_plan.edits.insert(path, KubeconfigEdit(*document));
}

// The file a new NAME (or a first current-context) goes to: one of the loaded files, or one that is
// loaded now, or one that does not exist yet.
KubeconfigEdit *Planner::destinationEdit()
{
    if (m_destination.isEmpty()) {
        fail((window()
                  ? KubeconfigImporter::tr("No kubeconfig file to add “%1” to; add one under Settings → "
                                           "Kubeconfig files.")
                  : KubeconfigImporter::tr("No kubeconfig file to add “%1” to; name one with --kubeconfig."))
                 .arg(m_request.name));
        return nullptr;
    }
    if (auto it = m_plan.edits.find(m_destination); it != m_plan.edits.end())
        return &*it;
    const KubeconfigDocument *inTarget = m_target.document(m_destination);
    if (!inTarget && !m_loadedDestination)
        // The destination need not be one of the target set's files (plan() takes both from its caller);
        // it is then read here, so a new context can still go into it.
        m_loadedDestination = KubeconfigDocument::load(m_destination);
    const KubeconfigDocument &document = inTarget ? *inTarget : *m_loadedDestination;

    if (document.status() == KubeconfigDocument::Status::Error) {
        fail((window()
                  ? KubeconfigImporter::tr("Cannot add “%1” to %2: %3 Fix that file first; nothing was "
                                           "changed.")
                  : KubeconfigImporter::tr("Cannot add “%1” to %2: %3 Fix that file or choose another with "
                                           "--kubeconfig; nothing was changed."))
                 .arg(m_request.name, m_destination, document.error()));
        return nullptr;
    }
    return &*m_plan.edits.insert(m_destination, KubeconfigEdit(document));
}

bool Planner::planRefresh()
{
    m_plan.refresh = true;
    // The entries are looked up in the merged set, so the ones that kubectl actually uses (the first
    // definitions) are the ones refreshed, in the files that own them.
    const ContextEntry *context = m_target.context(m_request.name);
    const ClusterEntry *cluster = m_target.cluster(context->cluster);
    const UserEntry *user = m_target.user(context->user);
    if (!cluster) {
        return fail(
            KubeconfigImporter::tr("Context “%1” in %2 names cluster “%3”, which no loaded kubeconfig "
                                   "defines, so there is nothing to refresh. Fix or delete the "
                                   "context, then import again.")
                .arg(context->name, context->file, context->cluster));
    }
    if (!user) {
        return fail(KubeconfigImporter::tr("Context “%1” in %2 names user “%3”, which no loaded kubeconfig "
                                           "defines, so there is nothing to refresh. Fix or delete the "
                                           "context, then import again.")
                        .arg(context->name, context->file, context->user));
    }
    // A refresh replaces credentials and the CA only; the user's entry keeps the rest of its
    // settings, so the source's other guarded fields are not written and need no yes.
    QStringList notWritten;
    std::erase_if(m_plan.guarded, [&](const GuardedField &field) {
        const bool written =
            field.section == GuardedField::Section::User
                ? KubeconfigEdit::isCredentialField(field.field)
                : field.section == GuardedField::Section::Cluster && KubeconfigEdit::isCaField(field.field);
        if (!written)
            notWritten << field.field;
        return !written;
    });
    if (!notWritten.isEmpty()) {
        m_plan.warnings << KubeconfigImporter::tr("A refresh takes only credentials: %1 of the fresh "
                                                  "kubeconfig not copied; “%2” keeps its own settings.")
                               .arg(notWritten.join(QStringLiteral(", ")), context->name);
    }
    // The stale state, for the old expiry in --dry-run and the result.
    const CheckReport report = CredentialChecker::check(m_target, options(m_request.name));
    const ContextReport *old = onlyContext(report);
    if (!planRefreshUser(*user, old) || !planRefreshCluster(*cluster, old))
        return false;
    // K3s hands out the certificate it has until it restarts near the expiry: a refresh that would
    // write it again (or an older one) changes nothing worth a write, and the person needs to know why.
    if (old && m_fresh) {
        const QString oldId = old->credentialId();
        const auto &current = old->credential.notAfter;
        const auto &fetched = m_fresh->credential.notAfter;
        const bool same = !oldId.isEmpty() && oldId == m_fresh->credentialId();
        if (same || (current && fetched && *fetched <= *current)) {
            NotNewer notNewer;
            notNewer.same = same;
            notNewer.current = current;
            notNewer.fetched = fetched;
            notNewer.distribution = DistributionRules::of(*old);
            notNewer.now = m_now;
            m_plan.notNewer = notNewer;
        }
    }

    QStringList userSharers;
    QStringList clusterSharers;
    // Other contexts that share the user or cluster get the fresh credentials too; the plan names
    // them, so the user is not surprised.
    for (const ContextEntry &other : m_target.contexts()) {
        if (other.name == context->name)
            continue;
        if (other.user == user->name)
            userSharers << other.name;
        if (other.cluster == cluster->name)
            clusterSharers << other.name;
        if (other.user == user->name || other.cluster == cluster->name)
            m_plan.sharedBy << other.name;
    }
    if (!userSharers.isEmpty()) {
        m_plan.warnings << KubeconfigImporter::tr("User “%1” is shared: context(s) %2 use it too and get the "
                                                  "fresh credentials as well.")
                               .arg(user->name, quotedList(userSharers));
    }
    if (!clusterSharers.isEmpty()) {
        m_plan.warnings << KubeconfigImporter::tr(
                               "Cluster “%1” is shared: context(s) %2 use it too and get the "
                               "fresh CA as well.")
                               .arg(cluster->name, quotedList(clusterSharers));
    }
    if (m_request.server.isEmpty() || m_request.server == cluster->server)
        m_plan.kept << KubeconfigImporter::tr("Server: %1").arg(cluster->server);
    m_plan.kept << KubeconfigImporter::tr("Namespace: %1")
                       .arg(context->ns.isEmpty() ? KubeconfigImporter::tr("none (default)") : context->ns);
    m_plan.kept << KubeconfigImporter::tr("The names of context, cluster and user, and every other setting "
                                          "of “%1”")
                       .arg(context->name);
    const qsizetype others = qsizetype(m_target.contexts().size()) - 1 - m_plan.sharedBy.size();
    if (others > 0)
        m_plan.kept << (others == 1 ? KubeconfigImporter::tr("The 1 other context, untouched")
                                    : KubeconfigImporter::tr("The %1 other contexts, untouched").arg(others));
    if (!m_request.ns.isEmpty() && m_request.ns != context->ns) {
        m_plan.warnings << (window() ? KubeconfigImporter::tr(
                                           "Refreshing keeps the namespace of “%1” (%2); the Namespace field "
                                           "only applies to a new context. Change it with kubectl config "
                                           "set-context %1 --namespace=%3.")
                                     : KubeconfigImporter::tr(
                                           "Refreshing keeps the namespace of “%1” (%2); --namespace only "
                                           "applies to a new context. Change it with kubectl config "
                                           "set-context %1 --namespace=%3."))
                               .arg(context->name,
                                    context->ns.isEmpty() ? KubeconfigImporter::tr("none") : context->ns,
                                    m_request.ns);
    }
    return true;
}

bool Planner::planRefreshUser(const UserEntry &user, const ContextReport *old)
{
    KubeconfigEdit *fileEdit = edit(user.file);
    const auto outcome = fileEdit ? fileEdit->refreshUser(user.name, *m_filtered, m_sourceUserEntry->name)
                                  : KubeconfigEdit::Outcome::NotFound;
    if (outcome == KubeconfigEdit::Outcome::NotFound) {
        return fail(KubeconfigImporter::tr("Cannot find user “%1” in %2 any more; reload and try again.")
                        .arg(user.name, user.file));
    }
    if (outcome == KubeconfigEdit::Outcome::Unchanged)
        return true;
    m_plan.changes.push_back({ImportChange::Kind::RefreshUser, user.name, user.file,
                              old ? old->credential.notAfter : std::nullopt, m_fresh->credential.notAfter});
    // Another kind of credential (a certificate becoming a token or a plugin) is not what a
    // refresh is for: it needs the same yes as a plugin.
    if (old && old->credential.kind != m_fresh->credential.kind &&
        old->credential.kind != CredentialKind::None) {
        m_plan.guarded.push_back(
            {GuardedField::Section::User, user.name, KubeconfigImporter::tr("credential kind"),
             KubeconfigImporter::tr("%1 → %2").arg(credentialKindLabel(old->credential.kind),
                                                   credentialKindLabel(m_fresh->credential.kind)),
             KubeconfigImporter::tr("the refresh would change how this user logs in")});
    }
    return true;
}

bool Planner::planRefreshCluster(const ClusterEntry &cluster, const ContextReport *old)
{
    KubeconfigEdit::ClusterChange change;
    change.takeCa = KubeconfigEdit::setsCa(*m_filtered, m_sourceClusterEntry->name);
    change.server = m_request.server;
    if (!change.takeCa && change.server.isEmpty())
        return true; // the source trusts the system's CAs: keep whatever the user set up
    // kubectl refuses a cluster that sets a CA and insecure-skip-tls-verify together.
    const bool dropsInsecure = change.takeCa && cluster.insecureSkipTlsVerify;
    if (dropsInsecure)
        change.drop << QStringLiteral("insecure-skip-tls-verify");
    KubeconfigEdit *fileEdit = edit(cluster.file);
    // Without a fresh CA only the server changes; the CA the user set up stays.
    const auto outcome =
        fileEdit ? fileEdit->refreshCluster(cluster.name, *m_filtered, m_sourceClusterEntry->name, change)
                 : KubeconfigEdit::Outcome::NotFound;
    if (outcome == KubeconfigEdit::Outcome::NotFound) {
        return fail(KubeconfigImporter::tr("Cannot find cluster “%1” in %2 any more; reload and try again.")
                        .arg(cluster.name, cluster.file));
    }
    if (dropsInsecure) {
        m_plan.warnings << KubeconfigImporter::tr("Cluster “%1” no longer skips TLS verification: it now "
                                                  "checks the server against the fresh CA.")
                               .arg(cluster.name);
    }
    if (outcome == KubeconfigEdit::Outcome::Unchanged)
        return true;
    m_plan.changes.push_back(
        {ImportChange::Kind::RefreshCluster, cluster.name, cluster.file, caExpiry(old), caExpiry(&*m_fresh)});
    return true;
}

bool Planner::planNew()
{
    const QString &name = m_request.name;
    if (const ClusterEntry *clash = m_target.cluster(name)) {
        return fail(
            KubeconfigImporter::tr("Cannot add context “%1”: %2 already has a cluster named “%1” (but no "
                                   "context of that name), and a second one would be hidden by it. "
                                   "Choose another context name, or rename that cluster first.")
                .arg(name, clash->file));
    }
    if (const UserEntry *clash = m_target.user(name)) {
        return fail(
            KubeconfigImporter::tr("Cannot add context “%1”: %2 already has a user named “%1” (but no "
                                   "context of that name), and a second one would be hidden by it. "
                                   "Choose another context name, or rename that user first.")
                .arg(name, clash->file));
    }

    QString server = m_sourceClusterEntry->server;
    if (!m_request.server.isEmpty()) {
        server = m_request.server;
    } else if (isLoopbackServer(server) && !m_request.loopbackHost.isEmpty() && m_fresh &&
               DistributionRules::of(*m_fresh) == Distribution::Kind) {
        // kind publishes its API server on the Docker host's loopback only, on a port of its choice:
        // the host's name with that port reaches nothing from here.
        const int port = QUrl(server).port(443);
        return fail(
            (window()
                 ? KubeconfigImporter::tr("The kind cluster on %1 listens on %2 of that machine only, which "
                                          "does not reach it from here. Forward the port first (ssh -N -L "
                                          "%3:127.0.0.1:%3 %1) and enter https://127.0.0.1:%3 under "
                                          "Server.")
                 : KubeconfigImporter::tr("The kind cluster on %1 listens on %2 of that machine only, which "
                                          "does not reach it from here. Forward the port first (ssh -N -L "
                                          "%3:127.0.0.1:%3 %1) and import with --server "
                                          "https://127.0.0.1:%3."))
                .arg(m_request.loopbackHost, server)
                .arg(port));
    } else if (isLoopbackServer(server) && !m_request.loopbackHost.isEmpty()) {
        // Fetched over SSH: the server's loopback address means the host we connected to.
        QUrl url(server);
        url.setHost(m_request.loopbackHost);
        server = url.toString();
        m_plan.warnings << KubeconfigImporter::tr("Context “%1” uses %2: the host Kubeminder connected to, "
                                                  "in place of the server's own loopback address.")
                               .arg(name, server);
    } else if (isLoopbackServer(server)) {
        if (!m_request.sourceIsLocal) {
            return fail((window() ? KubeconfigImporter::tr("The fresh kubeconfig points at %1, the server's "
                                                           "own loopback address, which does not reach it "
                                                           "from here. Enter the server's address under "
                                                           "Server, e.g. https://HOST:6443.")
                                  : KubeconfigImporter::tr("The fresh kubeconfig points at %1, the server's "
                                                           "own loopback address, which does not reach it "
                                                           "from here. Give the server's address with "
                                                           "--server, e.g. --server https://HOST:6443."))
                            .arg(server));
        }
        m_plan.warnings << (window() ? KubeconfigImporter::tr(
                                           "Context “%1” keeps the server address %2, which only works on "
                                           "the server itself. To use it from another computer, import "
                                           "again with Server set to https://HOST:6443.")
                                     : KubeconfigImporter::tr(
                                           "Context “%1” keeps the server address %2, which only works on "
                                           "the server itself. To use it from another computer, import "
                                           "again with --server https://HOST:6443."))
                               .arg(name, server);
    }

    KubeconfigEdit *fileEdit = destinationEdit();
    if (!fileEdit)
        return false;
    const QString file = m_destination;
    // A destination outside the loaded set has not been checked against NAME yet.
    const KubeconfigDocument &document = fileEdit->original();
    const auto named = [&](const auto &entries) {
        return std::any_of(entries.begin(), entries.end(), [&](const auto &e) { return e.name == name; });
    };
    if (named(document.clusters()) || named(document.users()) || named(document.contexts())) {
        return fail(
            KubeconfigImporter::tr("Cannot add “%1” to %2: that file already has an entry of that name. "
                                   "Choose another context name, or add the file to KUBECONFIG to refresh "
                                   "it.")
                .arg(name, file));
    }
    fileEdit->addContext(name, *m_filtered, m_sourceContextName,
                         server != m_sourceClusterEntry->server ? server : QString(), m_request.ns);

    m_plan.changes.push_back({ImportChange::Kind::AddCluster, name, file, std::nullopt, caExpiry(&*m_fresh)});
    m_plan.changes.push_back(
        {ImportChange::Kind::AddUser, name, file, std::nullopt, m_fresh->credential.notAfter});
    m_plan.changes.push_back({ImportChange::Kind::AddContext, name, file, std::nullopt, std::nullopt});
    return true;
}

bool Planner::planCurrentContext()
{
    if (!m_request.setCurrent)
        return true;
    // client-go reads current-context from the first file that sets it, but `kubectl config
    // use-context` (and `kubeminder use`) writes it to the file new entries go to, the first
    // existing one, which wins from then on: the same file here.
    for (const KubeconfigDocument &document : m_target.documents()) {
        if (document.status() == KubeconfigDocument::Status::Ok && !document.currentContext().isEmpty()) {
            if (document.currentContext() == m_request.name)
                return true;
            break;
        }
    }
    KubeconfigEdit *fileEdit = destinationEdit();
    if (!fileEdit)
        return false;
    fileEdit->setCurrentContext(m_request.name);
    m_plan.changes.push_back(
        {ImportChange::Kind::SetCurrentContext, m_request.name, m_destination, std::nullopt, std::nullopt});
    return true;
}

void Planner::dropUnchangedEdits()
{
    for (auto it = m_plan.edits.begin(); it != m_plan.edits.end();) {
        if (it->isUnchanged())
            it = m_plan.edits.erase(it);
        else
            ++it;
    }
}

} // namespace

std::optional<ImportPlan> KubeconfigImporter::plan(const KubeconfigSet &target, const QString &destination,
                                                   const KubeconfigDocument &source,
                                                   const ImportRequest &request, const ExpiryPolicy &policy,
                                                   const QDateTime &now, QString *error)
{
    // Merging around a broken file would move entries it shadows: refuse, for every caller.
    for (const KubeconfigDocument &doc : target.documents()) {
        if (doc.status() == KubeconfigDocument::Status::Error) {
            if (error)
                *error =
                    tr("%1 Fix or remove it first; nothing was changed, because Kubeminder does not write "
                       "next to a broken file.")
                        .arg(doc.error());
            return std::nullopt;
        }
    }
    return Planner(target, destination, source, request, policy, now).run(error);
}

KubeconfigImporter::Result KubeconfigImporter::apply(const ImportPlan &plan, KubeconfigWriter &writer,
                                                     const QDateTime &now)
{
    Result result;
    if (plan.needsConsent()) {
        QStringList lines;
        for (const GuardedField &field : plan.guarded)
            lines << QStringLiteral("  - ") + field.describe();
        result.error = tr("Nothing was imported: the import would write more than credentials, and that "
                          "needs your yes first:\n%1")
                           .arg(lines.join(QLatin1Char('\n')));
        return result;
    }
    if (plan.notNewer && plan.notNewer->refused() && !plan.request.force) {
        result.error = plan.notNewer->describe([](const QDateTime &when) { return TimeText::dateTime(when); })
                           .join(QLatin1Char(' '));
        return result;
    }
    QStringList written;
    for (auto it = plan.edits.cbegin(); it != plan.edits.cend(); ++it) {
        WriteResult write = writer.write(it.value(), now);
        const bool ok = write.ok;
        if (ok)
            written << it.key();
        else
            result.error =
                written.isEmpty()
                    ? tr("Nothing was imported: %1").arg(write.error)
                    : tr("The import stopped half-way: %1 Already written (each with a backup): %2.")
                          .arg(write.error, written.join(QStringLiteral(", ")));
        result.writes.push_back(std::move(write));
        if (!ok)
            return result;
    }
    result.ok = true;
    return result;
}

QString ImportChange::describe(const std::function<QString(const QDateTime &)> &formatDate) const
{
    const auto expiry = [&formatDate](const std::optional<QDateTime> &when) {
        return when ? formatDate(*when) : KubeconfigImporter::tr("unknown");
    };
    switch (kind) {
    case Kind::RefreshUser:
        return KubeconfigImporter::tr("Refresh the credentials of user “%1” in %2 (expiry %3 → %4)")
            .arg(entry, file, expiry(oldExpiry), expiry(newExpiry));
    case Kind::RefreshCluster:
        return KubeconfigImporter::tr("Refresh the CA of cluster “%1” in %2 (expiry %3 → %4)")
            .arg(entry, file, expiry(oldExpiry), expiry(newExpiry));
    case Kind::AddCluster:
        return KubeconfigImporter::tr("Add cluster “%1” to %2").arg(entry, file);
    case Kind::AddUser:
        return KubeconfigImporter::tr("Add user “%1” to %2 (expires %3)").arg(entry, file, expiry(newExpiry));
    case Kind::AddContext:
        return KubeconfigImporter::tr("Add context “%1” to %2").arg(entry, file);
    case Kind::SetCurrentContext:
        return KubeconfigImporter::tr("Make “%1” the current context in %2").arg(entry, file);
    }
    return {};
}

} // namespace kubeminder
