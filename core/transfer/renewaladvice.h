#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kubeminder {

/// A refresh whose source holds no newer credential than the context has: the same certificate
/// (writing it changes nothing; a refresh stays repeatable), or one that runs out sooner (refused
/// unless forced: it would make things worse). What the person reads is why the source has nothing
/// newer and what to run where the credential comes from.
struct NotNewer
{
    Q_DECLARE_TR_FUNCTIONS(NotNewer)

public:
    /// Where the credential comes from, as far as Kubeminder can tell: from the SSH source's kind of
    /// server, else from the issuer of the certificate the context has.
    enum class Distribution { Unknown, K3s, Rke2, Kubeadm, MicroK8s, K0s };

    bool same = false; ///< the very credential the context has
    /// Writing it would shorten the context's life: refused unless forced.
    bool refused() const { return !same; }
    std::optional<QDateTime> current; ///< when the context's credential runs out
    std::optional<QDateTime> fetched; ///< ... and the source's
    Distribution distribution = Distribution::Unknown;
    QString host; ///< the server it was fetched from over SSH (empty: a local file)

    /// K3s's "k3s-client-ca@…", RKE2's "rke2-client-ca@…", kubeadm's "kubernetes" CA.
    static Distribution fromIssuer(const QString &issuer);

    /// What happened, then why the source has nothing newer and what to run: K3s and RKE2 renew
    /// their client certificates only at start-up within 120 days of expiry; kubeadm only when
    /// asked. `formatDate` writes dates the caller's way.
    QStringList describe(const std::function<QString(const QDateTime &)> &formatDate) const;
};

} // namespace kubeminder
