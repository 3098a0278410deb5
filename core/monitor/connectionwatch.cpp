#include "connectionwatch.h"

#include "expirymonitor.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace kubeminder {

int ConnectionWatch::readIntervalHours(const QSettings &settings, QStringList *problems)
{
    const QVariant saved = settings.value(intervalKey());
    if (!saved.isValid())
        return 0;
    bool ok = false;
    const int hours = saved.toString().trimmed().toInt(&ok);
    if (ok && hours >= 0 && hours <= MaximumIntervalHours)
        return hours;
    if (problems) {
        *problems
            << tr("The connection test interval “%1” in the settings is not a number of hours from 0 to "
                  "%2; regular connection tests are off.")
                   .arg(saved.toString().left(40))
                   .arg(MaximumIntervalHours);
    }
    // Off is the safe fallback: a regular probe contacts servers and may run exec plugins, so it only
    // happens when the user chose an interval.
    return 0;
}

bool ConnectionWatch::writeIntervalHours(QSettings &settings, int hours)
{
    if (hours < 0 || hours > MaximumIntervalHours)
        return false;
    settings.setValue(intervalKey(), hours);
    return true;
}

ConnectionWatch::Ledger ConnectionWatch::loadLedger(const QSettings &settings)
{
    Ledger ledger;
    const QString saved = settings.value(ledgerKey()).toString();
    if (saved.isEmpty() || saved.size() > MaximumLedgerSize)
        return ledger; // at worst a refusal is announced again
    const QJsonObject object = QJsonDocument::fromJson(saved.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString() && !it.key().isEmpty())
            ledger.insert(it.key(), it.value().toString());
    }
    return ledger;
}

void ConnectionWatch::saveLedger(QSettings &settings, const Ledger &ledger)
{
    if (ledger.isEmpty()) {
        settings.remove(ledgerKey());
        return;
    }
    QJsonObject object;
    for (auto it = ledger.begin(); it != ledger.end(); ++it)
        object.insert(it.key(), it.value());
    settings.setValue(ledgerKey(), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

bool ConnectionWatch::isAlarming(ProbeResult::Outcome outcome)
{
    switch (outcome) {
    case ProbeResult::Outcome::Unauthorized:
    case ProbeResult::Outcome::Forbidden:
    case ProbeResult::Outcome::TlsUntrusted:
    case ProbeResult::Outcome::TlsNameMismatch:
    case ProbeResult::Outcome::TlsServerExpired:
        return true;
    default:
        return false;
    }
}

ConnectionWatch::Decision ConnectionWatch::decide(const std::vector<ProbeResult> &results,
                                                  const CheckReport &report, const Ledger &ledger)
{
    QHash<QString, const ContextReport *> contexts;
    contexts.reserve(qsizetype(report.contexts.size()));
    for (const ContextReport &context : report.contexts)
        contexts.insert(context.name, &context);
    Decision decision;
    // Contexts that are gone are forgotten; the rest stays until a test says otherwise.
    for (auto it = ledger.begin(); it != ledger.end(); ++it) {
        if (contexts.contains(it.key()))
            decision.ledger.insert(it.key(), it.value());
    }
    for (const ProbeResult &result : results) {
        if (result.ok()) {
            decision.ledger.remove(result.context);
            continue;
        }
        if (!isAlarming(result.outcome))
            continue;
        const ContextReport *local = contexts.value(result.context);
        if (!local || local->status == Status::Expired || local->status == Status::Error)
            continue;
        const QString announced = probeOutcomeName(result.outcome) + QLatin1Char(' ') + local->credentialId();
        if (decision.ledger.value(result.context) == announced)
            continue;
        decision.ledger.insert(result.context, announced);
        const QString title =
            result.outcome == ProbeResult::Outcome::Unauthorized ||
                    result.outcome == ProbeResult::Outcome::Forbidden
                ? tr("The cluster of “%1” refuses its credentials").arg(result.context)
                : tr("The server of “%1” is not the one its kubeconfig trusts").arg(result.context);
        decision.alerts.push_back({result.context, result.outcome, title, result.message});
    }
    return decision;
}

} // namespace kubeminder
