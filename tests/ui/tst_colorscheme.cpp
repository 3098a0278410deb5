#include "colorscheme.h"
#include "statusstyle.h"
#include "testdbussession.h"
#include "testenvironment.h"

#include <QApplication>
#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusVariant>
#include <QTest>
#include <QTextBrowser>

using namespace kubeminder;
using namespace kubeminder::test;

namespace {

// The desktop portal's Settings interface, answering color-scheme with a set value.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint scheme = 0;

public slots:
    QDBusVariant Read(const QString &nameSpace, const QString &key)
    {
        if (nameSpace == QLatin1String("org.freedesktop.appearance") && key == QLatin1String("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(scheme)));
        return QDBusVariant(QVariant());
    }
};

} // namespace

/// Dark mode as the desktop asks for it: the portal's setting, the override, and a dark palette
/// whose status colours still read.
class TestColorScheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { qunsetenv("KUBEMINDER_COLOR_SCHEME"); }
    void portalPreference_data();
    void portalPreference();
    void overrideWins();
    void darkPaletteIsAppliedOnlyWhenAskedAndNeeded();

private:
    TestDbusSession m_bus;
    FakePortal m_portal;
};

void TestColorScheme::initTestCase()
{
    test::setUpTestEnvironment();
    if (!TestDbusSession::available())
        QSKIP("dbus-daemon is not installed (package dbus)");
    if (!m_bus.start())
        QSKIP(qPrintable(m_bus.skipReason()));
}

void TestColorScheme::portalPreference_data()
{
    QTest::addColumn<uint>("scheme");
    QTest::addColumn<int>("preference");
    QTest::newRow("no preference") << 0u << int(ColorScheme::Preference::None);
    QTest::newRow("prefer dark") << 1u << int(ColorScheme::Preference::Dark);
    QTest::newRow("prefer light") << 2u << int(ColorScheme::Preference::Light);
    QTest::newRow("unknown value") << 7u << int(ColorScheme::Preference::None);
}

void TestColorScheme::portalPreference()
{
    QFETCH(uint, scheme);
    QFETCH(int, preference);
    const QString name = QStringLiteral("portal-%1").arg(scheme);
    QDBusConnection bus = QDBusConnection::connectToBus(m_bus.address(), name);
    QVERIFY(bus.isConnected());
    // Without a portal: no preference, and no wait.
    QCOMPARE(ColorScheme::preference(bus), ColorScheme::Preference::None);
    m_portal.scheme = scheme;
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
    QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &m_portal,
                               QDBusConnection::ExportAllSlots));
    // The call goes to our own connection: answer it from another one.
    QDBusConnection client = QDBusConnection::connectToBus(m_bus.address(), name + QStringLiteral("-client"));
    QCOMPARE(int(ColorScheme::preference(client)), preference);
    bus.unregisterObject(QStringLiteral("/org/freedesktop/portal/desktop"));
    bus.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
    QDBusConnection::disconnectFromBus(name + QStringLiteral("-client"));
    QDBusConnection::disconnectFromBus(name);
}

void TestColorScheme::overrideWins()
{
    qputenv("KUBEMINDER_COLOR_SCHEME", "dark");
    QCOMPARE(ColorScheme::preference(QDBusConnection(QString())), ColorScheme::Preference::Dark);
    qputenv("KUBEMINDER_COLOR_SCHEME", "Light");
    QCOMPARE(ColorScheme::preference(QDBusConnection(QString())), ColorScheme::Preference::Light);
}

void TestColorScheme::darkPaletteIsAppliedOnlyWhenAskedAndNeeded()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    const QPalette light = QApplication::palette();
    QVERIFY(!ColorScheme::isDark(light));
    ColorScheme::apply(*app, ColorScheme::Preference::Light);
    QVERIFY(!ColorScheme::isDark(QApplication::palette()));
    ColorScheme::apply(*app, ColorScheme::Preference::Dark);
    QVERIFY(ColorScheme::isDark(QApplication::palette()));
    // Widgets made afterwards are dark too.
    QTextBrowser browser;
    QVERIFY(ColorScheme::isDark(browser.palette()));
    QVERIFY(browser.palette().color(QPalette::Base).lightness() < 128);
    // Text and status colours read on it.
    const QPalette dark = QApplication::palette();
    QVERIFY(StatusStyle::contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7);
    QVERIFY(StatusStyle::contrast(dark.color(QPalette::WindowText), dark.color(QPalette::Window)) >= 7);
    QVERIFY(StatusStyle::contrast(StatusStyle::color(Status::Ok), dark.color(QPalette::Base)) >= 4.5);
    QApplication::setPalette(light);
}

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
