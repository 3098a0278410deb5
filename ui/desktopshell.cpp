#include "desktopshell.h"

#include "credentials/thresholdsettings.h"
#include "desktopnotifier.h"
#include "expirynotifier.h"
#include "mainwindow.h"
#include "monitor/connectionwatch.h"
#include "monitor/notificationsettings.h"
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
        connect(m_tray, &TrayIcon::refreshRequested, m_window.get(), [this](const QString &context) {
            m_window->showContext(context);
            m_window->refreshCredentials();
        });
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
    connect(m_notifier, &ExpiryNotifier::refreshRequested, m_window.get(), [this](const QString &context) {
        m_window->showContext(context);
        m_window->refreshCredentials();
    });
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
    if (m_tray) {
        m_tray->setReport(report, ThresholdSettings::read(QSettings()).warningDays);
        // A pause set elsewhere (kubeminder settings set paused-until) shows in the tray's menu too.
        m_tray->setPausedUntil(m_notifier->pausedUntil());
    }
    m_notifier->reportChecked(report);
    scheduleConnectionTests();
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
