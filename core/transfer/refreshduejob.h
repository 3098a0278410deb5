#pragma once

#include "credentials/checkreport.h"
#include "kubeconfig/kubeconfigpaths.h"
#include "renewaladvice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace kubeminder {

class ImportSourceRegistry;

/// Refreshes, without asking anything, every context that has a remembered source and a
/// credential that has run out or runs out within some days: `kubeminder refresh --due` and the
/// tray's automatic refresh. Each context's remembered import runs as `kubeminder refresh` runs it
/// (ImportJob::repeating), with an UnattendedInteraction: an SSH agent or an unencrypted key, a
/// known host key, a file readable directly or through `sudo -n`. Whatever would need a person (a
/// passphrase, a password, a sudo password, an unknown host key) is reported, never guessed.
/// Blocking; cancel() may be called from any thread.
class RefreshDueJob
{
    Q_DECLARE_TR_FUNCTIONS(RefreshDueJob)

public:
    struct Setup
    {
        KubeconfigPaths::Resolved paths; ///< kubectl's files
        QStringList added;               ///< the files and folders added to Kubeminder
        int withinDays = 0;              ///< due: expired, or running out within this many days
        QStringList only;                ///< only these contexts (empty: every one with a source)
        QString backupDirectory;
        QDateTime now;
        bool dryRun = false; ///< fetch and plan, write nothing
    };

    struct Outcome
    {
        enum class Kind {
            Refreshed, ///< written (dry run: would be)
            Unchanged, ///< the source holds no newer credential: `explanation` says why
            NeedsYou,  ///< it would have to ask: `questions`
            Failed,    ///< `explanation` says why
        };
        Kind kind = Kind::Failed;
        QString context;
        QString source;                  ///< ImportSource::describe(): "from pi.lan over SSH"
        std::optional<QDateTime> before; ///< the credential's expiry before the run
        std::optional<QDateTime> after;  ///< ... and after (Refreshed)
        bool expired = false;            ///< before the run
        QStringList questions;
        QStringList explanation;
        std::optional<ServiceState> service; ///< Unchanged over SSH: the server's K3s/RKE2 service
    };

    struct Result
    {
        std::vector<Outcome> outcomes; ///< the due contexts, by name
        int notDue = 0;                ///< contexts with a source whose credential is not due
        QStringList withoutSource;     ///< due contexts with no remembered source
        QString error;                 ///< nothing could be checked
        bool cancelled = false;
    };

    explicit RefreshDueJob(Setup setup)
        : m_setup(std::move(setup))
    {}
    void cancel() { m_cancel = true; }
    Result run();

    static QString kindName(Outcome::Kind kind); ///< "refreshed", "unchanged", "needs-you", "failed"

    /// How often the tray tries again a context it could not refresh by itself.
    static constexpr int AutomaticRetryHours = 24;
    /// The contexts of `report` the tray refreshes by itself now: kept fresh (with a remembered
    /// source), running out within `warningDays` or run out, and not tried in the last
    /// AutomaticRetryHours. So it tries when a context enters the warning window, then daily.
    static QStringList automaticallyDue(const CheckReport &report, int warningDays, const QDateTime &now,
                                        const ImportSourceRegistry &registry);

private:
    Setup m_setup;
    std::atomic_bool m_cancel{false};
};

} // namespace kubeminder
