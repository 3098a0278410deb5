#include "refreshduejob.h"

#include "credentials/checkjob.h"
#include "credentials/thresholdsettings.h"
#include "importjob.h"
#include "importsourceregistry.h"
#include "interactionhandler.h"
#include "support/timetext.h"

#include <QSettings>

namespace kubeminder {

QString RefreshDueJob::kindName(Outcome::Kind kind)
{
    switch (kind) {
    case Outcome::Kind::Refreshed:
        return QStringLiteral("refreshed");
    case Outcome::Kind::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Kind::NeedsYou:
        return QStringLiteral("needs-you");
    case Outcome::Kind::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QStringList RefreshDueJob::automaticallyDue(const CheckReport &report, int warningDays, const QDateTime &now,
                                            const ImportSourceRegistry &registry)
{
    QStringList due;
    const QDateTime dueBy = now.addDays(warningDays);
    for (const ContextReport &context : report.contexts) {
        const auto &notAfter = context.credential.notAfter;
        if (!notAfter || *notAfter > dueBy || !registry.keepsFresh(context.name))
            continue;
        const QDateTime last = registry.lastAutomaticAttempt(context.name);
        if (last.isValid() && last <= now && last.secsTo(now) < qint64(AutomaticRetryHours) * 3600)
            continue;
        due << context.name;
    }
    return due;
}

RefreshDueJob::Result RefreshDueJob::run()
{
    Result result;
    const ThresholdSettings::Saved thresholds = ThresholdSettings::read(QSettings());
    CheckJob::Setup check;
    check.paths = m_setup.paths;
    check.added = m_setup.added;
    check.options.policy = ExpiryPolicy(thresholds.warningDays, thresholds.criticalDays);
    check.options.now = m_setup.now;
    const CheckJob::Result checked = CheckJob(std::move(check)).run();
    if (checked.report.files.empty()) {
        result.error = tr("No kubeconfig file was found: set KUBECONFIG or pass --kubeconfig.");
        return result;
    }

    QSettings settings;
    const ImportSourceRegistry registry(settings);
    const QDateTime dueBy = m_setup.now.addDays(m_setup.withinDays);
    for (const ContextReport &context : checked.report.contexts) {
        if (!m_setup.only.isEmpty() && !m_setup.only.contains(context.name))
            continue;
        const std::optional<ImportSource> source = registry.find(context.name);
        const auto &notAfter = context.credential.notAfter;
        const bool due = notAfter && *notAfter <= dueBy;
        if (!due) {
            if (source)
                ++result.notDue;
            continue;
        }
        if (!source) {
            result.withoutSource << context.name;
            continue;
        }
        if (m_cancel) {
            result.cancelled = true;
            break;
        }

        Outcome outcome;
        outcome.context = context.name;
        outcome.source = source->describe();
        outcome.before = notAfter;
        outcome.expired = *notAfter <= m_setup.now;

        ImportJob::Setup setup = ImportJob::repeating(context.name, *source);
        setup.paths = m_setup.paths;
        setup.backupDirectory = m_setup.backupDirectory;
        setup.now = m_setup.now;
        UnattendedInteraction interaction;
        ImportJob job(std::move(setup), &interaction);
        const ImportJob::Result &prepared = job.prepare();
        const auto formatDate = [](const QDateTime &when) {
            return TimeText::dateTime(when);
        };
        if (!prepared.prepared) {
            // A failure that a question would have avoided needs the person; anything else failed.
            outcome.questions = interaction.questions();
            outcome.kind = outcome.questions.isEmpty() ? Outcome::Kind::Failed : Outcome::Kind::NeedsYou;
            outcome.explanation << prepared.error;
        } else if (prepared.notNewer) {
            outcome.kind = Outcome::Kind::Unchanged;
            outcome.explanation = prepared.notNewer->describe(formatDate);
            outcome.service = prepared.notNewer->service;
        } else if (!prepared.guarded.empty()) {
            // More than credentials needs a person's yes, always.
            outcome.kind = Outcome::Kind::NeedsYou;
            outcome.questions
                << tr("a yes to writing more than credentials (kubeminder refresh %1 --allow-exec "
                      "lists them)")
                       .arg(context.name);
        } else if (m_setup.dryRun) {
            outcome.kind = Outcome::Kind::Refreshed;
            outcome.after = prepared.newCredential.notAfter;
        } else {
            const ImportJob::Result &written = job.commit();
            if (written.written) {
                outcome.kind = Outcome::Kind::Refreshed;
                outcome.after =
                    written.after ? written.after->credential.notAfter : prepared.newCredential.notAfter;
            } else {
                outcome.kind = Outcome::Kind::Failed;
                outcome.explanation << written.error;
            }
        }
        result.outcomes.push_back(std::move(outcome));
    }
    return result;
}

} // namespace kubeminder
