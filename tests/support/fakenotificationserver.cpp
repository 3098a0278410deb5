#include "fakenotificationserver.h"

#include <QDBusConnectionInterface>
#include <QMetaType>

#include <algorithm>

namespace kubeminder::test {

FakeNotificationServer::FakeNotificationServer(const QDBusConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{}

FakeNotificationServer::~FakeNotificationServer()
{
    unregisterService();
}

bool FakeNotificationServer::registerService()
{
    const QString path = QString::fromLatin1(ObjectPath);
    const QString name = QString::fromLatin1(ServiceName);
    if (!m_connection.isConnected()) {
        m_error = QStringLiteral("not connected: ") + m_connection.lastError().message();
        return false;
    }
    if (!m_connection.registerObject(
            path, this, QDBusConnection::ExportScriptableSlots | QDBusConnection::ExportScriptableSignals)) {
        m_error = QStringLiteral("cannot export ") + path;
        return false;
    }
    if (!m_connection.registerService(name)) {
        m_error =
            QStringLiteral("cannot own ") + name + QStringLiteral(": ") + m_connection.lastError().message();
        m_connection.unregisterObject(path);
        return false;
    }
    m_registered = true;
    return true;
}

void FakeNotificationServer::unregisterService()
{
    if (!m_registered)
        return;
    m_registered = false;
    if (!m_connection.isConnected())
        return;
    m_connection.unregisterService(QString::fromLatin1(ServiceName));
    m_connection.unregisterObject(QString::fromLatin1(ObjectPath));
}

uint FakeNotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                    const QString &summary, const QString &body, const QStringList &actions,
                                    const QVariantMap &hints, int expireTimeout)
{
    Call call;
    call.appName = appName;
    call.replacesId = replacesId;
    call.appIcon = appIcon;
    call.summary = summary;
    call.body = body;
    call.actions = actions;
    call.hints = hints;
    const QVariant urgency = hints.value(QStringLiteral("urgency"));
    if (urgency.metaType().id() == QMetaType::UChar)
        call.urgency = urgency.value<uchar>();
    call.expireTimeout = expireTimeout;
    // The specification: a replacement keeps the id it replaces.
    call.id = replacesId != 0 ? replacesId : ++m_lastId;
    m_lastId = std::max(m_lastId, call.id);
    m_open.insert(call.id);
    m_calls.append(call);
    emit notifyReceived();
    return call.id;
}

void FakeNotificationServer::CloseNotification(uint id)
{
    m_closeRequests.append(id);
    if (m_open.contains(id))
        close(id, ClosedByCall);
}

QStringList FakeNotificationServer::GetCapabilities() const
{
    return {QStringLiteral("actions"), QStringLiteral("body")};
}

QString FakeNotificationServer::GetServerInformation(QString &vendor, QString &version,
                                                     QString &specVersion) const
{
    vendor = QStringLiteral("Kubeminder tests");
    version = QStringLiteral("1.0");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("fake-notification-server");
}

void FakeNotificationServer::invokeAction(uint id, const QString &key)
{
    emit ActionInvoked(id, key);
}

void FakeNotificationServer::close(uint id, uint reason)
{
    m_open.remove(id);
    emit NotificationClosed(id, reason);
}

} // namespace kubeminder::test
