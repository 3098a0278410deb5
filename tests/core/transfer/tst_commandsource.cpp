#include "kubeconfigbuilder.h"
#include "testenvironment.h"
#include "testpki.h"
#include "transfer/commandsource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace kubeminder;
using namespace kubeminder::test;

/// cmd: sources: the words split as a shell splits them and nothing more, and the command run as a
/// fetch (no shell, no input, bounded in size and time, its output parsed before it is passed on).
/// Real programs: small shell scripts standing in for kind, talosctl and microk8s.
class TestCommandSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void presets();
    void printsAKubeconfig();
    void failures_data();
    void failures();
    void noShellEverRuns();
    void inputIsClosed();
    void timesOut();
    void cancelStopsIt();

private:
    /// An executable script `name` in the test's folder.
    QString script(const QString &name, const QByteArray &body) const;

    QTemporaryDir m_dir;
    QByteArray m_kubeconfig;
};

void TestCommandSource::initTestCase()
{
    setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    KubeconfigBuilder builder;
    builder
        .cluster(QStringLiteral("kind-dev"), QStringLiteral("https://127.0.0.1:41234"),
                 TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("kind-dev"), TestPki::leafExpiringIn(fixedNow(), 300))
        .context(QStringLiteral("kind-dev"), QStringLiteral("kind-dev"), QStringLiteral("kind-dev"))
        .currentContext(QStringLiteral("kind-dev"));
    QFile file(builder.writeTo(m_dir.filePath(QStringLiteral("kind-dev.yaml"))));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_kubeconfig = file.readAll();
}

QString TestCommandSource::script(const QString &name, const QByteArray &body) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

void TestCommandSource::parse_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("plain words") << QStringLiteral("cmd:kind get kubeconfig --name dev")
                                 << QStringList{QStringLiteral("kind"), QStringLiteral("get"),
                                                QStringLiteral("kubeconfig"), QStringLiteral("--name"),
                                                QStringLiteral("dev")}
                                 << QStringLiteral("cmd:kind get kubeconfig --name dev");
    QTest::newRow("spaces around") << QStringLiteral("cmd:   microk8s    config  ")
                                   << QStringList{QStringLiteral("microk8s"), QStringLiteral("config")}
                                   << QStringLiteral("cmd:microk8s config");
    QTest::newRow("single quotes keep everything")
        << QStringLiteral("cmd:vcluster connect 'my cluster' --print")
        << QStringList{QStringLiteral("vcluster"), QStringLiteral("connect"), QStringLiteral("my cluster"),
                       QStringLiteral("--print")}
        << QStringLiteral("cmd:vcluster connect 'my cluster' --print");
    QTest::newRow("double quotes and escapes")
        << QStringLiteral(R"(cmd:tool "a \"b\" \\c" d\ e)")
        << QStringList{QStringLiteral("tool"), QStringLiteral(R"(a "b" \c)"), QStringLiteral("d e")}
        << QStringLiteral(R"(cmd:tool 'a "b" \c' 'd e')");
    QTest::newRow("no expansion: $ and globs are words")
        << QStringLiteral("cmd:echo $HOME * ~")
        << QStringList{QStringLiteral("echo"), QStringLiteral("$HOME"), QStringLiteral("*"),
                       QStringLiteral("~")}
        << QStringLiteral("cmd:echo '$HOME' '*' '~'");
    QTest::newRow("an empty argument")
        << QStringLiteral("cmd:talosctl kubeconfig ''")
        << QStringList{QStringLiteral("talosctl"), QStringLiteral("kubeconfig"), QString()}
        << QStringLiteral("cmd:talosctl kubeconfig ''");
}

void TestCommandSource::parse()
{
    QFETCH(QString, source);
    QFETCH(QStringList, arguments);
    QFETCH(QString, canonical);
    QString error;
    const std::optional<CommandTarget> target = CommandTarget::parse(source, &error);
    QVERIFY2(target, qPrintable(error));
    QCOMPARE(target->arguments, arguments);
    QCOMPARE(target->toSource(), canonical);
    // The canonical spelling reads back the same.
    const std::optional<CommandTarget> again = CommandTarget::parse(target->toSource(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->arguments, arguments);
}

void TestCommandSource::parseErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("says");
    QTest::newRow("nothing") << QStringLiteral("cmd:") << QStringLiteral("names no command");
    QTest::newRow("only spaces") << QStringLiteral("cmd:   ") << QStringLiteral("names no command");
    QTest::newRow("an empty program") << QStringLiteral("cmd:'' x") << QStringLiteral("names no command");
    QTest::newRow("open quote") << QStringLiteral("cmd:kind get 'kubeconfig") << QStringLiteral("not closed");
    QTest::newRow("not a command") << QStringLiteral("kind get kubeconfig") << QStringLiteral("cmd:PROGRAM");
}

void TestCommandSource::parseErrors()
{
    QFETCH(QString, source);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!CommandTarget::parse(source, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestCommandSource::presets()
{
    QCOMPARE(CommandTarget::preset(QStringLiteral("kind"), QStringLiteral("dev"))->toSource(),
             QStringLiteral("cmd:kind get kubeconfig --name dev"));
    QCOMPARE(CommandTarget::preset(QStringLiteral("k3d"), QStringLiteral("lab"))->toSource(),
             QStringLiteral("cmd:k3d kubeconfig get lab"));
    QCOMPARE(CommandTarget::preset(QStringLiteral("talos"), QStringLiteral("10.5.0.2"))->toSource(),
             QStringLiteral("cmd:talosctl kubeconfig -n 10.5.0.2 -"));
    QCOMPARE(CommandTarget::preset(QStringLiteral("vcluster"), QStringLiteral("team-a"))->toSource(),
             QStringLiteral("cmd:vcluster connect team-a --print"));
    QCOMPARE(CommandTarget::preset(QStringLiteral("microk8s"), QString())->toSource(),
             QStringLiteral("cmd:microk8s config"));
    QVERIFY(!CommandTarget::preset(QStringLiteral("minikube"), QString()));
    for (const QString &name : CommandTarget::presetNames())
        QVERIFY2(CommandTarget::preset(name, QStringLiteral("x")), qPrintable(name));
}

void TestCommandSource::printsAKubeconfig()
{
    const QString kind =
        script(QStringLiteral("kind"),
               "[ \"$1 $2 $3 $4\" = 'get kubeconfig --name dev' ] || exit 3\n"
               "exec cat '" +
                   QFile::encodeName(m_dir.filePath(QStringLiteral("kind-dev.yaml"))) + "'\n");
    QString error;
    const auto target =
        CommandTarget::parse(QStringLiteral("cmd:%1 get kubeconfig --name dev").arg(kind), &error);
    QVERIFY2(target, qPrintable(error));
    const CommandFetchResult result = CommandSource::run(*target);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.kubeconfig, m_kubeconfig);
}

void TestCommandSource::failures_data()
{
    QTest::addColumn<QByteArray>("body"); // empty: the program does not exist
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("neverSays");
    QTest::newRow("not installed") << QByteArray() << QStringLiteral("is not installed here") << QString();
    QTest::newRow("fails, with what it said")
        << QByteArray("echo 'ERROR: unknown cluster \"dev\"' >&2\nexit 1\n")
        << QStringLiteral("failed (exit status 1): ERROR: unknown cluster \"dev\"") << QString();
    QTest::newRow("escape sequences are defused")
        << QByteArray("printf 'bad \\033]0;owned\\007 thing\\n' >&2\nexit 2\n")
        << QStringLiteral("bad ?]0;owned? thing") << QStringLiteral("\x1b");
    QTest::newRow("exit 0 but not a kubeconfig")
        << QByteArray("echo 'Usage: tool [flags]'\n") << QStringLiteral("is not a kubeconfig")
        << QStringLiteral("Usage");
    QTest::newRow("a MicroK8s worker node")
        << QByteArray("echo 'This MicroK8s deployment is acting as a node in a cluster.'\n"
                      "echo 'Please use microk8s config on the master.'\n")
        << QStringLiteral("not its control plane") << QString();
    QTest::newRow("too much output") << QByteArray("exec head -c 20000000 /dev/zero\n")
                                     << QStringLiteral("printed more than") << QString();
    QTest::newRow("crashes") << QByteArray("kill -SEGV $$\n") << QStringLiteral("crashed") << QString();
}

void TestCommandSource::failures()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    QFETCH(QString, neverSays);
    const QString program =
        body.isEmpty() ? QStringLiteral("kubeminder-no-such-tool") : script(QStringLiteral("failing"), body);
    const CommandFetchResult result =
        CommandSource::run(CommandTarget{{program, QStringLiteral("config")}}, 30);
    QVERIFY(!result.ok());
    QVERIFY(result.kubeconfig.isEmpty());
    QVERIFY2(result.error.contains(says), qPrintable(result.error));
    if (!neverSays.isEmpty())
        QVERIFY2(!result.error.contains(neverSays), qPrintable(result.error));
}

void TestCommandSource::noShellEverRuns()
{
    // Every word reaches the program as it is: nothing runs the substitution or the second command.
    const QString marker = m_dir.filePath(QStringLiteral("marker"));
    const QString log = m_dir.filePath(QStringLiteral("arguments"));
    const QString program = script(
        QStringLiteral("echoing"),
        "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + QFile::encodeName(log) + "'\nexec cat '" +
            QFile::encodeName(m_dir.filePath(QStringLiteral("kind-dev.yaml"))) + "'\n");
    const QString source =
        QStringLiteral("cmd:%1 $(touch %2) ';' touch %2 '|' `touch %2`").arg(program, marker);
    QString error;
    const auto target = CommandTarget::parse(source, &error);
    QVERIFY2(target, qPrintable(error));
    QVERIFY(CommandSource::run(*target).ok());
    QVERIFY(!QFile::exists(marker));
    QFile arguments(log);
    QVERIFY(arguments.open(QIODevice::ReadOnly));
    QCOMPARE(arguments.readAll(),
             (QStringLiteral("$(touch\n%1)\n;\ntouch\n%1\n|\n`touch\n%1`\n").arg(marker)).toUtf8());
}

void TestCommandSource::inputIsClosed()
{
    // A tool that asks a question reads end of file at once instead of waiting for a person.
    const QString asking = script(QStringLiteral("asking"), "printf 'Password: ' >&2\n"
                                                            "if read answer; then exit 0; fi\n"
                                                            "echo 'no answer' >&2\nexit 4\n");
    QElapsedTimer timer;
    timer.start();
    const CommandFetchResult result = CommandSource::run(CommandTarget{{asking}}, 30);
    QVERIFY2(result.error.contains(QLatin1String("no answer")), qPrintable(result.error));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestCommandSource::timesOut()
{
    const QString slow = script(QStringLiteral("slow"), "exec sleep 30\n");
    QElapsedTimer timer;
    timer.start();
    const CommandFetchResult result = CommandSource::run(CommandTarget{{slow}}, 1);
    QVERIFY2(result.error.contains(QLatin1String("did not finish within 1 seconds")),
             qPrintable(result.error));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestCommandSource::cancelStopsIt()
{
    const QString slow = script(QStringLiteral("slow"), "exec sleep 30\n");
    std::atomic_bool cancel = false;
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    QElapsedTimer timer;
    timer.start();
    const CommandFetchResult result = CommandSource::run(CommandTarget{{slow}}, 60, &cancel);
    canceller.join();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestCommandSource)
#include "tst_commandsource.moc"
