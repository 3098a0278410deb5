#include "contexttablemodel.h"
#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfig/kubeconfigset.h"
#include "kubeconfig/kubeconfigsources.h"
#include "kubeconfigbuilder.h"
#include "mainwindow.h"
#include "storage/backupstore.h"
#include "support/timetext.h"
#include "testapiserver.h"
#include "testenvironment.h"
#include "testpki.h"
#include "transfer/importsourceregistry.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QWidgetAction>

using namespace kubeminder;
using namespace kubeminder::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsContextsFromWorker();
    void filterNarrowsRows();
    void detailsShowSelectedContextWithoutSecrets();
    void detailsUseTheTableDateFormat();
    void messageBarNamesBrokenFiles_data();
    void messageBarNamesBrokenFiles();
    void emptyStateWhenNoContextLoaded_data();
    void emptyStateWhenNoContextLoaded();
    void savedThresholdsAreRangeChecked_data();
    void savedThresholdsAreRangeChecked();
    void reloadDuringCheckRunsAgain();
    void everyStatusReadsWithoutColour_data();
    void everyStatusReadsWithoutColour();
    void rowsArriveInBatches();
    void startsOnKubectlsCurrentContext();
    void setCurrentContextWritesThroughTheSafeWriter();
    void setCurrentContextRefusedForAddedFiles();
    void reloadsAfterAnExternalWrite();
    void addedFilesAndFoldersAreRead();
    void copyOpenAndBackUp();
    void detailsShowLifetimeSourceAndShadowing();
    void layoutIsRemembered();
    void everyToolbarActionHasItsOwnIcon();
    void keyboardReachesEverything();
    void aboutNamesVersionAndLibraries();
    void noSecretInAnyDisplayedText();
    void testConnectionShowsTheServersAnswer();

private:
    /// A window on `files`, shown, after its first check.
    std::unique_ptr<MainWindow> loadedWindow(const QStringList &files);
    static QString tableText(QTableView *table);

    QTemporaryDir m_dir;
    QString m_file;
    IssuedCertificate m_cert;
};

void TestMainWindow::initTestCase()
{
    setUpTestEnvironment();
    // Backups from "Set as current context" and "Back up" go under the test's folder.
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("state"))));
    // Tests save thresholds: keep them away from any other run of this test on the machine.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    m_cert = TestPki::leafExpiringIn(realNow(), -3);
    KubeconfigBuilder builder;
    builder
        .cluster(QStringLiteral("k"), QStringLiteral("https://k.example:6443"),
                 TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("old"), m_cert)
        .certificateUser(QStringLiteral("new"), TestPki::leafExpiringIn(realNow(), 300))
        .tokenUser(QStringLiteral("bot"), "opaque-secret-token-value")
        .context(QStringLiteral("homelab"), QStringLiteral("k"), QStringLiteral("old"))
        .context(QStringLiteral("prod"), QStringLiteral("k"), QStringLiteral("new"))
        .context(QStringLiteral("ci"), QStringLiteral("k"), QStringLiteral("bot"))
        .currentContext(QStringLiteral("prod"));
    m_file = builder.writeTo(m_dir.filePath(QStringLiteral("config")));
}

void TestMainWindow::listsContextsFromWorker()
{
    MainWindow window;
    window.setKubeconfigFiles({m_file});
    QSignalSpy reloaded(&window, &MainWindow::reloaded);
    window.show();
    window.reload();
    QVERIFY(reloaded.wait(10000));
    auto *table = window.findChild<QTableView *>(QStringLiteral("contextTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 3);
    // Most urgent first: the expired context leads.
    QCOMPARE(table->model()->index(0, ContextTableModel::NameColumn).data().toString(),
             QStringLiteral("homelab"));
    auto *summary = window.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->text().contains(QStringLiteral("1 expired")));
}

void TestMainWindow::filterNarrowsRows()
{
    MainWindow window;
    window.setKubeconfigFiles({m_file});
    QSignalSpy reloaded(&window, &MainWindow::reloaded);
    window.show();
    window.reload();
    QVERIFY(reloaded.wait(10000));
    auto *table = window.findChild<QTableView *>(QStringLiteral("contextTable"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("prod"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    filter->clear();
    QTRY_COMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::detailsShowSelectedContextWithoutSecrets()
{
    MainWindow window;
    window.setKubeconfigFiles({m_file});
    QSignalSpy reloaded(&window, &MainWindow::reloaded);
    window.show();
    window.reload();
    QVERIFY(reloaded.wait(10000));
    auto *table = window.findChild<QTableView *>(QStringLiteral("contextTable"));
    auto *details = window.findChild<QTextBrowser *>(QStringLiteral("detailsPane"));
    QVERIFY(details);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->setCurrentIndex(table->model()->index(row, 0));
        const QString text = details->toPlainText();
        const QString name = table->model()->index(row, ContextTableModel::NameColumn).data().toString();
        QVERIFY2(text.contains(name), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("opaque-secret-token-value")));
        QVERIFY(!text.contains(QStringLiteral("PRIVATE KEY")));
        QVERIFY(!text.contains(QString::fromLatin1(m_cert.privateKeyPem.split('\n').at(1).left(32))));
        if (name == QLatin1String("homelab")) {
            QVERIFY(text.contains(QStringLiteral("client certificate expired on")));
            QVERIFY(text.contains(QStringLiteral("SHA-256")));
        }
    }
}

void TestMainWindow::detailsUseTheTableDateFormat()
{
    MainWindow window;
    window.setKubeconfigFiles({m_file});
    QSignalSpy reloaded(&window, &MainWindow::reloaded);
    window.show();
    window.reload();
    QVERIFY(reloaded.wait(10000));
    auto *table = window.findChild<QTableView *>(QStringLiteral("contextTable"));
    auto *details = window.findChild<QTextBrowser *>(QStringLiteral("detailsPane"));
    QCOMPARE(table->model()->index(0, ContextTableModel::NameColumn).data().toString(),
             QStringLiteral("homelab"));
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString expires = table->model()->index(0, ContextTableModel::ExpiresColumn).data().toString();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    QVERIFY(proxy);
    const ContextReport *context = static_cast<ContextTableModel *>(proxy->sourceModel())
                                       ->contextAt(proxy->mapToSource(proxy->index(0, 0)).row());
    QVERIFY(context && context->credential.notAfter);
    QCOMPARE(expires, TimeText::local(*context->credential.notAfter));
    QVERIFY2(details->toPlainText().contains(expires), qPrintable(details->toPlainText()));
}

void TestMainWindow::messageBarNamesBrokenFiles_data()
{
    QTest::addColumn<QByteArrayList>("brokenContents");
    QTest::newRow("all files fine") << QByteArrayList{};
    QTest::newRow("invalid YAML") << QByteArrayList{"clusters: [unclosed\n"};
    QTest::newRow("not a kubeconfig") << QByteArrayList{"- just\n- a list\n"};
    QTest::newRow("two broken files") << QByteArrayList{"clusters: [unclosed\n", "contexts: {\n"};
}

void TestMainWindow::messageBarNamesBrokenFiles()
{
    QFETCH(QByteArrayList, brokenContents);
    QStringList files{m_file};
    QStringList errors;
    for (qsizetype i = 0; i < brokenContents.size(); ++i) {
        const QString path = writeFile(
            m_dir.filePath(
                QStringLiteral("broken-%1-%2.yaml").arg(QString::fromUtf8(QTest::currentDataTag())).arg(i)),
            brokenContents[i]);
        const KubeconfigDocument document = KubeconfigDocument::load(path);
        QCOMPARE(document.status(), KubeconfigDocument::Status::Error);
        QVERIFY(document.error().contains(path));
        files << path;
        errors << document.error();
    }
    MainWindow window;
    window.setKubeconfigFiles(files);
    QSignalSpy reloaded(&window, &MainWindow::reloaded);
    window.show();
    window.reload();
    QVERIFY(reloaded.wait(10000));
    auto *bar = window.findChild<QFrame *>(QStringLiteral("messageBar"));
    QVERIFY(bar);
    QTRY_COMPARE(bar->isVisible(), !errors.isEmpty());
    auto *text = bar->findChild<QLabel *>(QStringLiteral("messageText"));
    QVERIFY(text);
    for (const QString &error : std::as_const(errors))
        QVERIFY2(text->text().contains(error), qPrintable(text->text()));
    // The good file's contexts are still listed: one broken file hides nothing else.
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("contextTable"))->model()->rowCount(), 3);
    QVERIFY(window.findChild<QTableView *>(QStringLiteral("contextTable"))->isVisible());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());
}

void TestMainWindow::emptyStateWhenNoContextLoaded_data()
{
    QTest::addColumn<QByteArray>("content"); // null: the file does not exist
    QTest::addColumn<QString>("headline");
    QTest::addColumn<bool>("messageBar");
    QTest::newRow("no file") << QByteArray() << QStringLiteral("No kubeconfig found.") << false;
    QTest::newRow("empty file") << QByteArray("") << QStringLiteral("The kubeconfig files hold no contexts.")
                                << false;
    QTest::newRow("broken file") << QByteArray("clusters: [unclosed\n")
                                 << QStringLiteral("No kubeconfig could be read.") << true;
}

void TestMainWindow::emptyStateWhenNoContextLoaded()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, headline);
    QFETCH(bool, messageBar);
    const QString path =
        m_dir.filePath(QStringLiteral("empty-%1/config").arg(QString::fromUtf8(QTest::currentDataTag())));
    if (!content.isNull())
        writeFile(path, content);
    MainWindow window;
    window.setKubeconfigFiles({path});
    QSignalSpy reloaded(&window, &MainWindow::reloaded);
    window.show();
    window.reload();
    QVERIFY(reloaded.wait(10000));
    auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(!window.findChild<QTableView *>(QStringLiteral("contextTable"))->isVisible());
    QVERIFY(!window.findChild<QTextBrowser *>(QStringLiteral("detailsPane"))->isVisible());
    const QString text = empty->text();
    QVERIFY2(text.startsWith(headline), qPrintable(text));
    QVERIFY2(text.contains(path), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("kubeminder demo DIR")), qPrintable(text));
    QCOMPARE(window.findChild<QFrame *>(QStringLiteral("messageBar"))->isVisible(), messageBar);

    // Once a context is there, the table comes back.
    window.setKubeconfigFiles({m_file});
    window.reload();
    QVERIFY(reloaded.wait(10000));
    QTRY_VERIFY(window.findChild<QTableView *>(QStringLiteral("contextTable"))->isVisible());
    QVERIFY(!empty->isVisible());
    QVERIFY(window.findChild<QTextBrowser *>(QStringLiteral("detailsPane"))->isVisible());
}

void TestMainWindow::savedThresholdsAreRangeChecked_data()
{
    QTest::addColumn<QVariant>("warningDays");
    QTest::addColumn<QVariant>("criticalDays");
    QTest::addColumn<QString>("message"); // empty: no message
    QTest::newRow("valid") << QVariant(400) << QVariant(200) << QString();
    QTest::newRow("not a number") << QVariant(QStringLiteral("soon")) << QVariant() << QStringLiteral("soon");
    QTest::newRow("negative") << QVariant() << QVariant(-3) << QStringLiteral("thresholds/criticalDays");
    QTest::newRow("critical above warning")
        << QVariant(5) << QVariant(9) << QStringLiteral("more than the warning threshold");
}

void TestMainWindow::savedThresholdsAreRangeChecked()
{
    QFETCH(QVariant, warningDays);
    QFETCH(QVariant, criticalDays);
    QFETCH(QString, message);
    QSettings settings;
    settings.clear();
    if (warningDays.isValid())
        settings.setValue(QStringLiteral("thresholds/warningDays"), warningDays);
    if (criticalDays.isValid())
        settings.setValue(QStringLiteral("thresholds/criticalDays"), criticalDays);
    settings.sync();
    MainWindow window;
    window.setKubeconfigFiles({m_file});
    QSignalSpy reloaded(&window, &MainWindow::reloaded);
    window.show();
    window.reload();
    QVERIFY(reloaded.wait(10000));
    settings.clear();
    auto *bar = window.findChild<QFrame *>(QStringLiteral("messageBar"));
    QTRY_COMPARE(bar->isVisible(), !message.isEmpty());
    if (!message.isEmpty()) {
        const QString text = bar->findChild<QLabel *>(QStringLiteral("messageText"))->text();
        QVERIFY2(text.contains(message), qPrintable(text));
    }
    // "prod" has 300 days left: a warning only under the valid 400-day threshold.
    auto *summary = window.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QCOMPARE(summary->text().contains(QStringLiteral("expiring soon")), message.isEmpty());
}

void TestMainWindow::reloadDuringCheckRunsAgain()
{
    const QString path = m_dir.filePath(QStringLiteral("changing/config"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(QFile::copy(m_file, path));
    MainWindow window;
    window.setKubeconfigFiles({path});
    QSignalSpy reloaded(&window, &MainWindow::reloaded);
    window.show();
    window.reload();
    // The file changes while the first check runs (or before it reads the file), and a reload is
    // asked for: it must not be dropped. Further requests fold into the one queued run.
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("k"), QStringLiteral("https://k.example:6443"))
        .tokenUser(QStringLiteral("bot"), "opaque-secret-token-value")
        .context(QStringLiteral("only"), QStringLiteral("k"), QStringLiteral("bot"));
    QVERIFY(QFile::remove(path));
    builder.writeTo(path);
    window.reload();
    window.reload();
    QTRY_COMPARE(reloaded.count(), 2);
    auto *table = window.findChild<QTableView *>(QStringLiteral("contextTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ContextTableModel::NameColumn).data().toString(),
             QStringLiteral("only"));
    // Idle again: no third run was started.
    auto *summary = window.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY2(!summary->text().contains(QStringLiteral("Reading")), qPrintable(summary->text()));
    window.reload();
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(reloaded.count(), 3);
}

std::unique_ptr<MainWindow> TestMainWindow::loadedWindow(const QStringList &files)
{
    auto window = std::make_unique<MainWindow>();
    window->setKubeconfigFiles(files);
    QSignalSpy reloaded(window.get(), &MainWindow::reloaded);
    window->show();
    window->reload();
    if (!reloaded.wait(20000))
        qWarning("the first check did not finish");
    return window;
}

QString TestMainWindow::tableText(QTableView *table)
{
    QStringList cells;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            cells << index.data().toString() << index.data(Qt::ToolTipRole).toString();
        }
    }
    for (int column = 0; column < model->columnCount(); ++column)
        cells << model->headerData(column, Qt::Horizontal).toString();
    return cells.join(QLatin1Char('\n'));
}

void TestMainWindow::everyStatusReadsWithoutColour_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text"); ///< in the Status column: readable without the colour

    QTest::newRow("expired") << QStringLiteral("expired") << int(Status::Expired)
                             << QStringLiteral("Expired");
    QTest::newRow("critical") << QStringLiteral("critical") << int(Status::Critical)
                              << QStringLiteral("Expires very soon");
    QTest::newRow("warning") << QStringLiteral("warning") << int(Status::Warning)
                             << QStringLiteral("Expires soon");
    QTest::newRow("ok") << QStringLiteral("ok") << int(Status::Ok) << QStringLiteral("Valid");
    QTest::newRow("exec: unknown") << QStringLiteral("unknown") << int(Status::Unknown)
                                   << QStringLiteral("No expiry known");
    QTest::newRow("dangling user: error")
        << QStringLiteral("error") << int(Status::Error) << QStringLiteral("Error");
}

void TestMainWindow::everyStatusReadsWithoutColour()
{
    QFETCH(QString, context);
    QFETCH(int, status);
    QFETCH(QString, text);
    const QDateTime now = realNow();
    KubeconfigBuilder builder;
    builder
        .cluster(QStringLiteral("k"), QStringLiteral("https://k.example:6443"),
                 TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("expired"), TestPki::leafExpiringIn(now, -120))
        .certificateUser(QStringLiteral("critical"), TestPki::leafExpiringIn(now, 3))
        .certificateUser(QStringLiteral("warning"), TestPki::leafExpiringIn(now, 20))
        .certificateUser(QStringLiteral("ok"), TestPki::leafExpiringIn(now, 200))
        .execUser(QStringLiteral("unknown"), QStringLiteral("aws"));
    for (const char *name : {"expired", "critical", "warning", "ok", "unknown"})
        builder.context(QString::fromLatin1(name), QStringLiteral("k"), QString::fromLatin1(name));
    builder.context(QStringLiteral("error"), QStringLiteral("k"), QStringLiteral("nobody"));
    const QString file = builder.writeTo(m_dir.filePath(QStringLiteral("statuses/config")));
    const auto window = loadedWindow({file});
    auto *table = window->findChild<QTableView *>(QStringLiteral("contextTable"));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 6);
    // Sorted by urgency: errors, expired, critical, warning, no expiry known, ok.
    QStringList order;
    for (int row = 0; row < 6; ++row)
        order << table->model()->index(row, ContextTableModel::NameColumn).data().toString();
    QCOMPARE(order,
             (QStringList{QStringLiteral("error"), QStringLiteral("expired"), QStringLiteral("critical"),
                          QStringLiteral("warning"), QStringLiteral("unknown"), QStringLiteral("ok")}));
    const int row = int(order.indexOf(context));
    const QModelIndex index = table->model()->index(row, ContextTableModel::StatusColumn);
    QCOMPARE(index.data(ContextTableModel::StatusRole).toInt(), status);
    QVERIFY2(index.data().toString().contains(text), qPrintable(index.data().toString()));
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(index.data(Qt::ForegroundRole).value<QColor>().isValid());
}

void TestMainWindow::rowsArriveInBatches()
{
    // 450 contexts: more than one batch of the checker, so rows are inserted while it works.
    KubeconfigBuilder builder;
    builder
        .cluster(QStringLiteral("k"), QStringLiteral("https://k.example:6443"),
                 TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("u"), m_cert);
    for (int i = 0; i < 450; ++i)
        builder.context(QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("k"),
                        QStringLiteral("u"));
    const QString file = builder.writeTo(m_dir.filePath(QStringLiteral("many/config")));
    MainWindow window;
    window.setKubeconfigFiles({file});
    auto *table = window.findChild<QTableView *>(QStringLiteral("contextTable"));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(table->model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(table->model(), &QAbstractItemModel::modelReset);
    QSignalSpy reloaded(&window, &MainWindow::reloaded);
    window.show();
    window.reload();
    QVERIFY(reloaded.wait(20000));
    QCOMPARE(table->model()->rowCount(), 450);
    QCOMPARE(reset.count(), 1);     // the first batch replaces the old rows
    QVERIFY(inserted.count() >= 2); // later batches are added to them
    // A second reload keeps the selection.
    window.selectContext(QStringLiteral("c321"));
    window.reload();
    QVERIFY(reloaded.wait(20000));
    QCOMPARE(window.selectedContext(), QStringLiteral("c321"));
}

void TestMainWindow::startsOnKubectlsCurrentContext()
{
    const auto window = loadedWindow({m_file});
    QCOMPARE(window->selectedContext(), QStringLiteral("prod"));
    auto *table = window->findChild<QTableView *>(QStringLiteral("contextTable"));
    const QModelIndex marker =
        table->model()->index(table->currentIndex().row(), ContextTableModel::CurrentColumn);
    QCOMPARE(marker.data().toString(), QStringLiteral("●"));
}

void TestMainWindow::setCurrentContextWritesThroughTheSafeWriter()
{
    const QString path = m_dir.filePath(QStringLiteral("use/config"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_file, path));
    const auto window = loadedWindow({path});
    auto *use = window->findChild<QAction *>(QStringLiteral("useContextAction"));
    QVERIFY(use);
    QVERIFY(!use->isEnabled()); // "prod" is already current
    window->selectContext(QStringLiteral("ci"));
    QVERIFY(use->isEnabled());
    QSignalSpy finished(window.get(), &MainWindow::actionFinished);
    QSignalSpy reloaded(window.get(), &MainWindow::reloaded);
    use->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(KubeconfigSet::load({path}).currentContext(), QStringLiteral("ci"));
    QCOMPARE(BackupStore(BackupStore::defaultDirectory()).list(path).size(), std::size_t(1));
    auto *bar = window->findChild<MessageBar *>(QStringLiteral("actionBar"));
    QVERIFY2(bar->text().contains(QStringLiteral("current context")), qPrintable(bar->text()));
    QVERIFY(reloaded.wait(10000) || reloaded.count() > 0);
    QTRY_COMPARE(window->findChild<QTableView *>(QStringLiteral("contextTable"))
                     ->currentIndex()
                     .siblingAtColumn(ContextTableModel::CurrentColumn)
                     .data()
                     .toString(),
                 QStringLiteral("●"));
}

void TestMainWindow::setCurrentContextRefusedForAddedFiles()
{
    KubeconfigBuilder builder;
    builder
        .cluster(QStringLiteral("k"), QStringLiteral("https://k.example:6443"),
                 TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("u"), m_cert)
        .context(QStringLiteral("side"), QStringLiteral("k"), QStringLiteral("u"));
    const QString extra = builder.writeTo(m_dir.filePath(QStringLiteral("added-only/extra.yaml")));
    QSettings settings;
    KubeconfigSources::setAdded(settings, {extra});
    const auto window = loadedWindow({m_file});
    KubeconfigSources::setAdded(settings, {});
    window->selectContext(QStringLiteral("side"));
    QCOMPARE(window->selectedContext(), QStringLiteral("side"));
    auto *use = window->findChild<QAction *>(QStringLiteral("useContextAction"));
    QVERIFY(!use->isEnabled());
    QVERIFY2(use->toolTip().contains(QStringLiteral("KUBECONFIG")), qPrintable(use->toolTip()));
}

void TestMainWindow::reloadsAfterAnExternalWrite()
{
    const QString path = m_dir.filePath(QStringLiteral("watched/config"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_file, path));
    const auto window = loadedWindow({path});
    auto *table = window->findChild<QTableView *>(QStringLiteral("contextTable"));
    QCOMPARE(table->model()->rowCount(), 3);
    QSignalSpy reloaded(window.get(), &MainWindow::reloaded);
    // As kubectl and editors write: a new file renamed over the old one. Twice, so the watch
    // must have been renewed after the first rename.
    for (const int contexts : {1, 2}) {
        KubeconfigBuilder builder;
        builder.cluster(QStringLiteral("k"), QStringLiteral("https://k.example:6443"))
            .tokenUser(QStringLiteral("bot"), "opaque-secret-token-value");
        for (int i = 0; i < contexts; ++i)
            builder.context(QStringLiteral("only%1").arg(i), QStringLiteral("k"), QStringLiteral("bot"));
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(builder.toYaml());
        QVERIFY(file.commit());
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), contexts, 5000);
    }
    QVERIFY(reloaded.count() >= 2);
}

void TestMainWindow::addedFilesAndFoldersAreRead()
{
    KubeconfigBuilder one;
    one.cluster(QStringLiteral("k"), QStringLiteral("https://k.example:6443"),
                TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("u"), m_cert)
        .context(QStringLiteral("from-file"), QStringLiteral("k"), QStringLiteral("u"));
    const QString file = one.writeTo(m_dir.filePath(QStringLiteral("adding/file.yaml")));
    KubeconfigBuilder two;
    two.cluster(QStringLiteral("k"), QStringLiteral("https://k.example:6443"),
                TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("u"), m_cert)
        .context(QStringLiteral("from-folder"), QStringLiteral("k"), QStringLiteral("u"));
    const QString folder = m_dir.filePath(QStringLiteral("adding/folder"));
    two.writeTo(folder + QStringLiteral("/a.yaml"));
    const auto window = loadedWindow({m_file});
    auto *table = window->findChild<QTableView *>(QStringLiteral("contextTable"));
    QCOMPARE(table->model()->rowCount(), 3);
    QSignalSpy reloaded(window.get(), &MainWindow::reloaded);
    window->addKubeconfigs({file, folder});
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(table->model()->rowCount(), 5);
    QCOMPARE(KubeconfigSources::added(QSettings()), (QStringList{file, folder}));
    // A new file dropped into the added folder shows up by itself.
    two.context(QStringLiteral("later"), QStringLiteral("k"), QStringLiteral("u"));
    two.writeTo(folder + QStringLiteral("/b.yaml"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 6, 5000); // "from-folder" again is shadowed
    QSettings settings;
    KubeconfigSources::setAdded(settings, {});
}

void TestMainWindow::copyOpenAndBackUp()
{
    const auto window = loadedWindow({m_file});
    window->selectContext(QStringLiteral("ci"));
    window->findChild<QAction *>(QStringLiteral("copyNameAction"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ci"));

    QList<QUrl> opened;
    window->setOpenUrl([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    window->findChild<QAction *>(QStringLiteral("openFolderAction"))->trigger();
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(m_file).absolutePath())});

    const std::size_t before = BackupStore(BackupStore::defaultDirectory()).list(m_file).size();
    QSignalSpy finished(window.get(), &MainWindow::actionFinished);
    window->findChild<QAction *>(QStringLiteral("backupFileAction"))->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(BackupStore(BackupStore::defaultDirectory()).list(m_file).size(), before + 1);
    auto *bar = window->findChild<MessageBar *>(QStringLiteral("actionBar"));
    QVERIFY2(bar->text().contains(QStringLiteral("Backed up")), qPrintable(bar->text()));
}

void TestMainWindow::detailsShowLifetimeSourceAndShadowing()
{
    // A second file defines "homelab" again: kubectl ignores it, and the details say so.
    KubeconfigBuilder later;
    later.cluster(QStringLiteral("k"), QStringLiteral("https://elsewhere:6443"))
        .tokenUser(QStringLiteral("old"), "another-secret-token")
        .context(QStringLiteral("homelab"), QStringLiteral("k"), QStringLiteral("old"));
    const QString second = later.writeTo(m_dir.filePath(QStringLiteral("shadow/second")));
    QSettings settings;
    ImportSource source;
    source.kind = QStringLiteral("ssh");
    source.location = QStringLiteral("ssh://pi@pi.lan:22/etc/rancher/k3s/k3s.yaml");
    source.lastImported = realNow();
    ImportSourceRegistry(settings).remember(QStringLiteral("homelab"), source);
    const auto window = loadedWindow({m_file, second});
    window->selectContext(QStringLiteral("homelab"));
    const QString text = window->findChild<QTextBrowser *>(QStringLiteral("detailsPane"))->toPlainText();
    ImportSourceRegistry(settings).forget(QStringLiteral("homelab"));
    QVERIFY2(text.contains(QStringLiteral("Refresh from pi.lan over SSH")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Lifetime used")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("100% of")), qPrintable(text)); // expired: all used
    QVERIFY2(text.contains(QStringLiteral("ssh://pi@pi.lan:22/etc/rancher/k3s/k3s.yaml")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("context “homelab” is also defined in ") + second),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("user “old” is also defined in ") + second), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("another-secret-token")));
}

void TestMainWindow::layoutIsRemembered()
{
    {
        const auto window = loadedWindow({m_file});
        auto *table = window->findChild<QTableView *>(QStringLiteral("contextTable"));
        table->sortByColumn(ContextTableModel::NameColumn, Qt::AscendingOrder);
        table->setColumnWidth(ContextTableModel::ServerColumn, 321);
        window->close();
    }
    const auto window = loadedWindow({m_file});
    auto *table = window->findChild<QTableView *>(QStringLiteral("contextTable"));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ContextTableModel::NameColumn));
    QCOMPARE(table->columnWidth(ContextTableModel::ServerColumn), 321);
    QCOMPARE(table->model()->index(0, ContextTableModel::NameColumn).data().toString(), QStringLiteral("ci"));
    QSettings().remove(QStringLiteral("window"));
}

void TestMainWindow::everyToolbarActionHasItsOwnIcon()
{
    // Refresh credentials and Reload stand side by side: one arrow for both says nothing.
    MainWindow window;
    auto *toolbar = window.findChild<QToolBar *>();
    QVERIFY(toolbar);
    QHash<QByteArray, QString> seen;
    for (QAction *action : toolbar->actions()) {
        if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
            continue; // the filter field and the spacer
        QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        action->icon().pixmap(24, 24).toImage().save(&png, "PNG");
        const QByteArray key = png.data();
        QVERIFY2(!seen.contains(key),
                 qPrintable(action->objectName() + QStringLiteral(" looks like ") + seen.value(key)));
        seen.insert(key, action->objectName());
    }
    QVERIFY(seen.size() >= 4);
}

void TestMainWindow::keyboardReachesEverything()
{
    KubeconfigBuilder builder;
    builder
        .cluster(QStringLiteral("k"), QStringLiteral("https://k.example:6443"),
                 TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("u"), TestPki::leafExpiringIn(realNow(), 200))
        .context(QStringLiteral("prod"), QStringLiteral("k"), QStringLiteral("u"))
        .context(QStringLiteral("lab"), QStringLiteral("k"), QStringLiteral("u"));
    const auto window = loadedWindow({builder.writeTo(m_dir.filePath(QStringLiteral("keys/config")))});
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *table = window->findChild<QTableView *>(QStringLiteral("contextTable"));
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));

    // Escape clears the filter, and a second one goes back to the table.
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("prod"));
    QCOMPARE(table->model()->rowCount(), 1);
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(table->model()->rowCount(), 2);
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_VERIFY(table->hasFocus());

    // Shift+F10 opens the row menu at the selected row.
    window->selectContext(QStringLiteral("lab"));
    QStringList entries;
    QTimer::singleShot(0, window.get(), [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions())
                entries << action->text();
            menu->close();
        }
    });
    QTest::keyClick(table, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(!entries.isEmpty());
    QVERIFY2(entries.contains(QStringLiteral("Refresh credentials")), qPrintable(entries.join(u'|')));

    // Backups… has a shortcut of its own, and there is a Help menu.
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("backupsAction"))->shortcut().isEmpty());
    QVERIFY(window->findChild<QAction *>(QStringLiteral("manualAction")));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("aboutAction")));
}

void TestMainWindow::aboutNamesVersionAndLibraries()
{
    const QString text = MainWindow::aboutText();
    for (const char *part : {"Kubeminder " KUBEMINDER_VERSION, "Qt", "OpenSSL", "libssh", "yaml-cpp", "MIT"})
        QVERIFY2(text.contains(QString::fromUtf8(part)), part);
}

void TestMainWindow::noSecretInAnyDisplayedText()
{
    const auto window = loadedWindow({m_file});
    auto *table = window->findChild<QTableView *>(QStringLiteral("contextTable"));
    QStringList shown{tableText(table)};
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->setCurrentIndex(table->model()->index(row, 0));
        shown << window->findChild<QTextBrowser *>(QStringLiteral("detailsPane"))->toHtml();
        window->findChild<QAction *>(QStringLiteral("copyNameAction"))->trigger();
        shown << QGuiApplication::clipboard()->text();
    }
    for (auto *label : window->findChildren<QLabel *>())
        shown << label->text() << label->toolTip();
    for (auto *action : window->findChildren<QAction *>())
        shown << action->text() << action->toolTip();
    const QString all = shown.join(QLatin1Char('\n'));
    QVERIFY(!all.contains(QStringLiteral("opaque-secret-token-value")));
    QVERIFY(!all.contains(QStringLiteral("PRIVATE KEY")));
    QVERIFY(!all.contains(QString::fromLatin1(m_cert.privateKeyPem.split('\n').at(1).left(32))));
    QVERIFY(!all.contains(QString::fromLatin1(m_cert.certificatePem.split('\n').at(1).left(32))));
}

void TestMainWindow::testConnectionShowsTheServersAnswer()
{
    const QDateTime now = realNow();
    const IssuedCertificate &ca = TestPki::sharedCa();
    const TestApiServer::Options options = TestApiServer::k3sOnLoopback(now);
    TestApiServer server(options);
    server.start();
    const auto goodLeaf = TestPki::leafExpiringIn(now, 100);
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("pi"), server.url(), ca.certificatePem)
        .certificateUser(QStringLiteral("good"), goodLeaf)
        .certificateUser(QStringLiteral("stale"), TestPki::leafExpiringIn(now, -12))
        .context(QStringLiteral("good"), QStringLiteral("pi"), QStringLiteral("good"))
        .context(QStringLiteral("stale"), QStringLiteral("pi"), QStringLiteral("stale"));
    const QString file = builder.writeTo(m_dir.filePath(QStringLiteral("probe/config")));
    const auto window = loadedWindow({file});
    auto *details = window->findChild<QTextBrowser *>(QStringLiteral("detailsPane"));
    window->selectContext(QStringLiteral("stale"));
    QVERIFY(details->toPlainText().contains(QStringLiteral("Test the connection")));
    QSignalSpy finished(window.get(), &MainWindow::probesFinished);
    window->findChild<QAction *>(QStringLiteral("testConnectionAction"))->trigger();
    QVERIFY(finished.wait(20000));
    QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Connection test:")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("expired")), qPrintable(text));
    QCOMPARE(window->probeResult(QStringLiteral("stale"))->outcome, ProbeResult::Outcome::Unauthorized);
    QVERIFY2(window->findChild<MessageBar *>(QStringLiteral("actionBar"))
                 ->text()
                 .startsWith(QStringLiteral("stale: ")),
             qPrintable(window->findChild<MessageBar *>(QStringLiteral("actionBar"))->text()));

    window->findChild<QAction *>(QStringLiteral("testAllConnectionsAction"))->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(window->probeResult(QStringLiteral("good"))->outcome, ProbeResult::Outcome::Ok);
    const QString summary = window->findChild<MessageBar *>(QStringLiteral("actionBar"))->text();
    QVERIFY2(summary.contains(QStringLiteral("1 accepted")) && summary.contains(QStringLiteral("1 rejected")),
             qPrintable(summary));
    window->selectContext(QStringLiteral("good"));
    text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("test-user")), qPrintable(text));

    // "stale" gets a fresh certificate (a refresh, a restore): the answer about the old one goes,
    // from the details and the bar; the answer about "good", whose credential is unchanged, stays.
    KubeconfigBuilder refreshed;
    refreshed.cluster(QStringLiteral("pi"), server.url(), ca.certificatePem)
        .certificateUser(QStringLiteral("good"), goodLeaf)
        .certificateUser(QStringLiteral("stale"), TestPki::leafExpiringIn(now, 200))
        .context(QStringLiteral("good"), QStringLiteral("pi"), QStringLiteral("good"))
        .context(QStringLiteral("stale"), QStringLiteral("pi"), QStringLiteral("stale"));
    refreshed.writeTo(file);
    QSignalSpy reloaded(window.get(), &MainWindow::reloaded);
    window->reload();
    QVERIFY(reloaded.wait(20000));
    QVERIFY(!window->probeResult(QStringLiteral("stale")));
    QVERIFY(window->probeResult(QStringLiteral("good")));
    QVERIFY(!window->findChild<MessageBar *>(QStringLiteral("actionBar"))->isVisibleTo(window.get()));
    window->selectContext(QStringLiteral("stale"));
    text = details->toPlainText();
    QVERIFY2(!text.contains(QStringLiteral("Connection test:")), qPrintable(text));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
