#pragma once

#include "commandsource.h"
#include "credentials/checkreport.h"
#include "importrequest.h"
#include "importsourceregistry.h"
#include "kubeconfig/kubeconfigpaths.h"
#include "kubeconfigimporter.h"
#include "sshsource.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>
#include <optional>

namespace kubeminder {

class InteractionHandler;

/// One import, from source to result, for the window and the command line alike: read or fetch
/// the source once, plan (what prepare() gives, the preview), then back up and write that very
/// plan, remember where it came from, and check the context again (commit()). The questions of a
/// fetch (host key, passphrase, password, sudo) go to the InteractionHandler. Blocking: the window
/// runs it on a worker; cancel() may be called from any thread.
class ImportJob
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)

public:
    /// Where the fresh kubeconfig comes from.
    struct Source
    {
        enum class Kind {
            File,    ///< a path; a pipe (`<(ssh pi sudo cat ...)`) is read to its end
            Bytes,   ///< already read: standard input, or a root-only file read through pkexec
            Ssh,     ///< an ssh:// URL, fetched with `ssh`
            Command, ///< cmd:PROGRAM ARGS..., run here without a shell (CommandSource)
        };
        Kind kind = Kind::File;
        QString location; ///< the path, "-" for standard input, the ssh:// URL or the cmd: line
        QByteArray bytes; ///< for Bytes; the job wipes it once parsed
        SshOptions ssh;   ///< for Ssh; its timeoutSeconds bounds a Command too
    };

    struct Setup
    {
        ImportRequest request; ///< origin and sourceIsLocal are set by the job from the source
        Source source;
        KubeconfigPaths::Resolved paths; ///< the user's kubeconfigs, as kubectl finds them
        QString backupDirectory;
        QDateTime now;
        /// Record the source so `kubeminder refresh` can repeat it (never for a stream).
        bool remember = true;
    };

    enum class Step { Reading, Fetching, Planning, Writing, Checking };

    /// What the job found or did so far. Plain values, no secrets.
    struct Result
    {
        QString error;          ///< the job stopped here; nothing was written unless `writes` says so
        bool cancelled = false; ///< the fetch was cancelled
        SshFetchResult::Failure fetchFailure = SshFetchResult::Failure::None; ///< why an SSH fetch failed
        bool sourceUnreadable = false; ///< the file exists, but this user may not read it (pkexec may)
        bool prepared = false;         ///< a plan exists (the preview)
        bool written = false;          ///< commit() wrote every file
        bool refresh = false;
        std::vector<ImportChange> changes;
        QStringList warnings;
        QStringList kept;                  ///< what a refresh leaves as it is (ImportPlan::kept)
        std::vector<GuardedField> guarded; ///< needs the user's yes before commit()
        /// What the write does to each file's text (a diff with secrets masked), for the preview.
        std::vector<KubeconfigEdit::Preview> files;
        CredentialReport newCredential;
        /// The source holds no newer credential than the context has (when it is older, commit()
        /// writes nothing unless the request forces it). Says why and what to run on the server.
        std::optional<NotNewer> notNewer;
        std::vector<WriteResult> writes;    ///< one per file written or tried
        std::optional<ContextReport> after; ///< the context as the next kubectl sees it
    };

    /// The setup that repeats the import remembered for `context` (`kubeminder refresh`, the
    /// automatic refresh): request and source filled in; paths, backupDirectory and now are the
    /// caller's.
    static Setup repeating(const QString &context, const ImportSource &source);

    explicit ImportJob(Setup setup, InteractionHandler *interaction = nullptr);
    ~ImportJob();
    ImportJob(const ImportJob &) = delete;
    ImportJob &operator=(const ImportJob &) = delete;

    void setProgress(std::function<void(Step)> progress) { m_progress = std::move(progress); }
    /// Stops a running fetch; a later prepare() or commit() fails as cancelled.
    void cancel() { m_cancel = true; }

    /// Reads or fetches the source and plans the import; nothing is written. Fetches only once:
    /// a second call plans again from the same bytes.
    const Result &prepare();
    /// Writes what prepare() planned (preparing first if it has not run): the bytes previewed are
    /// the bytes written, and nothing is asked again. `consent`: the user said yes to the guarded
    /// fields. Refuses when a kubeconfig changed since it was read for the plan.
    const Result &commit(bool consent = false);

    const Result &result() const { return m_result; }
    const Setup &setup() const { return m_setup; }

private:
    bool readSource();
    void step(Step step);

    Setup m_setup;
    InteractionHandler *m_interaction;
    std::function<void(Step)> m_progress;
    std::atomic_bool m_cancel{false};
    /// The files the import plans against: kubectl's and the ones added to Kubeminder.
    QStringList targetPaths() const;
    std::optional<KubeconfigDocument> m_source;
    std::optional<ServiceState> m_service; ///< the SSH server's K3s/RKE2 service, when it was read
    std::optional<ImportPlan> m_plan;
    ExpiryPolicy m_policy;
    QStringList m_planned; ///< the kubeconfigs the plan read (KUBECONFIG's and those added to Kubeminder)
    Result m_result;
};

} // namespace kubeminder
