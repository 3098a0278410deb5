#include "contexttablemodel.h"
#include "credentials/credentialchecker.h"
#include "importdialog.h"
#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfigbuilder.h"
#include "mainwindow.h"
#include "storage/backupstore.h"
#include "support/timetext.h"
#include "testenvironment.h"
#include "testpki.h"
#include "transfer/importsourceregistry.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#ifdef Q_OS_LINUX
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace kubeminder;
using namespace kubeminder::test;

// The dialog end to end against real files: a K3s-style source, the user's kubeconfig with an
// expired certificate for "homelab", real backups under a temporary XDG_STATE_HOME, settings in a
// temporary folder. A stand-in script plays pkexec.

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QDateTime now()
{
    return fixedNow();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An expected message; "%1" in it stands for the source's path.
QString withPath(const QString &expected, const QString &path)
{
    return expected.contains(QLatin1String("%1")) ? expected.arg(path) : expected;
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

// Every text the dialog shows, to look for secrets in.
QStringList visibleTexts(QWidget *dialog)
{
    QStringList texts{dialog->windowTitle()};
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    for (const QTextBrowser *browser : dialog->findChildren<QTextBrowser *>())
        texts << browser->toPlainText() << browser->toHtml();
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        texts << edit->text();
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        texts << button->text();
    return texts;
}

// Root reads every file, so a chmod 000 source proves nothing when the tests run as root (as in
// containers). Dropping the capabilities that bypass file permissions makes root meet them like
// any user. Done in main(), before any thread exists: capabilities are per thread, and threads
// inherit them from the thread that starts them.
void dropFilePermissionOverride()
{
#ifdef Q_OS_LINUX
    if (geteuid() != 0)
        return;
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    if (syscall(SYS_capget, &header, data) != 0)
        return;
    for (const int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH}) {
        data[CAP_TO_INDEX(capability)].effective &= ~CAP_TO_MASK(capability);
        data[CAP_TO_INDEX(capability)].permitted &= ~CAP_TO_MASK(capability);
        data[CAP_TO_INDEX(capability)].inheritable &= ~CAP_TO_MASK(capability);
    }
    syscall(SYS_capset, &header, data);
#endif
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void previewListsRefreshAndWritesNothing();
    void importRefreshesFileWithBackup();
    void enterAfterPreviewImports();
    void firstImportOpensOnTheContextsServer();
    void importNewContext();
    void rememberedSourceContextKept();
    void brokenSourceShowsErrorInPlace_data();
    void brokenSourceShowsErrorInPlace();
    void unreadableSourceReadThroughPkexec();
    void unreadableSourceWithoutPkexecExplainsSudo();
    void pkexecFailureShownInPlace_data();
    void pkexecFailureShownInPlace();
    void windowOpensDialogAndReloadsAfterImport();
    void refreshCredentialsPreviewsTheRememberedSource();
    void moreThanCredentialsNeedsTheBox();
    void targetChangedAfterPreviewRefused();
    void commandSource();

private:
    ImportDialog *makeDialog(const QString &name, const QString &source);
    void writeTarget();
    QString writeSource(const IssuedCertificate &leaf, const QString &path);
    QString writeStandIn(const QString &name, const QString &body);
    static void verifyNoSecrets(QWidget *dialog, const QList<QByteArray> &secrets);

    QTemporaryDir m_root;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_target;
    QString m_source;
    QByteArray m_targetBytes;
    IssuedCertificate m_oldCa;
    IssuedCertificate m_freshCa;
    IssuedCertificate m_oldLeaf;
    IssuedCertificate m_freshLeaf;
    IssuedCertificate m_expiredLeaf;
    QList<QByteArray> m_secrets;
    std::unique_ptr<ImportDialog> m_dialog;
};

void TestImportDialog::initTestCase()
{
    setUpTestEnvironment();
    QVERIFY(m_root.isValid());
    qputenv("HOME", QFile::encodeName(m_root.filePath(str("home"))));
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_root.filePath(str("state"))));
    qunsetenv("KUBECONFIG");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_root.filePath(str("settings")));
    const QDateTime t = now();
    m_oldCa = TestPki::ca(str("old-server-ca"), t.addYears(-2), t.addDays(20));
    m_freshCa = TestPki::ca(str("k3s-server-ca"), t.addSecs(-3600), t.addYears(10));
    m_oldLeaf = TestPki::leaf(m_oldCa, str("system:admin"), t.addDays(-368), t.addDays(-3));
    m_freshLeaf = TestPki::leaf(m_freshCa, str("system:admin"), t.addSecs(-3600), t.addDays(365));
    m_expiredLeaf = TestPki::leaf(m_freshCa, str("system:admin"), t.addDays(-400), t.addDays(-1));
    // The key bodies (a line from the middle of each PEM) and the token must never be shown.
    for (const QByteArray &pem : {m_oldLeaf.privateKeyPem, m_freshLeaf.privateKeyPem})
        m_secrets << pem.split('\n').at(1).left(40) << pem.toBase64().left(40);
    m_secrets << "opaque-secret-token-value"
              << "PRIVATE KEY";
}

void TestImportDialog::init()
{
    m_dialog.reset();
    m_dir = std::make_unique<QTemporaryDir>(m_root.filePath(str("case-XXXXXX")));
    QVERIFY(m_dir->isValid());
    QSettings().clear();
    writeTarget();
    m_source = writeSource(m_freshLeaf, m_dir->filePath(str("server/k3s.yaml")));
}

void TestImportDialog::writeTarget()
{
    KubeconfigBuilder builder;
    builder.cluster(str("homelab"), str("https://pi.lan:6443"), m_oldCa.certificatePem)
        .cluster(str("ci"), str("https://ci.example:6443"))
        .certificateUser(str("homelab"), m_oldLeaf)
        .tokenUser(str("bot"), "opaque-secret-token-value")
        .context(str("homelab"), str("homelab"), str("homelab"), str("team-a"))
        .context(str("ci"), str("ci"), str("bot"))
        .currentContext(str("ci"));
    m_target = builder.writeTo(m_dir->filePath(str("home/.kube/config")));
    m_targetBytes = readAll(m_target);
}

QString TestImportDialog::writeSource(const IssuedCertificate &leaf, const QString &path)
{
    // K3s's kubeconfig: everything called "default", a loopback server, the client CA appended.
    const QString name = str("default");
    KubeconfigBuilder builder;
    builder.cluster(name, str("https://127.0.0.1:6443"), m_freshCa.certificatePem)
        .certificateUser(name, leaf, m_freshCa.certificatePem)
        .context(name, name, name)
        .currentContext(name);
    return builder.writeTo(path);
}

QString TestImportDialog::writeStandIn(const QString &name, const QString &body)
{
    const QString path = m_dir->filePath(str("bin/") + name);
    writeFile(path, (str("#!/bin/sh\n") + body).toUtf8());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

ImportDialog *TestImportDialog::makeDialog(const QString &name, const QString &source)
{
    m_dialog = std::make_unique<ImportDialog>();
    m_dialog->setKubeconfigFiles({m_target});
    m_dialog->setClock([] { return now(); });
    m_dialog->setPkexecProgram(QString());
    m_dialog->setTargetName(name);
    m_dialog->setSource(source);
    m_dialog->show();
    return m_dialog.get();
}

void TestImportDialog::verifyNoSecrets(QWidget *dialog, const QList<QByteArray> &secrets)
{
    for (const QString &text : visibleTexts(dialog)) {
        for (const QByteArray &secret : secrets)
            QVERIFY2(!text.contains(QString::fromLatin1(secret)), qPrintable(text));
    }
}

void TestImportDialog::previewListsRefreshAndWritesNothing()
{
    ImportDialog *dialog = makeDialog(str("homelab"), m_source);
    auto *preview = child<QTextBrowser>(dialog, "previewView");
    auto *previewButton = child<QPushButton>(dialog, "previewButton");
    auto *importButton = child<QPushButton>(dialog, "importButton");
    QVERIFY(preview && previewButton && importButton);
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), str("homelab"));
    QVERIFY(previewButton->isEnabled());
    QTest::mouseClick(previewButton, Qt::LeftButton);
    // The worker has the file; the window stays responsive but cannot start a second run.
    QVERIFY(!previewButton->isEnabled());
    QVERIFY(!importButton->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, "sourceEdit")->isEnabled());
    QTRY_VERIFY(previewButton->isEnabled());
    const QString text = preview->toPlainText();
    QVERIFY2(text.contains(str("“homelab” exists")), qPrintable(text));
    QVERIFY2(text.contains(
                 str("Refresh the credentials of user “homelab” in %1 (expiry %2 → %3)")
                     .arg(m_target, TimeText::local(now().addDays(-3)), TimeText::local(now().addDays(365)))),
             qPrintable(text));
    QVERIFY2(text.contains(str("Refresh the CA of cluster “homelab”")), qPrintable(text));
    // What is kept, as plainly as what changes.
    QVERIFY2(text.contains(str("It keeps, as they are:")), qPrintable(text));
    QVERIFY2(text.contains(str("Server: https://pi.lan:6443")), qPrintable(text));
    QVERIFY2(text.contains(str("Namespace: team-a")), qPrintable(text));
    QVERIFY2(text.contains(str("Nothing has been written")), qPrintable(text));
    QVERIFY(!child<QFrame>(dialog, "messageBar")->isVisible());
    verifyNoSecrets(dialog, m_secrets);
    // The next step is Import: it is the default button and has the focus, so Enter does it.
    QVERIFY(importButton->isDefault());
    QVERIFY(!previewButton->isDefault());
    QVERIFY(importButton->hasFocus() || !dialog->isActiveWindow());

    QCOMPARE(readAll(m_target), m_targetBytes);
    QVERIFY(BackupStore(BackupStore::defaultDirectory()).list(m_target).empty());
    QSettings settings;
    QVERIFY(!ImportSourceRegistry(settings).find(str("homelab")));

    // Editing a field makes the preview stale: it goes.
    QTest::keyClicks(child<QLineEdit>(dialog, "serverEdit"), str("https://x"));
    QVERIFY(preview->toPlainText().isEmpty());
    QVERIFY(previewButton->isDefault());
    QVERIFY(!importButton->isDefault());
}

void TestImportDialog::importRefreshesFileWithBackup()
{
    ImportDialog *dialog = makeDialog(str("homelab"), m_source);
    QSignalSpy imported(dialog, &ImportDialog::imported);
    auto *importButton = child<QPushButton>(dialog, "importButton");
    auto *resultLabel = child<QLabel>(dialog, "resultLabel");
    QVERIFY(importButton && resultLabel);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(!importButton->isEnabled());
    QTRY_VERIFY(resultLabel->isVisible());
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.at(0).at(0).toString(), str("homelab"));

    const QString result = resultLabel->text();
    QVERIFY2(result.contains(str("“homelab” was refreshed.")), qPrintable(result));
    QVERIFY2(result.contains(str("Status: OK")), qPrintable(result));
    QVERIFY2(result.contains(TimeText::local(now().addDays(365))), qPrintable(result));

    // The file now holds the fresh certificate; server and namespace are the user's.
    CheckOptions options;
    options.now = now();
    const CheckReport report = CredentialChecker::check(KubeconfigSet::load({m_target}), options);
    const auto homelab = std::find_if(report.contexts.begin(), report.contexts.end(),
                                      [](const ContextReport &c) { return c.name == str("homelab"); });
    QVERIFY(homelab != report.contexts.end());
    QCOMPARE(homelab->status, Status::Ok);
    QVERIFY(homelab->credential.notAfter);
    QCOMPARE(*homelab->credential.notAfter, now().addDays(365));
    QCOMPARE(homelab->server, str("https://pi.lan:6443"));
    QCOMPARE(homelab->ns, str("team-a"));

    // One backup holding the old bytes, named on the result page.
    const std::vector<BackupEntry> backups = BackupStore(BackupStore::defaultDirectory()).list(m_target);
    QCOMPARE(backups.size(), std::size_t(1));
    QCOMPARE(readAll(backups.front().path), m_targetBytes);
    QVERIFY(backups.front().path.startsWith(m_root.filePath(str("state"))));
    const QString details = child<QTextBrowser>(dialog, "resultDetails")->toPlainText();
    QVERIFY2(details.contains(backups.front().path), qPrintable(details));
    QVERIFY2(details.contains(m_target), qPrintable(details));
    verifyNoSecrets(dialog, m_secrets);

    // Remembered for Refresh, as the command line does.
    QSettings settings;
    const auto record = ImportSourceRegistry(settings).find(str("homelab"));
    QVERIFY(record);
    QCOMPARE(record->kind, str("file"));
    QCOMPARE(record->location, m_source);
    QCOMPARE(record->lastImported, now());

    // Opened again for the same context, the dialog starts from the remembered source.
    ImportDialog again;
    again.setTargetName(str("homelab"));
    QCOMPARE(again.findChild<QLineEdit *>(str("sourceEdit"))->text(), m_source);

    QTest::mouseClick(child<QPushButton>(dialog, "doneButton"), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
}

void TestImportDialog::enterAfterPreviewImports()
{
    // The tired person's path: Preview, read, Enter.
    ImportDialog *dialog = makeDialog(str("homelab"), m_source);
    QSignalSpy imported(dialog, &ImportDialog::imported);
    auto *previewButton = child<QPushButton>(dialog, "previewButton");
    QTest::keyClick(dialog, Qt::Key_Return); // Preview is the default before anything was previewed
    QTRY_VERIFY(!child<QTextBrowser>(dialog, "previewView")->toPlainText().isEmpty());
    QTRY_VERIFY(previewButton->isEnabled());
    QCOMPARE(imported.count(), 0);
    QCOMPARE(readAll(m_target), m_targetBytes);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(child<QLabel>(dialog, "resultLabel")->isVisible());
    QCOMPARE(imported.count(), 1);
    QVERIFY(readAll(m_target) != m_targetBytes);
}

void TestImportDialog::firstImportOpensOnTheContextsServer()
{
    // Nothing remembered for "pi": the dialog starts from its server over SSH, not an empty path.
    ContextReport context;
    context.name = str("pi");
    context.server = str("https://pi.lan:6443");
    context.credential.kind = CredentialKind::ClientCertificate;
    context.credential.issuer = str("k3s-client-ca@1700000000");
    ImportDialog dialog;
    dialog.setTargetContext(context);
    QCOMPARE(dialog.findChild<QComboBox *>(str("sourceKindCombo"))->currentIndex(), 1);
    QCOMPARE(dialog.findChild<QLineEdit *>(str("sshHostEdit"))->text(), str("pi.lan"));
    QCOMPARE(dialog.findChild<QComboBox *>(str("presetCombo"))->currentData().toString(), str("k3s"));
    QCOMPARE(dialog.findChild<QLineEdit *>(str("nameEdit"))->text(), str("pi"));
}

void TestImportDialog::importNewContext()
{
    ImportDialog *dialog = makeDialog(str("pi"), m_source);
    QTest::keyClicks(child<QLineEdit>(dialog, "serverEdit"), str("https://pi.example:6443"));
    QTest::keyClicks(child<QLineEdit>(dialog, "namespaceEdit"), str("apps"));
    child<QCheckBox>(dialog, "setCurrentCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    auto *preview = child<QTextBrowser>(dialog, "previewView");
    QTRY_VERIFY(!preview->toPlainText().isEmpty());
    QVERIFY2(preview->toPlainText().contains(str("Add context “pi” to %1").arg(m_target)),
             qPrintable(preview->toPlainText()));
    QVERIFY2(preview->toPlainText().contains(str("Make “pi” the current context")),
             qPrintable(preview->toPlainText()));
    QCOMPARE(readAll(m_target), m_targetBytes);

    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    auto *resultLabel = child<QLabel>(dialog, "resultLabel");
    QTRY_VERIFY(resultLabel->isVisible());
    QVERIFY2(resultLabel->text().contains(str("“pi” was added.")), qPrintable(resultLabel->text()));
    const KubeconfigDocument document = KubeconfigDocument::load(m_target);
    QCOMPARE(document.currentContext(), str("pi"));
    const KubeconfigSet set = KubeconfigSet::merge({document});
    QVERIFY(set.context(str("pi")));
    QCOMPARE(set.context(str("pi"))->ns, str("apps"));
    QCOMPARE(set.cluster(str("pi"))->server, str("https://pi.example:6443"));
    QSettings settings;
    const auto record = ImportSourceRegistry(settings).find(str("pi"));
    QVERIFY(record);
    QCOMPARE(record->server, str("https://pi.example:6443"));
    QCOMPARE(record->ns, str("apps"));
}

void TestImportDialog::rememberedSourceContextKept()
{
    // Imported before with --context: the dialog repeats that choice while source and name stay.
    ImportSource record;
    record.kind = str("file");
    record.location = m_source;
    record.sourceContext = str("not-in-the-source");
    record.server = str("https://pi.example:6443");
    {
        QSettings settings;
        ImportSourceRegistry(settings).remember(str("homelab"), record);
    }
    m_dialog = std::make_unique<ImportDialog>();
    ImportDialog *dialog = m_dialog.get();
    dialog->setKubeconfigFiles({m_target});
    dialog->setClock([] { return now(); });
    dialog->setTargetName(str("homelab"));
    dialog->show();
    QCOMPARE(child<QLineEdit>(dialog, "sourceEdit")->text(), m_source);
    QCOMPARE(child<QLineEdit>(dialog, "serverEdit")->text(), str("https://pi.example:6443"));
    auto *message = child<QLabel>(dialog, "messageLabel");
    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(str("not-in-the-source")), qPrintable(message->text()));

    // Another name is another import: the source's current context.
    child<QLineEdit>(dialog, "nameEdit")->setText(str("pi"));
    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    auto *preview = child<QTextBrowser>(dialog, "previewView");
    QTRY_VERIFY(!preview->toPlainText().isEmpty());
    QVERIFY(!message->isVisible());
}

void TestImportDialog::brokenSourceShowsErrorInPlace_data()
{
    QTest::addColumn<QByteArray>("content"); // null: no file at all
    QTest::addColumn<QString>("expected");   // %1: the source's path
    QTest::newRow("missing file") << QByteArray() << str("%1 does not exist.");
    QTest::newRow("invalid YAML") << QByteArray("clusters: [unclosed\n") << str("%1");
    QTest::newRow("not a kubeconfig") << QByteArray("- just\n- a list\n") << str("%1");
    QTest::newRow("empty file") << QByteArray("") << str("%1");
    QTest::newRow("expired certificate") << QByteArray("expired") << str("expired on");
}

void TestImportDialog::brokenSourceShowsErrorInPlace()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(str("broken/k3s.yaml"));
    if (content == "expired")
        writeSource(m_expiredLeaf, path);
    else if (!content.isNull())
        writeFile(path, content);
    ImportDialog *dialog = makeDialog(str("homelab"), path);
    auto *message = child<QLabel>(dialog, "messageLabel");
    for (const char *button : {"previewButton", "importButton"}) {
        QTest::mouseClick(child<QPushButton>(dialog, button), Qt::LeftButton);
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(withPath(expected, path)), qPrintable(message->text()));
        QVERIFY(child<QPushButton>(dialog, "previewButton")->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "resultLabel")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "pkexecButton")->isVisible());
        QVERIFY(child<QTextBrowser>(dialog, "previewView")->toPlainText().isEmpty());
        // In place, not in a message box.
        for (QWidget *window : QApplication::topLevelWidgets())
            QVERIFY(!qobject_cast<QMessageBox *>(window) || !window->isVisible());
        verifyNoSecrets(dialog, m_secrets);
    }
    QCOMPARE(readAll(m_target), m_targetBytes);
    QVERIFY(BackupStore(BackupStore::defaultDirectory()).list(m_target).empty());
}

void TestImportDialog::unreadableSourceReadThroughPkexec()
{
    // The stand-in checks it got `/usr/bin/cat -- PATH` as separate arguments (cat by absolute path:
    // pkexec would look a bare name up in the caller's PATH), records them, and prints a copy kept
    // elsewhere: it runs with this test's rights, which cannot read the original.
    const QString copy = writeSource(m_freshLeaf, m_dir->filePath(str("copy/k3s.yaml")));
    const QString arguments = m_dir->filePath(str("arguments"));
    const QString standIn = writeStandIn(
        str("pkexec"), str("printf '%s\\n' \"$@\" > '%1'\n"
                           "[ \"$#\" = 3 ] && [ \"$1\" = /usr/bin/cat ] && [ \"$2\" = -- ] || exit 127\n"
                           "exec cat -- '%2'\n")
                           .arg(arguments, copy));
    const QString path = m_dir->filePath(str("etc/rancher/k3s/k3s config.yaml"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(QFile::copy(copy, path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    if (QFileInfo(path).isReadable())
        QSKIP("This process reads files whatever their permissions (root with CAP_DAC_OVERRIDE).");

    ImportDialog *dialog = makeDialog(str("homelab"), path);
    dialog->setPkexecProgram(standIn);
    auto *message = child<QLabel>(dialog, "messageLabel");
    auto *pkexec = child<QPushButton>(dialog, "pkexecButton");
    auto *preview = child<QTextBrowser>(dialog, "previewView");
    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    QTRY_VERIFY(pkexec->isVisible());
    QVERIFY2(message->text().contains(str("%1 exists, but only its owner may read it").arg(path)),
             qPrintable(message->text()));
    QCOMPARE(pkexec->text(), str("Read it with &administrator rights"));
    QVERIFY(preview->toPlainText().isEmpty());

    QTest::mouseClick(pkexec, Qt::LeftButton);
    QTRY_VERIFY(!preview->toPlainText().isEmpty());
    QCOMPARE(readAll(arguments), (str("/usr/bin/cat\n--\n") + path + QLatin1Char('\n')).toUtf8());
    QVERIFY2(preview->toPlainText().contains(str("Refresh the credentials of user “homelab”")),
             qPrintable(preview->toPlainText()));
    QVERIFY(!message->isVisible());
    verifyNoSecrets(dialog, m_secrets);
    QCOMPARE(readAll(m_target), m_targetBytes);

    // Import uses the bytes already read: no second password prompt.
    QVERIFY(QFile::remove(arguments));
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    auto *resultLabel = child<QLabel>(dialog, "resultLabel");
    QTRY_VERIFY(resultLabel->isVisible());
    QVERIFY2(resultLabel->text().contains(str("was refreshed")), qPrintable(resultLabel->text()));
    QVERIFY(!QFile::exists(arguments));
    verifyNoSecrets(dialog, m_secrets);
    // Remembered as the file it is: a refresh meets the same permission and offers pkexec again.
    QSettings settings;
    const auto record = ImportSourceRegistry(settings).find(str("homelab"));
    QVERIFY(record);
    QCOMPARE(record->kind, str("file"));
    QCOMPARE(record->location, path);
}

void TestImportDialog::unreadableSourceWithoutPkexecExplainsSudo()
{
    const QString path = m_dir->filePath(str("etc/k3s.yaml"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(QFile::copy(m_source, path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    if (QFileInfo(path).isReadable())
        QSKIP("This process reads files whatever their permissions (root with CAP_DAC_OVERRIDE).");
    ImportDialog *dialog = makeDialog(str("homelab"), path);
    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    auto *message = child<QLabel>(dialog, "messageLabel");
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(str("sudo cat %1 | kubeminder import - --name homelab").arg(path)),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(str("--write-kubeconfig-mode")), qPrintable(message->text()));
    QVERIFY(!child<QPushButton>(dialog, "pkexecButton")->isVisible());
}

void TestImportDialog::pkexecFailureShownInPlace_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected");
    QTest::newRow("password dialog dismissed") << str("exit 126\n") << str("was cancelled; nothing was read");
    QTest::newRow("not authorized") << str("echo 'Not authorized.' >&2\nexit 127\n")
                                    << str("You may not read %1 with administrator rights (Not authorized.)");
    QTest::newRow("cat failed") << str("echo 'cat: no such file' >&2\nexit 1\n")
                                << str("failed: cat: no such file");
    QTest::newRow("not a kubeconfig") << str("echo 'hello: [world'\n") << str("%1");
    QTest::newRow("no such program") << QString() << str("could not be started");
}

void TestImportDialog::pkexecFailureShownInPlace()
{
    QFETCH(QString, script);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(str("etc/k3s.yaml"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(QFile::copy(m_source, path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    if (QFileInfo(path).isReadable())
        QSKIP("This process reads files whatever their permissions (root with CAP_DAC_OVERRIDE).");
    ImportDialog *dialog = makeDialog(str("homelab"), path);
    dialog->setPkexecProgram(script.isNull() ? m_dir->filePath(str("bin/no-such-pkexec"))
                                             : writeStandIn(str("pkexec"), script));
    auto *pkexec = child<QPushButton>(dialog, "pkexecButton");
    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    QTRY_VERIFY(pkexec->isVisible());
    QTest::mouseClick(pkexec, Qt::LeftButton);
    auto *message = child<QLabel>(dialog, "messageLabel");
    QTRY_VERIFY(message->isVisible() && child<QPushButton>(dialog, "previewButton")->isEnabled());
    QVERIFY2(message->text().contains(withPath(expected, path)), qPrintable(message->text()));
    QVERIFY(child<QTextBrowser>(dialog, "previewView")->toPlainText().isEmpty());
    QCOMPARE(readAll(m_target), m_targetBytes);
}

void TestImportDialog::windowOpensDialogAndReloadsAfterImport()
{
    MainWindow window;
    window.setKubeconfigFiles({m_target});
    QSignalSpy reloaded(&window, &MainWindow::reloaded);
    window.show();
    window.reload();
    QVERIFY(reloaded.wait(10000));
    auto *table = window.findChild<QTableView *>(str("contextTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, ContextTableModel::NameColumn).data().toString() == str("homelab"))
            table->setCurrentIndex(table->model()->index(row, 0));
    }
    auto *action = window.findChild<QAction *>(str("importAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    action->trigger();
    auto *dialog = window.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(str("nameEdit"))->text(), str("homelab"));
    // A second trigger raises the same dialog.
    action->trigger();
    QCOMPARE(window.findChildren<ImportDialog *>().size(), 1);

    dialog->setClock([] { return now(); });
    dialog->setSource(m_source);
    QTest::mouseClick(dialog->findChild<QPushButton *>(str("importButton")), Qt::LeftButton);
    QTRY_COMPARE(reloaded.count(), 2);
    QVERIFY(readAll(m_target) != m_targetBytes);
    QTest::mouseClick(dialog->findChild<QPushButton *>(str("doneButton")), Qt::LeftButton);
    QTRY_VERIFY(window.findChildren<ImportDialog *>().isEmpty()); // deleted on close
}

// Refresh credentials (Ctrl+R): with a remembered source the dialog opens on it and previews at
// once; one click on Import then applies it.
void TestImportDialog::refreshCredentialsPreviewsTheRememberedSource()
{
    {
        QSettings settings;
        ImportSource record;
        record.kind = str("file");
        record.location = m_source;
        record.lastImported = now();
        ImportSourceRegistry(settings).remember(str("homelab"), record);
    }
    MainWindow window;
    window.setKubeconfigFiles({m_target});
    QSignalSpy reloaded(&window, &MainWindow::reloaded);
    window.show();
    window.reload();
    QVERIFY(reloaded.wait(10000));
    auto *table = window.findChild<QTableView *>(str("contextTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, ContextTableModel::NameColumn).data().toString() == str("homelab"))
            table->setCurrentIndex(table->model()->index(row, 0));
    }
    auto *action = window.findChild<QAction *>(str("refreshCredentialsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    action->trigger();
    auto *dialog = window.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(str("nameEdit"))->text(), str("homelab"));
    QCOMPARE(dialog->findChild<QLineEdit *>(str("sourceEdit"))->text(), m_source);
    // The preview ran by itself: its text (or, for a source refused at today's date, the reason).
    auto *preview = dialog->findChild<QWidget *>(str("previewView"));
    auto *message = dialog->findChild<QLabel *>(str("messageLabel"));
    QTRY_VERIFY(preview->property("plainText").toString().contains(str("homelab")) ||
                (message->isVisibleTo(dialog) && !message->text().isEmpty()));
    QCOMPARE(readAll(m_target), m_targetBytes); // a preview writes nothing
    dialog->close();
    QSettings().remove(str("importSources"));
}

void TestImportDialog::moreThanCredentialsNeedsTheBox()
{
    // A local file whose user is an exec plugin: shown with its exact command, written only after
    // the box is ticked.
    KubeconfigBuilder builder;
    builder.cluster(str("default"), str("https://127.0.0.1:6443"), m_freshCa.certificatePem)
        .execUser(str("default"), str("/usr/local/bin/get-token"))
        .execArgs(str("default"), {str("--cluster"), str("home lab")})
        .context(str("default"), str("default"), str("default"))
        .currentContext(str("default"));
    const QString source = builder.writeTo(m_dir->filePath(str("server/exec.yaml")));
    ImportDialog *dialog = makeDialog(str("homelab"), source);
    auto *preview = child<QTextBrowser>(dialog, "previewView");
    auto *box = child<QCheckBox>(dialog, "allowGuardedCheck");
    auto *importButton = child<QPushButton>(dialog, "importButton");
    QVERIFY(box && box->isHidden());

    // Import straight away: nothing is written; the lines and the box are shown instead.
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_VERIFY(!preview->toPlainText().isEmpty());
    QVERIFY2(preview->toPlainText().contains(str("exec /usr/local/bin/get-token --cluster 'home lab'")),
             qPrintable(preview->toPlainText()));
    QVERIFY2(preview->toPlainText().contains(str("credential kind")), qPrintable(preview->toPlainText()));
    QVERIFY(box->isVisible());
    QVERIFY(!box->isChecked());
    QVERIFY(!importButton->isEnabled());
    QCOMPARE(readAll(m_target), m_targetBytes);
    QVERIFY(BackupStore(BackupStore::defaultDirectory()).list(m_target).empty());

    // A changed field drops the yes with the preview.
    box->setChecked(true);
    QVERIFY(importButton->isEnabled());
    child<QLineEdit>(dialog, "namespaceEdit")->setText(str("x"));
    QVERIFY(box->isHidden() && !box->isChecked());
    child<QLineEdit>(dialog, "namespaceEdit")->clear();

    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    QTRY_VERIFY(box->isVisible());
    box->setChecked(true);
    QTest::mouseClick(importButton, Qt::LeftButton);
    auto *resultLabel = child<QLabel>(dialog, "resultLabel");
    QTRY_VERIFY(resultLabel->isVisible());
    QVERIFY2(resultLabel->text().contains(str("was refreshed")), qPrintable(resultLabel->text()));
    QVERIFY(readAll(m_target).contains("/usr/local/bin/get-token"));
}

void TestImportDialog::targetChangedAfterPreviewRefused()
{
    // Import writes the plan the preview showed; if kubectl (or anyone) changed the file since, it
    // is refused and the other writer's change stays.
    ImportDialog *dialog = makeDialog(str("homelab"), m_source);
    auto *preview = child<QTextBrowser>(dialog, "previewView");
    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    QTRY_VERIFY(!preview->toPlainText().isEmpty());
    const QByteArray changed = m_targetBytes + "# changed by kubectl\n";
    writeFile(m_target, changed);
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    auto *resultLabel = child<QLabel>(dialog, "resultLabel");
    QTRY_VERIFY(resultLabel->isVisible());
    QVERIFY2(resultLabel->text().contains(str("The import stopped")), qPrintable(resultLabel->text()));
    QCOMPARE(readAll(m_target), changed);
}

// Command: a tool's line filled in from the tool and cluster, or typed by hand; run without a shell,
// previewed, imported, remembered, and shown again as the command when the context is refreshed.
void TestImportDialog::commandSource()
{
    ImportDialog *dialog = makeDialog(str("kind-dev"), QString());
    auto *kind = child<QComboBox>(dialog, "sourceKindCombo");
    auto *tool = child<QComboBox>(dialog, "commandToolCombo");
    auto *cluster = child<QLineEdit>(dialog, "commandClusterEdit");
    auto *command = child<QLineEdit>(dialog, "commandEdit");
    QVERIFY(kind && tool && cluster && command);
    kind->setCurrentIndex(2);
    QVERIFY(command->isVisible());
    QVERIFY(!child<QLineEdit>(dialog, "sourceEdit")->isVisible());
    tool->setCurrentIndex(tool->findData(str("kind")));
    QTest::keyClicks(cluster, str("dev"));
    QCOMPARE(command->text(), str("kind get kubeconfig --name dev"));
    tool->setCurrentIndex(tool->findData(str("talos")));
    QCOMPARE(command->text(), str("talosctl kubeconfig -n dev -"));

    // Typed by hand: the person's own line, which the tool no longer overwrites.
    const QString printer = writeStandIn(str("print-kubeconfig"), str("exec cat \"$1\"\n"));
    command->selectAll();
    QTest::keyClicks(command, str("%1 '%2'").arg(printer, m_source));
    QCOMPARE(tool->currentData().toString(), QString());
    QVERIFY(!cluster->isEnabled());

    QTest::mouseClick(child<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    auto *preview = child<QTextBrowser>(dialog, "previewView");
    QTRY_VERIFY(!preview->toPlainText().isEmpty());
    QCOMPARE(readAll(m_target), m_targetBytes);
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    auto *resultLabel = child<QLabel>(dialog, "resultLabel");
    QTRY_VERIFY(resultLabel->isVisible());
    QVERIFY2(resultLabel->text().contains(str("“kind-dev” was added.")), qPrintable(resultLabel->text()));
    QSettings settings;
    const auto record = ImportSourceRegistry(settings).find(str("kind-dev"));
    QVERIFY(record);
    QCOMPARE(record->kind, str("cmd"));
    QCOMPARE(record->location, str("cmd:%1 %2").arg(printer, m_source));

    // Refreshing it later opens on that command.
    m_dialog = std::make_unique<ImportDialog>();
    ImportDialog *again = m_dialog.get();
    again->setKubeconfigFiles({m_target});
    again->setClock([] { return now(); });
    again->setTargetName(str("kind-dev"));
    again->show();
    QCOMPARE(child<QComboBox>(again, "sourceKindCombo")->currentIndex(), 2);
    QCOMPARE(child<QLineEdit>(again, "commandEdit")->text(), str("%1 %2").arg(printer, m_source));
}

int main(int argc, char *argv[])
{
    dropFilePermissionOverride();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KubeminderTest"));
    QApplication::setApplicationName(QStringLiteral("tst_importdialog"));
    TestImportDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_importdialog.moc"
