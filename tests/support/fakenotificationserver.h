#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace kubeminder::test {

/// A notification server for tests: org.freedesktop.Notifications at
/// /org/freedesktop/Notifications on the connection it is given (a TestDbusSession's, never the
/// desktop's). It records every Notify call and answers as the specification says; invokeAction()
/// and close() play the user clicking a button or dismissing a notification.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    static constexpr char ServiceName[] = "org.freedesktop.Notifications";
    static constexpr char ObjectPath[] = "/org/freedesktop/Notifications";

    /// Reasons of NotificationClosed, from the specification.
    enum CloseReason : uint { Expired = 1, Dismissed = 2, ClosedByCall = 3, Undefined = 4 };

    /// One Notify call, as it arrived.
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        /// The "urgency" hint, -1 when it is missing or not a byte (the type the specification asks for).
        int urgency = -1;
        int expireTimeout = 0;
        /// The id the server answered with.
        uint id = 0;
    };

    explicit FakeNotificationServer(const QDBusConnection &connection, QObject *parent = nullptr);
    ~FakeNotificationServer() override;

    /// Exports the object and takes the service name; false (see errorString()) when it cannot.
    bool registerService();
    /// Gives the name up and withdraws the object.
    void unregisterService();
    QString errorString() const { return m_error; }

    const QList<Call> &calls() const { return m_calls; }
    Call lastCall() const { return m_calls.isEmpty() ? Call() : m_calls.constLast(); }
    QList<uint> closeRequests() const { return m_closeRequests; }
    /// Notifications shown and not closed.
    bool isOpen(uint id) const { return m_open.contains(id); }

    /// The user chose the action `key` on notification `id` (sent whether or not `id` is open).
    void invokeAction(uint id, const QString &key);
    /// Notification `id` went away for `reason`.
    void close(uint id, uint reason = Dismissed);

public slots:
    // The org.freedesktop.Notifications interface, version 1.2.
    Q_SCRIPTABLE uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                             const QString &summary, const QString &body, const QStringList &actions,
                             const QVariantMap &hints, int expireTimeout);
    Q_SCRIPTABLE void CloseNotification(uint id);
    Q_SCRIPTABLE QStringList GetCapabilities() const;
    Q_SCRIPTABLE QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) const;

signals:
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &actionKey);
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);
    /// A Notify call was recorded (for QSignalSpy; not exported).
    void notifyReceived();

private:
    QDBusConnection m_connection;
    QList<Call> m_calls;
    QList<uint> m_closeRequests;
    QSet<uint> m_open;
    uint m_lastId = 0;
    bool m_registered = false;
    QString m_error;
};

} // namespace kubeminder::test
