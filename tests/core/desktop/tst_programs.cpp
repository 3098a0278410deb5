#include "desktop/programs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;

// The command finds the window beside it (a build folder) or where an installation puts it
// (bin/kubeminder and libexec/kubeminder/kubeminder-window), and the window finds the command the
// same two ways, for autostart.
class TestPrograms : public QObject
{
    Q_OBJECT

private slots:
    void findsEachOther_data();
    void findsEachOther();
    void selfIsThisTest();

private:
    enum class Kind { Executable, NotExecutable, Folder };
    static void make(const QString &path, Kind kind);
};

void TestPrograms::make(const QString &path, Kind kind)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    if (kind == Kind::Folder) {
        QVERIFY(QDir().mkpath(path));
        return;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n");
    file.close();
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QVERIFY(file.setPermissions(kind == Kind::Executable ? readable | QFileDevice::ExeOwner : readable));
}

void TestPrograms::findsEachOther_data()
{
    QTest::addColumn<QString>("command");     // where the command is, relative to the folder
    QTest::addColumn<QString>("window");      // where a window program is, "" for none
    QTest::addColumn<int>("windowKind");      // Kind of the window file
    QTest::addColumn<QString>("foundWindow"); // what Programs::window(command) says, "" for none

    const auto executable = int(Kind::Executable);
    QTest::newRow("a build folder: side by side")
        << "build/app/kubeminder"
        << "build/app/kubeminder-window" << executable << "build/app/kubeminder-window";
    QTest::newRow("installed: libexec") << "usr/bin/kubeminder"
                                        << "usr/libexec/kubeminder/kubeminder-window" << executable
                                        << "usr/libexec/kubeminder/kubeminder-window";
    QTest::newRow("installed elsewhere: /opt")
        << "opt/kubeminder/bin/kubeminder"
        << "opt/kubeminder/libexec/kubeminder/kubeminder-window" << executable
        << "opt/kubeminder/libexec/kubeminder/kubeminder-window";
    QTest::newRow("no window: a command-line build") << "usr/bin/kubeminder"
                                                     << "" << executable << "";
    QTest::newRow("a window that is not executable is none")
        << "usr/bin/kubeminder"
        << "usr/libexec/kubeminder/kubeminder-window" << int(Kind::NotExecutable) << "";
    QTest::newRow("a folder of that name is none")
        << "usr/bin/kubeminder"
        << "usr/libexec/kubeminder/kubeminder-window" << int(Kind::Folder) << "";
    QTest::newRow("another program's libexec is not looked in")
        << "usr/bin/kubeminder"
        << "usr/libexec/kubeminder-window" << executable << "";
}

void TestPrograms::findsEachOther()
{
    QFETCH(QString, command);
    QFETCH(QString, window);
    QFETCH(int, windowKind);
    QFETCH(QString, foundWindow);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString commandPath = dir.filePath(command);
    make(commandPath, Kind::Executable);
    // The probe program lives where the window does, and is found the same way.
    const auto probeOf = [](QString windowPath) {
        return windowPath.replace(QStringLiteral("kubeminder-window"), QStringLiteral("kubeminder-probe"));
    };
    if (!window.isEmpty()) {
        make(dir.filePath(window), Kind(windowKind));
        make(dir.filePath(probeOf(window)), Kind(windowKind));
    }

    const QString expected = foundWindow.isEmpty() ? QString() : dir.filePath(foundWindow);
    QCOMPARE(Programs::window(commandPath), expected);
    QCOMPARE(Programs::probe(commandPath), probeOf(expected));
    // And back: the window names the command autostart should start.
    if (!expected.isEmpty())
        QCOMPARE(Programs::command(expected), commandPath);
}

void TestPrograms::selfIsThisTest()
{
    QCOMPARE(Programs::self(), QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath());
    // A window with no command beside it or installed with it starts itself at login: it takes
    // --minimized just the same.
    QTemporaryDir dir;
    const QString alone = dir.filePath(QStringLiteral("kubeminder-window"));
    make(alone, Kind::Executable);
    QCOMPARE(Programs::command(alone), alone);
}

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
