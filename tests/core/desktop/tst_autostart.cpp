#include "desktop/autostart.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kubeminder;

namespace {

const QString EntryName = QStringLiteral("io.kubeminder.Kubeminder.desktop");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// The keys of the [Desktop Entry] group, as written (no unescaping).
QMap<QString, QString> desktopEntryKeys(const QByteArray &contents)
{
    QMap<QString, QString> keys;
    bool inGroup = false;
    for (const QString &line : QString::fromUtf8(contents).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (inGroup && equals > 0)
            keys.insert(line.left(equals), line.mid(equals + 1));
    }
    return keys;
}

/// Reads an Exec value back the way the Desktop Entry spec says a launcher does: string escapes
/// first, then quoting (a backslash inside quotes escapes the next character), then %% as %.
QStringList execArguments(const QString &value)
{
    QString unescaped;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            if (next == QLatin1Char('s'))
                unescaped += QLatin1Char(' ');
            else if (next == QLatin1Char('\\'))
                unescaped += QLatin1Char('\\');
            else
                unescaped += QLatin1Char('\\') + QString(next);
            continue;
        }
        unescaped += value.at(i);
    }

    QStringList arguments;
    QString current;
    bool inQuotes = false;
    bool started = false;
    for (qsizetype i = 0; i < unescaped.size(); ++i) {
        const QChar c = unescaped.at(i);
        if (inQuotes && c == QLatin1Char('\\') && i + 1 < unescaped.size()) {
            current += unescaped.at(++i);
        } else if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
            started = true;
        } else if (c == QLatin1Char(' ') && !inQuotes) {
            if (started)
                arguments << current;
            current.clear();
            started = false;
        } else {
            current += c;
            started = true;
        }
    }
    if (started)
        arguments << current;
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("%%"), QStringLiteral("%"));
    return arguments;
}

} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void entryPath_data();
    void entryPath();
    void enableWritesAValidEntry_data();
    void enableWritesAValidEntry();
    void disableRemovesTheEntry();
    void isEnabledReadsTheEntry_data();
    void isEnabledReadsTheEntry();
    void xdgConfigHomeIsHonoured();
    void enableReplacesAnOldEntry();
    void aSystemEntryIsHiddenNotUncovered();
    void badExecutablesAreRefused_data();
    void badExecutablesAreRefused();
    void unwritablePlacesSayWhy();

private:
    QString path(const QString &name) const { return QDir(m_dir->path()).absoluteFilePath(name); }
    QString configHome() const { return path(QStringLiteral("config")); }
    void validate(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_savedHome;
    QByteArray m_savedConfigHome;
    QByteArray m_savedConfigDirs;
};

void TestAutostart::initTestCase()
{
    test::setUpTestEnvironment();
    m_savedHome = qgetenv("HOME");
    m_savedConfigHome = qgetenv("XDG_CONFIG_HOME");
    m_savedConfigDirs = qgetenv("XDG_CONFIG_DIRS");
}

void TestAutostart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Every test has its own home, config home and (empty) system config folder, so nothing here
    // can touch the real ~/.config/autostart or see an entry installed in /etc/xdg.
    qputenv("HOME", QFile::encodeName(path(QStringLiteral("home"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome()));
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(path(QStringLiteral("xdg"))));
}

void TestAutostart::cleanupTestCase()
{
    qputenv("HOME", m_savedHome);
    qputenv("XDG_CONFIG_HOME", m_savedConfigHome);
    qputenv("XDG_CONFIG_DIRS", m_savedConfigDirs);
}

void TestAutostart::validate(const QString &file)
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty()) {
        qInfo("desktop-file-validate is not installed; the entry's keys were checked, not the whole file");
        return;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(validator, {file});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray output = process.readAll();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.constData());
    // Warnings and hints count too: the entry should be clean, not merely acceptable.
    QVERIFY2(output.trimmed().isEmpty(), output.constData());
}

void TestAutostart::entryPath_data()
{
    QTest::addColumn<QByteArray>("configHome");
    QTest::addColumn<QString>("expected");

    QTest::newRow("XDG_CONFIG_HOME") << QByteArray("/srv/cfg") << QStringLiteral("/srv/cfg/autostart/");
    QTest::newRow("XDG_CONFIG_HOME with a trailing slash")
        << QByteArray("/srv/cfg/") << QStringLiteral("/srv/cfg/autostart/");
    QTest::newRow("unset") << QByteArray() << QStringLiteral("%1/.config/autostart/");
    QTest::newRow("relative, so ignored") << QByteArray("cfg") << QStringLiteral("%1/.config/autostart/");
}

void TestAutostart::entryPath()
{
    QFETCH(QByteArray, configHome);
    QFETCH(QString, expected);
    if (configHome.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", configHome);
    if (expected.contains(QLatin1String("%1")))
        expected = expected.arg(path(QStringLiteral("home")));
    QCOMPARE(Autostart::entryPath(), expected + EntryName);
}

void TestAutostart::enableWritesAValidEntry_data()
{
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QString>("exec");
    QTest::addColumn<QString>("tryExec");

    // The expected lines are the file's bytes: the Exec quoting escapes ", `, $ and \ with a
    // backslash, and then the string escaping doubles every backslash.
    QTest::newRow("plain path") << QStringLiteral("/usr/bin/kubeminder")
                                << QStringLiteral("/usr/bin/kubeminder --minimized")
                                << QStringLiteral("/usr/bin/kubeminder");
    QTest::newRow("space") << QStringLiteral("/opt/My Apps/kubeminder")
                           << QStringLiteral("\"/opt/My Apps/kubeminder\" --minimized")
                           << QStringLiteral("/opt/My Apps/kubeminder");
    QTest::newRow("double quote") << QStringLiteral("/opt/say \"hi\"/kubeminder")
                                  << QStringLiteral("\"/opt/say \\\\\"hi\\\\\"/kubeminder\" --minimized")
                                  << QStringLiteral("/opt/say \"hi\"/kubeminder");
    QTest::newRow("single quote") << QStringLiteral("/home/o'brien/bin/kubeminder")
                                  << QStringLiteral("\"/home/o'brien/bin/kubeminder\" --minimized")
                                  << QStringLiteral("/home/o'brien/bin/kubeminder");
    QTest::newRow("dollar") << QStringLiteral("/opt/$HOME/kubeminder")
                            << QStringLiteral("\"/opt/\\\\$HOME/kubeminder\" --minimized")
                            << QStringLiteral("/opt/$HOME/kubeminder");
    QTest::newRow("backtick") << QStringLiteral("/opt/`id`/kubeminder")
                              << QStringLiteral("\"/opt/\\\\`id\\\\`/kubeminder\" --minimized")
                              << QStringLiteral("/opt/`id`/kubeminder");
    QTest::newRow("backslash") << QStringLiteral("/opt/back\\slash/kubeminder")
                               << QStringLiteral("\"/opt/back\\\\\\\\slash/kubeminder\" --minimized")
                               << QStringLiteral("/opt/back\\\\slash/kubeminder");
    QTest::newRow("percent") << QStringLiteral("/opt/100%/kubeminder")
                             << QStringLiteral("/opt/100%%/kubeminder --minimized")
                             << QStringLiteral("/opt/100%/kubeminder");
    QTest::newRow("percent and space") << QStringLiteral("/opt/100% sure/kubeminder")
                                       << QStringLiteral("\"/opt/100%% sure/kubeminder\" --minimized")
                                       << QStringLiteral("/opt/100% sure/kubeminder");
    QTest::newRow("shell operators") << QStringLiteral("/opt/a&b;c|d>e<f/kubeminder")
                                     << QStringLiteral("\"/opt/a&b;c|d>e<f/kubeminder\" --minimized")
                                     << QStringLiteral("/opt/a&b;c|d>e<f/kubeminder");
    QTest::newRow("glob, tilde, comment, parentheses")
        << QStringLiteral("/opt/~x/(*?#)/kubeminder")
        << QStringLiteral("\"/opt/~x/(*?#)/kubeminder\" --minimized")
        << QStringLiteral("/opt/~x/(*?#)/kubeminder");
    QTest::newRow("everything at once")
        << QStringLiteral("/opt/a \"b\" $c `d` \\e/kubeminder")
        << QStringLiteral("\"/opt/a \\\\\"b\\\\\" \\\\$c \\\\`d\\\\` \\\\\\\\e/kubeminder\" --minimized")
        << QStringLiteral("/opt/a \"b\" $c `d` \\\\e/kubeminder");
    QTest::newRow("not ASCII") << QStringLiteral("/home/지수/bin/kubeminder")
                               << QStringLiteral("/home/지수/bin/kubeminder --minimized")
                               << QStringLiteral("/home/지수/bin/kubeminder");
    QTest::newRow("equals sign") << QStringLiteral("/opt/a=b/kubeminder")
                                 << QStringLiteral("/opt/a=b/kubeminder --minimized")
                                 << QStringLiteral("/opt/a=b/kubeminder");
}

void TestAutostart::enableWritesAValidEntry()
{
    QFETCH(QString, executable);
    QFETCH(QString, exec);
    QFETCH(QString, tryExec);

    QVERIFY(!Autostart::isEnabled());
    QString error;
    QVERIFY2(Autostart::setEnabled(true, executable, &error), qPrintable(error));
    const QString file = configHome() + QStringLiteral("/autostart/") + EntryName;
    QCOMPARE(Autostart::entryPath(), file);
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(Autostart::isEnabled());

    const QByteArray contents = readAll(file);
    QVERIFY(contents.startsWith("[Desktop Entry]\n"));
    QVERIFY(contents.endsWith('\n'));
    const QMap<QString, QString> keys = desktopEntryKeys(contents);
    QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(keys.value(QStringLiteral("Name")), QStringLiteral("Kubeminder"));
    QVERIFY(!keys.value(QStringLiteral("Comment")).isEmpty());
    QCOMPARE(keys.value(QStringLiteral("Exec")), exec);
    QCOMPARE(keys.value(QStringLiteral("TryExec")), tryExec);
    QCOMPARE(keys.value(QStringLiteral("Icon")), QStringLiteral("io.kubeminder.Kubeminder"));
    QCOMPARE(keys.value(QStringLiteral("Terminal")), QStringLiteral("false"));
    QCOMPARE(keys.value(QStringLiteral("NoDisplay")), QStringLiteral("false"));
    QCOMPARE(keys.value(QStringLiteral("X-GNOME-Autostart-enabled")), QStringLiteral("true"));
    QVERIFY(!keys.contains(QStringLiteral("Hidden")));
    // Read back by the spec's rules, the line starts exactly this program with --minimized.
    QCOMPARE(execArguments(exec), QStringList({executable, QStringLiteral("--minimized")}));

    validate(file);
}

void TestAutostart::disableRemovesTheEntry()
{
    QString error;
    // Switching off what was never on is no error.
    QVERIFY2(Autostart::setEnabled(false, QString(), &error), qPrintable(error));
    QVERIFY(!Autostart::isEnabled());

    QVERIFY2(Autostart::setEnabled(true, QStringLiteral("/usr/bin/kubeminder"), &error), qPrintable(error));
    QVERIFY(Autostart::isEnabled());
    QVERIFY2(Autostart::setEnabled(false, QStringLiteral("/usr/bin/kubeminder"), &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(Autostart::entryPath()));
    QVERIFY(!Autostart::isEnabled());
    // Nothing else was left behind in the folder (no temporary file of the atomic write).
    QCOMPARE(QDir(QFileInfo(Autostart::entryPath()).absolutePath())
                 .entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList());

    QVERIFY2(Autostart::setEnabled(false, QStringLiteral("/usr/bin/kubeminder"), &error), qPrintable(error));
}

void TestAutostart::isEnabledReadsTheEntry_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("enabled");

    const QByteArray head =
        "[Desktop Entry]\nType=Application\nName=Kubeminder\nExec=kubeminder --minimized\n";
    QTest::newRow("an entry") << head << true;
    QTest::newRow("GNOME switch on") << head + "X-GNOME-Autostart-enabled=true\n" << true;
    QTest::newRow("hidden") << head + "Hidden=true\n" << false;
    QTest::newRow("hidden, with spaces around =") << head + "Hidden = true\n" << false;
    QTest::newRow("not hidden") << head + "Hidden=false\n" << true;
    QTest::newRow("switched off in GNOME's startup settings") << head + "X-GNOME-Autostart-enabled=false\n"
                                                              << false;
    QTest::newRow("Hidden in another group counts not") << head + "[Desktop Action other]\nHidden=true\n"
                                                        << true;
}

void TestAutostart::isEnabledReadsTheEntry()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, enabled);
    QVERIFY(writeAll(Autostart::entryPath(), contents));
    QCOMPARE(Autostart::isEnabled(), enabled);
}

void TestAutostart::xdgConfigHomeIsHonoured()
{
    const QString first = path(QStringLiteral("first"));
    const QString second = path(QStringLiteral("second"));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(first));
    QString error;
    // The autostart folder does not exist yet: it is created.
    QVERIFY2(Autostart::setEnabled(true, QStringLiteral("/usr/bin/kubeminder"), &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(first + QStringLiteral("/autostart/") + EntryName));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("home/.config"))));

    qputenv("XDG_CONFIG_HOME", QFile::encodeName(second));
    QVERIFY(!Autostart::isEnabled());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(first));
    QVERIFY(Autostart::isEnabled());

    // Unset: the spec's default, ~/.config.
    qunsetenv("XDG_CONFIG_HOME");
    QVERIFY(!Autostart::isEnabled());
    QVERIFY2(Autostart::setEnabled(true, QStringLiteral("/usr/bin/kubeminder"), &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(path(QStringLiteral("home/.config/autostart/")) + EntryName));
}

void TestAutostart::enableReplacesAnOldEntry()
{
    QVERIFY(writeAll(Autostart::entryPath(), "[Desktop Entry]\nType=Application\nName=Kubeminder\n"
                                             "Exec=/old/kubeminder\nHidden=true\n"));
    QVERIFY(!Autostart::isEnabled());
    QString error;
    QVERIFY2(Autostart::setEnabled(true, QStringLiteral("/new/kubeminder"), &error), qPrintable(error));
    QVERIFY(Autostart::isEnabled());
    const QMap<QString, QString> keys = desktopEntryKeys(readAll(Autostart::entryPath()));
    QCOMPARE(keys.value(QStringLiteral("Exec")), QStringLiteral("/new/kubeminder --minimized"));
    QVERIFY(!keys.contains(QStringLiteral("Hidden")));
    QCOMPARE(QDir(QFileInfo(Autostart::entryPath()).absolutePath())
                 .entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList(EntryName));
}

void TestAutostart::aSystemEntryIsHiddenNotUncovered()
{
    // A package may install the entry for everyone; removing ours would let that one start again.
    const QString system = path(QStringLiteral("xdg/autostart/")) + EntryName;
    QVERIFY(writeAll(system, "[Desktop Entry]\nType=Application\nName=Kubeminder\nExec=kubeminder\n"));
    QVERIFY(Autostart::isEnabled());

    QString error;
    QVERIFY2(Autostart::setEnabled(false, QStringLiteral("/usr/bin/kubeminder"), &error), qPrintable(error));
    QVERIFY(!Autostart::isEnabled());
    const QMap<QString, QString> keys = desktopEntryKeys(readAll(Autostart::entryPath()));
    QCOMPARE(keys.value(QStringLiteral("Hidden")), QStringLiteral("true"));
    QCOMPARE(keys.value(QStringLiteral("X-GNOME-Autostart-enabled")), QStringLiteral("false"));
    validate(Autostart::entryPath());

    QVERIFY2(Autostart::setEnabled(true, QStringLiteral("/usr/bin/kubeminder"), &error), qPrintable(error));
    QVERIFY(Autostart::isEnabled());
    QVERIFY(!desktopEntryKeys(readAll(Autostart::entryPath())).contains(QStringLiteral("Hidden")));

    // Without the system entry, switching off removes ours again.
    QVERIFY(QFile::remove(system));
    QVERIFY2(Autostart::setEnabled(false, QStringLiteral("/usr/bin/kubeminder"), &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(Autostart::entryPath()));
}

void TestAutostart::badExecutablesAreRefused_data()
{
    QTest::addColumn<QString>("executable");

    QTest::newRow("empty") << QString();
    QTest::newRow("relative") << QStringLiteral("bin/kubeminder");
    QTest::newRow("line break") << QStringLiteral("/opt/a\nExec=/bin/evil/kubeminder");
    QTest::newRow("tab") << QStringLiteral("/opt/a\tb/kubeminder");
    QTest::newRow("carriage return") << QStringLiteral("/opt/a\rb/kubeminder");
}

void TestAutostart::badExecutablesAreRefused()
{
    QFETCH(QString, executable);
    QString error;
    QVERIFY(!Autostart::setEnabled(true, executable, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(Autostart::entryPath()));
    QVERIFY(!Autostart::isEnabled());
    // A null error pointer is allowed.
    QVERIFY(!Autostart::setEnabled(true, executable, nullptr));
}

void TestAutostart::unwritablePlacesSayWhy()
{
    // A file where the config folder should be: no folder can be made below it, not even by root.
    QVERIFY(writeAll(path(QStringLiteral("blocker")), "not a folder"));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("blocker/config"))));
    QString error;
    QVERIFY(!Autostart::setEnabled(true, QStringLiteral("/usr/bin/kubeminder"), &error));
    QVERIFY2(error.contains(path(QStringLiteral("blocker/config/autostart"))), qPrintable(error));

    // A folder where the entry should be: it can be neither replaced nor removed.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome()));
    QVERIFY(writeAll(Autostart::entryPath() + QStringLiteral("/inside"), "x"));
    QVERIFY(!Autostart::setEnabled(true, QStringLiteral("/usr/bin/kubeminder"), &error));
    QVERIFY2(error.contains(Autostart::entryPath()), qPrintable(error));
    QVERIFY(!Autostart::setEnabled(false, QStringLiteral("/usr/bin/kubeminder"), &error));
    QVERIFY2(error.contains(Autostart::entryPath()), qPrintable(error));
    QVERIFY(QFileInfo(Autostart::entryPath()).isDir());
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
