#include "dialoginteraction.h"
#include "importdialog.h"
#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfigbuilder.h"
#include "passwordsshserver.h"
#include "testenvironment.h"
#include "testpki.h"
#include "testsshserver.h"
#include "transfer/importsourceregistry.h"
#include "transfer/sshsource.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTranslator>
#include <QtMath>

#include <memory>

using namespace kubeminder;
using namespace kubeminder::test;

// The Import dialog over SSH against a real sshd on loopback: the host key question answered by
// a script (and once by clicking the dialog), the import written into a temporary kubeconfig, the
// source remembered; a silent server cancelled.

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

QStringList labelTexts(QWidget *dialog)
{
    QStringList texts{dialog->windowTitle()};
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    for (const QTextBrowser *browser : dialog->findChildren<QTextBrowser *>())
        texts << browser->toPlainText();
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        texts << edit->text();
    return texts;
}

} // namespace

class TestImportDialogSsh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void hostCompletionFromSshConfig();
    void importOverSshRemembersSource();
    void hostKeyDialogClicked();
    void hostKeyDialogNamesTheKeyFile_data();
    void hostKeyDialogNamesTheKeyFile();
    void passwordPromptSaysWhoseAndWhere_data();
    void passwordPromptSaysWhoseAndWhere();
    void silentServerCancelled();
    void importAfterPreviewFetchesNothingAgain();
    void passwordLoginAndSudoTypedOnce_data();
    void passwordLoginAndSudoTypedOnce();
    void passwordPromptCancelled();
    void sudoDialogOffersTheLoginPassword();

private:
    ImportDialog *makeDialog();
    void fillSsh(ImportDialog *dialog, const QString &remotePath, quint16 port);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    TestSshServer m_server{m_dir.path()};
    QString m_skip;
    QString m_target;
    QString m_remote;
    QByteArray m_remoteYaml;
    QString m_knownHosts;
    QList<QByteArray> m_secrets;
    std::unique_ptr<ImportDialog> m_dialog;
};

void TestImportDialogSsh::initTestCase()
{
    setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    const QString home = path(str("home"));
    QDir().mkpath(home + str("/.ssh"));
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_STATE_HOME", QFile::encodeName(path(str("state"))));
    qunsetenv("SSH_AUTH_SOCK");
    qunsetenv("KUBECONFIG");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path(str("settings")));
    m_knownHosts = home + str("/.ssh/known_hosts");
    if (!m_server.start())
        m_skip = m_server.skipReason();
    // The aliases the host field completes; patterns are no names.
    writeFile(home + str("/.ssh/config"), QByteArray("Host *\n    ServerAliveInterval 30\n"
                                                     "Host pi pi.lan k3s-?\n    HostName 127.0.0.1\n"
                                                     "host=nas  # the NAS\n"
                                                     "Host !bad *.example\n"));

    const QDateTime t = fixedNow();
    const IssuedCertificate ca = TestPki::ca(str("k3s-server-ca"), t.addSecs(-3600), t.addYears(10));
    const IssuedCertificate leaf = TestPki::leaf(ca, str("system:admin"), t.addSecs(-3600), t.addDays(365));
    m_secrets << leaf.privateKeyPem.split('\n').at(1).left(40) << leaf.privateKeyPem.toBase64().left(40)
              << "PRIVATE KEY" << QByteArray(TestSshServer::SudoPassword);
    // K3s's kubeconfig names the server by its own loopback address.
    const QString name = str("default");
    KubeconfigBuilder builder;
    builder.cluster(name, str("https://localhost:6443"), ca.certificatePem)
        .certificateUser(name, leaf, ca.certificatePem)
        .context(name, name, name)
        .currentContext(name);
    m_remoteYaml = builder.toYaml();
    if (m_skip.isEmpty())
        m_remote = m_server.writeRemoteFile(str("k3s.yaml"), m_remoteYaml);
}

void TestImportDialogSsh::cleanupTestCase()
{
    m_dialog.reset();
    m_server.stop();
}

void TestImportDialogSsh::init()
{
    m_dialog.reset();
    QSettings().clear();
    QFile::remove(m_knownHosts);
    m_target = path(str("case/%1/config").arg(QString::fromLatin1(QTest::currentTestFunction())));
    KubeconfigBuilder builder;
    builder.cluster(str("ci"), str("https://ci.example:6443"))
        .tokenUser(str("bot"), "opaque-secret-token-value")
        .context(str("ci"), str("ci"), str("bot"))
        .currentContext(str("ci"));
    builder.writeTo(m_target);
    const QByteArray function = QTest::currentTestFunction();
    if (function != "hostCompletionFromSshConfig" && function != "silentServerCancelled" &&
        function != "hostKeyDialogNamesTheKeyFile" && !m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    if (!m_skip.isEmpty())
        return;
    m_server.reset();
}

ImportDialog *TestImportDialogSsh::makeDialog()
{
    m_dialog = std::make_unique<ImportDialog>();
    m_dialog->setKubeconfigFiles({m_target});
    m_dialog->setClock([] { return fixedNow(); });
    m_dialog->setPkexecProgram(QString());
    m_dialog->setTargetName(str("pi"));
    m_dialog->show();
    return m_dialog.get();
}

void TestImportDialogSsh::fillSsh(ImportDialog *dialog, const QString &remotePath, quint16 port)
{
    auto *kind = child<QComboBox>(dialog, "sourceKindCombo");
    QVERIFY(kind);
    kind->setCurrentIndex(1);
    QVERIFY(child<QLineEdit>(dialog, "sshHostEdit")->isVisible());
    QVERIFY(!child<QLineEdit>(dialog, "sourceEdit")->isVisible());
    child<QLineEdit>(dialog, "sshHostEdit")->setText(str("127.0.0.1"));
    child<QLineEdit>(dialog, "sshUserEdit")->setText(m_server.user());
    child<QSpinBox>(dialog, "sshPortSpin")->setValue(port);
    child<QLineEdit>(dialog, "sshPathEdit")->setText(remotePath);
    child<QLineEdit>(dialog, "identityEdit")->setText(m_server.clientKey());
    auto *sudo = child<QComboBox>(dialog, "sudoCombo");
    sudo->setCurrentIndex(sudo->findData(str("never")));
}

void TestImportDialogSsh::hostCompletionFromSshConfig()
{
    const QStringList hosts = SshSource::configHosts(path(str("home/.ssh/config")));
    QCOMPARE(hosts, QStringList({str("pi"), str("pi.lan"), str("nas")}));
    ImportDialog dialog;
    auto *host = child<QLineEdit>(&dialog, "sshHostEdit");
    QVERIFY(host && host->completer());
    host->completer()->setCompletionPrefix(str("p"));
    QCOMPARE(host->completer()->completionCount(), 2);
    auto *preset = child<QComboBox>(&dialog, "presetCombo");
    QCOMPARE(preset->count(), 5);
    preset->setCurrentIndex(preset->findData(str("microk8s")));
    QVERIFY(!child<QLineEdit>(&dialog, "sshPathEdit")->isEnabled());
}

void TestImportDialogSsh::importOverSshRemembersSource()
{
    ImportDialog *dialog = makeDialog();
    QSignalSpy imported(dialog, &ImportDialog::imported);
    int questions = 0;
    QString seenFingerprint;
    dialog->interaction()->setHostKeyAnswer([&](const DialogInteraction::HostKey &key) {
        ++questions;
        seenFingerprint = key.fingerprint;
        return InteractionHandler::HostKeyDecision::AcceptAndRemember;
    });
    dialog->interaction()->setSecretAnswer([](const DialogInteraction::SecretQuestion &) {
        return std::optional<SecretBytes>(); // nothing should be asked
    });
    fillSsh(dialog, m_remote, m_server.port());
    auto *importButton = child<QPushButton>(dialog, "importButton");
    auto *resultLabel = child<QLabel>(dialog, "resultLabel");
    QVERIFY(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(child<QPushButton>(dialog, "cancelButton")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(resultLabel->isVisible() || child<QFrame>(dialog, "messageBar")->isVisible(),
                             30000);
    QVERIFY2(resultLabel->isVisible(), qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
    QVERIFY2(resultLabel->text().contains(str("“pi” was added.")), qPrintable(resultLabel->text()));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(questions, 1);
    QCOMPARE(seenFingerprint, m_server.hostKeyFingerprint());
    QVERIFY(!child<QPushButton>(dialog, "cancelButton")->isVisible());
    // Accepted and remembered: known_hosts has the key now.
    QVERIFY(readAll(m_knownHosts).contains("127.0.0.1"));

    // The server is the host that was connected, with K3s's port.
    const KubeconfigDocument written = KubeconfigDocument::load(m_target);
    QVERIFY2(written.status() == KubeconfigDocument::Status::Ok, qPrintable(written.error()));
    const QByteArray yaml = readAll(m_target);
    QVERIFY2(yaml.contains("https://127.0.0.1:6443"), yaml.constData());
    QVERIFY2(!yaml.contains("localhost"), yaml.constData());

    QSettings settings;
    const auto source = ImportSourceRegistry(settings).find(str("pi"));
    QVERIFY(source);
    QCOMPARE(source->kind, str("ssh"));
    QVERIFY2(source->location.startsWith(str("ssh://")), qPrintable(source->location));
    QVERIFY(source->location.contains(QString::number(m_server.port())));
    QVERIFY(source->location.endsWith(m_remote));
    QCOMPARE(source->identityFile, m_server.clientKey());
    QCOMPARE(source->sudo, str("never"));
    QCOMPARE(source->preset, str("k3s"));
    QVERIFY(source->timeoutSeconds > 0);
    settings.sync();
    const QByteArray stored = readAll(settings.fileName());
    for (const QByteArray &secret : m_secrets)
        QVERIFY(!stored.contains(secret));
    for (const QString &text : labelTexts(dialog)) {
        for (const QByteArray &secret : m_secrets)
            QVERIFY2(!text.contains(QString::fromLatin1(secret)), qPrintable(text));
    }

    // A second dialog for "pi" starts from what was remembered.
    m_dialog.reset();
    ImportDialog again;
    again.setTargetName(str("pi"));
    QCOMPARE(child<QComboBox>(&again, "sourceKindCombo")->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(&again, "sshHostEdit")->text(), str("127.0.0.1"));
    QCOMPARE(child<QSpinBox>(&again, "sshPortSpin")->value(), int(m_server.port()));
}

void TestImportDialogSsh::hostKeyDialogClicked()
{
    ImportDialog *dialog = makeDialog();
    fillSsh(dialog, m_remote, m_server.port());
    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() &&
                                 QApplication::activeModalWidget()->objectName() == str("hostKeyDialog"),
                             20000);
    QWidget *hostKey = QApplication::activeModalWidget();
    const QString shown = hostKey->findChild<QTextEdit *>(str("fingerprintView"))->toPlainText();
    QVERIFY2(shown.contains(m_server.hostKeyFingerprint()), qPrintable(shown));
    QVERIFY2(shown.contains(QString::number(m_server.port())), qPrintable(shown));
    const QString hint = hostKey->findChild<QLabel *>(str("hostKeyText"))->text();
    QVERIFY2(hint.contains(str("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub")), qPrintable(hint));
    QVERIFY(hostKey->findChild<QPushButton *>(str("acceptRememberButton")));
    QVERIFY(hostKey->findChild<QPushButton *>(str("rejectButton")));
    QTest::mouseClick(hostKey->findChild<QPushButton *>(str("acceptOnceButton")), Qt::LeftButton);
    auto *preview = child<QTextBrowser>(dialog, "previewView");
    QTRY_VERIFY_WITH_TIMEOUT(
        !preview->toPlainText().isEmpty() || child<QFrame>(dialog, "messageBar")->isVisible(), 30000);
    QVERIFY2(preview->toPlainText().contains(str("“pi” is new")),
             qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
    // Accepted once: not recorded.
    QVERIFY(!readAll(m_knownHosts).contains("127.0.0.1"));
}

void TestImportDialogSsh::hostKeyDialogNamesTheKeyFile_data()
{
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<QString>("file");
    QTest::newRow("ed25519") << str("ssh-ed25519") << str("/etc/ssh/ssh_host_ed25519_key.pub");
    QTest::newRow("ecdsa") << str("ecdsa-sha2-nistp256") << str("/etc/ssh/ssh_host_ecdsa_key.pub");
    QTest::newRow("rsa") << str("ssh-rsa") << str("/etc/ssh/ssh_host_rsa_key.pub");
    QTest::newRow("unknown: no made-up file") << str("ssh-foo") << QString();
}

void TestImportDialogSsh::hostKeyDialogNamesTheKeyFile()
{
    QFETCH(QString, keyType);
    QFETCH(QString, file);
    // As long as a real one: SHA256: and 43 characters of base64, no break in it.
    const DialogInteraction::HostKey key{str("pi.lan"), 22, keyType,
                                         str("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s")};
    std::unique_ptr<QDialog> dialog(DialogInteraction::createHostKeyDialog(key, nullptr));
    const QString hint = dialog->findChild<QLabel *>(str("hostKeyText"))->text();
    // The fingerprint wraps rather than widening the dialog, and is all there, as one word to copy.
    dialog->show();
    QVERIFY2(dialog->width() < 640, qPrintable(QString::number(dialog->width())));
    auto *view = child<QTextEdit>(dialog.get(), "fingerprintView");
    QVERIFY(view->toPlainText().contains(key.fingerprint));
    QTRY_COMPARE(view->height(), qCeil(view->document()->size().height()));
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    if (file.isEmpty()) {
        QVERIFY2(!hint.contains(str("/etc/ssh/")), qPrintable(hint));
        QVERIFY2(hint.contains(keyType), qPrintable(hint));
    } else {
        QVERIFY2(hint.contains(str("ssh-keygen -lf ") + file), qPrintable(hint));
    }
}

void TestImportDialogSsh::passwordPromptSaysWhoseAndWhere_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("label");
    QTest::newRow("PAM's plain prompt") << str("Password: ") << str("Password for pi@pi.lan:");
    QTest::newRow("OpenSSH style") << str("pi@pi.lan's password:") << str("Password for pi@pi.lan:");
    QTest::newRow("none") << QString() << str("Password for pi@pi.lan:");
    QTest::newRow("a one-time code: the server's words")
        << str("Verification code: ") << str("pi@pi.lan asks: Verification code:");
}

void TestImportDialogSsh::passwordPromptSaysWhoseAndWhere()
{
    QFETCH(QString, prompt);
    QFETCH(QString, label);
    DialogInteraction::SecretQuestion question;
    question.kind = DialogInteraction::SecretKind::Password;
    question.user = str("pi");
    question.host = str("pi.lan");
    question.prompt = prompt;
    QCOMPARE(DialogInteraction::passwordLabel(question), label);
    std::unique_ptr<QDialog> dialog(DialogInteraction::createSecretDialog(question, nullptr));
    QCOMPARE(dialog->findChild<QLabel *>(str("secretLabel"))->text(), label);
}

void TestImportDialogSsh::silentServerCancelled()
{
    // Accepts TCP but never says a word: only Cancel ends the wait before the timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QByteArray before = readAll(m_target);
    ImportDialog *dialog = makeDialog();
    fillSsh(dialog, str("/etc/rancher/k3s/k3s.yaml"), silent.serverPort());
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    auto *cancel = child<QPushButton>(dialog, "cancelButton");
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, "sshHostEdit")->isEnabled());
    QTest::qWait(300);
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *message = child<QLabel>(dialog, "messageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 5000);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(message->text().contains(str("Cancelled")), qPrintable(message->text()));
    QVERIFY(!cancel->isVisible());
    QVERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());
    QCOMPARE(readAll(m_target), before);
    QSettings settings;
    QVERIFY(!ImportSourceRegistry(settings).find(str("pi")));
}

void TestImportDialogSsh::importAfterPreviewFetchesNothingAgain()
{
    // What Preview fetched is what Import writes: the server's file changing in between (here to
    // one that names a local file for kubectl to send) changes nothing, and nothing is asked twice.
    const QString remote = m_server.writeRemoteFile(str("preview.yaml"), m_remoteYaml);
    ImportDialog *dialog = makeDialog();
    int questions = 0;
    dialog->interaction()->setHostKeyAnswer([&](const DialogInteraction::HostKey &) {
        ++questions;
        return InteractionHandler::HostKeyDecision::AcceptOnce;
    });
    fillSsh(dialog, remote, m_server.port());
    auto *preview = child<QTextBrowser>(dialog, "previewView");
    auto *messageBar = child<QFrame>(dialog, "messageBar");
    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!preview->toPlainText().isEmpty() || messageBar->isVisible(), 30000);
    QVERIFY2(!preview->toPlainText().isEmpty(), qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
    QCOMPARE(questions, 1);

    // The same file with one more line in the user, indented as its neighbour.
    QList<QByteArray> lines = m_remoteYaml.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype at = lines[i].indexOf("client-certificate-data:");
        if (at >= 0) {
            lines.insert(i, lines[i].left(at) + "tokenFile: /root/.git-credentials");
            break;
        }
    }
    const QByteArray hostile = lines.join('\n');
    QVERIFY(hostile != m_remoteYaml);
    m_server.writeRemoteFile(str("preview.yaml"), hostile);
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    auto *resultLabel = child<QLabel>(dialog, "resultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(resultLabel->isVisible() || messageBar->isVisible(), 30000);
    QVERIFY2(resultLabel->text().contains(str("“pi” was added.")),
             qPrintable(resultLabel->text() + child<QLabel>(dialog, "messageLabel")->text()));
    QCOMPARE(questions, 1);
    QVERIFY(!readAll(m_target).contains("tokenFile"));

    // A fresh fetch of the changed file is refused, naming the field, and writes nothing.
    const QByteArray written = readAll(m_target);
    m_dialog.reset();
    dialog = makeDialog();
    dialog->interaction()->setHostKeyAnswer(
        [](const DialogInteraction::HostKey &) { return InteractionHandler::HostKeyDecision::AcceptOnce; });
    fillSsh(dialog, remote, m_server.port());
    child<QLineEdit>(dialog, "nameEdit")->setText(str("pi2"));
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    auto *message = child<QLabel>(dialog, "messageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30000);
    QVERIFY2(message->text().contains(str("only credentials may cross")) &&
                 message->text().contains(str("tokenFile /root/.git-credentials")),
             qPrintable(message->text()));
    QCOMPARE(readAll(m_target), written);
}

namespace {

/// The visible secret prompt (SSH or sudo password), once the worker has asked for it.
QDialog *waitForSecretDialog(const QString &notThis = {})
{
    QDialog *found = nullptr;
    QElapsedTimer waited;
    waited.start();
    while (!found && waited.elapsed() < 30000) {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(widget);
            if (dialog && dialog->objectName() == QLatin1String("secretDialog") && dialog->isVisible() &&
                dialog->windowTitle() != notThis)
                found = dialog;
        }
        if (!found)
            QTest::qWait(20);
    }
    return found;
}

} // namespace

void TestImportDialogSsh::passwordLoginAndSudoTypedOnce_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << str("en");
    QTest::newRow("ko") << str("ko");
}

// The walkthrough of issue 18 on a stage: a server that logs in by password only, a root-only
// kubeconfig behind a sudo that wants the same password. One Preview and one Import, the password
// typed once into the real prompt; sudo's prompt offers it, ticked, and Enter takes it.
void TestImportDialogSsh::passwordLoginAndSudoTypedOnce()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY2(translator.load(str("kubeminder_") + language, str(KUBEMINDER_QM_DIR)),
                 "the catalogue was not built");
        QCoreApplication::installTranslator(&translator);
    }
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    const QByteArray password = TestSshServer::SudoPassword; // the Pi's one password
    PasswordSshServer server(m_server, PasswordSshServer::Method::KeyboardInteractive, password);
    if (!server.start())
        QSKIP(qPrintable(server.skipReason()));
    m_server.setSudoMode("password");
    const QString remote = m_server.writeRemoteFile(str("root-only-k3s.yaml"), m_remoteYaml);

    ImportDialog *dialog = makeDialog();
    dialog->interaction()->setHostKeyAnswer(
        [](const DialogInteraction::HostKey &) { return InteractionHandler::HostKeyDecision::AcceptOnce; });
    fillSsh(dialog, remote, server.port());
    child<QLineEdit>(dialog, "identityEdit")->clear();
    auto *sudo = child<QComboBox>(dialog, "sudoCombo");
    sudo->setCurrentIndex(sudo->findData(str("auto")));

    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    QDialog *login = waitForSecretDialog();
    QVERIFY(login);
    const QString loginTitle = login->windowTitle();
    QVERIFY2(child<QLabel>(login, "secretLabel")->text().contains(m_server.user() + str("@127.0.0.1")),
             qPrintable(child<QLabel>(login, "secretLabel")->text()));
    QTest::keyClicks(child<QLineEdit>(login, "secretEdit"), QString::fromUtf8(password));
    QTest::keyClick(child<QLineEdit>(login, "secretEdit"), Qt::Key_Return);

    QDialog *sudoPrompt = waitForSecretDialog(loginTitle);
    QVERIFY(sudoPrompt);
    auto *useLogin = child<QCheckBox>(sudoPrompt, "useLoginPasswordCheck");
    QVERIFY(useLogin && useLogin->isChecked());
    QVERIFY(!child<QLineEdit>(sudoPrompt, "secretEdit")->isEnabled());
    QTest::keyClick(sudoPrompt, Qt::Key_Return);

    auto *preview = child<QTextBrowser>(dialog, "previewView");
    auto *messageBar = child<QFrame>(dialog, "messageBar");
    QTRY_VERIFY_WITH_TIMEOUT(!preview->toPlainText().isEmpty() || messageBar->isVisible(), 30000);
    QVERIFY2(!preview->toPlainText().isEmpty(), qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
    // Import is the default button now: Enter imports what was previewed, asking nothing again.
    QVERIFY(child<QPushButton>(dialog, "importButton")->isDefault());
    QTest::keyClick(child<QPushButton>(dialog, "importButton"), Qt::Key_Return);
    auto *resultLabel = child<QLabel>(dialog, "resultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(resultLabel->isVisible() || messageBar->isVisible(), 30000);
    QVERIFY2(resultLabel->isVisible(), qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
    QCOMPARE(server.acceptedLogins(), 1);
    QCOMPARE(server.rejectedTries(), 0);
    QVERIFY(readAll(m_target).contains("name: pi"));
    for (const QByteArray &secret : std::as_const(m_secrets))
        QVERIFY(!resultLabel->text().toUtf8().contains(secret));
}

// Cancel in the password prompt is a cancel, said as one: not a red error about keys.
void TestImportDialogSsh::passwordPromptCancelled()
{
    PasswordSshServer server(m_server, PasswordSshServer::Method::Password, "the password");
    if (!server.start())
        QSKIP(qPrintable(server.skipReason()));
    const QByteArray before = readAll(m_target);
    ImportDialog *dialog = makeDialog();
    dialog->interaction()->setHostKeyAnswer(
        [](const DialogInteraction::HostKey &) { return InteractionHandler::HostKeyDecision::AcceptOnce; });
    fillSsh(dialog, m_remote, server.port());
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    QDialog *login = waitForSecretDialog();
    QVERIFY(login);
    QTest::keyClick(login, Qt::Key_Escape);
    auto *message = child<QLabel>(dialog, "messageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30000);
    QCOMPARE(message->text(), str("Cancelled. Nothing was written."));
    QCOMPARE(readAll(m_target), before);
}

void TestImportDialogSsh::sudoDialogOffersTheLoginPassword()
{
    DialogInteraction::SecretQuestion question;
    question.kind = DialogInteraction::SecretKind::SudoPassword;
    question.user = str("pi");
    question.host = str("pi.lan");
    question.offerLoginPassword = true;
    std::unique_ptr<QDialog> offered(DialogInteraction::createSecretDialog(question, nullptr));
    auto *useLogin = child<QCheckBox>(offered.get(), "useLoginPasswordCheck");
    QVERIFY(useLogin && useLogin->isChecked());
    QCOMPARE(DialogInteraction::takeAnswer(offered.get()).kind,
             InteractionHandler::SudoAnswer::Kind::LoginPassword);
    // Unticked, the typed password is the answer.
    useLogin->setChecked(false);
    QVERIFY(child<QLineEdit>(offered.get(), "secretEdit")->isEnabled());
    child<QLineEdit>(offered.get(), "secretEdit")->setText(str("typed"));
    const InteractionHandler::SudoAnswer typed = DialogInteraction::takeAnswer(offered.get());
    QCOMPARE(typed.kind, InteractionHandler::SudoAnswer::Kind::Typed);
    QCOMPARE(typed.password.view().toByteArray(), QByteArray("typed"));

    // Turned down once (or a key login): no offer.
    question.offerLoginPassword = false;
    question.attempt = 2;
    std::unique_ptr<QDialog> plain(DialogInteraction::createSecretDialog(question, nullptr));
    QVERIFY(!plain->findChild<QCheckBox *>());
    QVERIFY(child<QLabel>(plain.get(), "secretLabel")->text().contains(str("did not accept")));

    // A second SSH password question says the first was not accepted.
    question.kind = DialogInteraction::SecretKind::Password;
    std::unique_ptr<QDialog> again(DialogInteraction::createSecretDialog(question, nullptr));
    QVERIFY2(child<QLabel>(again.get(), "secretLabel")->text().contains(str("did not accept that password")),
             qPrintable(child<QLabel>(again.get(), "secretLabel")->text()));
}

QTEST_MAIN(TestImportDialogSsh)
#include "tst_importdialogssh.moc"
