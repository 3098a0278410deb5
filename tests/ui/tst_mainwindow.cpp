#include "contexttablemodel.h"
#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfigbuilder.h"
#include "mainwindow.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

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

private:
    QTemporaryDir m_dir;
    QString m_file;
    IssuedCertificate m_cert;
};

void TestMainWindow::initTestCase()
{
    setUpTestEnvironment();
    // Tests save thresholds: keep them away from any other run of this test on the machine.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    m_cert = TestPki::leafExpiringIn(QDateTime::currentDateTimeUtc(), -3);
    KubeconfigBuilder builder;
    builder
        .cluster(QStringLiteral("k"), QStringLiteral("https://k.example:6443"),
                 TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("old"), m_cert)
        .certificateUser(QStringLiteral("new"), TestPki::leafExpiringIn(QDateTime::currentDateTimeUtc(), 300))
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
    QCOMPARE(expires, ContextTableModel::formatDateTime(*context->credential.notAfter));
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
