#include "distribution.h"

#include "checkreport.h"

namespace kubeminder {

Distribution DistributionRules::identify(const QString &issuerCommonName, const QString &contextName,
                                         const QString &clusterName)
{
    if (issuerCommonName.startsWith(QLatin1String("k3s-client-ca@")))
        return Distribution::K3s;
    if (issuerCommonName.startsWith(QLatin1String("rke2-client-ca@")))
        return Distribution::Rke2;
    if (issuerCommonName == QLatin1String("minikubeCA"))
        return Distribution::Minikube;
    // MicroK8s names its CA after the cluster's service address.
    if (issuerCommonName == QLatin1String("10.152.183.1"))
        return Distribution::MicroK8s;
    if (issuerCommonName == QLatin1String("kubernetes")) {
        // kind runs kubeadm in a container and names what it writes "kind-<cluster>".
        if (contextName.startsWith(QLatin1String("kind-")) || clusterName.startsWith(QLatin1String("kind-")))
            return Distribution::Kind;
        return Distribution::Kubeadm;
    }
    return Distribution::Unknown;
}

Distribution DistributionRules::of(const ContextReport &context)
{
    // The checker keeps the issuer's common name (the whole name only when it has none).
    if (context.credential.kind != CredentialKind::ClientCertificate)
        return Distribution::Unknown;
    return identify(context.credential.issuer, context.name, context.cluster);
}

QString DistributionRules::displayName(Distribution distribution)
{
    switch (distribution) {
    case Distribution::K3s:
        return QStringLiteral("K3s");
    case Distribution::Rke2:
        return QStringLiteral("RKE2");
    case Distribution::Kubeadm:
        return QStringLiteral("kubeadm");
    case Distribution::Kind:
        return QStringLiteral("kind");
    case Distribution::MicroK8s:
        return QStringLiteral("MicroK8s");
    case Distribution::Minikube:
        return QStringLiteral("minikube");
    case Distribution::K0s:
        return QStringLiteral("k0s");
    case Distribution::Unknown:
        break;
    }
    return {};
}

QString DistributionRules::id(Distribution distribution)
{
    const QString name = displayName(distribution).toLower();
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

bool DistributionRules::isSuperAdmin(Distribution distribution, const QString &subject)
{
    return distribution == Distribution::Kubeadm && subject == QLatin1String("kubernetes-super-admin");
}

QString DistributionRules::renewal(Distribution distribution, const QString &subject)
{
    switch (distribution) {
    case Distribution::K3s:
        return tr(
            "K3s renews its client certificates when it starts within 120 days of their expiry: restart "
            "it (sudo systemctl restart k3s), then refresh from /etc/rancher/k3s/k3s.yaml.");
    case Distribution::Rke2:
        return tr(
            "RKE2 renews its client certificates when it starts within 120 days of their expiry: restart "
            "it (sudo systemctl restart rke2-server), then refresh from /etc/rancher/rke2/rke2.yaml.");
    case Distribution::Kubeadm:
        if (isSuperAdmin(distribution, subject))
            return tr("This is kubeadm's break-glass super-admin.conf (system:masters, beyond RBAC): renew "
                      "admin.conf instead (sudo kubeadm certs renew admin.conf on a control-plane node) and "
                      "refresh from /etc/kubernetes/admin.conf.");
        return tr("kubeadm renews admin.conf only when asked: sudo kubeadm certs renew admin.conf on a "
                  "control-plane node, then refresh from /etc/kubernetes/admin.conf.");
    case Distribution::Kind:
        return tr("kind clusters are renewed by kubeadm inside the control-plane container: docker exec "
                  "<cluster>-control-plane kubeadm certs renew admin.conf, then refresh from kind get "
                  "kubeconfig --name <cluster>.");
    case Distribution::MicroK8s:
        return tr(
            "MicroK8s renews its certificates with sudo microk8s refresh-certs on the node; then refresh "
            "from microk8s config.");
    case Distribution::Minikube:
        return tr("minikube regenerates expired certificates when the cluster starts (minikube start); its "
                  "kubeconfig names them by path, so nothing needs importing.");
    case Distribution::K0s:
        return tr("Refresh from sudo k0s kubeconfig admin on a controller.");
    case Distribution::Unknown:
        break;
    }
    return {};
}

} // namespace kubeminder
