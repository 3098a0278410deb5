#include "contexttablemodel.h"
#include "kubeconfigbuilder.h"
#include "mainwindow.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
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

private:
    QTemporaryDir m_dir;
    QString m_file;
    IssuedCertificate m_cert;
};

void TestMainWindow::initTestCase()
{
    setUpTestEnvironment();
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
