#pragma once

#include "credentials/checkreport.h"
#include "probe/proberesult.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

class QSettings;

namespace kubeminder {

/// Regular connection tests from the tray: which results are worth a notification, and what is
/// remembered about them (keys under "notifications/").
///
/// A notification is for what the user can and must act on, once: the API server answered and
/// refused the credentials (401, 403), or proved not to be the server the kubeconfig trusts (its
/// certificate is from another CA, for another name, or expired). A laptop away from the cluster's
/// network (no name, no route, timeouts, proxy trouble) is no news, and a context the local check
/// already finds expired or broken has its expiry notifications. Each refusal is announced once per
/// context, outcome and credential: refreshed credentials that are refused again are announced
/// again; an accepted test forgets the context.
class ConnectionWatch
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionWatch)

public:
    /// At most a week between tests; 0 means no regular tests.
    static constexpr int MaximumIntervalHours = 24 * 7;
    /// A damaged ledger is refused unread beyond this; contexts are few.
    static constexpr qsizetype MaximumLedgerSize = 1024 * 1024;

    static QString intervalKey() { return QStringLiteral("notifications/connectionTestHours"); }
    static QString ledgerKey() { return QStringLiteral("notifications/connectionAlerts"); }

    /// Hours between connection tests, 0 (the default: they contact every cluster, so the user
    /// turns them on) to MaximumIntervalHours. A bad saved value reads as 0, said in `problems`.
    static int readIntervalHours(const QSettings &settings, QStringList *problems = nullptr);
    /// Refuses (returns false, saves nothing) a value out of range.
    static bool writeIntervalHours(QSettings &settings, int hours);

    /// Context name → what was announced for it ("unauthorized" and the credential's identity).
    using Ledger = QMap<QString, QString>;
    static Ledger loadLedger(const QSettings &settings);
    static void saveLedger(QSettings &settings, const Ledger &ledger);

    /// Whether a test that ends so is worth a notification at all.
    static bool isAlarming(ProbeResult::Outcome outcome);

    struct Alert
    {
        QString context;
        ProbeResult::Outcome outcome = ProbeResult::Outcome::Ok;
        QString title; ///< translated, one line
        QString body;  ///< translated: the cause and the next step (ProbeResult::message)
    };

    struct Decision
    {
        std::vector<Alert> alerts; ///< in the order of the results
        Ledger ledger;             ///< to save when the alerts were shown
    };

    /// `report`: the local check the probes were made with (for the credential identities, and
    /// the contexts it already finds expired or broken).
    static Decision decide(const std::vector<ProbeResult> &results, const CheckReport &report,
                           const Ledger &ledger);
};

} // namespace kubeminder
