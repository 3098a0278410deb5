#include "credentialchecker.h"

#include "certificate.h"
#include "certificatecache.h"
#include "credentialrules.h"
#include "jsonwebtoken.h"
#include "privatekey.h"
#include "support/credentialfile.h"
#include "support/parallelmap.h"
#include "support/timetext.h"

#include <algorithm>

namespace kubeminder {

namespace {

// Reads a credential from inline data or a referenced file; on failure returns nothing and says why.
std::optional<QByteArray> readCredential(const QByteArray &inlineData, const QString &path,
                                         const QString &what, std::vector<Problem> &problems)
{
    QString error;
    auto bytes = CredentialFile::read(inlineData, path, what, &error);
    if (!bytes)
        // A credential that cannot be read is an Error, not Unknown: kubectl fails on it just the same.
        problems.push_back({Status::Error, error});
    return bytes;
}

// The expiry sentence for any credential part ("client certificate", "cluster CA", "token").
std::optional<Problem> expiryProblem(const QString &what, const QDateTime &notAfter,
                                     const CheckOptions &options, const QString &advice)
{
    // One sentence shape for every part, with the date and the time left, so the window, the tray and
    // `check` all tell the user the same thing and end it with what to do.
    const Status status = options.policy.classify(notAfter, options.now);
    const QString left = TimeText::timeLeft(notAfter, options.now);
    switch (status) {
    case Status::Expired:
        return Problem{status, CredentialChecker::tr("%1 expired on %2 (%3); %4")
                                   .arg(what, TimeText::date(notAfter), left, advice)};
    case Status::Critical:
    case Status::Warning:
        return Problem{status, CredentialChecker::tr("%1 expires on %2 (%3); %4")
                                   .arg(what, TimeText::date(notAfter), left, advice)};
    default:
        return std::nullopt;
    }
}

struct CaAnalysis
{
    std::optional<CertificateInfo> info;
    Status status = Status::Unknown;
    std::vector<Problem> problems;
};

CaAnalysis analyzeCluster(const ClusterEntry &cluster, const CheckOptions &options, CertificateCache &cache)
{
    CaAnalysis result;
    if (cluster.server.isEmpty()) {
        result.problems.push_back({Status::Error, CredentialRules::noServer(cluster.name)});
    }
    // client-go's validateClusterInfo refuses these before any request is made.
    const bool hasCaFile = !cluster.certificateAuthority.isEmpty();
    const bool hasCaData = !cluster.certificateAuthorityData.isEmpty();
    if (cluster.insecureSkipTlsVerify && (hasCaFile || hasCaData)) {
        result.problems.push_back({Status::Error, CredentialRules::insecureWithCa(cluster.name)});
    }
    if (hasCaFile && hasCaData) {
        result.problems.push_back(
            {Status::Error,
             CredentialChecker::tr("cluster “%1” sets both certificate-authority and "
                                   "certificate-authority-data, which kubectl refuses; keep one")
                 .arg(cluster.name)});
    }
    const QString what = CredentialRules::clusterCa();
    const auto pem =
        readCredential(cluster.certificateAuthorityData, cluster.certificateAuthority, what, result.problems);
    if (!pem || pem->isEmpty()) {
        // No CA: the system trust store (or insecure-skip-tls-verify) is used; nothing to expire here.
        // An unreadable CA file is an Error: client-go fails to build its TLS config and no request goes
        // out, whatever the credentials say.
        result.status = pem ? Status::Unknown : Status::Error;
        return result;
    }
    QString why;
    const std::vector<Certificate> chain = Certificate::parsePemBundle(*pem, &why, &cache);
    if (chain.empty()) {
        result.problems.push_back(
            {Status::Error,
             CredentialChecker::tr("the CA of cluster “%1” is unreadable: %2").arg(cluster.name, why)});
        result.status = Status::Error;
        return result;
    }
    // A bundle may hold several CAs (during a rotation: the old one and the new one). The cluster
    // keeps working while any of them is valid now, so the one that matters is the valid CA that
    // lasts longest; only when none is valid yet is the bundle "not yet valid".
    const CertificateInfo *best = nullptr;
    const CertificateInfo *earliestStart = nullptr;
    for (const Certificate &cert : chain) {
        const CertificateInfo &info = cert.info();
        if (!earliestStart || info.notBefore < earliestStart->notBefore)
            earliestStart = &info;
        if (info.notBefore <= options.now && (!best || info.notAfter > best->notAfter))
            best = &info;
    }
    // No CA in the bundle has started yet. That is nearly always a wrong clock on this machine, so
    // the earliest start is reported, with that advice.
    if (!best) {
        result.info = *earliestStart;
        result.status = Status::Error;
        result.problems.push_back(
            {Status::Error, CredentialChecker::tr("the CA of cluster “%1” is not valid until %2; "
                                                  "check this computer's clock")
                                .arg(cluster.name, TimeText::iso(earliestStart->notBefore))});
        return result;
    }
    result.info = *best;
    result.status = options.policy.classify(best->notAfter, options.now);
    if (auto problem = expiryProblem(
            CredentialChecker::tr("the CA of cluster “%1”").arg(cluster.name), best->notAfter, options,
            CredentialChecker::tr(
                "the cluster's certificates must be rotated and a fresh kubeconfig fetched")))
        result.problems.push_back(*problem);
    return result;
}

struct UserAnalysis
{
    CredentialReport credential;
    std::vector<Problem> problems;
};

void analyzeCertificate(const UserEntry &user, const CheckOptions &options, CertificateCache &cache,
                        UserAnalysis &result)
{
    CredentialReport &credential = result.credential;
    auto &problems = result.problems;
    const QString certWhat = CredentialRules::clientCertificate();
    const QString keyWhat = CredentialRules::clientKey();
    if (user.clientCertificate.isEmpty() && user.clientCertificateData.isEmpty()) {
        problems.push_back({Status::Error, CredentialRules::keyWithoutCertificate(user.name)});
        return;
    }
    if (user.clientKey.isEmpty() && user.clientKeyData.isEmpty()) {
        problems.push_back({Status::Error, CredentialRules::certificateWithoutKey(user.name)});
    }
    const auto certPem =
        readCredential(user.clientCertificateData, user.clientCertificate, certWhat, problems);
    if (!certPem)
        return;
    QString why;
    const std::vector<Certificate> chain = Certificate::parsePemBundle(*certPem, &why, &cache);
    if (chain.empty()) {
        problems.push_back({Status::Error, CredentialRules::certificateUnreadable(user.name, why)});
        return;
    }
    const CertificateInfo leaf = chain.front().info();
    credential.certificate = leaf;
    credential.notBefore = leaf.notBefore;
    credential.notAfter = leaf.notAfter;
    credential.subject = leaf.commonName;
    credential.groups = leaf.organizations;
    // The issuer's CN ("k3s-client-ca@1700000000") is what users recognise; the full name is only
    // the fallback for a CA without a CN.
    credential.issuer = leaf.issuerCommonName.isEmpty() ? leaf.issuer : leaf.issuerCommonName;
    credential.status = options.policy.classify(leaf.notAfter, options.now);

    const QString advice = CredentialChecker::tr("get a fresh kubeconfig from the cluster");
    // A certificate from the future is almost always a wrong clock here or on the server. The
    // advice says so, because importing again would not help.
    if (leaf.notBefore > options.now) {
        problems.push_back(
            {Status::Error, CredentialChecker::tr("client certificate is not valid until %1; check "
                                                  "this computer's clock")
                                .arg(TimeText::iso(leaf.notBefore))});
    }
    if (auto problem = expiryProblem(certWhat, leaf.notAfter, options, advice))
        problems.push_back(*problem);
    // K3s appends its client CA to the certificate; an intermediate that expires first ends the
    // credential just the same.
    for (std::size_t i = 1; i < chain.size(); ++i) {
        const CertificateInfo intermediate = chain[i].info();
        if (intermediate.notAfter >= leaf.notAfter)
            continue;
        credential.status =
            worst(credential.status, options.policy.classify(intermediate.notAfter, options.now));
        if (auto problem = expiryProblem(CredentialChecker::tr("the CA “%1” in the client certificate chain")
                                             .arg(intermediate.commonName),
                                         intermediate.notAfter, options, advice))
            problems.push_back(*problem);
    }

    // A missing key was reported above. A key that is named but empty goes on to the parser and
    // fails there, as it fails kubectl ("tls: failed to find any PEM data in key input").
    if (user.clientKey.isEmpty() && user.clientKeyData.isEmpty())
        return;
    const auto keyPem = readCredential(user.clientKeyData, user.clientKey, keyWhat, problems);
    if (!keyPem)
        return;
    const std::optional<PrivateKey> key = PrivateKey::parsePem(*keyPem, &why);
    if (!key) {
        problems.push_back({Status::Error, CredentialRules::keyUnusable(user.name, why)});
        return;
    }
    // kubectl refuses such a pair before connecting ("tls: private key does not match public key").
    // It is what pasting a new certificate next to an old key by hand produces.
    if (!chain.front().matches(*key)) {
        problems.push_back({Status::Error, CredentialRules::keyMismatch(user.name)});
    }
}

// Tokens are only decoded, never verified: the aim is to warn before "exp", not to decide whether
// the server will accept the token.
void analyzeJwt(const QByteArray &token, const QString &what, const CheckOptions &options,
                UserAnalysis &result)
{
    // Not decoded at all (see JsonWebToken::MaximumSize): say why, rather than call it opaque.
    if (const qsizetype size = token.trimmed().size(); size > JsonWebToken::MaximumSize) {
        result.credential.status = Status::Unknown;
        result.credential.note = CredentialChecker::tr("%1 is too large to inspect (%2 KiB; tokens are read "
                                                       "up to %3 KiB): its expiry is unknown")
                                     .arg(what)
                                     .arg(size / 1024)
                                     .arg(JsonWebToken::MaximumSize / 1024);
        return;
    }
    const std::optional<JsonWebToken> jwt = JsonWebToken::decode(token);
    // Unknown, not Ok: a token without "exp" (a legacy service-account secret) may still be revoked
    // at any time, and nothing here can tell.
    if (!jwt || !jwt->expiresAt) {
        result.credential.status = Status::Unknown;
        result.credential.note =
            jwt ? CredentialChecker::tr("%1 has no expiry").arg(what)
                : CredentialChecker::tr("opaque %1: only the server knows when it expires").arg(what);
        if (jwt)
            result.credential.subject = jwt->subject;
        return;
    }
    result.credential.notAfter = jwt->expiresAt;
    result.credential.notBefore = jwt->notBefore;
    result.credential.subject = jwt->subject;
    result.credential.issuer = jwt->issuer;
    result.credential.status = options.policy.classify(*jwt->expiresAt, options.now);
    if (auto problem =
            expiryProblem(what, *jwt->expiresAt, options,
                          CredentialChecker::tr("get a new token from the cluster's identity provider")))
        result.problems.push_back(*problem);
}

// client-go's validateAuthInfo: configurations kubectl refuses before sending anything.
void validateUser(const UserEntry &user, std::vector<Problem> &problems)
{
    const auto refuse = [&](const QString &message) {
        problems.push_back({Status::Error, message});
    };
    // Each check below mirrors a refusal in validateAuthInfo, so a context that kubectl would reject
    // without contacting the server is reported as broken instead of merely "unknown".
    const bool token = !user.token.isEmpty() || !user.tokenFile.isEmpty();
    const bool basic = !user.username.isEmpty() || user.hasPassword;
    if (token && basic) {
        refuse(
            CredentialChecker::tr("user “%1” sets both a token and a user name or password; kubectl refuses "
                                  "more than one authentication method: keep one")
                .arg(user.name));
    }
    if (!user.clientCertificate.isEmpty() && !user.clientCertificateData.isEmpty()) {
        refuse(
            CredentialChecker::tr("user “%1” sets both client-certificate and client-certificate-data, which "
                                  "kubectl refuses; keep one")
                .arg(user.name));
    }
    if (!user.clientKey.isEmpty() && !user.clientKeyData.isEmpty()) {
        refuse(CredentialChecker::tr(
                   "user “%1” sets both client-key and client-key-data, which kubectl refuses; "
                   "keep one")
                   .arg(user.name));
    }
    if (user.exec) {
        const ExecPlugin &exec = *user.exec;
        if (!user.authProvider.isEmpty()) {
            refuse(CredentialChecker::tr(
                       "user “%1” sets both an exec plugin and an auth-provider, which kubectl "
                       "refuses; keep the exec plugin")
                       .arg(user.name));
        }
        if (exec.command.isEmpty())
            refuse(CredentialChecker::tr("the exec plugin of user “%1” names no command").arg(user.name));
        if (exec.apiVersion.isEmpty())
            refuse(CredentialChecker::tr("the exec plugin of user “%1” has no apiVersion").arg(user.name));
        // The modes of client-go's ExecInteractiveMode; the comparison is case-sensitive there too.
        static const QStringList modes{QStringLiteral("Never"), QStringLiteral("IfAvailable"),
                                       QStringLiteral("Always")};
        if (exec.interactiveMode.isEmpty() &&
            exec.apiVersion == QLatin1String("client.authentication.k8s.io/v1")) {
            refuse(CredentialChecker::tr(
                       "the exec plugin of user “%1” must set interactiveMode (Never, IfAvailable "
                       "or Always) with apiVersion client.authentication.k8s.io/v1")
                       .arg(user.name));
        } else if (!exec.interactiveMode.isEmpty() && !modes.contains(exec.interactiveMode)) {
            refuse(
                CredentialChecker::tr("the exec plugin of user “%1” has an unknown interactiveMode “%2”; use "
                                      "Never, IfAvailable or Always")
                    .arg(user.name, exec.interactiveMode));
        }
        // The removed in-tree providers fail at run time in kubectl 1.26+; a user who copied an old GKE or
        // AKS kubeconfig needs to hear which plugin replaces them.
    } else if (user.authProvider == QLatin1String("gcp")) {
        refuse(CredentialChecker::tr(
                   "user “%1” uses the gcp auth provider, which kubectl removed in 1.26; install "
                   "gke-gcloud-auth-plugin and fetch the credentials again")
                   .arg(user.name));
    } else if (user.authProvider == QLatin1String("azure")) {
        refuse(CredentialChecker::tr(
                   "user “%1” uses the azure auth provider, which kubectl removed in 1.26; use "
                   "kubelogin (kubelogin convert-kubeconfig)")
                   .arg(user.name));
    }
}

void analyzeToken(const UserEntry &user, const CheckOptions &options, UserAnalysis &result)
{
    const CredentialRules::BearerToken bearer = CredentialRules::bearerToken(user);
    if (!bearer.error.isEmpty()) {
        result.problems.push_back({Status::Error, bearer.error});
        return;
    }
    if (bearer.token.trimmed().isEmpty()) {
        result.problems.push_back(
            {Status::Error, CredentialChecker::tr("the token of user “%1” is empty").arg(user.name)});
        return;
    }
    analyzeJwt(bearer.token, CredentialRules::token(), options, result);
}

void analyzeAuthProvider(const UserEntry &user, const CheckOptions &options, UserAnalysis &result)
{
    // Without an id-token there is nothing to decode; the provider fetches one when kubectl runs.
    if (user.authProviderIdToken.isEmpty()) {
        result.credential.note =
            CredentialChecker::tr("issued by the “%1” auth provider").arg(user.authProvider);
        return;
    }
    analyzeJwt(user.authProviderIdToken, CredentialChecker::tr("id-token"), options, result);
    // With a refresh-token, client-go's oidc provider fetches a new id-token when this one runs
    // out; how long the refresh-token lasts only the identity provider knows.
    if (user.authProviderCanRefresh && result.credential.status != Status::Ok) {
        result.problems.clear();
        result.credential.status = Status::Unknown;
        result.credential.note =
            CredentialChecker::tr("the id-token is renewed with the refresh-token when it "
                                  "runs out");
    }
}

UserAnalysis analyzeUser(const UserEntry &user, const CheckOptions &options, CertificateCache &cache)
{
    UserAnalysis result;
    validateUser(user, result.problems);
    result.credential.kind = CredentialRules::kindOf(user);
    switch (result.credential.kind) {
    case CredentialKind::ClientCertificate:
        analyzeCertificate(user, options, cache, result);
        if (!user.token.isEmpty() || !user.tokenFile.isEmpty()) {
            // Both are sent; the API server tries the certificate first and falls back to the
            // token, so the context works while either does.
            UserAnalysis token;
            analyzeToken(user, options, token);
            if (token.credential.status < result.credential.status) {
                for (Problem &problem : result.problems)
                    problem.severity = qMin(problem.severity, Status::Warning);
                result.credential.status = token.credential.status;
                result.credential.note = CredentialChecker::tr("the server falls back to the token, which is "
                                                               "still usable");
            }
        }
        break;
    case CredentialKind::Token:
        analyzeToken(user, options, result);
        break;
    case CredentialKind::Exec:
        result.credential.note =
            CredentialChecker::tr("issued at run time by the exec plugin “%1” (not run by check)")
                .arg(user.exec->command);
        break;
    case CredentialKind::AuthProvider:
        analyzeAuthProvider(user, options, result);
        break;
    case CredentialKind::Basic:
        result.credential.note =
            CredentialChecker::tr("user name and password: they do not expire by themselves");
        break;
    case CredentialKind::None:
        result.credential.note = CredentialChecker::tr("no credentials: the server sees an anonymous client");
        break;
    }
    return result;
}

template<typename Entry, typename Result, typename Fn>
// Analysis is keyed by entry name, not by context: ten contexts that share a user read and parse
// its certificate once. parallelMap keeps the order, so results line up with `todo`.
QHash<QString, Result> analyzeAll(const std::vector<Entry> &entries, const QSet<QString> &wanted, Fn analyze)
{
    std::vector<const Entry *> todo;
    for (const Entry &entry : entries) {
        if (wanted.contains(entry.name))
            todo.push_back(&entry);
    }
    const QList<Result> results =
        parallelMap<Result>(todo, [&analyze](const Entry *entry) { return analyze(*entry); });
    QHash<QString, Result> byName;
    for (std::size_t i = 0; i < todo.size(); ++i)
        byName.insert(todo[i]->name, results[qsizetype(i)]);
    return byName;
}

ContextReport contextReport(const KubeconfigSet &set, const ContextEntry &context,
                            const QHash<QString, CaAnalysis> &clusters,
                            const QHash<QString, UserAnalysis> &users)
{
    ContextReport r;
    r.name = context.name;
    r.cluster = context.cluster;
    r.user = context.user;
    r.ns = context.ns;
    r.file = context.file;
    // `file` is where the context is defined; clusterFile and userFile may be other files, and the
    // import must write each credential to the file that owns it, as kubectl would read it.
    r.current = context.name == set.currentContext();
    Status status = Status::Ok;

    if (const ClusterEntry *cluster = set.cluster(context.cluster)) {
        // Every cluster a context of this batch names was analysed before contexts are built, so the
        // entry exists.
        const CaAnalysis &ca = *clusters.constFind(context.cluster);
        r.server = cluster->server;
        r.clusterFile = cluster->file;
        r.clusterCa = ca.info;
        r.clusterCaStatus = ca.status;
        for (Problem problem : ca.problems) {
            problem.subject = Problem::Subject::Cluster;
            r.problems.push_back(std::move(problem));
        }
    } else {
        r.problems.push_back(
            {Status::Error, context.cluster.isEmpty()
                                ? CredentialRules::contextWithoutCluster(context.name)
                                : CredentialRules::unknownCluster(context.name, context.cluster)});
    }

    if (context.user.isEmpty()) {
        // A context without a user is legal (kubectl sends no credentials), and some clusters allow
        // anonymous access, so it is Unknown rather than an error.
        r.credential.note = CredentialChecker::tr("no user: the server sees an anonymous client");
        status = worst(status, Status::Unknown);
    } else if (const UserEntry *user = set.user(context.user)) {
        const UserAnalysis &analysis = *users.constFind(context.user);
        r.userFile = user->file;
        r.credential = analysis.credential;
        for (Problem problem : analysis.problems) {
            problem.subject = Problem::Subject::User;
            r.problems.push_back(std::move(problem));
        }
        status = worst(status, analysis.credential.status);
    } else {
        r.problems.push_back({Status::Error, CredentialRules::unknownUser(context.name, context.user)});
    }
    // Problems count after the credential's own status: a mismatched key makes a fresh certificate
    // useless, so the context is as bad as its worst problem.
    for (const Problem &problem : r.problems)
        status = worst(status, problem.severity);
    r.status = status;
    return r;
}

} // namespace

CheckReport CredentialChecker::check(const KubeconfigSet &set, const CheckOptions &options,
                                     const std::function<void(const CheckReport &)> &onBatch)
{
    // "now" is injected (DESIGN.md: time is injected) so that tests and the clock-shifted CI run see
    // the same statuses every day.
    Q_ASSERT_X(options.now.isValid(), "CredentialChecker::check", "CheckOptions::now must be set");
    CheckReport report;
    report.generatedAt = options.now.toUTC();
    report.currentContext = set.currentContext();
    for (const KubeconfigDocument &doc : set.documents()) {
        FileReport file{doc.path(), doc.status(), doc.error()};
        if (file.status == KubeconfigDocument::Status::Missing && options.missingFilesAreErrors)
            // A missing KUBECONFIG entry is skipped by kubectl, but a file the user named for this check
            // must exist (see CheckJob).
            file.status = KubeconfigDocument::Status::Error;
        report.files.push_back(file);
    }

    report.shadowed = set.shadowed();

    std::vector<const ContextEntry *> contexts;
    for (const ContextEntry &context : set.contexts()) {
        if (options.onlyContexts.isEmpty() || options.onlyContexts.contains(context.name))
            contexts.push_back(&context);
    }
    // Name order, like kubectl config get-contexts, so batches arrive in the order they are shown.
    std::sort(contexts.begin(), contexts.end(),
              [](const ContextEntry *a, const ContextEntry *b) { return a->name < b->name; });
    // One cache for the whole check: a CA bundle shared by many clusters, or the same certificate in
    // several files, is parsed once.
    CertificateCache cache;
    QHash<QString, CaAnalysis> clusters;
    QHash<QString, UserAnalysis> users;
    // Without a listener there is no one to show partial results to, so everything is one batch and
    // the parallel analysis gets the most work at once.
    const std::size_t batchSize = onBatch ? std::max<std::size_t>(1, options.batchSize) : contexts.size();
    for (std::size_t first = 0; first < contexts.size(); first += batchSize) {
        const std::size_t last = std::min(contexts.size(), first + batchSize);
        // Each user and cluster is analysed once, in the first batch that needs it; within a batch
        // they are analysed in parallel.
        QSet<QString> wantedClusters;
        QSet<QString> wantedUsers;
        for (std::size_t i = first; i < last; ++i) {
            if (!clusters.contains(contexts[i]->cluster))
                wantedClusters.insert(contexts[i]->cluster);
            if (!users.contains(contexts[i]->user))
                wantedUsers.insert(contexts[i]->user);
        }
        clusters.insert(analyzeAll<ClusterEntry, CaAnalysis>(
            set.clusters(), wantedClusters,
            [&options, &cache](const ClusterEntry &c) { return analyzeCluster(c, options, cache); }));
        users.insert(analyzeAll<UserEntry, UserAnalysis>(
            set.users(), wantedUsers,
            [&options, &cache](const UserEntry &u) { return analyzeUser(u, options, cache); }));
        const std::size_t reported = report.contexts.size();
        for (std::size_t i = first; i < last; ++i)
            report.contexts.push_back(contextReport(set, *contexts[i], clusters, users));
        if (onBatch) {
            // Each batch carries only its new contexts, with the file list and shadowed entries of the whole
            // report, so the listener can simply append them.
            CheckReport batch = report;
            batch.contexts.assign(report.contexts.begin() + std::ptrdiff_t(reported), report.contexts.end());
            onBatch(batch);
        }
    }
    return report;
}

} // namespace kubeminder
