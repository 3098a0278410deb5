#include "desktopnotifier.h"
#include "fakenotificationserver.h"
#include "testdbussession.h"
#include "testenvironment.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace kubeminder;
using namespace kubeminder::test;

Q_DECLARE_METATYPE(kubeminder::Status)

// DesktopNotifier against a real private session bus (our own dbus-daemon) with a fake
// org.freedesktop.Notifications on a second connection: what the server receives, and which of
// the server's signals reach the application.

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

DesktopNotifier::Notification expiryNotification(const QString &contextName)
{
    DesktopNotifier::Notification notification;
    notification.summary = contextName + str(": credentials expire in 2 days");
    notification.body = str("The client certificate of user admin in /home/dev/.kube/config");
    notification.urgency = DesktopNotifier::Notification::Urgency::Normal;
    notification.actions = DesktopNotifier::standardActions();
    notification.contextName = contextName;
    return notification;
}

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void availableOnlyWhileAServerRuns();
    void availableWhenTheBusCanStartAServer();
    void unavailableWithoutABus();
    void notificationArrivesAsSent_data();
    void notificationArrivesAsSent();
    void bodyMarkupIsEscaped_data();
    void bodyMarkupIsEscaped();
    void replacesIdIsPassedThrough();
    void actionOnOurNotification_data();
    void actionOnOurNotification();
    void actionOnAForeignIdIsIgnored();
    void signalFromAnotherSenderIsIgnored();
    void closedNotificationIsForgotten();
    void failureIsReportedWithoutAServer();

private:
    bool serve();
    // Sends `notification` and waits for the server's id; 0 on failure.
    uint notifyAndWait(const DesktopNotifier::Notification &notification);

    TestDbusSession m_bus;
    int m_round = 0;
    QString m_serverName;
    QString m_clientName;
    std::unique_ptr<FakeNotificationServer> m_server;
    std::unique_ptr<DesktopNotifier> m_notifier;
};

void TestDesktopNotifier::initTestCase()
{
    setUpTestEnvironment();
    if (!TestDbusSession::available())
        QSKIP("dbus-daemon is not installed (package dbus)");
    if (!m_bus.start())
        QSKIP(qPrintable(m_bus.skipReason()));
}

// Fresh connections for every test, the notifier made before the server takes its name (as when
// Kubeminder starts before the desktop's notification daemon).
void TestDesktopNotifier::init()
{
    ++m_round;
    m_serverName = QStringLiteral("server-%1").arg(m_round);
    m_clientName = QStringLiteral("client-%1").arg(m_round);
    const QDBusConnection serverBus = QDBusConnection::connectToBus(m_bus.address(), m_serverName);
    const QDBusConnection clientBus = QDBusConnection::connectToBus(m_bus.address(), m_clientName);
    QVERIFY2(serverBus.isConnected(), qPrintable(serverBus.lastError().message()));
    QVERIFY2(clientBus.isConnected(), qPrintable(clientBus.lastError().message()));
    m_server = std::make_unique<FakeNotificationServer>(serverBus);
    m_notifier = std::make_unique<DesktopNotifier>(clientBus);
}

void TestDesktopNotifier::cleanup()
{
    m_notifier.reset();
    m_server.reset();
    QDBusConnection::disconnectFromBus(m_serverName);
    QDBusConnection::disconnectFromBus(m_clientName);
}

bool TestDesktopNotifier::serve()
{
    if (m_server->registerService())
        return true;
    qWarning("%s", qPrintable(m_server->errorString()));
    return false;
}

uint TestDesktopNotifier::notifyAndWait(const DesktopNotifier::Notification &notification)
{
    QSignalSpy notified(m_notifier.get(), &DesktopNotifier::notified);
    if (m_notifier->notify(notification) == 0 || !notified.wait(10000))
        return 0;
    return notified.constFirst().at(0).toUInt();
}

void TestDesktopNotifier::availableOnlyWhileAServerRuns()
{
    QVERIFY(!m_notifier->isAvailable());
    QVERIFY(serve());
    QVERIFY(m_notifier->isAvailable());
    m_server->unregisterService();
    QVERIFY(!m_notifier->isAvailable());
}

void TestDesktopNotifier::availableWhenTheBusCanStartAServer()
{
    // A bus of its own: the service file would make the others' "no server" untrue.
    TestDbusSession session;
    QVERIFY2(session.start(), qPrintable(session.skipReason()));
    const QString name = QStringLiteral("activatable");
    {
        DesktopNotifier notifier(QDBusConnection::connectToBus(session.address(), name));
        QVERIFY(!notifier.isAvailable());
        QVERIFY(session.addServiceFile(QString::fromLatin1(FakeNotificationServer::ServiceName),
                                       QStringLiteral("/bin/false")));
        QVERIFY(notifier.isAvailable());
    }
    QDBusConnection::disconnectFromBus(name);
}

void TestDesktopNotifier::unavailableWithoutABus()
{
    const QString name = QStringLiteral("nowhere");
    {
        const QDBusConnection nowhere =
            QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/kubeminder-test-bus"), name);
        QVERIFY(!nowhere.isConnected());
        DesktopNotifier notifier(nowhere);
        QVERIFY(!notifier.isAvailable());
        QCOMPARE(notifier.notify(expiryNotification(str("prod"))), 0u);
    }
    QDBusConnection::disconnectFromBus(name);
}

void TestDesktopNotifier::notificationArrivesAsSent_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("urgency");
    QTest::newRow("ok: low") << Status::Ok << 0;
    QTest::newRow("unknown: low") << Status::Unknown << 0;
    QTest::newRow("warning: normal") << Status::Warning << 1;
    QTest::newRow("critical: critical") << Status::Critical << 2;
    QTest::newRow("expired: critical") << Status::Expired << 2;
    QTest::newRow("error: low") << Status::Error << 0;
}

void TestDesktopNotifier::notificationArrivesAsSent()
{
    QFETCH(Status, status);
    QFETCH(int, urgency);
    QVERIFY(serve());

    DesktopNotifier::Notification notification = expiryNotification(str("prod"));
    notification.urgency = DesktopNotifier::urgencyFor(status);
    notification.iconName = str("dialog-warning");
    notification.timeoutMs = 0;
    QSignalSpy notified(m_notifier.get(), &DesktopNotifier::notified);
    const uint request = m_notifier->notify(notification);
    QVERIFY(request > 0);
    QVERIFY(notified.wait(10000));

    QCOMPARE(m_server->calls().size(), 1);
    const FakeNotificationServer::Call call = m_server->lastCall();
    QCOMPARE(call.appName, str("Kubeminder"));
    QCOMPARE(call.replacesId, 0u);
    QCOMPARE(call.appIcon, str("dialog-warning"));
    QCOMPARE(call.summary, str("prod: credentials expire in 2 days"));
    QCOMPARE(call.body, str("The client certificate of user admin in /home/dev/.kube/config"));
    QCOMPARE(call.urgency, urgency);
    // The "default" action (a click on the notification) opens, like the "Open" button.
    const QStringList actions{str("refresh"), str("Refresh now"), str("open"),
                              str("Open"),    str("default"),     str("Open")};
    QCOMPARE(call.actions, actions);
    QCOMPARE(call.hints.value(str("desktop-entry")).toString(), str("io.kubeminder.Kubeminder"));
    QCOMPARE(call.hints.value(str("category")).toString(), str("x-kubeminder.expiry"));
    QCOMPARE(call.expireTimeout, 0);

    const QList<QVariant> arguments = notified.constFirst();
    QCOMPARE(arguments.at(0).toUInt(), call.id);
    QCOMPARE(arguments.at(1).toString(), str("prod"));
    QCOMPARE(arguments.at(2).toUInt(), request);
    QVERIFY(m_notifier->isOwnNotification(call.id));
    QCOMPARE(m_notifier->contextOf(call.id), str("prod"));
}

void TestDesktopNotifier::bodyMarkupIsEscaped_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("sent");
    QTest::newRow("angle brackets") << str("user <none> in <file>")
                                    << str("user &lt;none&gt; in &lt;file&gt;");
    QTest::newRow("ampersand") << str("dev & ops") << str("dev &amp; ops");
    QTest::newRow("entity stays text") << str("&lt;b&gt;") << str("&amp;lt;b&amp;gt;");
    QTest::newRow("tag") << str("<b>bold</b> <a href=\"x\">link</a>")
                         << str("&lt;b&gt;bold&lt;/b&gt; &lt;a href=\"x\"&gt;link&lt;/a&gt;");
    QTest::newRow("quotes untouched") << str("it's \"prod\"") << str("it's \"prod\"");
    QTest::newRow("non-ASCII untouched") << str("인증서 만료 — 3일") << str("인증서 만료 — 3일");
}

void TestDesktopNotifier::bodyMarkupIsEscaped()
{
    QFETCH(QString, body);
    QFETCH(QString, sent);
    QVERIFY(serve());

    DesktopNotifier::Notification notification = expiryNotification(str("<none>"));
    notification.body = body;
    QVERIFY(notifyAndWait(notification) != 0);
    QCOMPARE(m_server->lastCall().body, sent);
    // The summary is plain text by the specification: servers do not read markup there.
    QCOMPARE(m_server->lastCall().summary, str("<none>: credentials expire in 2 days"));
}

void TestDesktopNotifier::replacesIdIsPassedThrough()
{
    QVERIFY(serve());
    const uint first = notifyAndWait(expiryNotification(str("prod")));
    QVERIFY(first != 0);

    DesktopNotifier::Notification update = expiryNotification(str("prod"));
    update.summary = str("prod: credentials expire in 1 day");
    update.replacesId = first;
    QCOMPARE(notifyAndWait(update), first);
    QCOMPARE(m_server->calls().size(), 2);
    QCOMPARE(m_server->lastCall().replacesId, first);
    QCOMPARE(m_server->lastCall().summary, str("prod: credentials expire in 1 day"));
    QCOMPARE(m_notifier->contextOf(first), str("prod"));
}

void TestDesktopNotifier::actionOnOurNotification_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("action");
    QTest::newRow("refresh") << str("staging") << str("refresh") << str("refresh");
    QTest::newRow("open") << str("staging") << str("open") << str("open");
    QTest::newRow("click on the notification opens") << str("staging") << str("default") << str("open");
    QTest::newRow("refresh from a summary") << QString() << str("refresh") << str("refresh");
}

void TestDesktopNotifier::actionOnOurNotification()
{
    QFETCH(QString, context);
    QFETCH(QString, key);
    QFETCH(QString, action);
    QVERIFY(serve());
    const uint id = notifyAndWait(expiryNotification(context));
    QVERIFY(id != 0);

    QSignalSpy invoked(m_notifier.get(), &DesktopNotifier::actionInvoked);
    m_server->invokeAction(id, key);
    QVERIFY(invoked.wait(10000));
    QCOMPARE(invoked.size(), 1);
    QCOMPARE(invoked.constFirst().at(0).toString(), action);
    QCOMPARE(invoked.constFirst().at(1).toString(), context);
}

void TestDesktopNotifier::actionOnAForeignIdIsIgnored()
{
    QVERIFY(serve());
    const uint ours = notifyAndWait(expiryNotification(str("prod")));
    QVERIFY(ours != 0);
    // Another program's notification on the same server.
    const uint foreign = m_server->Notify(str("Mail"), 0, QString(), str("New mail"), QString(),
                                          {str("default"), str("Read")}, {}, -1);
    QVERIFY(foreign != ours);

    QSignalSpy invoked(m_notifier.get(), &DesktopNotifier::actionInvoked);
    m_server->invokeAction(foreign, str("refresh"));
    m_server->invokeAction(foreign, str("default"));
    m_server->invokeAction(ours + 1000, str("refresh"));
    // The server's signals arrive in order: had any of the above got through, it would be first.
    m_server->invokeAction(ours, str("open"));
    QVERIFY(invoked.wait(10000));
    QCOMPARE(invoked.size(), 1);
    QCOMPARE(invoked.constFirst().at(0).toString(), str("open"));
    QCOMPARE(invoked.constFirst().at(1).toString(), str("prod"));
}

void TestDesktopNotifier::signalFromAnotherSenderIsIgnored()
{
    QVERIFY(serve());
    const uint ours = notifyAndWait(expiryNotification(str("prod")));
    QVERIFY(ours != 0);

    const QString name = QStringLiteral("imposter-%1").arg(m_round);
    {
        QDBusConnection imposter = QDBusConnection::connectToBus(m_bus.address(), name);
        QVERIFY(imposter.isConnected());
        QDBusMessage fake = QDBusMessage::createSignal(
            QString::fromLatin1(FakeNotificationServer::ObjectPath),
            QString::fromLatin1(FakeNotificationServer::ServiceName), QStringLiteral("ActionInvoked"));
        fake << ours << str("refresh");
        QVERIFY(imposter.send(fake));
        // A round trip to the bus on the same connection: the daemon has routed the signal before
        // it answers, so the signal is ahead of anything the real server sends from now on.
        QVERIFY(!imposter.interface()->isServiceRegistered(str("org.example.Nobody")).value());
    }
    QDBusConnection::disconnectFromBus(name);

    QSignalSpy invoked(m_notifier.get(), &DesktopNotifier::actionInvoked);
    m_server->invokeAction(ours, str("open"));
    QVERIFY(invoked.wait(10000));
    QCOMPARE(invoked.size(), 1);
    QCOMPARE(invoked.constFirst().at(0).toString(), str("open"));
}

void TestDesktopNotifier::closedNotificationIsForgotten()
{
    QVERIFY(serve());
    const uint id = notifyAndWait(expiryNotification(str("prod")));
    QVERIFY(id != 0);

    QSignalSpy closed(m_notifier.get(), &DesktopNotifier::closed);
    m_server->close(id);
    QVERIFY(closed.wait(10000));
    QCOMPARE(closed.constFirst().at(0).toUInt(), id);
    QCOMPARE(closed.constFirst().at(1).toString(), str("prod"));
    QVERIFY(!m_notifier->isOwnNotification(id));

    // The id may be the server's for someone else now.
    QSignalSpy invoked(m_notifier.get(), &DesktopNotifier::actionInvoked);
    const uint next = notifyAndWait(expiryNotification(str("staging")));
    QVERIFY(next != 0);
    m_server->invokeAction(id, str("refresh"));
    m_server->invokeAction(next, str("refresh"));
    QVERIFY(invoked.wait(10000));
    QCOMPARE(invoked.size(), 1);
    QCOMPARE(invoked.constFirst().at(1).toString(), str("staging"));
}

void TestDesktopNotifier::failureIsReportedWithoutAServer()
{
    QSignalSpy failed(m_notifier.get(), &DesktopNotifier::notifyFailed);
    QSignalSpy notified(m_notifier.get(), &DesktopNotifier::notified);
    const uint request = m_notifier->notify(expiryNotification(str("prod")));
    QVERIFY(request > 0);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.constFirst().at(0).toString(), str("prod"));
    QVERIFY(!failed.constFirst().at(1).toString().isEmpty());
    QCOMPARE(failed.constFirst().at(2).toUInt(), request);
    QCOMPARE(notified.size(), 0);
}

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
