#include "backupsdialog.h"
#include "contexttablemodel.h"
#include "kubeconfigbuilder.h"
#include "storage/backupjob.h"
#include "storage/backupstore.h"
#include "support/timetext.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace kubeminder;
using namespace kubeminder::test;

// The dialog end to end against a real BackupStore in a temporary folder and real kubeconfig files
// under a temporary HOME. Backups are taken at fixed times; nothing depends on today's date.

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

const QByteArray Token = "backups-dialog-secret-token";

// A kubeconfig with `contexts` contexts, told apart by `server`.
QByteArray kubeconfig(int contexts, const QString &server, const IssuedCertificate *leaf = nullptr)
{
    KubeconfigBuilder builder;
    builder.cluster(str("c"), server);
    if (leaf)
        builder.certificateUser(str("u"), *leaf);
    else
        builder.tokenUser(str("u"), Token);
    for (int i = 0; i < contexts; ++i)
        builder.context(str("ctx-%1").arg(i), str("c"), str("u"));
    if (contexts > 0)
        builder.currentContext(str("ctx-0"));
    return builder.toYaml();
}

// Every text the dialog shows, to look for secrets in.
QStringList visibleTexts(QWidget *dialog)
{
    QStringList texts{dialog->windowTitle()};
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    const QAbstractItemModel *model = dialog->findChild<QTreeView *>(str("backupTree"))->model();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                texts << index.data().toString() << index.data(Qt::ToolTipRole).toString();
            }
            walk(model->index(row, 0, parent));
        }
    };
    walk({});
    return texts;
}

} // namespace

class TestBackupsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsGroupsNewestFirst();
    void setOriginalSelectsItsNewestBackup();
    void reasonColumn_data();
    void reasonColumn();
    void restoreEndToEnd_data();
    void restoreEndToEnd();
    void confirmationSaysWhatChanges_data();
    void confirmationSaysWhatChanges();
    void declinedRestoreChangesNothing();
    void confirmationMessageBox_data();
    void confirmationMessageBox();
    void restoreFailureShownInPlace();
    void unknownOriginalAsksWhereItGoes();
    void returnKeyAsksToRestore();
    void emptyState();
    void openFolder_data();
    void openFolder();

private:
    std::unique_ptr<BackupsDialog> makeDialog(const QStringList &files);
    BackupEntry backUp(const QString &file, const QByteArray &bytes, const QDateTime &when,
                       const BackupReason &reason = {});
    static QModelIndex groupIndex(const QAbstractItemModel *model, const QString &original);
    static QTreeView *tree(QWidget *dialog) { return dialog->findChild<QTreeView *>(str("backupTree")); }
    static QLabel *message(QWidget *dialog) { return dialog->findChild<QLabel *>(str("messageLabel")); }
    static QPushButton *button(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    QString selectedBackup(QWidget *dialog) const;

    QTemporaryDir m_root;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    QString m_config; ///< ~/case-*/.kube/config, the window's first file
    QString m_other;  ///< ~/case-*/.kube/other, the window's second file
    IssuedCertificate m_leaf;
};

void TestBackupsDialog::initTestCase()
{
    setUpTestEnvironment();
    QVERIFY(m_root.isValid());
    QVERIFY(QDir().mkpath(m_root.filePath(str("home"))));
    qputenv("HOME", QFile::encodeName(m_root.filePath(str("home"))));
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_root.filePath(str("state"))));
    qunsetenv("KUBECONFIG");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_root.filePath(str("settings")));
    m_leaf = TestPki::leaf(TestPki::sharedCa(), str("system:admin"), now().addDays(-10), now().addDays(300));
}

void TestBackupsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::home().filePath(str("case-XXXXXX")));
    QVERIFY(m_dir->isValid());
    QSettings().clear();
    m_store = m_dir->filePath(str("store"));
    m_config = m_dir->filePath(str(".kube/config"));
    m_other = m_dir->filePath(str(".kube/other"));
}

void TestBackupsDialog::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<BackupsDialog> TestBackupsDialog::makeDialog(const QStringList &files)
{
    auto dialog = std::make_unique<BackupsDialog>(m_store, files);
    dialog->setClock([] { return now(); });
    dialog->setOpenUrl([](const QUrl &) {
        qWarning("a test was about to open a file manager");
        return false;
    });
    dialog->show();
    return dialog;
}

BackupEntry TestBackupsDialog::backUp(const QString &file, const QByteArray &bytes, const QDateTime &when,
                                      const BackupReason &reason)
{
    QString error;
    const auto entry = BackupStore(m_store).save(file, bytes, when, &error, {}, reason);
    if (!entry)
        qWarning("backup failed: %s", qPrintable(error));
    return entry.value_or(BackupEntry{});
}

QModelIndex TestBackupsDialog::groupIndex(const QAbstractItemModel *model, const QString &original)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(BackupsDialog::OriginalRole).toString() == original)
            return index;
    }
    return {};
}

QString TestBackupsDialog::selectedBackup(QWidget *dialog) const
{
    return tree(dialog)->currentIndex().siblingAtColumn(0).data(BackupsDialog::BackupPathRole).toString();
}

void TestBackupsDialog::listsGroupsNewestFirst()
{
    // Three backups of the first file, taken out of order; none of the second; one of a file the
    // window does not show; one whose original the index does not know.
    const QString elsewhere = m_dir->filePath(str("elsewhere/config"));
    const BackupEntry middle = backUp(m_config, kubeconfig(2, str("https://b"), &m_leaf), now().addDays(-2));
    const BackupEntry newest = backUp(m_config, kubeconfig(3, str("https://c")), now().addDays(-1));
    const BackupEntry oldest = backUp(m_config, kubeconfig(1, str("https://a")), now().addDays(-3));
    const BackupEntry foreign = backUp(elsewhere, kubeconfig(1, str("https://e")), now().addDays(-5));
    const QString stray = QDir(m_store).filePath(str("lost.20260101T000000.000Z.yaml"));
    writeFile(stray, kubeconfig(1, str("https://lost")));
    QVERIFY(!oldest.path.isEmpty() && !middle.path.isEmpty() && !newest.path.isEmpty());

    auto dialog = std::make_unique<BackupsDialog>(m_store, QStringList{m_config, m_other});
    QTreeView *view = tree(dialog.get());
    QVERIFY(view);
    // Watches the model from before the first listing arrives.
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(dialog.get(), &BackupsDialog::refreshed);
    dialog->show();
    QVERIFY(refreshed.wait());
    QCOMPARE(dialog->windowTitle(), str("Backups"));

    const QAbstractItemModel *model = view->model();
    QCOMPARE(model->columnCount(), int(BackupsDialog::ColumnCount));
    QCOMPARE(model->rowCount(), 4);
    // The window's files first, in their order (one with no backup yet too), then the others.
    const QStringList originals = {m_config, m_other, elsewhere, QString()};
    for (int row = 0; row < originals.size(); ++row)
        QCOMPARE(model->index(row, 0).data(BackupsDialog::OriginalRole).toString(), originals.at(row));
    const QString shown = BackupsDialog::displayPath(m_config);
    QVERIFY2(shown.startsWith(str("~/case-")), qPrintable(shown));
    QCOMPARE(model->index(0, 0).data().toString(), shown + str(" — 3 backups"));
    QCOMPARE(model->index(1, 0).data().toString(),
             BackupsDialog::displayPath(m_other) + str(" — no backups yet"));
    QCOMPARE(model->index(2, 0).data().toString(),
             BackupsDialog::displayPath(elsewhere) + str(" — 1 backup"));
    QVERIFY(model->index(3, 0).data().toString().startsWith(str("Unknown file")));
    QCOMPARE(model->index(0, 0).data(Qt::ToolTipRole).toString(), m_config);

    // Newest first, with local time, size and contexts.
    const QModelIndex config = model->index(0, 0);
    QCOMPARE(model->rowCount(config), 3);
    QCOMPARE(model->rowCount(model->index(1, 0)), 0);
    QCOMPARE(model->rowCount(model->index(2, 0)), 1);
    QCOMPARE(model->rowCount(model->index(3, 0)), 1);
    const std::vector<BackupEntry> expected = {newest, middle, oldest};
    const QLocale locale;
    for (int row = 0; row < 3; ++row) {
        const BackupEntry &entry = expected[std::size_t(row)];
        const QModelIndex time = model->index(row, BackupsDialog::TimeColumn, config);
        QCOMPARE(time.data(BackupsDialog::BackupPathRole).toString(), entry.path);
        QCOMPARE(time.data(BackupsDialog::CreatedAtRole).toDateTime(), entry.createdAt);
        QCOMPARE(time.data().toString(), TimeText::local(entry.createdAt));
        QCOMPARE(time.data(Qt::ToolTipRole).toString(), entry.path);
        QCOMPARE(model->index(row, BackupsDialog::SizeColumn, config).data().toString(),
                 locale.formattedDataSize(QFileInfo(entry.path).size()));
        QCOMPARE(model->index(row, BackupsDialog::ContextsColumn, config).data().toString(),
                 QString::number(3 - row));
    }
    QCOMPARE(model->index(0, 0, model->index(2, 0)).data(BackupsDialog::BackupPathRole).toString(),
             foreign.path);
    QCOMPARE(model->index(0, 0, model->index(3, 0)).data(BackupsDialog::BackupPathRole).toString(), stray);

    // The newest backup of the window's first file is selected, ready to restore.
    QCOMPARE(selectedBackup(dialog.get()), newest.path);
    QVERIFY(button(dialog.get(), "restoreButton")->isEnabled());
    // A group is not a backup; a backup of an unknown file asks where it goes
    // (unknownOriginalAsksWhereItGoes).
    view->setCurrentIndex(model->index(1, 0));
    QVERIFY(!button(dialog.get(), "restoreButton")->isEnabled());
    view->setCurrentIndex(model->index(0, 0, model->index(3, 0)));
    QVERIFY(button(dialog.get(), "restoreButton")->isEnabled());
    view->setCurrentIndex(model->index(0, 1, model->index(2, 0)));
    QVERIFY(button(dialog.get(), "restoreButton")->isEnabled());

    // F5 lists again, and the selection stays where it was.
    backUp(elsewhere, kubeconfig(2, str("https://f")), now());
    dialog->findChild<QAction *>(str("refreshAction"))->trigger();
    QVERIFY(refreshed.wait());
    QCOMPARE(model->rowCount(model->index(2, 0)), 2);
    QCOMPARE(selectedBackup(dialog.get()), foreign.path);

    // Paths, times, sizes and counts only: never what is in the files.
    for (const QString &text : visibleTexts(dialog.get())) {
        QVERIFY2(!text.contains(QString::fromLatin1(Token)), qPrintable(text));
        QVERIFY2(!text.contains(QString::fromLatin1(m_leaf.privateKeyPem.toBase64().left(40))),
                 qPrintable(text));
        QVERIFY2(!text.contains(str("https://")), qPrintable(text));
    }
}

void TestBackupsDialog::setOriginalSelectsItsNewestBackup()
{
    backUp(m_config, kubeconfig(1, str("https://a")), now().addDays(-2));
    const BackupEntry other = backUp(m_other, kubeconfig(1, str("https://b")), now().addDays(-3));
    backUp(m_other, kubeconfig(1, str("https://c")), now().addDays(-4));

    // Before the listing arrives, and after.
    auto dialog = makeDialog({m_config, m_other});
    QSignalSpy refreshed(dialog.get(), &BackupsDialog::refreshed);
    dialog->setOriginal(m_other);
    QVERIFY(refreshed.wait());
    QCOMPARE(selectedBackup(dialog.get()), other.path);
    dialog->setOriginal(m_config);
    QCOMPARE(tree(dialog.get())->currentIndex().parent().data(BackupsDialog::OriginalRole).toString(),
             m_config);
    // A file with no backups: its group.
    const QString none = m_dir->filePath(str("none"));
    auto second = makeDialog({m_config, none});
    QSignalSpy secondRefreshed(second.get(), &BackupsDialog::refreshed);
    QVERIFY(secondRefreshed.wait());
    second->setOriginal(none);
    const QModelIndex current = tree(second.get())->currentIndex();
    QCOMPARE(current, groupIndex(tree(second.get())->model(), none));
    QVERIFY(!button(second.get(), "restoreButton")->isEnabled());
}

void TestBackupsDialog::reasonColumn_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QDateTime>("takenAt");
    QTest::addColumn<QString>("text");

    using Kind = BackupReason::Kind;
    QTest::newRow("not recorded") << int(Kind::Unknown) << QString() << QDateTime() << str("—");
    QTest::newRow("manual") << int(Kind::Manual) << QString() << QDateTime() << str("Manual");
    QTest::newRow("before an import")
        << int(Kind::BeforeImport) << str("homelab") << QDateTime() << str("Before import of homelab");
    QTest::newRow("before a restore")
        << int(Kind::BeforeRestore) << str("config.20260613T120000.000Z.yaml") << now().addDays(-2)
        << str("Before restore of %1").arg(TimeText::local(now().addDays(-2)));
    QTest::newRow("before use-context")
        << int(Kind::BeforeUseContext) << str("prod") << QDateTime() << str("Before switching to prod");
}

void TestBackupsDialog::reasonColumn()
{
    QFETCH(int, kind);
    QFETCH(QString, subject);
    QFETCH(QDateTime, takenAt);
    QFETCH(QString, text);
    const BackupEntry entry = backUp(m_config, kubeconfig(1, str("https://a")), now().addDays(-1),
                                     {BackupReason::Kind(kind), subject, takenAt});
    auto dialog = makeDialog({m_config});
    QSignalSpy refreshed(dialog.get(), &BackupsDialog::refreshed);
    QVERIFY(refreshed.wait());
    const QAbstractItemModel *model = tree(dialog.get())->model();
    QCOMPARE(model->headerData(BackupsDialog::ReasonColumn, Qt::Horizontal).toString(), str("Reason"));
    const QModelIndex reason = model->index(0, BackupsDialog::ReasonColumn, groupIndex(model, m_config));
    QCOMPARE(reason.data().toString(), text);
    QCOMPARE(reason.data(BackupsDialog::BackupPathRole).toString(), entry.path);
}

void TestBackupsDialog::confirmationSaysWhatChanges_data()
{
    QTest::addColumn<int>("contexts"); // in the backup; the file now has ctx-0 with an expired certificate
    QTest::addColumn<QStringList>("lines");

    const QString renewed = str("ctx-0: expires %1 (expired) → %2")
                                .arg(TimeText::local(now().addDays(-3)), TimeText::local(now().addDays(300)));
    const QString added = str("%1: added, expires ") + TimeText::local(now().addDays(300));
    QTest::newRow("a credential renewed, a context added")
        << 2 << QStringList{renewed, added.arg(str("ctx-1"))};
    // In name order, as kubectl lists contexts: ctx-10 before ctx-2.
    QStringList names;
    for (int i = 1; i < 16; ++i)
        names << str("ctx-%1").arg(i);
    names.sort();
    QStringList many{renewed};
    for (const QString &name : names.first(10))
        many << added.arg(name);
    many << str("… and 5 more");
    QTest::newRow("more than fit: the rest counted") << 16 << many;
}

void TestBackupsDialog::confirmationSaysWhatChanges()
{
    QFETCH(int, contexts);
    QFETCH(QStringList, lines);
    const IssuedCertificate expired =
        TestPki::leaf(TestPki::sharedCa(), str("system:admin"), now().addDays(-300), now().addDays(-3));
    const BackupEntry backup =
        backUp(m_config, kubeconfig(contexts, str("https://good"), &m_leaf), now().addDays(-1));
    writeFile(m_config, kubeconfig(1, str("https://good"), &expired));

    auto dialog = makeDialog({m_config});
    QSignalSpy refreshed(dialog.get(), &BackupsDialog::refreshed);
    QVERIFY(refreshed.wait());
    QStringList questions;
    dialog->setConfirmRestore([&](const QString &question, const QString &) {
        questions << question;
        return false;
    });
    QTest::mouseClick(button(dialog.get(), "restoreButton"), Qt::LeftButton);
    // While the worker compares, a second Restore… is not offered.
    QVERIFY(!button(dialog.get(), "restoreButton")->isEnabled());
    QTRY_COMPARE(questions.size(), 1);
    QCOMPARE(questions.constFirst(),
             str("Replace %1 with the backup from %2? The current file is backed up first.\n\n"
                 "What the restore changes:\n• ")
                     .arg(BackupsDialog::displayPath(m_config), TimeText::local(backup.createdAt)) +
                 lines.join(str("\n• ")));
    QVERIFY(button(dialog.get(), "restoreButton")->isEnabled());
    QCOMPARE(BackupStore(m_store).list().size(), std::size_t(1));
}

void TestBackupsDialog::restoreEndToEnd_data()
{
    QTest::addColumn<bool>("targetExists");
    QTest::newRow("over the current file") << true;
    QTest::newRow("the file is gone") << false;
}

void TestBackupsDialog::restoreEndToEnd()
{
    QFETCH(bool, targetExists);
    const QByteArray good = kubeconfig(2, str("https://good"), &m_leaf);
    const QByteArray current = kubeconfig(1, str("https://broken"));
    const BackupEntry older = backUp(m_config, kubeconfig(1, str("https://old")), now().addDays(-9));
    const BackupEntry backup = backUp(m_config, good, now().addDays(-2));
    if (targetExists) {
        writeFile(m_config, current);
        QVERIFY(QFile::setPermissions(m_config, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    auto dialog = makeDialog({m_config});
    QSignalSpy refreshed(dialog.get(), &BackupsDialog::refreshed);
    QSignalSpy restored(dialog.get(), &BackupsDialog::restored);
    QVERIFY(refreshed.wait());
    QCOMPARE(selectedBackup(dialog.get()), backup.path);
    QStringList questions;
    dialog->setConfirmRestore([&](const QString &question, const QString &target) {
        questions << question;
        return target == m_config;
    });

    const qsizetype listings = refreshed.size();
    QTest::mouseClick(button(dialog.get(), "restoreButton"), Qt::LeftButton);
    // Asked once the worker has compared the backup with the file.
    QTRY_COMPARE(questions.size(), 1);
    const QString expires = TimeText::local(now().addDays(300));
    const QString changes = targetExists ? str("• ctx-0: expires unknown → %1\n• ctx-1: added, expires %1")
                                         : str("• ctx-0: added, expires %1\n• ctx-1: added, expires %1");
    QCOMPARE(questions.constFirst(),
             str("Replace %1 with the backup from %2? The current file is backed up first.\n\n")
                     .arg(BackupsDialog::displayPath(m_config), TimeText::local(backup.createdAt)) +
                 str("What the restore changes:\n") + changes.arg(expires));
    // The restore may be done already: it starts the moment the question is answered.
    QTRY_COMPARE(restored.size(), 1);
    QCOMPARE(restored.constFirst().constFirst().toString(), m_config);
    QCOMPARE(readAll(m_config), good);

    // A new backup of the state before, taken "now"; the list shows it once refreshed.
    const std::vector<BackupEntry> backups = BackupStore(m_store).list(m_config);
    QCOMPARE(backups.size(), std::size_t(targetExists ? 3 : 2));
    if (targetExists) {
        QCOMPARE(backups.front().createdAt, now());
        QCOMPARE(readAll(backups.front().path), current);
    }
    QTRY_VERIFY(refreshed.size() > listings);
    const QAbstractItemModel *model = tree(dialog.get())->model();
    QCOMPARE(model->rowCount(groupIndex(model, m_config)), int(backups.size()));
    QCOMPARE(selectedBackup(dialog.get()), backup.path);
    QCOMPARE(BackupStore(m_store).list(m_config).back().path, older.path);

    // The result, in place.
    QLabel *label = message(dialog.get());
    QTRY_VERIFY(label->isVisible());
    const QString text = label->text();
    QVERIFY2(
        text.startsWith(str("Restored %1 from the backup from %2.")
                            .arg(BackupsDialog::displayPath(m_config), TimeText::local(backup.createdAt))),
        qPrintable(text));
    if (targetExists) {
        QVERIFY2(text.contains(str("The state before the restore is saved as %1.")
                                   .arg(BackupsDialog::displayPath(backups.front().path))),
                 qPrintable(text));
    } else {
        QVERIFY2(text.contains(str("nothing to back up")), qPrintable(text));
    }
    QCOMPARE(dialog->findChild<QFrame *>(str("messageBar"))->property("severity").toString(), str("ok"));
    QVERIFY(button(dialog.get(), "restoreButton")->isEnabled());
    QCOMPARE(restored.size(), 1);
}

void TestBackupsDialog::declinedRestoreChangesNothing()
{
    backUp(m_config, kubeconfig(2, str("https://good")), now().addDays(-2));
    const QByteArray current = kubeconfig(1, str("https://current"));
    writeFile(m_config, current);

    auto dialog = makeDialog({m_config});
    QSignalSpy refreshed(dialog.get(), &BackupsDialog::refreshed);
    QSignalSpy restored(dialog.get(), &BackupsDialog::restored);
    QVERIFY(refreshed.wait());
    int asked = 0;
    dialog->setConfirmRestore([&](const QString &, const QString &) {
        ++asked;
        return false;
    });
    QTest::mouseClick(button(dialog.get(), "restoreButton"), Qt::LeftButton);
    QTRY_COMPARE(asked, 1);
    QVERIFY(!refreshed.wait(200));
    QCOMPARE(restored.size(), 0);
    QCOMPARE(readAll(m_config), current);
    QCOMPARE(BackupStore(m_store).list().size(), std::size_t(1));
    QVERIFY(!message(dialog.get())->isVisible());
}

void TestBackupsDialog::confirmationMessageBox_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("Restore") << true;
    QTest::newRow("Cancel") << false;
}

void TestBackupsDialog::confirmationMessageBox()
{
    // Without a hook the dialog asks with a message box; the test answers it.
    QFETCH(bool, accept);
    const QByteArray good = kubeconfig(2, str("https://good"));
    const BackupEntry backup = backUp(m_config, good, now().addDays(-2));
    const QByteArray current = kubeconfig(1, str("https://current"));
    writeFile(m_config, current);

    auto dialog = makeDialog({m_config});
    QSignalSpy refreshed(dialog.get(), &BackupsDialog::refreshed);
    QSignalSpy restored(dialog.get(), &BackupsDialog::restored);
    QVERIFY(refreshed.wait());

    const RestorePreview expected = RestoreJob({backup.path, m_config, m_store, {}, now()}).preview().changes;
    QString question;
    bool answered = false;
    bool restoreIsDefault = false;
    // The box opens once the worker has compared the backup with the file: looked for until then.
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, dialog.get(), [&] {
        auto *box = dialog->findChild<QMessageBox *>(str("restoreConfirmation"));
        if (!box || !box->isVisible())
            return;
        answer.stop();
        question = box->text();
        for (QAbstractButton *choice : box->buttons()) {
            const bool isRestore = box->buttonRole(choice) == QMessageBox::AcceptRole;
            if (isRestore)
                restoreIsDefault = box->defaultButton() == choice;
            if (isRestore == accept && !answered) {
                answered = true;
                // After the loop: clicking closes the box.
                QMetaObject::invokeMethod(choice, &QAbstractButton::click, Qt::QueuedConnection);
            }
        }
        if (!answered)
            box->reject();
    });
    answer.start();
    QTest::mouseClick(button(dialog.get(), "restoreButton"), Qt::LeftButton);
    QTRY_VERIFY(answered);
    QVERIFY(restoreIsDefault);
    QCOMPARE(question, BackupsDialog::confirmationQuestion(backup, m_config, expected));
    QVERIFY2(question.contains(str("• ctx-1: added")), qPrintable(question));
    if (accept) {
        QTRY_COMPARE(restored.size(), 1);
        QCOMPARE(readAll(m_config), good);
    } else {
        QVERIFY(!restored.wait(200));
        QCOMPARE(readAll(m_config), current);
    }
}

void TestBackupsDialog::restoreFailureShownInPlace()
{
    const BackupEntry newest = backUp(m_config, kubeconfig(2, str("https://good")), now().addDays(-1));
    const BackupEntry older = backUp(m_config, kubeconfig(3, str("https://older")), now().addDays(-2));
    const QByteArray current = kubeconfig(1, str("https://current"));
    writeFile(m_config, current);

    auto dialog = makeDialog({m_config});
    QSignalSpy refreshed(dialog.get(), &BackupsDialog::refreshed);
    QSignalSpy restored(dialog.get(), &BackupsDialog::restored);
    QVERIFY(refreshed.wait());
    dialog->setConfirmRestore([](const QString &, const QString &) { return true; });
    QCOMPARE(selectedBackup(dialog.get()), newest.path);

    // Pruned, or removed by hand, while the dialog was open.
    QVERIFY(QFile::remove(newest.path));
    QTest::mouseClick(button(dialog.get(), "restoreButton"), Qt::LeftButton);
    QVERIFY(refreshed.wait());
    QLabel *label = message(dialog.get());
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(str("no longer exists")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(str("unchanged")), qPrintable(label->text()));
    QCOMPARE(dialog->findChild<QFrame *>(str("messageBar"))->property("severity").toString(), str("error"));
    QCOMPARE(restored.size(), 0);
    QCOMPARE(readAll(m_config), current);
    // The list no longer offers it; its file's newest remaining backup is selected instead.
    const QAbstractItemModel *model = tree(dialog.get())->model();
    QCOMPARE(model->rowCount(groupIndex(model, m_config)), 1);
    QCOMPARE(selectedBackup(dialog.get()), older.path);
    QCOMPARE(BackupStore(m_store).list().size(), std::size_t(1));
}

// A backup the index lost track of: Restore… asks which kubeconfig it goes back into (the window's
// --kubeconfig), then confirms and restores as for any other.
void TestBackupsDialog::unknownOriginalAsksWhereItGoes()
{
    const QByteArray lost = kubeconfig(1, str("https://lost"));
    writeFile(QDir(m_store).filePath(str("lost.20260101T000000.000Z.yaml")), lost);
    const QString target = m_dir->filePath(str("recovered/config"));
    auto dialog = makeDialog({m_config});
    QSignalSpy refreshed(dialog.get(), &BackupsDialog::refreshed);
    QSignalSpy restored(dialog.get(), &BackupsDialog::restored);
    QVERIFY(refreshed.wait());
    QTreeView *view = tree(dialog.get());
    const QModelIndex unknown = groupIndex(view->model(), QString());
    QVERIFY(unknown.isValid());
    view->setCurrentIndex(view->model()->index(0, 0, unknown));
    QPushButton *restore = button(dialog.get(), "restoreButton");
    QVERIFY(restore->isEnabled());
    QVERIFY2(!restore->toolTip().contains(str("--")), qPrintable(restore->toolTip()));
    QVERIFY2(!unknown.data(Qt::ToolTipRole).toString().contains(str("--")),
             qPrintable(unknown.data(Qt::ToolTipRole).toString()));

    int asked = 0;
    dialog->setChooseTarget([&](const BackupEntry &) {
        ++asked;
        return asked == 1 ? QString() : target; // cancelled once, then answered
    });
    QStringList confirmedFor;
    dialog->setConfirmRestore([&](const QString &, const QString &into) {
        confirmedFor << into;
        return true;
    });
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(confirmedFor.isEmpty());
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_COMPARE(restored.size(), 1);
    QCOMPARE(confirmedFor, QStringList{target});
    QCOMPARE(readAll(target), lost);
}

void TestBackupsDialog::returnKeyAsksToRestore()
{
    const BackupEntry backup = backUp(m_config, kubeconfig(1, str("https://good")), now().addDays(-1));
    auto dialog = makeDialog({m_config});
    QSignalSpy refreshed(dialog.get(), &BackupsDialog::refreshed);
    QVERIFY(refreshed.wait());
    QStringList targets;
    dialog->setConfirmRestore([&](const QString &, const QString &target) {
        targets << target;
        return false;
    });
    QTreeView *view = tree(dialog.get());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(selectedBackup(dialog.get()), backup.path);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(targets, QStringList{m_config});
    QTRY_VERIFY(button(dialog.get(), "restoreButton")->isEnabled());
    QCOMPARE(targets, QStringList{m_config}); // once: Return is not taken as a second request
    QVERIFY(dialog->isVisible());
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TestBackupsDialog::emptyState()
{
    // The window's files exist, but nothing was ever backed up (and the store is not even made).
    writeFile(m_config, kubeconfig(1, str("https://current")));
    auto dialog = makeDialog({m_config});
    QSignalSpy refreshed(dialog.get(), &BackupsDialog::refreshed);
    QVERIFY(refreshed.wait());
    auto *empty = dialog->findChild<QLabel *>(str("emptyState"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(!tree(dialog.get())->isVisible());
    QCOMPARE(empty->text(),
             str("No backups yet. Kubeminder backs a file up before every change; use Back up to "
                 "make one now."));
    QVERIFY(!button(dialog.get(), "restoreButton")->isEnabled());

    // The first backup appears on the next refresh.
    backUp(m_config, kubeconfig(1, str("https://current")), now());
    dialog->refresh();
    QVERIFY(refreshed.wait());
    QVERIFY(tree(dialog.get())->isVisible());
    QVERIFY(!empty->isVisible());
    QVERIFY(button(dialog.get(), "restoreButton")->isEnabled());
}

void TestBackupsDialog::openFolder_data()
{
    QTest::addColumn<bool>("storeExists");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("expectedMessage"); // empty: none

    QTest::newRow("opens the folder") << true << true << QString();
    QTest::newRow("no file manager") << true << false << str("Could not open a file manager");
    QTest::newRow("no folder yet") << false << true << str("There is no backup folder yet");
}

void TestBackupsDialog::openFolder()
{
    QFETCH(bool, storeExists);
    QFETCH(bool, opens);
    QFETCH(QString, expectedMessage);
    if (storeExists)
        backUp(m_config, kubeconfig(1, str("https://a")), now());
    auto dialog = makeDialog({m_config});
    QSignalSpy refreshed(dialog.get(), &BackupsDialog::refreshed);
    QVERIFY(refreshed.wait());
    QList<QUrl> urls;
    dialog->setOpenUrl([&](const QUrl &url) {
        urls << url;
        return opens;
    });
    QPushButton *openButton = button(dialog.get(), "openFolderButton");
    QVERIFY(openButton->isEnabled());
    QTest::mouseClick(openButton, Qt::LeftButton);
    if (storeExists)
        QCOMPARE(urls, QList<QUrl>{QUrl::fromLocalFile(m_store)});
    else
        QVERIFY(urls.isEmpty());
    QLabel *label = message(dialog.get());
    QCOMPARE(label->isVisible(), !expectedMessage.isEmpty());
    if (!expectedMessage.isEmpty()) {
        QVERIFY2(label->text().contains(expectedMessage), qPrintable(label->text()));
        QVERIFY2(label->text().contains(BackupsDialog::displayPath(m_store)), qPrintable(label->text()));
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KubeminderTest"));
    QApplication::setApplicationName(QStringLiteral("tst_backupsdialog"));
    TestBackupsDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_backupsdialog.moc"
