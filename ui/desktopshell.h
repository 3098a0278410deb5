#pragma once

#include "backgroundtask.h"
#include "transfer/refreshduejob.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

class QDBusConnection;

namespace kubeminder {

class DesktopNotifier;
class ExpiryNotifier;
class MainWindow;
class TrayIcon;

/// The running application: the window, the tray icon when the desktop has a tray, desktop
/// notifications, the monitor that asks for a check when the next threshold is due, and the
/// regular connection tests when the user turned them on, and the automatic refresh of the contexts
/// the user asked to keep fresh (RefreshDueJob, when they enter the warning window, then daily). Where
/// there is no tray the window behaves as a normal window (closing it quits) and notifications
/// still work.
class DesktopShell : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool minimized = false;           ///< --minimized: start in the tray (when there is one)
        bool trayAvailable = false;       ///< usually TrayIcon::isAvailable()
        QStringList kubeconfigFiles = {}; ///< for tests: instead of the environment's
        /// The first regular connection test after start (or after turning them on), when they
        /// are on: not at once, so that starting with the session stays light.
        int firstConnectionTestDelayMs = 2 * 60 * 1000;
    };

    /// `bus` carries the desktop notifications (the session bus outside tests).
    DesktopShell(const Options &options, const QDBusConnection &bus, QObject *parent = nullptr);
    ~DesktopShell() override;

    /// Shows the window (unless starting minimised in the tray) and starts the first check.
    void start();
    /// A second launch handed its arguments over (SingleInstance): show the window, unless it
    /// only asked to start minimised.
    void handleSecondLaunch(const QStringList &arguments);

    MainWindow *window() const { return m_window.get(); }
    TrayIcon *tray() const { return m_tray; }
    ExpiryNotifier *notifier() const { return m_notifier; }

    /// Tests the connection of every context now, as the regular tests do: a server that refuses
    /// credentials it should accept is announced (ConnectionWatch decides what).
    void testConnections();
    /// When the next regular connection test runs (inactive: they are off).
    const QTimer &connectionTestTimer() const { return m_connectionTimer; }

    /// "Refresh now" on a notification or in the tray: a context with a remembered source is
    /// refreshed at once when nothing has to be asked; otherwise (or when that did not work) the
    /// window opens the refresh, where the question can be asked.
    void refreshNow(const QString &context);

private:
    void checked();
    /// Refreshes `contexts` without a question, then announces what happened and checks again.
    void refreshUnattended(const QStringList &contexts, bool automatic);
    void unattendedFinished(const RefreshDueJob::Result &result);
    void hiddenToTray();
    void scheduleConnectionTests();
    void connectionsTested();

    Options m_options;
    std::unique_ptr<MainWindow> m_window;
    TrayIcon *m_tray = nullptr;
    DesktopNotifier *m_desktop;
    ExpiryNotifier *m_notifier;
    QTimer m_connectionTimer;
    int m_connectionTestHours = 0;
    bool m_connectionTestPending = false;
    std::unique_ptr<BackgroundTask<RefreshDueJob::Result>> m_refreshTask;
    bool m_refreshAutomatic = false; ///< the unattended refresh that runs was started by the tray itself
    QStringList m_refreshAsked;      ///< the contexts of the unattended refresh that runs
};

} // namespace kubeminder
