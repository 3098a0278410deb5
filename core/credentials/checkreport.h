#pragma once

#include "certificateinfo.h"
#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfig/kubeconfigset.h"
#include "status.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

// The result of checking a set of kubeconfigs: plain values that a CLI printer or a UI model turn
// into text. Nothing in here is secret.

namespace kubeminder {

enum class CredentialKind { ClientCertificate, Token, Exec, AuthProvider, Basic, None };

/// Stable machine name: "client-certificate", "token", "exec", "auth-provider", "basic", "none".
QString credentialKindName(CredentialKind kind);
/// Translated, short human name.
QString credentialKindLabel(CredentialKind kind);

/// One thing wrong (or about to go wrong) with a context, in a sentence that says what to do.
struct Problem
{
    /// What the problem is about: a context's cluster (its server, its CA), its user (the
    /// credentials), or the context itself (an entry it names is missing).
    enum class Subject { Context, Cluster, User };
    Status severity = Status::Error;
    QString message;
    Subject subject = Subject::Context;
};

struct CredentialReport
{
    CredentialKind kind = CredentialKind::None;
    Status status = Status::Unknown;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> notAfter; ///< when the credential stops working, if knowable
    QString subject;                   ///< certificate CN or token "sub"
    QStringList groups;                ///< certificate O
    QString issuer;
    std::optional<CertificateInfo> certificate; ///< the leaf, for client certificates
    QString note;                               ///< e.g. which exec plugin issues it
};

struct ContextReport
{
    QString name;
    QString cluster;
    QString user;
    QString ns;
    QString server;
    QString file;        ///< absolute path of the file that defined the context
    QString clusterFile; ///< ... the cluster entry (empty when dangling)
    QString userFile;    ///< ... the user entry (empty when dangling or none)
    bool current = false;
    Status status = Status::Unknown; ///< the worst of everything below
    CredentialReport credential;
    std::optional<CertificateInfo> clusterCa;
    Status clusterCaStatus = Status::Unknown;
    std::vector<Problem> problems;

    /// Expired, critical, warning or broken: what the tray lists under "Needs attention" and the
    /// window offers fresh credentials for. One predicate for every view.
    bool needsAttention() const;

    /// Which credential the context uses, without a secret: the SHA-256 fingerprint of a client
    /// certificate; "<kind>:<subject>@<notAfter>" for other credentials with an expiry (a renewed
    /// token gets a new expiry, hence a new identity). Never derived from a token, key or
    /// password. Empty when the credential cannot be identified (unreadable, or no expiry).
    /// What was notified and what a connection test was about are keyed by it.
    QString credentialId() const;
    /// What a connection test of this context depends on: the server, the credential and the
    /// cluster's CA. When any of them changes (a refresh, a restore), an earlier test's answer is
    /// about something that is no longer there.
    QString connectionId() const;
};

struct FileReport
{
    QString path;
    KubeconfigDocument::Status status = KubeconfigDocument::Status::Ok;
    QString error;
};

struct CheckReport
{
    QDateTime generatedAt; ///< the "now" every status was computed against (UTC)
    QString currentContext;
    std::vector<FileReport> files;
    std::vector<ContextReport> contexts; ///< sorted by name, like kubectl config get-contexts
    /// Entries a later file defines again and that its earlier definition hides (client-go's
    /// first-wins merge); the later definition is ignored by kubectl too.
    std::vector<KubeconfigSet::Shadowed> shadowed;

    /// How many contexts are in which state, and how many files could not be read: the one count
    /// behind the window's status line and the tray's summary.
    struct Counts
    {
        int contexts = 0;
        int expired = 0;
        int expiringSoon = 0; ///< critical or warning
        int withErrors = 0;   ///< contexts whose status is Error
        int files = 0;
        int brokenFiles = 0;
    };
    Counts counts() const;

    /// The worst status over all contexts; Error when a file is broken.
    Status worst() const;
    /// 0 ok/unknown, 1 warning, 2 critical/expired/error, 3 nothing could be checked.
    int exitCode() const;
    bool nothingChecked() const;
};

} // namespace kubeminder
