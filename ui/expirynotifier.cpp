#include "expirynotifier.h"

#include "desktopnotifier.h"
#include "monitor/notificationledger.h"
#include "monitor/notificationsettings.h"
#include "trayicon.h"

#include <QDBusConnection>
#include <QSettings>

#include <algorithm>

namespace kubeminder {

ExpiryNotifier::ExpiryNotifier(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    // Precise enough for a crossing due in hours; coarse timers may fire up to 5% late.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryNotifier::checkRequested);
    // logind announces suspend and resume on the system bus; without one (containers, other
    // systems) the hourly re-check still catches up.
    QDBusConnection::systemBus().connect(
        QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
        SLOT(prepareForSleep(bool)));
}

void ExpiryNotifier::setDesktopNotifier(DesktopNotifier *desktop)
{
    m_desktop = desktop;
    if (!desktop)
        return;
    connect(desktop, &DesktopNotifier::actionInvoked, this,
            [this](const QString &key, const QString &context) {
                if (key == QLatin1String(DesktopNotifier::RefreshAction) && !context.isEmpty())
                    emit refreshRequested(context);
                else
                    emit openRequested(context);
            });
}

void ExpiryNotifier::setTray(TrayIcon *tray)
{
    m_tray = tray;
    if (tray)
        connect(tray, &TrayIcon::messageClicked, this, [this] { emit openRequested(m_lastTrayContext); });
}

void ExpiryNotifier::prepareForSleep(bool sleeping)
{
    if (!sleeping)
        emit checkRequested();
}

void ExpiryNotifier::reportChecked(const CheckReport &report)
{
    m_lastReport = report;
    m_haveReport = true;
    const QDateTime now = m_clock();
    QSettings settings;
    const NotificationSettings notificationSettings = NotificationSettings::read(settings);
    NotificationLedger ledger = NotificationLedger::load(settings);
    m_lastDecision = ExpiryMonitor::evaluate(report, now, notificationSettings, ledger);
    ledger.save(settings);
    deliver(m_lastDecision, now);
    schedule(m_lastDecision.nextCheck, now);
}

void ExpiryNotifier::deliver(const ExpiryMonitor::Decision &decision, const QDateTime &now)
{
    if (decision.crossings.empty())
        return;
    const ExpiryMonitor::Crossing &first = decision.crossings.front(); // the most urgent
    announce(ExpiryMonitor::title(decision, now), ExpiryMonitor::body(decision, now), first.status,
             decision.summary ? QString() : first.context);
}

void ExpiryNotifier::announce(const QString &title, const QString &body, Status status,
                              const QString &context)
{
    if (m_desktop && m_desktop->isAvailable()) {
        DesktopNotifier::Notification n;
        n.summary = title;
        n.body = body;
        n.urgency = DesktopNotifier::urgencyFor(status);
        n.contextName = context;
        n.iconName = QStringLiteral("io.kubeminder.Kubeminder");
        // A summary has no one context to refresh: it opens the window on the list.
        n.actions = context.isEmpty()
                        ? QList<QPair<QString, QString>>{DesktopNotifier::standardActions().constLast()}
                        : DesktopNotifier::standardActions();
        m_desktop->notify(n);
        return;
    }
    if (m_tray) {
        m_lastTrayContext = context;
        m_tray->showMessage(title, body, status);
    }
}

void ExpiryNotifier::schedule(const QDateTime &when, const QDateTime &now)
{
    m_nextCheck = when.isValid() ? when : now.addSecs(3600);
    // A crossing at this very moment was just handled; never spin on a time already past.
    const qint64 ms = std::clamp<qint64>(now.msecsTo(m_nextCheck), 1000, 3600 * 1000);
    m_timer.start(int(ms));
}

QDateTime ExpiryNotifier::pausedUntil() const
{
    const NotificationSettings settings = NotificationSettings::read(QSettings());
    return settings.isPaused(m_clock()) ? *settings.pausedUntil : QDateTime();
}

void ExpiryNotifier::changePause(const std::function<void(NotificationSettings &, const QDateTime &)> &change)
{
    QSettings settings;
    NotificationSettings notificationSettings = NotificationSettings::read(settings);
    change(notificationSettings, m_clock());
    notificationSettings.write(settings);
    settings.sync();
    emit pausedChanged(pausedUntil());
    // Resuming announces what was held back; pausing moves the next check to the pause's end.
    if (m_haveReport)
        reportChecked(m_lastReport);
}

void ExpiryNotifier::pauseForAnHour()
{
    changePause(
        [](NotificationSettings &s, const QDateTime &now) { s.pauseFor(now, std::chrono::hours(1)); });
}

void ExpiryNotifier::pauseUntilTomorrow()
{
    changePause([](NotificationSettings &s, const QDateTime &now) { s.pauseUntilTomorrow(now); });
}

void ExpiryNotifier::resume()
{
    changePause([](NotificationSettings &s, const QDateTime &) { s.resume(); });
}

} // namespace kubeminder
