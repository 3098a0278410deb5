// Fuzz target: the loader and the analysis, bytes in, report out — what `kubeminder check` and the
// window do with a kubeconfig nobody vouched for. The input is split into up to four files at
// "\n#8<\n" lines (a YAML comment, so every seed is still a kubeconfig), each parsed, the set merged
// (first definition wins, later ones shadowed) and checked at a fixed "now"; every field of the
// report is then read, so a value that was never initialised or outlived its storage shows up. Each
// file is also read as `kubeminder check` reads it (without a tree where PlainKubeconfigReader can):
// the entries must be the same.
#include "credentials/checkreport.h"
#include "credentials/credentialchecker.h"
#include "credentials/expirypolicy.h"
#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfig/kubeconfigset.h"
#include "support/timetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace kubeminder;

constexpr QByteArrayView FileSeparator = "\n#8<\n";
constexpr int MaximumFiles = 4;
// More contexts than this are checked in one go: batches of one context each would start a thread
// pool per context, and the input would take seconds instead of milliseconds.
constexpr std::size_t MaximumBatchedContexts = 64;

// Anything a report holds is folded in here; the sum is never used, only computed.
std::size_t g_sink = 0;

void touch(const QString &text)
{
    g_sink += qHash(text);
}

void touch(const QStringList &list)
{
    for (const QString &text : list)
        touch(text);
}

void touch(const QByteArray &bytes)
{
    g_sink += qHash(bytes);
}

void touch(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return;
    touch(when.toString(Qt::ISODate));
    touch(TimeText::timeLeft(when, now));
    g_sink += std::size_t(daysLeft(when, now));
    g_sink += std::size_t(ExpiryPolicy().classify(when, now));
}

void touch(const std::optional<QDateTime> &when, const QDateTime &now)
{
    if (when)
        touch(*when, now);
}

void touch(Status status)
{
    touch(statusName(status));
    touch(statusLabel(status));
}

void touch(const std::optional<CertificateInfo> &info, const QDateTime &now)
{
    if (!info)
        return;
    touch(info->subject);
    touch(info->commonName);
    touch(info->organizations);
    touch(info->issuer);
    touch(info->issuerCommonName);
    touch(info->serialNumber);
    touch(info->sha256Fingerprint);
    touch(info->notBefore, now);
    touch(info->notAfter, now);
    touch(info->keyType);
    g_sink += info->isCertificateAuthority;
}

void touch(const std::vector<KubeconfigSet::Shadowed> &shadowed)
{
    for (const KubeconfigSet::Shadowed &entry : shadowed) {
        g_sink += std::size_t(entry.kind);
        touch(entry.name);
        touch(entry.file);
        touch(entry.ownerFile);
    }
}

void touch(const CheckReport &report)
{
    const QDateTime &now = report.generatedAt;
    touch(now, now);
    touch(report.currentContext);
    for (const FileReport &file : report.files) {
        touch(file.path);
        touch(KubeconfigDocument::statusName(file.status));
        touch(file.error);
    }
    for (const ContextReport &context : report.contexts) {
        touch(context.name);
        touch(context.cluster);
        touch(context.user);
        touch(context.ns);
        touch(context.server);
        touch(context.file);
        touch(context.clusterFile);
        touch(context.userFile);
        g_sink += context.current;
        touch(context.status);
        const CredentialReport &credential = context.credential;
        touch(credentialKindName(credential.kind));
        touch(credentialKindLabel(credential.kind));
        touch(credential.status);
        touch(credential.notBefore, now);
        touch(credential.notAfter, now);
        touch(credential.subject);
        touch(credential.groups);
        touch(credential.issuer);
        touch(credential.certificate, now);
        touch(credential.note);
        touch(context.clusterCa, now);
        touch(context.clusterCaStatus);
        for (const Problem &problem : context.problems) {
            touch(problem.severity);
            touch(problem.message);
        }
    }
    touch(report.shadowed);
    touch(report.worst());
    g_sink += std::size_t(report.exitCode());
    g_sink += report.nothingChecked();
}

void touch(const KubeconfigSet &set)
{
    g_sink += set.anyUsable();
    touch(set.currentContext());
    for (const ClusterEntry &cluster : set.clusters()) {
        touch(cluster.name);
        touch(cluster.file);
        touch(cluster.server);
        touch(cluster.certificateAuthority);
        touch(cluster.certificateAuthorityData);
        g_sink += cluster.insecureSkipTlsVerify;
        touch(cluster.tlsServerName);
        touch(cluster.proxyUrl);
        g_sink += set.cluster(cluster.name) != nullptr;
    }
    for (const UserEntry &user : set.users()) {
        touch(user.name);
        touch(user.file);
        touch(user.clientCertificate);
        touch(user.clientCertificateData);
        touch(user.clientKey);
        touch(user.clientKeyData);
        touch(user.token);
        touch(user.tokenFile);
        touch(user.username);
        g_sink += user.hasPassword;
        if (user.exec) {
            touch(user.exec->command);
            touch(user.exec->args);
            touch(user.exec->apiVersion);
            touch(user.exec->interactiveMode);
        }
        touch(user.authProvider);
        touch(user.authProviderIdToken);
        g_sink += user.authProviderCanRefresh;
        g_sink += set.user(user.name) != nullptr;
    }
    for (const ContextEntry &context : set.contexts()) {
        touch(context.name);
        touch(context.file);
        touch(context.cluster);
        touch(context.user);
        touch(context.ns);
        g_sink += set.context(context.name) != nullptr;
    }
    touch(set.shadowed());
}

// The checker reads the files a kubeconfig names. Those are not part of the input: a device, a FIFO
// or /proc could block (/dev/stdin, /proc/kmsg) or read differently on every run, which would make
// findings irreproducible. An input naming one is parsed and merged, but not checked.
bool isHermetic(const QString &path)
{
    if (path.isEmpty())
        return true;
    for (const char *prefix : {"/dev", "/proc", "/sys", "/run"}) {
        const QLatin1String root(prefix);
        if (path == root || path.startsWith(root + QLatin1Char('/')))
            return false;
    }
    const QFileInfo info(path);
    return !info.exists() || info.isFile() || info.isDir();
}

bool isHermetic(const KubeconfigSet &set)
{
    for (const ClusterEntry &cluster : set.clusters()) {
        if (!isHermetic(cluster.certificateAuthority))
            return false;
    }
    for (const UserEntry &user : set.users()) {
        if (!isHermetic(user.clientCertificate) || !isHermetic(user.clientKey) || !isHermetic(user.tokenFile))
            return false;
    }
    return true;
}

std::vector<QByteArray> splitFiles(const QByteArray &input)
{
    std::vector<QByteArray> files;
    qsizetype start = 0;
    while (int(files.size()) < MaximumFiles - 1) {
        const qsizetype end = input.indexOf(FileSeparator, start);
        if (end < 0)
            break;
        files.push_back(input.mid(start, end - start));
        start = end + FileSeparator.size();
    }
    files.push_back(input.mid(start));
    return files;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    // Never destroyed: Qt's own exit-time clean-up must not race the fuzzer's.
    static int argc = 1;
    static char *arguments[] = {(*argv)[0], nullptr};
    new QCoreApplication(argc, arguments);
    return 0;
}

// Every field of every entry: what a reader without a tree must give exactly as the full path does.
static bool sameEntries(const KubeconfigDocument &a, const KubeconfigDocument &b)
{
    const auto clusters = [](const ClusterEntry &x, const ClusterEntry &y) {
        return x.name == y.name && x.file == y.file && x.server == y.server &&
               x.certificateAuthority == y.certificateAuthority &&
               x.certificateAuthorityData == y.certificateAuthorityData &&
               x.insecureSkipTlsVerify == y.insecureSkipTlsVerify && x.tlsServerName == y.tlsServerName &&
               x.proxyUrl == y.proxyUrl && x.disableCompression == y.disableCompression &&
               x.execConfig.has_value() == y.execConfig.has_value();
    };
    const auto users = [](const UserEntry &x, const UserEntry &y) {
        return x.name == y.name && x.file == y.file && x.clientCertificate == y.clientCertificate &&
               x.clientCertificateData == y.clientCertificateData && x.clientKey == y.clientKey &&
               x.clientKeyData == y.clientKeyData && x.token == y.token && x.tokenFile == y.tokenFile &&
               x.username == y.username && x.hasPassword == y.hasPassword &&
               x.exec.has_value() == y.exec.has_value() && x.authProvider == y.authProvider &&
               x.authProviderIdToken == y.authProviderIdToken &&
               x.authProviderCanRefresh == y.authProviderCanRefresh;
    };
    const auto contexts = [](const ContextEntry &x, const ContextEntry &y) {
        return x.name == y.name && x.file == y.file && x.cluster == y.cluster && x.user == y.user &&
               x.ns == y.ns;
    };
    return a.status() == b.status() && a.error() == b.error() && a.currentContext() == b.currentContext() &&
           std::equal(a.clusters().begin(), a.clusters().end(), b.clusters().begin(), b.clusters().end(),
                      clusters) &&
           std::equal(a.users().begin(), a.users().end(), b.users().begin(), b.users().end(), users) &&
           std::equal(a.contexts().begin(), a.contexts().end(), b.contexts().begin(), b.contexts().end(),
                      contexts);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    std::vector<KubeconfigDocument> documents;
    int index = 0;
    for (const QByteArray &bytes : splitFiles(input)) {
        // A folder that does not exist: relative credential paths resolve to files that are missing.
        const QString path = QStringLiteral("/nonexistent-kubeminder-fuzz/%1/config").arg(++index);
        documents.push_back(KubeconfigDocument::parse(path, bytes));
        const KubeconfigDocument &doc = documents.back();
        // As `kubeminder check` reads it (PlainKubeconfigReader where the layout allows): the same.
        if (!sameEntries(doc, KubeconfigDocument::parse(path, bytes, KubeconfigDocument::Detail::Entries)))
            std::abort();
        touch(doc.error());
        touch(doc.contentHash());
    }
    const KubeconfigSet set = KubeconfigSet::merge(std::move(documents));
    touch(set);
    if (!isHermetic(set))
        return 0;

    CheckOptions options;
    options.now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());
    options.missingFilesAreErrors = size % 2 == 1;
    std::function<void(const CheckReport &)> onBatch;
    if (set.contexts().size() <= MaximumBatchedContexts && size % 3 != 0) {
        options.batchSize = 1 + size % 3;
        onBatch = [](const CheckReport &batch) {
            touch(batch);
        };
    }
    const CheckReport report = CredentialChecker::check(set, options, onBatch);
    touch(report);
    if (report.contexts.size() != set.contexts().size())
        std::abort(); // every context is reported exactly once
    return 0;
}
