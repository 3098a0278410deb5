#include "desktopnotifier.h"

#include <QDBusAbstractInterface>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QStringList>
#include <QVariantMap>

namespace kubeminder {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
constexpr char Interface[] = "org.freedesktop.Notifications";
const QString DefaultAction = QStringLiteral("default");

// Servers that never send NotificationClosed would otherwise let the id map grow for ever.
constexpr qsizetype MaxTrackedNotifications = 64;

QString escapeMarkup(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            escaped += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            escaped += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            escaped += QLatin1String("&gt;");
        else
            escaped += c;
    }
    return escaped;
}

uchar urgencyByte(DesktopNotifier::Notification::Urgency urgency)
{
    switch (urgency) {
    case DesktopNotifier::Notification::Urgency::Low:
        return 0;
    case DesktopNotifier::Notification::Urgency::Normal:
        return 1;
    case DesktopNotifier::Notification::Urgency::Critical:
        return 2;
    }
    return 1;
}

QStringList flatActions(const QList<QPair<QString, QString>> &actions)
{
    QStringList flat;
    bool hasOpen = false;
    bool hasDefault = false;
    for (const auto &[key, label] : actions) {
        flat << key << label;
        hasOpen = hasOpen || key == QLatin1String(DesktopNotifier::OpenAction);
        hasDefault = hasDefault || key == DefaultAction;
    }
    // Servers only report a click on the notification itself when "default" is offered; they do
    // not show it as a button.
    if (hasOpen && !hasDefault) {
        for (const auto &[key, label] : actions) {
            if (key == QLatin1String(DesktopNotifier::OpenAction)) {
                flat << DefaultAction << label;
                break;
            }
        }
    }
    return flat;
}

} // namespace

// The server's signals, relayed by QtDBus as Qt signals (what qdbusxml2cpp generates), so they
// connect pointer-to-member. QtDBus delivers them only from the current owner of the service name.
class NotificationsProxy : public QDBusAbstractInterface
{
    Q_OBJECT

public:
    NotificationsProxy(const QDBusConnection &connection, QObject *parent)
        : QDBusAbstractInterface(Service, Path, Interface, connection, parent)
    {}

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

DesktopNotifier::DesktopNotifier(const QDBusConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_proxy(new NotificationsProxy(connection, this))
{
    connect(m_proxy, &NotificationsProxy::ActionInvoked, this, &DesktopNotifier::onActionInvoked);
    connect(m_proxy, &NotificationsProxy::NotificationClosed, this, &DesktopNotifier::onNotificationClosed);
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::isAvailable() const
{
    if (!m_connection.isConnected())
        return false;
    QDBusConnectionInterface *bus = m_connection.interface();
    if (!bus)
        return false;
    const QDBusReply<bool> registered = bus->isServiceRegistered(Service);
    if (registered.isValid() && registered.value())
        return true;
    const QDBusReply<QStringList> activatable = m_connection.call(QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListActivatableNames")));
    return activatable.isValid() && activatable.value().contains(Service);
}

uint DesktopNotifier::notify(const Notification &notification)
{
    if (!m_connection.isConnected())
        return 0;
    const QVariantMap hints{
        {QStringLiteral("urgency"), QVariant::fromValue(urgencyByte(notification.urgency))},
        {QStringLiteral("desktop-entry"), QStringLiteral("io.kubeminder.Kubeminder")},
        {QStringLiteral("category"), QStringLiteral("x-kubeminder.expiry")},
    };
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, QLatin1String(Interface), QStringLiteral("Notify"));
    call << QStringLiteral("Kubeminder") << notification.replacesId << notification.iconName
         << notification.summary << escapeMarkup(notification.body) << flatActions(notification.actions)
         << hints << qint32(notification.timeoutMs);

    const uint request = ++m_lastRequest;
    const QString contextName = notification.contextName;
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, request, contextName] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            emit notifyFailed(contextName, reply.error().message(), request);
            return;
        }
        remember(reply.value(), contextName);
        emit notified(reply.value(), contextName, request);
    });
    return request;
}

void DesktopNotifier::remember(uint id, const QString &contextName)
{
    m_contexts.insert(id, contextName);
    while (m_contexts.size() > MaxTrackedNotifications)
        m_contexts.erase(m_contexts.begin());
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_contexts.constFind(id);
    if (it == m_contexts.constEnd())
        return; // another program's notification
    emit actionInvoked(actionKey == DefaultAction ? QString::fromLatin1(OpenAction) : actionKey, it.value());
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    const auto it = m_contexts.constFind(id);
    if (it == m_contexts.constEnd())
        return;
    const QString contextName = it.value();
    m_contexts.erase(it);
    emit closed(id, contextName);
}

DesktopNotifier::Notification::Urgency DesktopNotifier::urgencyFor(Status status)
{
    switch (status) {
    case Status::Expired:
    case Status::Critical:
        return Notification::Urgency::Critical;
    case Status::Warning:
        return Notification::Urgency::Normal;
    case Status::Ok:
    case Status::Unknown:
    case Status::Error:
        return Notification::Urgency::Low;
    }
    return Notification::Urgency::Low;
}

QList<QPair<QString, QString>> DesktopNotifier::standardActions()
{
    return {{QString::fromLatin1(RefreshAction), tr("Refresh now")},
            {QString::fromLatin1(OpenAction), tr("Open")}};
}

} // namespace kubeminder

#include "desktopnotifier.moc"
