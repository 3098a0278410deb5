#pragma once

#include "credentials/checkreport.h"

#include <QDateTime>
#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace kubeminder {

/// Kubeminder in the system tray: an icon whose badge shows the worst status, a tooltip that sums
/// it up ("1 expired, 2 expiring within 7 days"), and a menu with the contexts that need attention.
/// Where the desktop has no tray (GNOME without the AppIndicator extension, some Wayland sessions)
/// isAvailable() is false and the application keeps a normal window instead.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    void show();
    void hide();

    /// Shows `report`: badge, tooltip and the menu's attention list (at most MaxListed contexts).
    void setReport(const CheckReport &report, int warningDays);
    /// Notifications are paused until `until` (invalid: not paused); the menu offers to resume.
    void setPausedUntil(const QDateTime &until);
    /// A message from the tray itself: the notification fallback where D-Bus has none.
    void showMessage(const QString &title, const QString &body, Status status);

    QMenu *menu() const { return m_menu; }
    QString toolTip() const;
    static constexpr int MaxListed = 10;

    /// The tooltip's text for a report, e.g. "1 expired · 2 expiring within 7 days".
    static QString summary(const CheckReport &report, int warningDays);

signals:
    void openRequested();
    void refreshRequested(const QString &context);
    void detailsRequested(const QString &context);
    void checkNowRequested();
    void pauseForAnHourRequested();
    void pauseUntilTomorrowRequested();
    void resumeRequested();
    void settingsRequested();
    void quitRequested();
    /// The user clicked a message shown with showMessage().
    void messageClicked();

private:
    void rebuildMenu();

    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    CheckReport m_report;
    int m_warningDays = 30;
    QDateTime m_pausedUntil;
};

} // namespace kubeminder
