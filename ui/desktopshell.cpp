#include "desktopshell.h"

#include "credentials/thresholdsettings.h"
#include "desktopnotifier.h"
#include "expirynotifier.h"
#include "kubeconfig/kubeconfigsources.h"
#include "mainwindow.h"
#include "monitor/connectionwatch.h"
#include "monitor/notificationsettings.h"
#include "storage/backupstore.h"
#include "support/heap.h"
#include "support/timetext.h"
#include "transfer/importsourceregistry.h"
#include "trayicon.h"

#include <QApplication>
#include <QSettings>

namespace kubeminder {

namespace {
const QString CloseHintKey = QStringLiteral("tray/closeHintShown");
}

DesktopShell::DesktopShell(const Options &options, const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_window(std::make_unique<MainWindow>())
    , m_desktop(new DesktopNotifier(bus, this))
    , m_notifier(new ExpiryNotifier(this))
{
    if (!options.kubeconfigFiles.isEmpty())
        m_window->setKubeconfigFiles(options.kubeconfigFiles);
    if (options.trayAvailable) {
        m_tray = new TrayIcon(this);
        m_window->setCloseToTray(true);
        connect(m_tray, &TrayIcon::openRequested, m_window.get(), [this] { m_window->showContext(); });
        connect(m_tray, &TrayIcon::detailsRequested, m_window.get(), &MainWindow::showContext);
        connect(m_tray, &TrayIcon::refreshRequested, this, &DesktopShell::refreshNow);
        connect(m_tray, &TrayIcon::checkNowRequested, m_window.get(), &MainWindow::reload);
        connect(m_tray, &TrayIcon::pauseForAnHourRequested, m_notifier, &ExpiryNotifier::pauseForAnHour);
        connect(m_tray, &TrayIcon::pauseUntilTomorrowRequested, m_notifier,
                &ExpiryNotifier::pauseUntilTomorrow);
        connect(m_tray, &TrayIcon::resumeRequested, m_notifier, &ExpiryNotifier::resume);
        connect(m_tray, &TrayIcon::quitRequested, m_window.get(), &MainWindow::quit);
        connect(m_tray, &TrayIcon::settingsRequested, m_window.get(), [this] {
            m_window->showContext();
            m_window->openSettings();
        });
        connect(m_notifier, &ExpiryNotifier::pausedChanged, m_tray, &TrayIcon::setPausedUntil);
        connect(m_window.get(), &MainWindow::hiddenToTray, this, &DesktopShell::hiddenToTray);
        m_tray->setPausedUntil(m_notifier->pausedUntil());
        // Without a window the application would end when the last one closes; the tray keeps it.
        QApplication::setQuitOnLastWindowClosed(false);
    }
    m_notifier->setDesktopNotifier(m_desktop);
    m_notifier->setTray(m_tray);
    connect(m_window.get(), &MainWindow::reloaded, this, &DesktopShell::checked);
    connect(m_window.get(), &MainWindow::probesFinished, this, &DesktopShell::connectionsTested);
    m_connectionTimer.setSingleShot(true);
    connect(&m_connectionTimer, &QTimer::timeout, this, &DesktopShell::testConnections);
    connect(m_notifier, &ExpiryNotifier::checkRequested, m_window.get(), &MainWindow::reload);
    connect(m_notifier, &ExpiryNotifier::openRequested, m_window.get(), &MainWindow::showContext);
    connect(m_notifier, &ExpiryNotifier::refreshRequested, this, &DesktopShell::refreshNow);
    m_refreshTask = std::make_unique<BackgroundTask<RefreshDueJob::Result>>(
        this, [this](const RefreshDueJob::Result &result) { unattendedFinished(result); });
}

DesktopShell::~DesktopShell() = default;

void DesktopShell::start()
{
    if (m_tray)
        m_tray->show();
    if (!(m_options.minimized && m_tray))
        m_window->show();
    m_window->reload();
}

void DesktopShell::handleSecondLaunch(const QStringList &arguments)
{
    if (arguments.contains(QStringLiteral("--minimized")) && m_tray)
        return;
    m_window->showContext();
}

void DesktopShell::checked()
{
    const CheckReport &report = m_window->report();
    const int warningDays = ThresholdSettings::read(QSettings()).warningDays;
    if (m_tray) {
        m_tray->setReport(report, warningDays);
        // A pause set elsewhere (kubeminder settings set paused-until) shows in the tray's menu too.
        m_tray->setPausedUntil(m_notifier->pausedUntil());
    }
    // Contexts kept fresh that are due are refreshed first; the check after that announces what
    // is still running out (and not the credentials that were just replaced).
    if (!m_refreshTask->isRunning()) {
        QSettings settings;
        ImportSourceRegistry registry(settings);
        const QStringList due =
            RefreshDueJob::automaticallyDue(report, warningDays, QDateTime::currentDateTimeUtc(), registry);
        if (!due.isEmpty()) {
            for (const QString &context : due)
                registry.setLastAutomaticAttempt(context, QDateTime::currentDateTimeUtc());
            refreshUnattended(due, true);
            return;
        }
    }
    m_notifier->reportChecked(report);
    scheduleConnectionTests();
    // The check's temporary trees are gone; the pages they held go back to the system rather than
    // stay with the tray until the next check (1,000 contexts: 76 MiB resident before, 55 after).
    Heap::releaseFreed();
}

void DesktopShell::refreshNow(const QString &context)
{
    QSettings settings;
    if (!m_refreshTask->isRunning() && ImportSourceRegistry(settings).find(context)) {
        refreshUnattended({context}, false);
        return;
    }
    m_window->showContext(context);
    m_window->refreshCredentials();
}

void DesktopShell::refreshUnattended(const QStringList &contexts, bool automatic)
{
    RefreshDueJob::Setup setup;
    setup.paths = m_window->kubectlFiles();
    setup.added = KubeconfigSources::added(QSettings());
    // Automatic: the contexts that are due. Asked for: that context, however far its expiry.
    setup.withinDays = automatic ? ThresholdSettings::read(QSettings()).warningDays : 100 * 365;
    setup.only = contexts;
    setup.backupDirectory = BackupStore::defaultDirectory();
    setup.now = QDateTime::currentDateTimeUtc();
    m_refreshAutomatic = automatic;
    m_refreshAsked = contexts;
    m_refreshTask->start([setup]() { return RefreshDueJob(setup).run(); });
}

void DesktopShell::unattendedFinished(const RefreshDueJob::Result &result)
{
    const bool automatic = m_refreshAutomatic;
    using Kind = RefreshDueJob::Outcome::Kind;
    QStringList refreshed;
    QStringList needYou;
    QString firstNeedingYou;
    for (const RefreshDueJob::Outcome &outcome : result.outcomes) {
        if (outcome.kind == Kind::Refreshed) {
            refreshed << (outcome.after
                              ? tr("%1, now until %2").arg(outcome.context, TimeText::local(*outcome.after))
                              : outcome.context);
            continue;
        }
        if (firstNeedingYou.isEmpty())
            firstNeedingYou = outcome.context;
        switch (outcome.kind) {
        case Kind::NeedsYou:
            needYou << tr("%1: needs %2").arg(outcome.context, outcome.questions.join(QStringLiteral(", ")));
            break;
        case Kind::Unchanged:
            needYou << tr("%1: the source has nothing newer. %2")
                           .arg(outcome.context, outcome.explanation.mid(1).join(QLatin1Char(' ')));
            break;
        default:
            needYou << tr("%1: %2").arg(outcome.context, outcome.explanation.join(QLatin1Char(' ')));
            break;
        }
    }
    if (!refreshed.isEmpty()) {
        const QString title = automatic
                                  ? tr("Kubeminder refreshed %n context(s)", nullptr, int(refreshed.size()))
                                  : tr("Refreshed");
        m_notifier->announce(title, refreshed.join(QLatin1Char('\n')), Status::Ok, QString());
    }
    if (!automatic && refreshed.isEmpty()) {
        // Asked for and not done: the refresh opens where its question can be asked.
        const QString context = m_refreshAsked.value(0);
        m_window->showContext(context);
        m_window->refreshCredentials();
    } else if (!needYou.isEmpty()) {
        m_notifier->announce(
            tr("Kubeminder could not refresh %n context(s) by itself", nullptr, int(needYou.size())),
            needYou.join(QLatin1Char('\n')), Status::Warning, firstNeedingYou);
    }
    // The files changed (or the attempt is recorded): check again, which announces what is still due.
    m_window->reload();
}

void DesktopShell::scheduleConnectionTests()
{
    // Read after every check, so a change in Settings (which reloads) takes effect at once.
    const int hours = ConnectionWatch::readIntervalHours(QSettings());
    if (hours == m_connectionTestHours)
        return;
    m_connectionTestHours = hours;
    if (hours == 0)
        m_connectionTimer.stop();
    else
        m_connectionTimer.start(m_options.firstConnectionTestDelayMs);
}

void DesktopShell::testConnections()
{
    if (m_connectionTestHours > 0)
        m_connectionTimer.start(m_connectionTestHours * 3600 * 1000); // a week fits in an int
    if (m_window->report().contexts.empty())
        return; // nothing to test (yet): no answer will come to wait for
    m_connectionTestPending = true;
    // A test the user started is still running: its results serve.
    m_window->testAllConnections();
}

void DesktopShell::connectionsTested()
{
    if (!m_connectionTestPending)
        return; // a test of the user's own: the window shows it
    m_connectionTestPending = false;
    QSettings settings;
    const NotificationSettings notifications = NotificationSettings::read(settings);
    // Held back, not recorded: the next test after the pause announces it.
    if (!notifications.enabled || notifications.isPaused(QDateTime::currentDateTimeUtc()))
        return;
    const ConnectionWatch::Decision decision = ConnectionWatch::decide(
        m_window->lastProbeResults(), m_window->report(), ConnectionWatch::loadLedger(settings));
    ConnectionWatch::saveLedger(settings, decision.ledger);
    // As urgent as an expired credential: either way kubectl no longer gets in.
    for (const ConnectionWatch::Alert &alert : decision.alerts)
        m_notifier->announce(alert.title, alert.body, Status::Expired, alert.context);
}

void DesktopShell::hiddenToTray()
{
    QSettings settings;
    if (settings.value(CloseHintKey).toBool() || !m_tray)
        return;
    settings.setValue(CloseHintKey, true);
    m_tray->showMessage(tr("Kubeminder is still running"),
                        tr("It keeps watching your credentials from the tray and warns before they expire. "
                           "Quit from the tray menu or with File → Quit."),
                        Status::Ok);
}

} // namespace kubeminder
