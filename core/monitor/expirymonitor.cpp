#include "expirymonitor.h"

#include "support/timetext.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace kubeminder {

namespace {

constexpr qint64 MSecsPerMinute = 60 * 1000;
constexpr qint64 MSecsPerHour = 60 * MSecsPerMinute;
constexpr qint64 MSecsPerDay = 24 * MSecsPerHour;
// Names listed in a summary; the rest are counted.
// Five names keep a summary within the few lines a desktop notification shows.
constexpr int SummaryNames = 5;

// Only credentials with a real expiry are announced. Broken ones are shown in the window and the
// tray; a notification for them on every check would repeat something that has no date to cross.
bool isAnnounceable(const ContextReport &context)
{
    const CredentialReport &credential = context.credential;
    return context.status != Status::Error && credential.status != Status::Error &&
           credential.status != Status::Unknown && credential.notAfter && credential.notAfter->isValid();
}

bool anyBrokenFile(const CheckReport &report)
{
    return std::any_of(report.files.begin(), report.files.end(), [](const FileReport &file) {
        return file.status == KubeconfigDocument::Status::Error;
    });
}

// Entries are about a credential, not about what the files hold today. A credential that left
// the kubeconfig (refreshed, or its context removed) can come back: a restore from a backup, a
// launch that reads other files ($KUBECONFIG differs between a terminal and the autostart). Its
// entries stay, so it is not announced a second time, until it expired RetainAfterExpiry ago;
// by then a restore of it is rare and a repeated notice harmless. Entries from before notAfter
// was saved go when their credential is gone, as they always did. A broken file (an editor in the
// middle of a save) may hide any context: then nothing is pruned.
void prune(const CheckReport &report, NotificationLedger &ledger, const QDateTime &now)
{
    if (anyBrokenFile(report))
        return;
    QSet<QString> present;
    QSet<QString> unidentified; // a certificate unreadable this time may come back unchanged
    for (const ContextReport &context : report.contexts) {
        const QString id = context.credentialId();
        if (id.isEmpty())
            unidentified.insert(context.name);
        else
            present.insert(context.name + QLatin1Char('\n') + id);
    }
    const QDateTime horizon = now.addDays(-ExpiryMonitor::RetainAfterExpiryDays);
    ledger.removeIf([&](const NotificationLedger::Entry &entry) {
        if (present.contains(entry.context + QLatin1Char('\n') + entry.credentialId) ||
            unidentified.contains(entry.context))
            return false;
        return !entry.notAfter.isValid() || entry.notAfter < horizon;
    });
}

} // namespace

ExpiryMonitor::Decision ExpiryMonitor::evaluate(const CheckReport &report, const QDateTime &nowAnyZone,
                                                const NotificationSettings &settings,
                                                NotificationLedger &ledger)
{
    // Everything is compared in UTC, so a change of time zone (travel, summer time) moves no threshold.
    const QDateTime now = nowAnyZone.toUTC();
    const QList<int> thresholds = settings.effectiveThresholds(); // largest first, ends with 0
    const bool paused = settings.isPaused(now);
    const bool quiet = !settings.enabled || paused;

    Decision decision;
    // The next check is the earliest of the regular interval and the next threshold any credential
    // will cross, so a notification comes on time even when the interval is long.
    decision.nextCheck = now.addSecs(std::chrono::seconds(RecheckInterval).count());
    if (paused)
        // Wake up when the pause ends, so what was held back is announced without waiting for the interval.
        decision.nextCheck = qMin(decision.nextCheck, settings.pausedUntil->toUTC());

    prune(report, ledger, now);

    for (const ContextReport &context : report.contexts) {
        if (!isAnnounceable(context))
            continue;
        const QString id = context.credentialId();
        if (id.isEmpty())
            continue;
        const QDateTime notAfter = context.credential.notAfter->toUTC();
        const qint64 msecsLeft = now.msecsTo(notAfter);
        QList<int> crossed;
        for (const int days : thresholds) {
            if (msecsLeft <= days * MSecsPerDay)
                crossed << days;
            else
                decision.nextCheck = qMin(decision.nextCheck, notAfter.addMSecs(-days * MSecsPerDay));
        }
        if (crossed.isEmpty())
            continue;
        // Only the most severe threshold crossed is announced: after a week away, the user needs "expires
        // tomorrow", not three notifications for 30, 7 and 1 days.
        const int mostSevere = crossed.constLast();
        const bool announced = ledger.contains(context.name, id, mostSevere);
        // While paused or disabled nothing is marked, so the crossings are still announced once the user
        // turns notifications back on; the count lets the tray say how many are waiting.
        if (quiet) {
            if (!announced)
                ++decision.heldBack;
            continue;
        }
        // A threshold added to the settings after a more severe one was announced is marked too.
        for (const int days : crossed)
            ledger.mark(context.name, id, days, notAfter);
        if (announced)
            continue;
        Crossing crossing;
        crossing.context = context.name;
        crossing.file = context.file;
        crossing.kind = context.credential.kind;
        // A crossing is at least a Warning even if the user's thresholds put it below the warning level
        // (a 60-day notification threshold with a 30-day warning): it was worth a notification.
        crossing.status =
            msecsLeft <= 0 ? Status::Expired : worst(context.credential.status, Status::Warning);
        crossing.thresholdDays = mostSevere;
        crossing.notAfter = notAfter;
        crossing.credentialId = id;
        decision.crossings.push_back(crossing);
    }

    // Most urgent first, and a stable order for equal ones, so the summary and tests do not depend on
    // the order of contexts in the files.
    std::sort(decision.crossings.begin(), decision.crossings.end(), [](const Crossing &a, const Crossing &b) {
        return std::tie(a.thresholdDays, a.notAfter, a.context) <
               std::tie(b.thresholdDays, b.notAfter, b.context);
    });
    // Several crossings at once become one summary: a burst of notifications after a resume from
    // sleep would be noise.
    decision.summary = decision.crossings.size() > 1;
    return decision;
}

QString ExpiryMonitor::title(const Crossing &crossing, const QDateTime &now)
{
    const qint64 msecsLeft = now.msecsTo(crossing.notAfter);
    const QString kind = credentialKindLabel(crossing.kind);
    if (msecsLeft > 0)
        return tr("%1: %2 expires in %3").arg(crossing.context, kind, TimeText::duration(msecsLeft));
    // Within the first minute "expired 0 minutes ago" would read oddly; "has expired" says it plainly.
    if (-msecsLeft >= MSecsPerMinute)
        return tr("%1: %2 expired %3 ago").arg(crossing.context, kind, TimeText::duration(-msecsLeft));
    return tr("%1: %2 has expired").arg(crossing.context, kind);
}

QString ExpiryMonitor::body(const Crossing &crossing, const QDateTime &now)
{
    if (now < crossing.notAfter) {
        return tr("It stops working on %1. Refresh the credentials of “%2” (in %3) before then.")
            .arg(TimeText::dateTime(crossing.notAfter), crossing.context, crossing.file);
    }
    return tr("It stopped working on %1. Refresh the credentials of “%2” (in %3) to use it again.")
        .arg(TimeText::dateTime(crossing.notAfter), crossing.context, crossing.file);
}

QString ExpiryMonitor::summaryTitle(const std::vector<Crossing> &crossings, const QDateTime &)
{
    const qsizetype count = qsizetype(crossings.size());
    return count == 1 ? tr("1 credential needs attention")
                      : tr("%1 credentials need attention").arg(QString::number(count));
}

QString ExpiryMonitor::summaryBody(const std::vector<Crossing> &crossings, const QDateTime &)
{
    // Grouped by threshold, most urgent first, in whatever order the crossings come.
    std::vector<Crossing> sorted = crossings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Crossing &a, const Crossing &b) { return a.thresholdDays < b.thresholdDays; });
    QStringList groups;
    for (auto it = sorted.begin(); it != sorted.end();) {
        const int days = it->thresholdDays;
        const auto end =
            std::find_if(it, sorted.end(), [&](const Crossing &c) { return c.thresholdDays != days; });
        const QString count = QString::number(end - it);
        if (days == 0)
            groups << tr("%1 expired").arg(count);
        else if (days == 1)
            groups << tr("%1 expiring within 1 day").arg(count);
        else
            groups << tr("%1 expiring within %2 days").arg(count, QString::number(days));
        it = end;
    }
    QStringList names;
    for (const Crossing &crossing : sorted) {
        if (names.size() == SummaryNames)
            break;
        names << crossing.context;
    }
    const qsizetype more = qsizetype(sorted.size()) - names.size();
    QString contexts = names.join(QStringLiteral(", "));
    if (more > 0)
        contexts = tr("%1 and %2 more").arg(contexts, QString::number(more));
    return groups.join(QStringLiteral(", ")) + QLatin1Char('\n') + contexts;
}

QString ExpiryMonitor::title(const Decision &decision, const QDateTime &now)
{
    if (decision.crossings.empty())
        return {};
    return decision.summary ? summaryTitle(decision.crossings, now) : title(decision.crossings.front(), now);
}

QString ExpiryMonitor::body(const Decision &decision, const QDateTime &now)
{
    if (decision.crossings.empty())
        return {};
    return decision.summary ? summaryBody(decision.crossings, now) : body(decision.crossings.front(), now);
}

} // namespace kubeminder
