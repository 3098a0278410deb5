#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimeZone>

namespace kubeminder::test {

/// The fixed "now" of every test: results never depend on today's date.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 6, 15), QTime(12, 0, 0), QTimeZone::utc());
}

/// The machine's clock, for tests that run the real binary (or anything else that reads the clock
/// itself): their certificates and expectations are built from it, so the result is the same on
/// any day. CI also runs the suite with the clock moved ahead (README, "Tests") to keep it so.
inline QDateTime realNow()
{
    return QDateTime::currentDateTimeUtc();
}

/// Call from initTestCase(): settings and state go to test locations, output is not localised.
inline void setUpTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    // As main() does: without an organisation QSettings also consults an organisation-wide file
    // it cannot write, and reports every sync as an AccessError.
    QCoreApplication::setOrganizationName(QStringLiteral("Kubeminder"));
    QLocale::setDefault(QLocale::c());
    // As main() does: the pool's threads (which may hold OpenSSL's per-thread state after an SSH
    // fetch or a TLS probe) end while the test still runs, not in the static destructors at exit,
    // where LeakSanitizer's check raced their teardown and now and then reported that state.
    static bool joinAtExit = (qAddPostRoutine([] { QThreadPool::globalInstance()->waitForDone(); }), true);
    Q_UNUSED(joinAtExit);
}

} // namespace kubeminder::test
