#pragma once

#include "credentials/distribution.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kubeminder {

/// What the server's service manager says of the K3s or RKE2 service, read over SSH after the
/// kubeconfig with `systemctl show` (read-only, no sudo): whether it runs and since when. K3s and
/// RKE2 renew their client certificates only when they start, so this is what makes "it has not
/// restarted since" a fact instead of a guess.
struct ServiceState
{
    QString unit;                   ///< "k3s", "rke2-server"
    bool active = false;            ///< ActiveState=active
    std::optional<QDateTime> since; ///< ActiveEnterTimestamp (UTC): when it last started

    /// The remote command for a unit: fixed text, the time printed in UTC and in English.
    static QString command(const QString &unit);
    /// Reads what that command printed. The bytes come from another machine: only the three
    /// lines asked for, in their exact shape, count; any other line voids the answer. Nothing when
    /// it says nothing usable (no systemd, no such unit).
    static std::optional<ServiceState> parse(const QString &unit, QByteArrayView output);
    /// The most a useful answer is: three short lines.
    static constexpr qsizetype MaximumOutput = 4096;
    /// The units K3s and RKE2 servers run as.
    static constexpr QLatin1String K3sUnit{"k3s"};
    static constexpr QLatin1String Rke2Unit{"rke2-server"};
};

/// A refresh whose source holds no newer credential than the context has: the same certificate
/// (writing it changes nothing; a refresh stays repeatable), or one that runs out sooner (refused
/// unless forced: it would make things worse). What the person reads is why the source has nothing
/// newer and what to run where the credential comes from.
struct NotNewer
{
    Q_DECLARE_TR_FUNCTIONS(NotNewer)

public:
    /// Where the credential comes from, as far as Kubeminder can tell: from the SSH source's kind of
    /// server, else from the certificate the context has (DistributionRules::of).

    bool same = false; ///< the very credential the context has
    /// Writing it would shorten the context's life: refused unless forced.
    bool refused() const { return !same; }
    std::optional<QDateTime> current; ///< when the context's credential runs out
    std::optional<QDateTime> fetched; ///< ... and the source's
    Distribution distribution = Distribution::Unknown;
    QString host; ///< the server it was fetched from over SSH (empty: a local file)
    /// The K3s or RKE2 service on that server, when it could be read; with `now`, the advice says
    /// when it started and whether a restart today renews the certificate.
    std::optional<ServiceState> service;
    QDateTime now;

    /// K3s and RKE2 renew a client certificate when they start within this many days of its expiry.
    static constexpr int RenewalWindowDays = 120;

    /// What happened, then why the source has nothing newer and what to run: K3s and RKE2 renew
    /// their client certificates only at start-up within 120 days of expiry; kubeadm only when
    /// asked. `formatDate` writes dates the caller's way.
    QStringList describe(const std::function<QString(const QDateTime &)> &formatDate) const;
};

} // namespace kubeminder
