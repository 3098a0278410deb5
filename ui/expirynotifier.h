#pragma once

#include "credentials/checkreport.h"
#include "monitor/expirymonitor.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace kubeminder {

class DesktopNotifier;
class TrayIcon;

/// Turns each check into notifications and decides when the next check is due. The rules are
/// ExpiryMonitor's (thresholds, once per credential, summaries); this class delivers them through
/// the desktop's notification server when there is one, else as the tray's own messages, and keeps
/// one single-shot timer for the next crossing or the hourly re-check. It sleeps in between: no
/// polling. Waking from suspend (logind's PrepareForSleep) asks for a check at once, because the
/// timer's monotonic clock stood still meanwhile.
class ExpiryNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ExpiryNotifier(QObject *parent = nullptr);

    /// Where notifications go: the desktop's server when `desktop` is available, else `tray`.
    void setDesktopNotifier(DesktopNotifier *desktop);
    void setTray(TrayIcon *tray);
    /// For tests: the clock (UTC).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// A check finished: announce what crossed a threshold, and schedule the next check.
    void reportChecked(const CheckReport &report);

    /// Shows one notification through the desktop's server (with "Refresh now" and "Open" when it
    /// is about one context) or, without one, as the tray's message. Other monitors (the regular
    /// connection tests) announce through this too, so every notification goes the same way.
    void announce(const QString &title, const QString &body, Status status, const QString &context);

    void pauseForAnHour();
    void pauseUntilTomorrow();
    void resume();
    /// When notifications resume (invalid: not paused).
    QDateTime pausedUntil() const;
    /// When checkRequested() fires next (invalid before the first report).
    QDateTime nextCheck() const { return m_nextCheck; }
    /// The last decision, for tests and the tray.
    const ExpiryMonitor::Decision &lastDecision() const { return m_lastDecision; }

signals:
    /// Time for a new check (the next crossing is due, the hourly re-check, or the machine woke).
    void checkRequested();
    /// "Refresh now" on a notification about `context`.
    void refreshRequested(const QString &context);
    /// "Open" or a click on a notification (empty context: a summary).
    void openRequested(const QString &context);
    void pausedChanged(const QDateTime &until);

private:
    Q_SLOT void prepareForSleep(bool sleeping);
    void deliver(const ExpiryMonitor::Decision &decision, const QDateTime &now);
    void schedule(const QDateTime &when, const QDateTime &now);
    void changePause(const std::function<void(class NotificationSettings &, const QDateTime &)> &change);

    QPointer<DesktopNotifier> m_desktop;
    QPointer<TrayIcon> m_tray;
    std::function<QDateTime()> m_clock;
    QTimer m_timer;
    QDateTime m_nextCheck;
    CheckReport m_lastReport;
    bool m_haveReport = false;
    ExpiryMonitor::Decision m_lastDecision;
    QString m_lastTrayContext; ///< what a click on the tray's last message opens
};

} // namespace kubeminder
