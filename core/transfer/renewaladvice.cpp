#include "renewaladvice.h"

#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>

namespace kubeminder {

QString ServiceState::command(const QString &unit)
{
    // systemctl prints times in the local zone and language; TZ=UTC0 and LC_ALL=C make them one
    // shape. LoadState tells a unit that exists from one that does not (whose ActiveState is
    // "inactive" too). `show` reads; it never changes anything and needs no privilege.
    return QLatin1String("env LC_ALL=C TZ=UTC0 systemctl show --property=LoadState --property=ActiveState "
                         "--property=ActiveEnterTimestamp ") +
           unit + QLatin1String(".service");
}

std::optional<ServiceState> ServiceState::parse(const QString &unit, QByteArrayView output)
{
    if (output.size() > MaximumOutput)
        return std::nullopt;
    static const QRegularExpression line(
        QStringLiteral("^(LoadState|ActiveState|ActiveEnterTimestamp)=([ -~]*)$"));
    static const QRegularExpression timestamp(
        QStringLiteral("^[A-Z][a-z]{2} (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) UTC$"));
    QMap<QString, QString> values;
    const QString all = QString::fromLatin1(output.data(), output.size());
    for (const QString &text : all.split(QLatin1Char('\n'))) {
        if (text.isEmpty())
            continue;
        const QRegularExpressionMatch match = line.match(text);
        // An answer with a line of another shape, or a key twice, is not systemctl's: all of it is
        // ignored rather than half believed.
        if (!match.hasMatch() || values.contains(match.captured(1)))
            return std::nullopt;
        values.insert(match.captured(1), match.captured(2));
    }
    static const QStringList states{QStringLiteral("active"),     QStringLiteral("reloading"),
                                    QStringLiteral("inactive"),   QStringLiteral("failed"),
                                    QStringLiteral("activating"), QStringLiteral("deactivating")};
    const QString activeState = values.value(QStringLiteral("ActiveState"));
    if (values.value(QStringLiteral("LoadState")) != QLatin1String("loaded") || !states.contains(activeState))
        return std::nullopt;
    ServiceState state;
    state.unit = unit;
    state.active = activeState == QLatin1String("active") || activeState == QLatin1String("reloading");
    const QRegularExpressionMatch started =
        timestamp.match(values.value(QStringLiteral("ActiveEnterTimestamp")));
    if (state.active && started.hasMatch()) {
        QDateTime since = QDateTime::fromString(started.captured(1), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        since.setTimeZone(QTimeZone::utc());
        if (since.isValid())
            state.since = since;
    }
    return state;
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
        const QString product = k3s ? QStringLiteral("K3s") : QStringLiteral("RKE2");
        const QString unit = k3s ? ServiceState::K3sUnit : ServiceState::Rke2Unit;
        const QString binary = k3s ? QStringLiteral("k3s") : QStringLiteral("rke2");
        const QString rotate =
            tr("sudo %1 certificate rotate, then sudo systemctl restart %2").arg(binary, unit);
        const QString restartOrRotate = tr("To renew them, run %1: sudo systemctl restart %2 — or, whatever "
                                           "the date: %3. Then refresh again.")
                                            .arg(on, unit, rotate);
        // The certificate the server holds: the fetched one. Its renewal window is what a restart
        // depends on.
        const std::optional<QDateTime> expiry = fetched ? fetched : current;
        if (service && expiry && now.isValid()) {
            const QString server = host.isEmpty() ? tr("the server") : host;
            const QDateTime opens = expiry->addDays(-RenewalWindowDays);
            const bool windowOpen = now >= opens;
            if (!service->active) {
                lines << tr("%1 is not running on %2. It renews its client certificates only when it starts "
                            "within %3 days of their expiry: for this one from %4.")
                             .arg(unit, server)
                             .arg(RenewalWindowDays)
                             .arg(formatDate(opens));
                lines << (windowOpen
                              ? tr("Start it %1: sudo systemctl start %2. Then refresh again.").arg(on, unit)
                              : tr("To renew it now, run %1: %2. Then refresh again.").arg(on, rotate));
            } else if (service->since && *service->since < opens) {
                lines
                    << tr("%1 on %2 has been running since %3, before this certificate's renewal window "
                          "opened (%4, %5 days before it runs out), and renews its client certificates only "
                          "when it starts.")
                           .arg(unit, server, formatDate(*service->since), formatDate(opens))
                           .arg(RenewalWindowDays);
                lines << (windowOpen
                              ? tr("A restart renews it now. Run %1: sudo systemctl restart %2. Then refresh "
                                   "again.")
                                    .arg(on, unit)
                              : tr("A restart renews it from %1 on. To renew it sooner, run %2: %3. Then "
                                   "refresh again.")
                                    .arg(formatDate(opens), on, rotate));
            } else if (service->since) {
                lines
                    << tr("%1 on %2 started %3, inside this certificate's renewal window, and still serves "
                          "it: %4 releases before May 2025 renew only within 90 days of expiry, and only the "
                          "kubeconfig %4 writes at start-up is renewed (its --write-kubeconfig option).")
                           .arg(unit, server, formatDate(*service->since), product);
                lines << tr("To renew it whatever the date, run %1: %2. Then refresh again.").arg(on, rotate);
            } else {
                lines << tr("%1 renews its client certificates only when it starts within %2 days of their "
                            "expiry.")
                             .arg(product)
                             .arg(RenewalWindowDays);
                lines << restartOrRotate;
            }
            break;
        }
        lines
            << tr("%1 renews its client certificates only when it starts within 120 days of their expiry (90 "
                  "days in releases before May 2025), and it has not restarted since.")
                   .arg(product);
        lines << restartOrRotate;
        break;
    }
    case Distribution::Kubeadm:
        lines << tr("kubeadm renews admin.conf only when asked. Run %1 (a control-plane node): sudo kubeadm "
                    "certs renew admin.conf. Then refresh again.")
                     .arg(on);
        break;
    case Distribution::Kind:
    case Distribution::MicroK8s:
    case Distribution::Minikube:
    case Distribution::K0s:
        // What check and the details pane say for this distribution.
        lines << DistributionRules::renewal(distribution);
        break;
    case Distribution::Unknown:
        lines << tr("Renew the credential where it comes from, then refresh again.");
        break;
    }
    return lines;
}

} // namespace kubeminder
