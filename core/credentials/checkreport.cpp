#include "checkreport.h"

#include <QCoreApplication>

namespace kubeminder {

// Part of the JSON output, so these are stable and untranslated. The spellings follow the
// kubeconfig keys ("client-certificate", "auth-provider") a user already knows.
QString credentialKindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::ClientCertificate:
        return QStringLiteral("client-certificate");
    case CredentialKind::Token:
        return QStringLiteral("token");
    case CredentialKind::Exec:
        return QStringLiteral("exec");
    case CredentialKind::AuthProvider:
        return QStringLiteral("auth-provider");
    case CredentialKind::Basic:
        return QStringLiteral("basic");
    case CredentialKind::None:
        return QStringLiteral("none");
    }
    // Not reached with a valid enumerator; "none" claims nothing that is not there.
    return QStringLiteral("none");
}

QString credentialKindLabel(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::ClientCertificate:
        return QCoreApplication::translate("CredentialKind", "certificate");
    case CredentialKind::Token:
        return QCoreApplication::translate("CredentialKind", "token");
    case CredentialKind::Exec:
        return QCoreApplication::translate("CredentialKind", "exec plugin");
    case CredentialKind::AuthProvider:
        return QCoreApplication::translate("CredentialKind", "auth provider");
    case CredentialKind::Basic:
        return QCoreApplication::translate("CredentialKind", "password");
    case CredentialKind::None:
        return QCoreApplication::translate("CredentialKind", "none");
    }
    return {};
}

// The fingerprint identifies a certificate exactly; a token has none we can see, so its kind,
// subject and expiry stand in. Any of them changing means a new credential worth announcing.
QString ContextReport::credentialId() const
{
    if (credential.kind == CredentialKind::ClientCertificate)
        return credential.certificate ? credential.certificate->sha256Fingerprint : QString();
    if (!credential.notAfter || !credential.notAfter->isValid())
        return {};
    return credentialKindName(credential.kind) + QLatin1Char(':') + credential.subject + QLatin1Char('@') +
           credential.notAfter->toUTC().toString(Qt::ISODate);
}

QString ContextReport::connectionId() const
{
    // Newlines cannot occur in a fingerprint or an ISO date; a server URL with one is refused
    // by the checker long before, so the parts cannot run into each other.
    return server + QLatin1Char('\n') + credentialKindName(credential.kind) + QLatin1Char('\n') +
           credentialId() + QLatin1Char('\n') + (clusterCa ? clusterCa->sha256Fingerprint : QString());
}

// Unknown is left out on purpose: an opaque token or an exec plugin cannot be fixed by importing,
// and listing it would bury the contexts that really need the user.
bool ContextReport::needsAttention() const
{
    return status == Status::Expired || status == Status::Critical || status == Status::Warning ||
           status == Status::Error;
}

CheckReport::Counts CheckReport::counts() const
{
    Counts counts;
    counts.contexts = int(contexts.size());
    for (const ContextReport &context : contexts) {
        counts.expired += context.status == Status::Expired ? 1 : 0;
        // Critical and Warning share one count: the summary says "expiring soon" for both, and each
        // context's own status still tells them apart.
        counts.expiringSoon +=
            context.status == Status::Critical || context.status == Status::Warning ? 1 : 0;
        counts.withErrors += context.status == Status::Error ? 1 : 0;
    }
    counts.files = int(files.size());
    for (const FileReport &file : files)
        counts.brokenFiles += file.status == KubeconfigDocument::Status::Error ? 1 : 0;
    return counts;
}

Status CheckReport::worst() const
{
    Status result = Status::Ok;
    for (const ContextReport &context : contexts)
        result = kubeminder::worst(result, context.status);
    for (const FileReport &file : files) {
        if (file.status == KubeconfigDocument::Status::Error)
            // A broken file may hold the very context the user relies on, so it must fail a monitoring check
            // even when every context that could be read is fine.
            result = Status::Error;
    }
    return result;
}

// An empty file is a checked file: it simply has no contexts. Only when every file was missing or
// broken has nothing at all been looked at.
bool CheckReport::nothingChecked() const
{
    if (!contexts.empty())
        return false;
    for (const FileReport &file : files) {
        if (file.status == KubeconfigDocument::Status::Ok || file.status == KubeconfigDocument::Status::Empty)
            return false;
    }
    return true;
}

int CheckReport::exitCode() const
{
    if (nothingChecked())
        // 3 is the plugin convention's UNKNOWN: a monitoring system must not read "no kubeconfig found" as
        // healthy, yet it is not a credential problem either.
        return 3;
    return exitCodeFor(worst());
}

} // namespace kubeminder
