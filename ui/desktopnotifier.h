#pragma once

#include "credentials/status.h"

#include <QDBusConnection>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QString>

namespace kubeminder {

class NotificationsProxy;

/// Desktop notifications through the freedesktop.org Notifications service
/// (org.freedesktop.Notifications on the session bus). Only for Linux desktops: where isAvailable()
/// is false the caller falls back to the tray's own messages.
///
/// Every call to the notification server is asynchronous: a server that hangs never stalls the GUI
/// thread. The id the server gives a notification arrives with notified(); the notifier remembers
/// which context each of its ids is about, so actionInvoked() names the context, and signals about
/// notifications that other programs sent are ignored.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    /// The action keys the rest of the application understands.
    static constexpr char RefreshAction[] = "refresh";
    static constexpr char OpenAction[] = "open";

    struct Notification
    {
        enum class Urgency { Low, Normal, Critical };

        /// Plain text, one line.
        QString summary;
        /// Plain text. The notifier escapes '&', '<' and '>': most servers (GNOME Shell, Plasma,
        /// dunst) read the body as markup, and a context called "<none>" must not vanish as a tag.
        QString body;
        Urgency urgency = Urgency::Normal;
        /// (key, translated label) pairs, shown as buttons in this order. When "open" is among them
        /// the notifier also sends the "default" action (a click on the notification itself).
        QList<QPair<QString, QString>> actions;
        /// The id of a notification of ours this one replaces (0: a new one).
        uint replacesId = 0;
        QString iconName;
        /// -1: the server decides; 0: never expires.
        int timeoutMs = -1;
        /// The context the notification is about; empty for a summary of several.
        QString contextName;
    };

    explicit DesktopNotifier(const QDBusConnection &connection = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);
    ~DesktopNotifier() override;

    /// Whether a notification server runs on the bus or the bus can start one. A round trip to the
    /// bus daemon itself (never to the notification server), so it is quick; still, ask once when
    /// deciding where notifications go, not before every notification.
    bool isAvailable() const;

    /// Sends `notification` and returns at once. Returns a request number (> 0) when the call went
    /// out, 0 when it could not (no bus); the server's id for it arrives with notified(), or
    /// notifyFailed() reports why there is none.
    uint notify(const Notification &notification);

    /// The urgency a notification about a context in `status` gets.
    static Notification::Urgency urgencyFor(Status status);
    /// "Refresh now" and "Open", translated, under RefreshAction and OpenAction.
    static QList<QPair<QString, QString>> standardActions();

    /// The context a live notification of ours is about; empty for an id that is not ours.
    QString contextOf(uint id) const { return m_contexts.value(id); }
    bool isOwnNotification(uint id) const { return m_contexts.contains(id); }

signals:
    /// The server showed the notification of request `request` under `id` (pass it as replacesId
    /// to update it in place).
    void notified(uint id, const QString &contextName, uint request);
    /// The server refused or did not answer; `message` is the D-Bus error, for the log.
    void notifyFailed(const QString &contextName, const QString &message, uint request);
    /// The user chose an action on a notification of ours. A click on the notification itself
    /// ("default") arrives as "open".
    void actionInvoked(const QString &actionKey, const QString &contextName);
    /// A notification of ours went away (expired, dismissed, closed); its id is no longer valid.
    void closed(uint id, const QString &contextName);

private:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);
    void remember(uint id, const QString &contextName);

    QDBusConnection m_connection;
    NotificationsProxy *m_proxy;
    /// Our live notifications: server id → context name.
    QMap<uint, QString> m_contexts;
    uint m_lastRequest = 0;
};

} // namespace kubeminder
