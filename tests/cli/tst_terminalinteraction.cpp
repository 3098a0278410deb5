#include "cli/terminalinteraction.h"
#include "testenvironment.h"

#include <QTest>

using namespace kubeminder;

// The terminal's side of an SSH transfer that needs no terminal: the questions' wording and the
// sudo password given in advance. Answering at a real terminal (and Ctrl-C there) is tested with the
// real binary under a pseudo-terminal in integration/sshimport.
class TestTerminalInteraction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpTestEnvironment(); }

    void hostKeyQuestion_data();
    void hostKeyQuestion();
    void sudoPasswordGivenInAdvance();
};

void TestTerminalInteraction::hostKeyQuestion_data()
{
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<QString>("file");
    QTest::newRow("ed25519") << QStringLiteral("ssh-ed25519")
                             << QStringLiteral("/etc/ssh/ssh_host_ed25519_key.pub");
    QTest::newRow("ecdsa") << QStringLiteral("ecdsa-sha2-nistp384")
                           << QStringLiteral("/etc/ssh/ssh_host_ecdsa_key.pub");
    QTest::newRow("rsa") << QStringLiteral("rsa-sha2-512") << QStringLiteral("/etc/ssh/ssh_host_rsa_key.pub");
    QTest::newRow("unknown: no made-up file") << QStringLiteral("ssh-foo") << QString();
}

void TestTerminalInteraction::hostKeyQuestion()
{
    QFETCH(QString, keyType);
    QFETCH(QString, file);
    const QString question = TerminalInteraction::hostKeyQuestion(QStringLiteral("pi.lan"), 2222, keyType,
                                                                  QStringLiteral("SHA256:abc"));
    QVERIFY2(question.contains(QLatin1String("SHA256:abc")), qPrintable(question));
    QVERIFY2(question.contains(QLatin1String("2222")), qPrintable(question));
    QVERIFY2(question.endsWith(QLatin1String("[yes/no/once] ")), qPrintable(question));
    if (file.isEmpty())
        QVERIFY2(!question.contains(QLatin1String("/etc/ssh/")), qPrintable(question));
    else
        QVERIFY2(question.contains(QLatin1String("ssh-keygen -lf ") + file + QLatin1Char(')')),
                 qPrintable(question));
}

void TestTerminalInteraction::sudoPasswordGivenInAdvance()
{
    TerminalInteraction interaction(false, SecretBytes(QByteArrayView("correct horse")));
    const InteractionHandler::SudoAnswer first =
        interaction.sudoPassword(QStringLiteral("u"), QStringLiteral("h"), 1, true);
    // The line from standard input is the answer, even when the SSH password is on offer.
    QCOMPARE(first.kind, InteractionHandler::SudoAnswer::Kind::Typed);
    QCOMPARE(first.password.view().toByteArray(), QByteArray("correct horse"));
    // Not accepted: standard input had one line, and a script is not asked on the terminal.
    QCOMPARE(interaction.sudoPassword(QStringLiteral("u"), QStringLiteral("h"), 2, false).kind,
             InteractionHandler::SudoAnswer::Kind::None);
    // And no one is left to ask: the fetch reports "not accepted", not "cancelled".
    QVERIFY(!interaction.canAsk());
}

QTEST_GUILESS_MAIN(TestTerminalInteraction)
#include "tst_terminalinteraction.moc"
