#include "renewaladvice.h"

namespace kubeminder {

NotNewer::Distribution NotNewer::fromIssuer(const QString &issuer)
{
    if (issuer.contains(QLatin1String("k3s-client-ca@")))
        return Distribution::K3s;
    if (issuer.contains(QLatin1String("rke2-client-ca@")))
        return Distribution::Rke2;
    // kubeadm's CA is named just "kubernetes" (CN=kubernetes).
    if (issuer == QLatin1String("CN=kubernetes") || issuer == QLatin1String("kubernetes"))
        return Distribution::Kubeadm;
    return Distribution::Unknown;
}

QStringList NotNewer::describe(const std::function<QString(const QDateTime &)> &formatDate) const
{
    const QString on = host.isEmpty() ? tr("on the server") : tr("on %1").arg(host);
    QStringList lines;
    if (same || !current || !fetched)
        lines << tr("The source holds the same credential this context already has: it is not renewed.");
    else
        lines
            << tr("The source's credential runs out %1, no later than the one this context has (%2): nothing "
                  "was written.")
                   .arg(formatDate(*fetched), formatDate(*current));
    switch (distribution) {
    case Distribution::K3s:
    case Distribution::Rke2: {
        const bool k3s = distribution == Distribution::K3s;
        const QString service = k3s ? QStringLiteral("k3s") : QStringLiteral("rke2-server");
        const QString binary = k3s ? QStringLiteral("k3s") : QStringLiteral("rke2");
        lines
            << tr("%1 renews its client certificates only when it starts within 120 days of their expiry (90 "
                  "days in releases before May 2025), and it has not restarted since.")
                   .arg(k3s ? QStringLiteral("K3s") : QStringLiteral("RKE2"));
        lines << tr("To renew them, run %1: sudo systemctl restart %2 — or, whatever the date: sudo %3 "
                    "certificate rotate, then sudo systemctl restart %2. Then refresh again.")
                     .arg(on, service, binary);
        break;
    }
    case Distribution::Kubeadm:
        lines << tr("kubeadm renews admin.conf only when asked. Run %1 (a control-plane node): sudo kubeadm "
                    "certs "
                    "renew admin.conf. Then refresh again.")
                     .arg(on);
        break;
    case Distribution::MicroK8s:
    case Distribution::K0s:
    case Distribution::Unknown:
        lines << tr("Renew the credential where it comes from, then refresh again.");
        break;
    }
    return lines;
}

} // namespace kubeminder
