#include "contextdetails.h"
#include "desktopshell.h"
#include "expirynotifier.h"
#include "fakenotificationserver.h"
#include "importdialog.h"
#include "kubeconfigbuilder.h"
#include "mainwindow.h"
#include "monitor/connectionwatch.h"
#include "monitor/notificationledger.h"
#include "settingsdialog.h"
#include "testapiserver.h"
#include "testdbussession.h"
#include "testenvironment.h"
#include "testpki.h"
#include "transfer/importsourceregistry.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDialog>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace kubeminder;
using namespace kubeminder::test;

/// The running application: window, tray, monitor and desktop notifications together, against a
/// private D-Bus session bus with a fake notification server that records every call.
class TestDesktopShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void crossingBecomesANotification();
    void refreshActionOpensTheRefreshFlow();
    void keptFreshContextsRefreshThemselves();
    void refreshNowRefreshesDirectly();
    void sourceWithNothingNewerNeedsYou();
    void trayAndWindowOfferKeepFresh();
    void notifiedOnceAcrossRestarts();
    void simultaneousCrossingsMakeOneSummary();
    void pausedThenResumed();
    void nextCheckIsTheNextCrossing();
    void trayShowsWorstStatusAndAttentionList();
    void closingHidesToTrayWithOneHint();
    void quitAlwaysQuits_data();
    void quitAlwaysQuits();
    void withoutTrayClosingCloses();
    void minimizedStartsInTheTray();
    void secondLaunchHandsOver();
    void refusedCredentialsFoundByConnectionTests();
    void connectionTestsFollowTheSettings();
    void settingsChangedByAnotherProcessApply();

private:
    /// A K3s-like fresh kubeconfig holding `leaf`, remembered as the source of context `context`.
    QString rememberSource(const QString &context, const IssuedCertificate &leaf, bool keepFresh);
    /// A kubeconfig with one certificate context per entry of daysLeft, named c0, c1, ...
    QString writeSet(const QString &name, const QList<double> &daysLeft);
    std::unique_ptr<DesktopShell> startShell(const QStringList &files, bool tray = false,
                                             bool minimized = false, int firstConnectionTestDelayMs = 60000);

    QTemporaryDir m_dir;
    TestDbusSession m_bus;
    std::unique_ptr<FakeNotificationServer> m_server;
    QString m_clientName;
    int m_round = 0;
};

void TestDesktopShell::initTestCase()
{
    setUpTestEnvironment();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("state"))));
    if (!TestDbusSession::available())
        QSKIP("dbus-daemon is not installed (package dbus)");
    if (!m_bus.start())
        QSKIP(qPrintable(m_bus.skipReason()));
}

void TestDesktopShell::init()
{
    QSettings().clear();
    ++m_round;
    const QDBusConnection serverBus =
        QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("server-%1").arg(m_round));
    QVERIFY(serverBus.isConnected());
    m_server = std::make_unique<FakeNotificationServer>(serverBus);
    QVERIFY2(m_server->registerService(), qPrintable(m_server->errorString()));
    m_clientName = QStringLiteral("client-%1").arg(m_round);
}

void TestDesktopShell::cleanup()
{
    m_server.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("server-%1").arg(m_round));
    QDBusConnection::disconnectFromBus(m_clientName);
}

QString TestDesktopShell::writeSet(const QString &name, const QList<double> &daysLeft)
{
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("k"), QStringLiteral("https://k.example:6443"),
                    TestPki::sharedCa().certificatePem);
    for (qsizetype i = 0; i < daysLeft.size(); ++i) {
        const QString context = QStringLiteral("c%1").arg(i);
        builder.certificateUser(context, TestPki::leafExpiringIn(realNow(), daysLeft[i]))
            .context(context, QStringLiteral("k"), context);
    }
    return builder.writeTo(m_dir.filePath(name + QStringLiteral("/config")));
}

std::unique_ptr<DesktopShell> TestDesktopShell::startShell(const QStringList &files, bool tray,
                                                           bool minimized, int firstConnectionTestDelayMs)
{
    const QDBusConnection clientBus = QDBusConnection::connectToBus(m_bus.address(), m_clientName);
    auto shell = std::make_unique<DesktopShell>(
        DesktopShell::Options{.minimized = minimized,
                              .trayAvailable = tray,
                              .kubeconfigFiles = files,
                              .firstConnectionTestDelayMs = firstConnectionTestDelayMs},
        clientBus);
    QSignalSpy reloaded(shell->window(), &MainWindow::reloaded);
    shell->start();
    if (!reloaded.wait(20000))
        qWarning("the first check did not finish");
    return shell;
}

void TestDesktopShell::crossingBecomesANotification()
{
    const auto shell = startShell({writeSet(QStringLiteral("one"), {3.5, 200})});
    QTRY_COMPARE(m_server->calls().size(), 1);
    const FakeNotificationServer::Call call = m_server->lastCall();
    QCOMPARE(call.appName, QStringLiteral("Kubeminder"));
    QVERIFY2(call.summary.contains(QStringLiteral("c0")), qPrintable(call.summary));
    QVERIFY2(call.summary.contains(QStringLiteral("3 days")), qPrintable(call.summary));
    QCOMPARE(call.urgency, 2); // critical: within the 7-day threshold
    QVERIFY(call.actions.contains(QStringLiteral("refresh")));
    QVERIFY(call.actions.contains(QStringLiteral("open")));
    QVERIFY(!call.body.contains(QStringLiteral("PRIVATE")));
}

void TestDesktopShell::refreshActionOpensTheRefreshFlow()
{
    const auto shell = startShell({writeSet(QStringLiteral("refresh"), {-2})});
    QTRY_COMPARE(m_server->calls().size(), 1);
    QTRY_VERIFY(m_server->lastCall().id != 0);
    shell->window()->hide();
    m_server->invokeAction(m_server->lastCall().id, QStringLiteral("refresh"));
    // The window comes up on the context, with Import opened on it to refresh it.
    QTRY_VERIFY(shell->window()->isVisible());
    QCOMPARE(shell->window()->selectedContext(), QStringLiteral("c0"));
    auto *dialog = shell->window()->findChild<ImportDialog *>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    dialog->close();
}

QString TestDesktopShell::rememberSource(const QString &context, const IssuedCertificate &leaf,
                                         bool keepFresh)
{
    const QString source =
        KubeconfigBuilder()
            .cluster(QStringLiteral("default"), QStringLiteral("https://127.0.0.1:6443"),
                     TestPki::sharedCa().certificatePem)
            .certificateUser(QStringLiteral("default"), leaf)
            .context(QStringLiteral("default"), QStringLiteral("default"), QStringLiteral("default"))
            .currentContext(QStringLiteral("default"))
            .writeTo(m_dir.filePath(QStringLiteral("source-%1/k3s.yaml").arg(m_round)));
    QSettings settings;
    ImportSourceRegistry registry(settings);
    ImportSource remembered;
    remembered.kind = QStringLiteral("file");
    remembered.location = source;
    remembered.lastImported = realNow();
    registry.remember(context, remembered);
    registry.setKeepFresh(context, keepFresh);
    return source;
}

// A context kept fresh that enters the warning window is refreshed by the tray itself: one
// notification says so, and none says it runs out.
void TestDesktopShell::keptFreshContextsRefreshThemselves()
{
    const QString file = writeSet(QStringLiteral("auto"), {5, 200});
    const IssuedCertificate fresh = TestPki::leafExpiringIn(realNow(), 365);
    rememberSource(QStringLiteral("c0"), fresh, true);
    const auto shell = startShell({file});
    QTRY_VERIFY_WITH_TIMEOUT(readFile(file).contains(fresh.certificatePem.toBase64()), 20000);
    QTRY_COMPARE(m_server->calls().size(), 1);
    const FakeNotificationServer::Call call = m_server->lastCall();
    QVERIFY2(call.summary.contains(QStringLiteral("refreshed 1 context")), qPrintable(call.summary));
    QVERIFY2(call.body.contains(QStringLiteral("c0")), qPrintable(call.body));
    QTest::qWait(300);
    QCOMPARE(m_server->calls().size(), 1); // nothing about c0 running out: it no longer does
    QSettings settings;
    QVERIFY(ImportSourceRegistry(settings).lastAutomaticAttempt(QStringLiteral("c0")).isValid());
    QVERIFY(ImportSourceRegistry(settings).keepsFresh(QStringLiteral("c0"))); // the refresh kept the choice
}

// "Refresh now" on a notification refreshes directly when nothing has to be asked: no dialog.
void TestDesktopShell::refreshNowRefreshesDirectly()
{
    const QString file = writeSet(QStringLiteral("now"), {-2});
    const IssuedCertificate fresh = TestPki::leafExpiringIn(realNow(), 365);
    rememberSource(QStringLiteral("c0"), fresh, false);
    const auto shell = startShell({file});
    QTRY_COMPARE(m_server->calls().size(), 1);
    QTRY_VERIFY(m_server->lastCall().id != 0);
    m_server->invokeAction(m_server->lastCall().id, QStringLiteral("refresh"));
    QTRY_VERIFY_WITH_TIMEOUT(readFile(file).contains(fresh.certificatePem.toBase64()), 20000);
    QTRY_COMPARE(m_server->calls().size(), 2);
    QCOMPARE(m_server->lastCall().summary, QStringLiteral("Refreshed"));
    QVERIFY(!shell->window()->findChild<ImportDialog *>());
}

// Kept fresh, but the server hands out the same certificate: one notification that needs the
// person, with why, and its action opens the refresh.
void TestDesktopShell::sourceWithNothingNewerNeedsYou()
{
    const IssuedCertificate same = TestPki::leafExpiringIn(realNow(), 5);
    const QString file = KubeconfigBuilder()
                             .cluster(QStringLiteral("k"), QStringLiteral("https://k.example:6443"),
                                      TestPki::sharedCa().certificatePem)
                             .certificateUser(QStringLiteral("c0"), same)
                             .context(QStringLiteral("c0"), QStringLiteral("k"), QStringLiteral("c0"))
                             .writeTo(m_dir.filePath(QStringLiteral("same/config")));
    rememberSource(QStringLiteral("c0"), same, true);
    const QByteArray before = readFile(file);
    const auto shell = startShell({file});
    QTRY_VERIFY(!m_server->calls().isEmpty());
    const FakeNotificationServer::Call call = m_server->calls().first();
    QVERIFY2(call.summary.contains(QStringLiteral("could not refresh 1 context")), qPrintable(call.summary));
    QVERIFY2(call.body.contains(QStringLiteral("nothing newer")), qPrintable(call.body));
    QVERIFY(call.actions.contains(QStringLiteral("refresh")));
    QCOMPARE(readFile(file), before);
}

// The choice is offered where the context is: its tray entry and the window's Context menu, both
// only for a context whose source is remembered.
void TestDesktopShell::trayAndWindowOfferKeepFresh()
{
    const QString file = writeSet(QStringLiteral("offer"), {-3, -2});
    rememberSource(QStringLiteral("c0"), TestPki::leafExpiringIn(realNow(), 1),
                   false); // older: nothing written
    const auto shell = startShell({file}, true);
    QMenu *entry = shell->tray()->menu()->findChild<QMenu *>(QStringLiteral("trayContext:c0"));
    QVERIFY(entry);
    QAction *keep = entry->findChild<QAction *>(QStringLiteral("trayKeepFresh:c0"));
    QVERIFY(keep && keep->isCheckable() && !keep->isChecked());
    keep->trigger();
    QSettings settings;
    QVERIFY(ImportSourceRegistry(settings).keepsFresh(QStringLiteral("c0")));
    QMenu *other = shell->tray()->menu()->findChild<QMenu *>(QStringLiteral("trayContext:c1"));
    QVERIFY(other && !other->findChild<QAction *>(QStringLiteral("trayKeepFresh:c1")));

    auto *windowAction = shell->window()->findChild<QAction *>(QStringLiteral("keepFreshAction"));
    QVERIFY(windowAction);
    shell->window()->showContext(QStringLiteral("c1"));
    QVERIFY(!windowAction->isEnabled());
    shell->window()->showContext(QStringLiteral("c0"));
    QVERIFY(windowAction->isEnabled() && windowAction->isChecked());
    windowAction->trigger();
    QVERIFY(!ImportSourceRegistry(settings).keepsFresh(QStringLiteral("c0")));
    // And in the details, as a line with its link.
    auto *details = shell->window()->findChild<ContextDetails *>();
    QVERIFY(details);
    QVERIFY2(details->toPlainText().contains(QStringLiteral("Automatic refresh")),
             qPrintable(details->toPlainText()));
    emit details->anchorClicked(QUrl(QStringLiteral("kubeminder:keep-fresh")));
    QVERIFY(ImportSourceRegistry(settings).keepsFresh(QStringLiteral("c0")));
    QVERIFY(windowAction->isChecked());
    QVERIFY2(details->toPlainText().contains(QStringLiteral("Turn off")), qPrintable(details->toPlainText()));
}

void TestDesktopShell::notifiedOnceAcrossRestarts()
{
    const QString file = writeSet(QStringLiteral("restart"), {5});
    {
        const auto shell = startShell({file});
        QTRY_COMPARE(m_server->calls().size(), 1);
        shell->window()->reload();
        QSignalSpy reloaded(shell->window(), &MainWindow::reloaded);
        QVERIFY(reloaded.wait(20000));
    }
    QDBusConnection::disconnectFromBus(m_clientName);
    const auto again = startShell({file});
    QTest::qWait(200);
    QCOMPARE(m_server->calls().size(), 1); // remembered in the settings: not announced again
    QVERIFY(!NotificationLedger::load(QSettings()).isEmpty());
}

void TestDesktopShell::simultaneousCrossingsMakeOneSummary()
{
    const auto shell = startShell({writeSet(QStringLiteral("summary"), {-1, 2, 20, 300})});
    QTRY_COMPARE(m_server->calls().size(), 1);
    QTest::qWait(200);
    QCOMPARE(m_server->calls().size(), 1);
    const FakeNotificationServer::Call call = m_server->lastCall();
    QVERIFY2(call.summary.contains(QStringLiteral("3")), qPrintable(call.summary));
    QVERIFY(!call.actions.contains(QStringLiteral("refresh"))); // no one context to refresh
    QVERIFY(call.actions.contains(QStringLiteral("open")));
    QCOMPARE(call.urgency, 2);
}

void TestDesktopShell::pausedThenResumed()
{
    const QString file = writeSet(QStringLiteral("pause"), {2});
    const QDBusConnection clientBus = QDBusConnection::connectToBus(m_bus.address(), m_clientName);
    DesktopShell shell(DesktopShell::Options{.kubeconfigFiles = {file}}, clientBus);
    shell.notifier()->pauseForAnHour();
    QVERIFY(shell.notifier()->pausedUntil().isValid());
    QSignalSpy reloaded(shell.window(), &MainWindow::reloaded);
    shell.start();
    QVERIFY(reloaded.wait(20000));
    QTest::qWait(200);
    QCOMPARE(m_server->calls().size(), 0);
    QCOMPARE(shell.notifier()->lastDecision().heldBack, 1);
    shell.notifier()->resume();
    QTRY_COMPARE(m_server->calls().size(), 1);
}

void TestDesktopShell::nextCheckIsTheNextCrossing()
{
    // 7 days and 5 minutes left: the next crossing (7 days) is 5 minutes away, sooner than the
    // hourly re-check. The clock is injected; nothing sleeps.
    const QDateTime now = realNow();
    const QString file = writeSet(QStringLiteral("next"), {7 + 5.0 / (24 * 60)});
    const QDBusConnection clientBus = QDBusConnection::connectToBus(m_bus.address(), m_clientName);
    DesktopShell shell(DesktopShell::Options{.kubeconfigFiles = {file}}, clientBus);
    shell.notifier()->setClock([now] { return now; });
    QSignalSpy reloaded(shell.window(), &MainWindow::reloaded);
    shell.start();
    QVERIFY(reloaded.wait(20000));
    const qint64 seconds = now.secsTo(shell.notifier()->nextCheck());
    QVERIFY2(seconds > 4 * 60 && seconds <= 5 * 60 + 5, qPrintable(QString::number(seconds)));
}

void TestDesktopShell::trayShowsWorstStatusAndAttentionList()
{
    const auto shell = startShell({writeSet(QStringLiteral("tray"), {-3, 4.5, 300})}, true);
    TrayIcon *tray = shell->tray();
    QVERIFY(tray);
    QVERIFY2(tray->toolTip().contains(QStringLiteral("1 expired")), qPrintable(tray->toolTip()));
    QVERIFY2(tray->toolTip().contains(QStringLiteral("1 expiring within 30 days")),
             qPrintable(tray->toolTip()));
    QStringList entries;
    for (QAction *action : tray->menu()->actions())
        entries << action->text();
    const QString menu = entries.join(QLatin1Char('|'));
    QVERIFY2(menu.contains(QStringLiteral("c0 — expired")), qPrintable(menu));
    QVERIFY2(menu.contains(QStringLiteral("c1 — 4 days left")), qPrintable(menu));
    QVERIFY2(!menu.contains(QStringLiteral("c2")), qPrintable(menu));
    QVERIFY(tray->menu()->findChild<QMenu *>(QStringLiteral("trayPause")));
    QVERIFY(menu.contains(QStringLiteral("Check now")) && menu.contains(QStringLiteral("Quit")));
    QVERIFY(menu.contains(QStringLiteral("Settings…")));
    // Settings… opens the window's settings.
    emit tray->settingsRequested();
    QTRY_VERIFY(shell->window()->findChild<SettingsDialog *>() &&
                shell->window()->findChild<SettingsDialog *>()->isVisible());
    shell->window()->findChild<SettingsDialog *>()->close();
    // Pausing from the tray turns the entry into Resume.
    emit tray->pauseForAnHourRequested();
    entries.clear();
    for (QAction *action : tray->menu()->actions())
        entries << action->text();
    QVERIFY2(entries.join(QLatin1Char('|')).contains(QStringLiteral("Resume notifications")),
             qPrintable(entries.join(QLatin1Char('|'))));
}

void TestDesktopShell::closingHidesToTrayWithOneHint()
{
    const auto shell = startShell({writeSet(QStringLiteral("close"), {300})}, true);
    QVERIFY(shell->window()->isVisible());
    QSignalSpy hidden(shell->window(), &MainWindow::hiddenToTray);
    shell->window()->close();
    QCOMPARE(hidden.count(), 1);
    QVERIFY(!shell->window()->isVisible());
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    QVERIFY(QSettings().value(QStringLiteral("tray/closeHintShown")).toBool());
    shell->handleSecondLaunch({QStringLiteral("kubeminder")});
    QVERIFY(shell->window()->isVisible());
    QApplication::setQuitOnLastWindowClosed(true);
}

void TestDesktopShell::quitAlwaysQuits_data()
{
    QTest::addColumn<bool>("fromTray");
    QTest::addColumn<bool>("windowHidden");
    QTest::addColumn<bool>("importDialogOpen");
    QTest::newRow("File → Quit") << false << false << false;
    QTest::newRow("File → Quit, Import dialog open") << false << false << true;
    QTest::newRow("tray Quit") << true << false << false;
    QTest::newRow("tray Quit, window in the tray") << true << true << false;
    QTest::newRow("tray Quit, Import dialog open") << true << false << true;
}

void TestDesktopShell::quitAlwaysQuits()
{
    // Quit went through "close every window", which the window that hides in the tray refused:
    // the process stayed with nothing on screen. The event loop must end, with 0.
    QFETCH(bool, fromTray);
    QFETCH(bool, windowHidden);
    QFETCH(bool, importDialogOpen);
    const auto shell = startShell({writeSet(QStringLiteral("quit"), {300})}, true);
    QVERIFY(shell->tray());
    if (windowHidden)
        shell->window()->close();
    if (importDialogOpen) {
        shell->window()->openImportDialog();
        QTRY_VERIFY(shell->window()->findChild<QDialog *>());
    }
    QTimer::singleShot(0, shell.get(), [&] {
        if (fromTray)
            emit shell->tray()->quitRequested();
        else
            shell->window()->findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
    });
    QTimer::singleShot(5000, shell.get(), [] { QCoreApplication::exit(7); }); // the watchdog
    QCOMPARE(QApplication::exec(), 0);
    QApplication::setQuitOnLastWindowClosed(true);
}

void TestDesktopShell::withoutTrayClosingCloses()
{
    const auto shell = startShell({writeSet(QStringLiteral("notray"), {300})}, false);
    QSignalSpy hidden(shell->window(), &MainWindow::hiddenToTray);
    shell->window()->close();
    QCOMPARE(hidden.count(), 0);
    QVERIFY(!shell->window()->isVisible());
    QVERIFY(!shell->tray());
}

void TestDesktopShell::minimizedStartsInTheTray()
{
    const QString file = writeSet(QStringLiteral("minimized"), {300});
    {
        const auto shell = startShell({file}, true, true);
        QVERIFY(!shell->window()->isVisible());
        shell->handleSecondLaunch({QStringLiteral("kubeminder"), QStringLiteral("--minimized")});
        QVERIFY(!shell->window()->isVisible());
        shell->handleSecondLaunch({QStringLiteral("kubeminder")});
        QVERIFY(shell->window()->isVisible());
    }
    QDBusConnection::disconnectFromBus(m_clientName);
    // Without a tray, --minimized cannot hide the only way in: the window shows.
    const auto shell = startShell({file}, false, true);
    QVERIFY(shell->window()->isVisible());
    QApplication::setQuitOnLastWindowClosed(true);
}

void TestDesktopShell::secondLaunchHandsOver()
{
    // The real binary, twice: the second launch finds the first, hands over and ends at once.
    QTemporaryDir runtime;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), m_dir.filePath(QStringLiteral("home/.state")));
    environment.insert(QStringLiteral("KUBECONFIG"), writeSet(QStringLiteral("launch"), {300}));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_bus.address());
    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(KUBEMINDER_BINARY), {QStringLiteral("--minimized")});
    QVERIFY(first.waitForStarted());
    // The first instance listens on a socket in XDG_RUNTIME_DIR before it builds its window.
    const QString socket = runtime.filePath(QStringLiteral("kubeminder-%1").arg(::getuid()));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(socket).exists(), 10000);
    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(KUBEMINDER_BINARY), QStringList());
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.state(), QProcess::Running);
    first.terminate();
    if (!first.waitForFinished(5000)) {
        first.kill();
        first.waitForFinished();
    }
}

void TestDesktopShell::refusedCredentialsFoundByConnectionTests()
{
    // A cluster that no longer accepts a certificate that is fine locally (issued by a CA the
    // server does not trust: the cluster was reinstalled), next to one it accepts and one whose
    // server is unreachable (a laptop away from that network).
    const QDateTime now = realNow();
    const IssuedCertificate &ca = TestPki::sharedCa();
    const TestApiServer::Options options = TestApiServer::k3sOnLoopback(now);
    TestApiServer server(options);
    server.start();
    QTcpServer closed; // a port that was free a moment ago: refused
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString unreachable = QStringLiteral("https://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    const IssuedCertificate otherCa =
        TestPki::ca(QStringLiteral("k3s-client-ca-before-reinstall"), now.addDays(-400), now.addDays(3000));
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("pi"), server.url(), ca.certificatePem)
        .cluster(QStringLiteral("away"), unreachable, ca.certificatePem)
        .certificateUser(QStringLiteral("good"), TestPki::leafExpiringIn(now, 200))
        .certificateUser(QStringLiteral("old"),
                         TestPki::leaf(otherCa, QStringLiteral("admin"), now.addDays(-10), now.addDays(355)))
        .context(QStringLiteral("accepted"), QStringLiteral("pi"), QStringLiteral("good"))
        .context(QStringLiteral("reinstalled"), QStringLiteral("pi"), QStringLiteral("old"))
        .context(QStringLiteral("offline"), QStringLiteral("away"), QStringLiteral("good"));
    const QString file = builder.writeTo(m_dir.filePath(QStringLiteral("probed/config")));

    const auto shell = startShell({file});
    QSignalSpy tested(shell->window(), &MainWindow::probesFinished);
    shell->testConnections();
    QVERIFY(tested.wait(30000));
    QTRY_COMPARE(m_server->calls().size(), 1);
    const FakeNotificationServer::Call call = m_server->lastCall();
    QVERIFY2(call.summary.contains(QStringLiteral("“reinstalled”")) &&
                 call.summary.contains(QStringLiteral("refuses")),
             qPrintable(call.summary));
    QVERIFY2(call.body.contains(QStringLiteral("CA")), qPrintable(call.body));
    QCOMPARE(call.urgency, 2);
    QVERIFY(call.actions.contains(QStringLiteral("refresh")));
    QCOMPARE(ConnectionWatch::loadLedger(QSettings()).keys(), QStringList{QStringLiteral("reinstalled")});

    // The next test finds the same: nothing new, even after a restart.
    shell->testConnections();
    QVERIFY(tested.wait(30000));
    const auto restarted = startShell({file});
    QSignalSpy testedAgain(restarted->window(), &MainWindow::probesFinished);
    restarted->testConnections();
    QVERIFY(testedAgain.wait(30000));
    QTest::qWait(300);
    QCOMPARE(m_server->calls().size(), 1);

    // A test the user runs from the window announces nothing: the window shows it.
    QSettings().remove(ConnectionWatch::ledgerKey());
    restarted->window()->testAllConnections();
    QVERIFY(testedAgain.wait(30000));
    QTest::qWait(300);
    QCOMPARE(m_server->calls().size(), 1);
}

void TestDesktopShell::connectionTestsFollowTheSettings()
{
    const QString file = writeSet(QStringLiteral("schedule"), {200});
    // Off by default.
    auto shell = startShell({file}, false, false, 5000);
    QVERIFY(!shell->connectionTestTimer().isActive());

    // Turned on in Settings (which reloads): the first test comes after the delay, then every N hours.
    {
        QSettings settings;
        QVERIFY(ConnectionWatch::writeIntervalHours(settings, 6));
    }
    QSignalSpy reloaded(shell->window(), &MainWindow::reloaded);
    shell->window()->reload();
    QVERIFY(reloaded.wait(20000));
    QVERIFY(shell->connectionTestTimer().isActive());
    QCOMPARE(shell->connectionTestTimer().interval(), 5000);
    shell->testConnections();
    QCOMPARE(shell->connectionTestTimer().interval(), 6 * 3600 * 1000);

    // Turned off: no more tests.
    {
        QSettings settings;
        QVERIFY(ConnectionWatch::writeIntervalHours(settings, 0));
    }
    shell->window()->reload();
    QVERIFY(reloaded.wait(20000));
    QVERIFY(!shell->connectionTestTimer().isActive());
}

void TestDesktopShell::settingsChangedByAnotherProcessApply()
{
    // `kubeminder settings` writes the settings file the running window reads: the window notices.
    const QString previousName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("kubeminder")); // the file the binary writes
    const auto restoreName = qScopeGuard([&] { QCoreApplication::setApplicationName(previousName); });
    QSettings().clear();

    const auto shell = startShell({writeSet(QStringLiteral("external"), {20})}, true);
    MainWindow *window = shell->window();
    QCOMPARE(window->report().contexts.front().status, Status::Warning); // 20 days, warning at 30
    // The window's own writes (the notification ledger after every check, its layout) are no
    // reason to reload: no reload follows the first check.
    QSignalSpy reloaded(window, &MainWindow::reloaded);
    QVERIFY(!reloaded.wait(1500));

    QProcess command;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("settings")));
    command.setProcessEnvironment(env);
    command.start(QStringLiteral(KUBEMINDER_BINARY), {QStringLiteral("settings"), QStringLiteral("set"),
                                                      QStringLiteral("warning-days"), QStringLiteral("10")});
    QVERIFY(command.waitForFinished(20000));
    QVERIFY2(command.exitCode() == 0, command.readAllStandardError().constData());
    QVERIFY2(QFileInfo(QSettings().fileName()).exists(), qPrintable(QSettings().fileName()));

    QVERIFY(reloaded.wait(5000));
    QCOMPARE(window->report().contexts.front().status, Status::Ok);

    // A pause set on the command line shows in the tray's menu, as one set there would.
    command.start(QStringLiteral(KUBEMINDER_BINARY), {QStringLiteral("settings"), QStringLiteral("set"),
                                                      QStringLiteral("paused-until"), QStringLiteral("1h")});
    QVERIFY(command.waitForFinished(20000));
    QCOMPARE(command.exitCode(), 0);
    QVERIFY(reloaded.wait(5000));
    QVERIFY(shell->tray()->menu()->findChild<QAction *>(QStringLiteral("trayResume")));
}

QTEST_MAIN(TestDesktopShell)
#include "tst_desktopshell.moc"
