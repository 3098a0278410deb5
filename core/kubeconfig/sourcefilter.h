#pragma once

#include "kubeconfigdocument.h"
#include "support/surface.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kubeminder {

/// How far a source is trusted. A file the user names on this computer is theirs; bytes fetched
/// over SSH, read with pkexec, or read from standard input or a pipe come from elsewhere.
enum class SourceOrigin { LocalFile, Elsewhere };

/// Something an import would write that is more than a credential: a field of the source (an exec
/// plugin, a file it names, impersonation, ...) or a change of a user's kind of credential. From a
/// source fetched from elsewhere the fields refuse the import; from a local file, and for a change
/// of kind, they need the user's yes (--allow-exec, or the window's confirmation). No secrets.
struct GuardedField
{
    enum class Section { Cluster, User, Context };
    Section section = Section::User;
    QString entry;  ///< the entry's name in the source (or in the user's kubeconfig for a kind change)
    QString field;  ///< the key as written (exec, tokenFile, as-groups, ...)
    QString detail; ///< exactly what would be written: a command line and environment, a path read
    QString reason; ///< why it needs a yes, in plain words

    /// One line: where, which field, what it would write, and why it matters.
    QString describe() const;
};

/// The source's chosen context, cluster and user, cut down to what may cross into the user's
/// kubeconfig, with everything else named.
struct FilteredSource
{
    /// A kubeconfig of the three entries alone, under their source names, with current-context
    /// set: what is analysed is exactly what would be written. Read back from the filtered tree
    /// as any file is, so it can still fail (status Error) on a source the loader let through.
    KubeconfigDocument document;
    /// More than credentials. From elsewhere these were left out of the entries and refuse the
    /// import; from a local file they are in them (file references embedded as -data).
    std::vector<GuardedField> guarded;
    /// Other fields that are not copied, for a warning ("cluster “default”: disable-compression").
    QStringList leftOut;
};

/// Decides what of a source kubeconfig may cross into the user's. Only credentials always cross:
/// the user's client-certificate-data, client-key-data or token, the cluster's
/// certificate-authority-data, server and tls-server-name. Everything a compromised server could use
/// against this computer or its user (exec, auth-provider, tokenFile and every other file path,
/// insecure-skip-tls-verify, proxy-url, impersonation, extensions) is guarded.
class SourceFilter
{
    Q_DECLARE_TR_FUNCTIONS(SourceFilter)

public:
    /// Filters context `context` of `source` and the cluster and user it names, which must exist.
    /// For a local file, guarded fields are kept, relative paths resolved against the file's
    /// folder (client-go's rule) and the files they name read (bounded, regular files only) into
    /// -data, as `kubectl config view --flatten` does, so the import does not depend on where the
    /// source lay. From elsewhere, nothing is resolved or read. Nothing (and `error`) when a named
    /// file cannot be read.
    static std::optional<FilteredSource> filter(const KubeconfigDocument &source, const QString &context,
                                                SourceOrigin origin, QString *error);

    /// The sentence that refuses a source from elsewhere that carries guarded fields.
    static QString refusal(const QString &source, const std::vector<GuardedField> &guarded,
                           Surface surface = Surface::CommandLine);
};

} // namespace kubeminder
