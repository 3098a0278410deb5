#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kubeminder {

struct ContextReport;

/// The Kubernetes distribution a client certificate comes from, as far as the certificate (and
/// the names kind gives) can tell: each renews its credentials its own way, so the advice differs.
enum class Distribution { Unknown, K3s, Rke2, Kubeadm, Kind, MicroK8s, Minikube, K0s };

/// What is known of each distribution: how to recognise its certificates and how they are
/// renewed. One home for this knowledge: the checker, the details pane, `check`, the import's
/// "nothing newer" advice and the suggested import source all ask here.
class DistributionRules
{
    Q_DECLARE_TR_FUNCTIONS(DistributionRules)

public:
    /// From the client certificate's issuer common name: K3s's "k3s-client-ca@…", RKE2's
    /// "rke2-client-ca@…", kubeadm's "kubernetes" (kind's too, which names its contexts and
    /// clusters "kind-…"), MicroK8s's "10.152.183.1", minikube's "minikubeCA".
    static Distribution identify(const QString &issuerCommonName, const QString &contextName = {},
                                 const QString &clusterName = {});
    /// identify() for a checked context with a client certificate (its credential's issuer is the
    /// common name); Unknown for any other credential.
    static Distribution of(const ContextReport &context);
    /// "K3s", "RKE2", "kubeadm", "kind", "MicroK8s", "minikube", "k0s"; empty for Unknown.
    static QString displayName(Distribution distribution);
    /// The stable lower-case name for JSON and settings: "k3s", "rke2", ...; "unknown".
    static QString id(Distribution distribution);
    /// How a credential of that distribution is renewed, one sentence that names the command. The
    /// certificate's subject tells kubeadm's admin.conf from its break-glass super-admin.conf.
    /// Empty for Unknown.
    static QString renewal(Distribution distribution, const QString &subject = {});
    /// kubeadm 1.29+'s break-glass credential, super-admin.conf: CN kubernetes-super-admin in
    /// system:masters, which no RBAC rule can limit (admin.conf is now CN kubernetes-admin in
    /// kubeadm:cluster-admins; before 1.29 admin.conf itself was in system:masters).
    static bool isSuperAdmin(Distribution distribution, const QString &subject);
};

} // namespace kubeminder
