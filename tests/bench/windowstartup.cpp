// kubeminder_windowbench: how long the window takes to show its contexts, and how much memory it
// needs, measured inside one process the way `kubeminder` starts its window (app/main.cpp).
// Driven by tests/bench/window_startup.sh and the bench/window-smoke test. Not a test itself:
// it prints the figures as one line of JSON and leaves the judging to the script.
//
//   kubeminder_windowbench [--expect-rows N] [--timeout-ms T] FILE... | KUBECONFIG-style list
//
// Times are in ms from the first line of main(). Two figures say what happened before it (the
// dynamic loader, static initialisers): the process age at main() from /proc/self/stat (clock-tick
// resolution, 10 ms), and, when the caller exports KUBEMINDER_BENCH_LAUNCH_US (microseconds since
// the epoch, e.g. bash's EPOCHREALTIME just before the exec), the time since that launch.
//
// Exit status: 0 measured, 1 timed out or another row count than --expect-rows, 2 bad arguments.

#include "mainwindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

using namespace kubeminder;

namespace {

// Set by the first line of main(): every figure is measured from here.
QElapsedTimer g_sinceMain;

double msSinceMain()
{
    return double(g_sinceMain.nsecsElapsed()) / 1e6;
}

double clockMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The kernel's start time counts from the fork, so this includes exec, the dynamic loader and
// static initialisers. Field 22 of /proc/self/stat, in clock ticks since boot; the command name
// (field 2) may hold spaces, so fields are counted after its closing parenthesis.
std::optional<double> processAgeMs(double bootMsAtMain)
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    constexpr int StartTimeAfterName = 22 - 3; // fields 3.. follow the name
    if (fields.size() <= StartTimeAfterName)
        return std::nullopt;
    bool ok = false;
    const qulonglong ticks = fields.at(StartTimeAfterName).toULongLong(&ok);
    const long hz = sysconf(_SC_CLK_TCK);
    if (!ok || hz <= 0)
        return std::nullopt;
    return bootMsAtMain - double(ticks) * 1e3 / double(hz);
}

// A field of /proc/self/status in KiB (VmHWM: the kernel's peak resident set; VmRSS: the current
// one), -1 when unknown.
qint64 statusKiB(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.startsWith(QByteArray(key + ':')))
            continue;
        bool ok = false;
        const qint64 kib = line.mid(key.size() + 1).trimmed().split(' ').constFirst().toLongLong(&ok);
        return ok ? kib : -1;
    }
    return -1;
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString number(const std::optional<double> &value)
{
    return value ? number(*value) : QStringLiteral("null");
}

struct Options
{
    QStringList files;
    int expectRows = -1;
    int timeoutMs = 60000;
};

std::optional<Options> parseOptions(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const QCommandLineOption expect(QStringLiteral("expect-rows"),
                                    QStringLiteral("Fail unless the table ends with N rows."),
                                    QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"),
                                     QStringLiteral("Give up after T ms (default 60000)."),
                                     QStringLiteral("T"));
    parser.addOptions({expect, timeout});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Kubeconfig files, or one KUBECONFIG-style list."));
    // Platform options (-platform offscreen) are QApplication's; leave them to it.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "kubeminder_windowbench: %s\n", qPrintable(parser.errorText()));
        return std::nullopt;
    }
    Options options;
    for (const QString &argument : parser.positionalArguments())
        options.files << argument.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    bool ok = true;
    if (parser.isSet(expect))
        options.expectRows = parser.value(expect).toInt(&ok);
    if (ok && parser.isSet(timeout))
        options.timeoutMs = parser.value(timeout).toInt(&ok);
    if (!ok || options.files.isEmpty() || options.timeoutMs <= 0) {
        std::fprintf(stderr, "usage: kubeminder_windowbench [--expect-rows N] [--timeout-ms T] FILE...\n");
        return std::nullopt;
    }
    return options;
}

// Keeps the run away from the user's settings, backups and remembered sources: everything the
// window reads or writes goes under a fresh folder, so every run is a first start.
void isolateUserState(const QTemporaryDir &home)
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_STATE_HOME", QFile::encodeName(home.filePath(QStringLiteral("state"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       home.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.filePath(QStringLiteral("settings")));
}

// Watches the table from outside, by its objectName, as a user would see it.
class Probe : public QObject
{
public:
    Probe(MainWindow *window, QTableView *table, const Options &options)
        : m_table(table)
        , m_options(options)
    {
        QAbstractItemModel *model = table->model();
        const auto rowsSeen = [this] {
            if (m_firstRowsMs || m_table->model()->rowCount() == 0)
                return;
            m_firstRowsMs = msSinceMain();
            m_firstRowCount = m_table->model()->rowCount();
            // The fallback if the platform never paints: the first idle turn after the rows.
            QTimer::singleShot(0, this, [this] { m_firstIdleAfterRowsMs = msSinceMain(); });
        };
        connect(model, &QAbstractItemModel::rowsInserted, this, rowsSeen);
        connect(model, &QAbstractItemModel::modelReset, this, rowsSeen);
        connect(model, &QAbstractItemModel::layoutChanged, this, rowsSeen);
        connect(window, &MainWindow::reloaded, this, [this] {
            m_allRowsMs = msSinceMain();
            m_rowCount = m_table->model()->rowCount();
            // Give the final paint (selection, details) a moment; finish without it otherwise.
            QTimer::singleShot(PaintGraceMs, this, [this] { finish(); });
            finishWhenComplete();
        });
        table->viewport()->installEventFilter(this);
        QTimer::singleShot(options.timeoutMs, this, [this] { fail("timed out"); });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || watched != m_table->viewport() || !m_firstRowsMs)
            return false;
        // The filter runs before the paint: the first queued call afterwards marks its end,
        // after the backing store was flushed.
        if (!m_firstPaintPending) {
            m_firstPaintPending = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_firstPaintMs = msSinceMain();
                    finishWhenComplete();
                },
                Qt::QueuedConnection);
        }
        // The paint that first shows the final row count is "all rows painted"; it may come
        // before MainWindow::reloaded (the last batch paints, then the check reports done).
        if (const int rows = m_table->model()->rowCount(); rows > m_paintedRowsPending) {
            m_paintedRowsPending = rows;
            QMetaObject::invokeMethod(
                this,
                [this, rows] {
                    m_paintedRows = rows;
                    m_paintedRowsMs = msSinceMain();
                    finishWhenComplete();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

    void setStartFigures(const std::optional<double> &processAge, const std::optional<double> &sinceLaunch,
                         double appConstructed, double windowConstructed, double windowShown)
    {
        m_processAgeAtMain = processAge;
        m_launchToMain = sinceLaunch;
        m_appConstructedMs = appConstructed;
        m_windowConstructedMs = windowConstructed;
        m_windowShownMs = windowShown;
    }

    int exitCode() const { return m_exitCode; }

private:
    static constexpr int PaintGraceMs = 1000;

    void finishWhenComplete()
    {
        if (m_allRowsMs && m_firstPaintMs && m_paintedRows == m_rowCount)
            finish();
    }

    void fail(const char *why)
    {
        if (m_done)
            return;
        m_done = true;
        std::fprintf(stderr, "kubeminder_windowbench: %s (rows so far: %d)\n", why,
                     m_table->model()->rowCount());
        m_exitCode = 1;
        QCoreApplication::quit();
    }

    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const double cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                             double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
        const qint64 hwm = statusKiB("VmHWM");
        const qint64 rss = statusKiB("VmRSS");
        const auto mib = [](qint64 kib) {
            return kib < 0 ? QStringLiteral("null") : number(double(kib) / 1024.0);
        };
        QString paintSource = QStringLiteral("viewport-paint");
        std::optional<double> firstPaint = m_firstPaintMs;
        if (!firstPaint) {
            paintSource = QStringLiteral("zero-timer-after-rows");
            firstPaint = m_firstIdleAfterRowsMs;
        }
        const auto sinceLaunch = [this](const std::optional<double> &ms) -> std::optional<double> {
            if (!ms || !m_launchToMain)
                return std::nullopt;
            return *m_launchToMain + *ms;
        };
        // Flat, in a fixed order, numbers only but for two strings: easy for awk and jq alike.
        QStringList fields;
        const auto field = [&fields](const char *key, const QString &value) {
            fields << QStringLiteral("\"%1\":%2").arg(QLatin1String(key), value);
        };
        const auto text = [](const QString &value) -> QString {
            return QLatin1Char('"') + value + QLatin1Char('"');
        };
        field("platform", text(QGuiApplication::platformName()));
        field("files", QString::number(m_options.files.size()));
        field("rows", QString::number(m_rowCount));
        field("processAgeAtMainMs", number(m_processAgeAtMain));
        field("launchToMainMs", number(m_launchToMain));
        field("appConstructedMs", number(m_appConstructedMs));
        field("windowConstructedMs", number(m_windowConstructedMs));
        field("windowShownMs", number(m_windowShownMs));
        field("firstRowsMs", number(m_firstRowsMs));
        field("firstRowCount", QString::number(m_firstRowCount));
        field("firstPaintMs", number(firstPaint));
        field("firstPaintSource", text(paintSource));
        field("allRowsMs", number(m_allRowsMs));
        field("allRowsPaintedMs",
              number(m_paintedRows == m_rowCount ? m_paintedRowsMs : std::optional<double>()));
        field("firstPaintSinceLaunchMs", number(sinceLaunch(firstPaint)));
        field("allRowsSinceLaunchMs", number(sinceLaunch(m_allRowsMs)));
        field("cpuMs", number(cpuMs));
        field("peakRssMiB", number(double(usage.ru_maxrss) / 1024.0));
        field("vmHwmMiB", mib(hwm));
        field("rssAtEndMiB", mib(rss));
        const QString json = QLatin1Char('{') + fields.join(QLatin1Char(',')) + QLatin1Char('}');
        std::printf("%s\n", qPrintable(json));
        std::fflush(stdout);
        if (m_options.expectRows >= 0 && m_rowCount != m_options.expectRows) {
            std::fprintf(stderr, "kubeminder_windowbench: the table has %d rows, expected %d\n", m_rowCount,
                         m_options.expectRows);
            m_exitCode = 1;
        }
        QCoreApplication::quit();
    }

    QTableView *m_table;
    Options m_options;
    std::optional<double> m_processAgeAtMain;
    std::optional<double> m_launchToMain;
    double m_appConstructedMs = 0;
    double m_windowConstructedMs = 0;
    double m_windowShownMs = 0;
    std::optional<double> m_firstRowsMs;
    std::optional<double> m_firstIdleAfterRowsMs;
    std::optional<double> m_firstPaintMs;
    std::optional<double> m_allRowsMs;
    std::optional<double> m_paintedRowsMs; ///< when m_paintedRows were first painted
    int m_firstRowCount = 0;
    int m_rowCount = -1; ///< the final count, known at MainWindow::reloaded
    int m_paintedRows = 0;
    int m_paintedRowsPending = 0;
    int m_exitCode = 0;
    bool m_firstPaintPending = false;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    g_sinceMain.start();
    const double bootMsAtMain = clockMs(CLOCK_BOOTTIME);
    const double realMsAtMain = clockMs(CLOCK_REALTIME);
    const std::optional<double> processAge = processAgeMs(bootMsAtMain);
    std::optional<double> launchToMain;
    if (bool ok = false; qEnvironmentVariableIsSet("KUBEMINDER_BENCH_LAUNCH_US")) {
        const qint64 launchUs = qEnvironmentVariable("KUBEMINDER_BENCH_LAUNCH_US").toLongLong(&ok);
        if (ok)
            launchToMain = realMsAtMain - double(launchUs) / 1e3;
    }

    const std::optional<Options> options = parseOptions(argc, argv);
    if (!options)
        return 2;
    const QTemporaryDir home(QDir::tempPath() + QStringLiteral("/kubeminder-windowbench-XXXXXX"));
    if (!home.isValid()) {
        std::fprintf(stderr, "kubeminder_windowbench: no temporary folder: %s\n",
                     qPrintable(home.errorString()));
        return 2;
    }
    isolateUserState(home);

    // As app/main.cpp starts the window, step by step.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kubeminder"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kubeminder.io"));
    QCoreApplication::setApplicationName(QStringLiteral("kubeminder"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kubeminder"));
    QApplication::setDesktopFileName(QStringLiteral("io.kubeminder.Kubeminder"));
    const double appConstructed = msSinceMain();

    MainWindow window;
    window.setKubeconfigFiles(options->files);
    const double windowConstructed = msSinceMain();
    auto *table = window.findChild<QTableView *>(QStringLiteral("contextTable"));
    if (!table || !table->model()) {
        std::fprintf(stderr, "kubeminder_windowbench: the window has no table named contextTable\n");
        return 2;
    }
    Probe probe(&window, table, *options);
    window.show();
    const double windowShown = msSinceMain();
    window.reload();
    probe.setStartFigures(processAge, launchToMain, appConstructed, windowConstructed, windowShown);
    app.exec();
    return probe.exitCode();
}
