#include "desktop/singleinstance.h"
#include "testenvironment.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace kubeminder;

namespace {

// The test binary run with this first argument plays a launch of Kubeminder in its own process:
//   tst_singleinstance --as-instance NAME [ARGUMENTS...]
// It prints "primary" and serves (printing "received <JSON array>" per message) until killed, or
// hands ARGUMENTS over and exits 0 after printing "handed over" (3 and "failed ..." if it cannot).
const char AsInstance[] = "--as-instance";
constexpr int ProcessTimeoutMs = 30000;

void say(const QByteArray &line)
{
    std::fputs(QByteArray(line + '\n').constData(), stdout);
    std::fflush(stdout);
}

int runAsInstance(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    SingleInstance instance(arguments.at(2));
    if (instance.tryBecomePrimary()) {
        QObject::connect(&instance, &SingleInstance::messageReceived, &app, [](const QStringList &received) {
            say("received " +
                QJsonDocument(QJsonArray::fromStringList(received)).toJson(QJsonDocument::Compact));
        });
        say("primary");
        return QCoreApplication::exec();
    }
    if (!instance.sendToPrimary(arguments.mid(3))) {
        say("failed " + instance.errorString().toUtf8());
        return 3;
    }
    say("handed over");
    return 0;
}

/// What a second launch in a worker thread saw. The thread matters: sendToPrimary() blocks, and
/// the primary in the test's own thread can only answer while the test's event loop runs.
struct Launch
{
    bool becamePrimary = false;
    bool handedOver = false;
    QString error;
};

QFuture<Launch> launchInThread(const QString &name, const QStringList &arguments)
{
    return QtConcurrent::run([name, arguments] {
        Launch launch;
        SingleInstance second(name);
        launch.becamePrimary = second.tryBecomePrimary();
        if (!launch.becamePrimary) {
            launch.handedOver = second.sendToPrimary(arguments);
            launch.error = second.errorString();
        }
        return launch;
    });
}

QByteArray frame(const QByteArray &payload)
{
    QByteArray bytes("KMSI");
    bytes.resize(8);
    qToBigEndian<quint32>(quint32(payload.size()), bytes.data() + 4);
    return bytes + payload;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray lengthOnly(quint32 length)
{
    QByteArray bytes("KMSI");
    bytes.resize(8);
    qToBigEndian<quint32>(length, bytes.data() + 4);
    return bytes;
}

/// A Unix socket file that nothing listens on, as a killed process leaves it.
bool leaveDeadSocket(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(encoded.size()) >= sizeof(address.sun_path))
        return false;
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool bound = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    if (fd >= 0)
        ::close(fd);
    return bound;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void secondHandsOverToFirst_data();
    void secondHandsOverToFirst();
    void socketIsForItsOwnerOnly();
    void primaryRemovesItsSocketWhenDestroyed();
    void staleSocketIsRecovered_data();
    void staleSocketIsRecovered();
    void differentNamesDoNotCollide();
    void defaultNameIsPerUser();
    void sendWithoutPrimaryFailsAtOnce();
    void garbageIsIgnored_data();
    void garbageIsIgnored();
    void idleConnectionsAreClosed();
    void connectionsAreBounded();

    void secondLaunchInAnotherProcessHandsOver();
    void primaryInAnotherProcessReceivesAndItsCrashIsRecovered();
    void simultaneousLaunchesElectOnePrimary();

private:
    QString path(const QString &name) const { return QDir(m_dir->path()).absoluteFilePath(name); }
    QProcess *startInstance(const QString &name, const QStringList &arguments = {});
    static QByteArray waitForLine(QProcess *process, const QByteArray &prefix);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void TestSingleInstance::initTestCase()
{
    test::setUpTestEnvironment();
}

void TestSingleInstance::init()
{
    // Every test has its own folder, so its sockets meet neither other tests nor a real Kubeminder.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSingleInstance::cleanup()
{
    for (const std::unique_ptr<QProcess> &process : m_processes) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(ProcessTimeoutMs);
        }
    }
    m_processes.clear();
}

QProcess *TestSingleInstance::startInstance(const QString &name, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QCoreApplication::applicationFilePath(),
                   QStringList{QString::fromLatin1(AsInstance), name} + arguments);
    m_processes.push_back(std::move(process));
    return m_processes.back().get();
}

QByteArray TestSingleInstance::waitForLine(QProcess *process, const QByteArray &prefix)
{
    QDeadlineTimer deadline(ProcessTimeoutMs);
    while (!deadline.hasExpired()) {
        while (process->canReadLine()) {
            const QByteArray line = process->readLine().trimmed();
            if (line.startsWith(prefix))
                return line;
        }
        if (!process->waitForReadyRead(int(deadline.remainingTime())))
            break;
    }
    return {};
}

void TestSingleInstance::secondHandsOverToFirst_data()
{
    QTest::addColumn<bool>("plainName");
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("no arguments") << false << QStringList();
    QTest::newRow("--minimized") << false << QStringList{QStringLiteral("--minimized")};
    QTest::newRow("spaces, quotes, empty, not ASCII")
        << false
        << QStringList{QStringLiteral("--minimized"), QStringLiteral("a b"), QStringLiteral("\"q\" 'r' $x"),
                       QString(), QStringLiteral("지수")};
    QTest::newRow("plain name in the temporary folder") << true << QStringList{QStringLiteral("--minimized")};
}

void TestSingleInstance::secondHandsOverToFirst()
{
    QFETCH(bool, plainName);
    QFETCH(QStringList, arguments);
    const QString name = plainName
                             ? QStringLiteral("kubeminder-test-") + QUuid::createUuid().toString(QUuid::Id128)
                             : path(QStringLiteral("instance"));

    SingleInstance first(name);
    QCOMPARE(first.serverName(), name);
    QVERIFY(!first.isPrimary());
    QVERIFY2(first.tryBecomePrimary(), qPrintable(first.errorString()));
    QVERIFY(first.isPrimary());
    QVERIFY(first.tryBecomePrimary()); // asking again changes nothing
    QSignalSpy received(&first, &SingleInstance::messageReceived);

    QFuture<Launch> second = launchInThread(name, arguments);
    QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), ProcessTimeoutMs);
    QVERIFY(!second.result().becamePrimary);
    QVERIFY2(second.result().handedOver, qPrintable(second.result().error));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), arguments);

    // The primary goes on serving: a third launch is handed over too.
    QFuture<Launch> third = launchInThread(name, {QStringLiteral("third")});
    QTRY_VERIFY_WITH_TIMEOUT(third.isFinished(), ProcessTimeoutMs);
    QVERIFY2(third.result().handedOver, qPrintable(third.result().error));
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(1).at(0).toStringList(), QStringList{QStringLiteral("third")});
    QVERIFY(first.isPrimary());

    // The primary cannot hand over to itself; it says so instead of waiting for its own answer.
    QVERIFY(!first.sendToPrimary({}));
    QVERIFY(!first.errorString().isEmpty());
}

void TestSingleInstance::socketIsForItsOwnerOnly()
{
    const QString name = path(QStringLiteral("instance"));
    SingleInstance first(name);
    QVERIFY2(first.tryBecomePrimary(), qPrintable(first.errorString()));
    const QFileInfo socket(name);
    QVERIFY(socket.exists());
    QCOMPARE(socket.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                     QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions());
    // The lock is held only while deciding, not for the primary's life.
    QVERIFY(!QFileInfo::exists(name + QStringLiteral(".lock")));
}

void TestSingleInstance::primaryRemovesItsSocketWhenDestroyed()
{
    const QString name = path(QStringLiteral("instance"));
    {
        SingleInstance first(name);
        QVERIFY2(first.tryBecomePrimary(), qPrintable(first.errorString()));
        QVERIFY(QFileInfo::exists(name));
    }
    QVERIFY(!QFileInfo::exists(name));
    SingleInstance next(name);
    QVERIFY2(next.tryBecomePrimary(), qPrintable(next.errorString()));
}

void TestSingleInstance::staleSocketIsRecovered_data()
{
    QTest::addColumn<bool>("socketFile");

    QTest::newRow("a socket nobody listens on") << true;
    QTest::newRow("a plain file in its place") << false;
}

void TestSingleInstance::staleSocketIsRecovered()
{
    QFETCH(bool, socketFile);
    const QString name = path(QStringLiteral("instance"));
    if (socketFile) {
        QVERIFY(leaveDeadSocket(name));
    } else {
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFileInfo::exists(name));

    SingleInstance first(name);
    QVERIFY2(first.tryBecomePrimary(), qPrintable(first.errorString()));
    QSignalSpy received(&first, &SingleInstance::messageReceived);
    QFuture<Launch> second = launchInThread(name, {QStringLiteral("--minimized")});
    QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), ProcessTimeoutMs);
    QVERIFY2(second.result().handedOver, qPrintable(second.result().error));
    QCOMPARE(received.size(), 1);
}

void TestSingleInstance::differentNamesDoNotCollide()
{
    SingleInstance alice(path(QStringLiteral("alice")));
    SingleInstance bob(path(QStringLiteral("bob")));
    QVERIFY2(alice.tryBecomePrimary(), qPrintable(alice.errorString()));
    QVERIFY2(bob.tryBecomePrimary(), qPrintable(bob.errorString()));
    QSignalSpy aliceReceived(&alice, &SingleInstance::messageReceived);
    QSignalSpy bobReceived(&bob, &SingleInstance::messageReceived);

    QFuture<Launch> toBob = launchInThread(bob.serverName(), {QStringLiteral("for bob")});
    QTRY_VERIFY_WITH_TIMEOUT(toBob.isFinished(), ProcessTimeoutMs);
    QVERIFY2(toBob.result().handedOver, qPrintable(toBob.result().error));
    QCOMPARE(bobReceived.size(), 1);
    QCOMPARE(bobReceived.at(0).at(0).toStringList(), QStringList{QStringLiteral("for bob")});
    QCOMPARE(aliceReceived.size(), 0);
}

void TestSingleInstance::defaultNameIsPerUser()
{
    // The default lives in the user's runtime folder and names the user, so two users (or two
    // sessions of the test suite under different accounts) never share a socket.
    const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
    const QString runtime = path(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    const QString name = SingleInstance::defaultServerName();
    if (saved.isNull())
        qunsetenv("XDG_RUNTIME_DIR");
    else
        qputenv("XDG_RUNTIME_DIR", saved);

    QCOMPARE(name, runtime + QStringLiteral("/kubeminder-") + QString::number(::getuid()));
    QCOMPARE(SingleInstance(name).serverName(), name);
}

void TestSingleInstance::sendWithoutPrimaryFailsAtOnce()
{
    SingleInstance lone(path(QStringLiteral("instance")));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!lone.sendToPrimary({QStringLiteral("--minimized")}, 10000));
    QVERIFY(!lone.errorString().isEmpty());
    // Nothing listens, so there is nothing to wait for.
    QVERIFY(timer.elapsed() < 5000);
}

void TestSingleInstance::garbageIsIgnored_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QJsonObject valid;
    valid.insert(QStringLiteral("version"), 1);
    valid.insert(QStringLiteral("command"), QStringLiteral("raise"));
    valid.insert(QStringLiteral("arguments"), QJsonArray{QStringLiteral("--minimized")});
    const auto with = [&valid](const QString &key, const QJsonValue &value) {
        QJsonObject object = valid;
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return frame(json(object));
    };

    QTest::newRow("text") << QByteArray("raise --minimized\n");
    QTest::newRow("HTTP") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("one wrong byte") << QByteArray("X");
    QTest::newRow("length far over the bound") << lengthOnly(0xffffffffu);
    QTest::newRow("length just over the bound")
        << lengthOnly(quint32(SingleInstance::MaximumMessageSize + 1)) +
               QByteArray(SingleInstance::MaximumMessageSize + 1, ' ');
    QTest::newRow("not JSON") << frame("raise --minimized");
    QTest::newRow("JSON array") << frame("[\"raise\",\"--minimized\"]");
    QTest::newRow("empty object") << frame("{}");
    QTest::newRow("no version") << with(QStringLiteral("version"), QJsonValue::Undefined);
    QTest::newRow("version 0") << with(QStringLiteral("version"), 0);
    QTest::newRow("version as text") << with(QStringLiteral("version"), QStringLiteral("1"));
    QTest::newRow("unknown command") << with(QStringLiteral("command"), QStringLiteral("quit"));
    QTest::newRow("no arguments") << with(QStringLiteral("arguments"), QJsonValue::Undefined);
    QTest::newRow("arguments not a list") << with(QStringLiteral("arguments"), QStringLiteral("--minimized"));
    QTest::newRow("argument not text") << with(QStringLiteral("arguments"), QJsonArray{1});
}

void TestSingleInstance::garbageIsIgnored()
{
    QFETCH(QByteArray, bytes);
    const QString name = path(QStringLiteral("instance"));
    SingleInstance first(name);
    QVERIFY2(first.tryBecomePrimary(), qPrintable(first.errorString()));
    QSignalSpy received(&first, &SingleInstance::messageReceived);

    QLocalSocket client;
    client.connectToServer(name);
    QVERIFY(client.waitForConnected(ProcessTimeoutMs));
    client.write(bytes);
    // Dropped without an answer, long before the connection timeout.
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::UnconnectedState,
                              SingleInstance::DefaultConnectionTimeoutMs / 2);
    QCOMPARE(client.readAll(), QByteArray());
    QCOMPARE(received.size(), 0);

    // And the primary still serves a real launch.
    QFuture<Launch> second = launchInThread(name, {QStringLiteral("--minimized")});
    QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), ProcessTimeoutMs);
    QVERIFY2(second.result().handedOver, qPrintable(second.result().error));
    QCOMPARE(received.size(), 1);
}

void TestSingleInstance::idleConnectionsAreClosed()
{
    const QString name = path(QStringLiteral("instance"));
    SingleInstance first(name);
    first.setConnectionTimeout(200);
    QVERIFY2(first.tryBecomePrimary(), qPrintable(first.errorString()));
    QSignalSpy received(&first, &SingleInstance::messageReceived);

    QLocalSocket silent;
    silent.connectToServer(name);
    QLocalSocket halfway;
    halfway.connectToServer(name);
    QVERIFY(silent.waitForConnected(ProcessTimeoutMs));
    QVERIFY(halfway.waitForConnected(ProcessTimeoutMs));
    halfway.write(frame("{\"version\":1,\"command\":\"raise\",\"arguments\":[]}").left(20));
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QLocalSocket::UnconnectedState, ProcessTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(halfway.state(), QLocalSocket::UnconnectedState, ProcessTimeoutMs);
    QCOMPARE(received.size(), 0);
}

void TestSingleInstance::connectionsAreBounded()
{
    const QString name = path(QStringLiteral("instance"));
    SingleInstance first(name);
    QVERIFY2(first.tryBecomePrimary(), qPrintable(first.errorString()));

    std::vector<std::unique_ptr<QLocalSocket>> idle;
    for (int i = 0; i < SingleInstance::MaximumConnections + 3; ++i) {
        idle.push_back(std::make_unique<QLocalSocket>());
        idle.back()->connectToServer(name);
        QVERIFY(idle.back()->waitForConnected(ProcessTimeoutMs));
    }
    const auto dropped = [&idle] {
        return int(std::count_if(idle.begin(), idle.end(), [](const std::unique_ptr<QLocalSocket> &socket) {
            return socket->state() == QLocalSocket::UnconnectedState;
        }));
    };
    // The connections over the bound are closed at once; the others wait for their timeout.
    QTRY_COMPARE_WITH_TIMEOUT(dropped(), 3, SingleInstance::DefaultConnectionTimeoutMs / 2);
    QTRY_COMPARE_WITH_TIMEOUT(int(first.findChildren<QLocalSocket *>().size()),
                              SingleInstance::MaximumConnections, ProcessTimeoutMs);

    // Once they go, a launch gets through again.
    idle.clear();
    QTRY_COMPARE_WITH_TIMEOUT(int(first.findChildren<QLocalSocket *>().size()), 0, ProcessTimeoutMs);
    QSignalSpy received(&first, &SingleInstance::messageReceived);
    QFuture<Launch> second = launchInThread(name, {});
    QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), ProcessTimeoutMs);
    QVERIFY2(second.result().handedOver, qPrintable(second.result().error));
    QCOMPARE(received.size(), 1);
}

void TestSingleInstance::secondLaunchInAnotherProcessHandsOver()
{
    const QString name = path(QStringLiteral("instance"));
    SingleInstance first(name);
    QVERIFY2(first.tryBecomePrimary(), qPrintable(first.errorString()));
    QSignalSpy received(&first, &SingleInstance::messageReceived);

    const QStringList arguments{QStringLiteral("--minimized"), QStringLiteral("with space")};
    QProcess *second = startInstance(name, arguments);
    // The test's event loop must run for the primary to answer, so no blocking wait here.
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), QProcess::NotRunning, ProcessTimeoutMs);
    const QByteArray output = second->readAll();
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QVERIFY2(second->exitCode() == 0, output.constData());
    QVERIFY2(output.contains("handed over"), output.constData());
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), arguments);
}

void TestSingleInstance::primaryInAnotherProcessReceivesAndItsCrashIsRecovered()
{
    const QString name = path(QStringLiteral("instance"));
    QProcess *primary = startInstance(name);
    QCOMPARE(waitForLine(primary, "primary"), QByteArray("primary"));

    SingleInstance second(name);
    QVERIFY(!second.tryBecomePrimary());
    QVERIFY2(second.errorString().isEmpty(), qPrintable(second.errorString()));
    const QStringList arguments{QStringLiteral("--minimized"), QStringLiteral("지수")};
    QVERIFY2(second.sendToPrimary(arguments), qPrintable(second.errorString()));
    const QByteArray line = waitForLine(primary, "received ");
    QCOMPARE(QJsonDocument::fromJson(line.mid(int(qstrlen("received ")))).array().toVariantList(),
             QVariant(arguments).toList());

    // SIGKILL: no chance to remove the socket file, exactly like a crash.
    primary->kill();
    QVERIFY(primary->waitForFinished(ProcessTimeoutMs));
    QVERIFY(QFileInfo::exists(name));
    SingleInstance next(name);
    QVERIFY2(next.tryBecomePrimary(), qPrintable(next.errorString()));
}

void TestSingleInstance::simultaneousLaunchesElectOnePrimary()
{
    constexpr int Launches = 5;
    const QString name = path(QStringLiteral("instance"));
    for (int i = 0; i < Launches; ++i)
        startInstance(name, {QStringLiteral("launch %1").arg(i)});

    // All but one hand over and exit; the one left is the primary and heard from all the others.
    const auto running = [this] {
        return int(
            std::count_if(m_processes.begin(), m_processes.end(), [](const std::unique_ptr<QProcess> &p) {
                return p->state() != QProcess::NotRunning;
            }));
    };
    QTRY_COMPARE_WITH_TIMEOUT(running(), 1, ProcessTimeoutMs);
    QProcess *primary = nullptr;
    for (const std::unique_ptr<QProcess> &process : m_processes) {
        if (process->state() != QProcess::NotRunning) {
            primary = process.get();
            continue;
        }
        const QByteArray output = process->readAll();
        QVERIFY2(process->exitCode() == 0, output.constData());
        QVERIFY2(output.contains("handed over"), output.constData());
    }
    QVERIFY(primary);
    QCOMPARE(waitForLine(primary, "primary"), QByteArray("primary"));
    for (int i = 1; i < Launches; ++i)
        QVERIFY(waitForLine(primary, "received ").contains("launch "));
}

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], AsInstance) == 0)
        return runAsInstance(argc, argv);
    QCoreApplication app(argc, argv);
    TestSingleInstance test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
