#pragma once

#include "credentials/checkreport.h"
#include "credentials/status.h"
#include "notificationledger.h"
#include "notificationsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <vector>

namespace kubeminder {

/// Decides which expiry notifications to show: a context's credential "crosses" a threshold of N
/// days at notAfter - N days (expiry itself is the threshold 0), and each crossing is announced
/// once per context, credential and threshold. The caller owns the clock, the timer and the
/// settings: it calls evaluate() with a fresh report, shows what it returns, saves the ledger and
/// sleeps until nextCheck (or a kubeconfig change, or the machine waking up). Nothing here reads
/// the clock, so tests never sleep.
///
/// Not announced: contexts whose status is Error (they are broken whatever the date, so there is
/// no moment to announce; the window and the tray icon show them), credentials without a known
/// expiry, and credentials whose status is Unknown despite an expiry (an auth-provider that renews
/// its id-token with a refresh-token, a certificate the server backs up with an opaque token).
class ExpiryMonitor
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryMonitor)

public:
    /// The longest the caller sleeps: the hourly re-check catches what no event reports.
    static constexpr std::chrono::hours RecheckInterval{1};
    /// How long what was announced about a credential is remembered after it left every
    /// kubeconfig, counted from its expiry: a restore or another set of files within that time
    /// does not announce it again.
    static constexpr int RetainAfterExpiryDays = 90;

    struct Crossing
    {
        QString context;
        QString file; ///< the kubeconfig that defines the context
        CredentialKind kind = CredentialKind::None;
        /// How urgent: the credential's status, at least Warning, Expired once notAfter has passed.
        Status status = Status::Warning;
        /// The most severe threshold crossed; the lesser ones crossed with it are never announced.
        int thresholdDays = 0;
        QDateTime notAfter; ///< UTC
        QString credentialId;
    };

    struct Decision
    {
        std::vector<Crossing> crossings; ///< to announce now, most urgent first
        /// More than one crossing: show one summary (summaryTitle/summaryBody), not a storm.
        bool summary = false;
        /// Crossings not announced (nor remembered) because notifications are off or paused.
        int heldBack = 0;
        /// When to evaluate again: the next moment a context crosses a threshold, at most
        /// RecheckInterval from now, and no later than the end of a pause.
        QDateTime nextCheck;
    };

    /// The crossings to announce at `now`, remembered in `ledger` (save it afterwards). `report`
    /// must hold every context. Each credential is announced once per threshold, across restarts,
    /// refreshes and restores (a refreshed credential has a new identity and starts fresh); the
    /// entries of a credential no file holds any more go RetainAfterExpiryDays after its expiry.
    /// Disabled or paused: nothing is announced or remembered, and the crossings come after the
    /// pause.
    static Decision evaluate(const CheckReport &report, const QDateTime &now,
                             const NotificationSettings &settings, NotificationLedger &ledger);

    /// "homelab: certificate expires in 3 days".
    static QString title(const Crossing &crossing, const QDateTime &now);
    /// When it stops working, and where the context is defined.
    static QString body(const Crossing &crossing, const QDateTime &now);
    /// "3 credentials need attention".
    static QString summaryTitle(const std::vector<Crossing> &crossings, const QDateTime &now);
    /// "1 expired, 2 expiring within 7 days" and the contexts' names.
    static QString summaryBody(const std::vector<Crossing> &crossings, const QDateTime &now);
    /// The title or summary title, as decision.summary says.
    static QString title(const Decision &decision, const QDateTime &now);
    /// The body or summary body, as decision.summary says.
    static QString body(const Decision &decision, const QDateTime &now);
};

} // namespace kubeminder
