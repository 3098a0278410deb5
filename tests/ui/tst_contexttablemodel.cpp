#include "contexttablemodel.h"
#include "credentials/credentialchecker.h"
#include "kubeconfigbuilder.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace kubeminder;
using namespace kubeminder::test;

class TestContextTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelIsConsistent();
    void statusTextReadsWithoutColour_data();
    void statusTextReadsWithoutColour();
    void urgencySortPutsExpiredFirst();

private:
    CheckReport report() const;
};

void TestContextTableModel::initTestCase()
{
    setUpTestEnvironment();
}

CheckReport TestContextTableModel::report() const
{
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("k"), QStringLiteral("https://k:6443"), TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("fine"), TestPki::leafExpiringIn(fixedNow(), 200))
        .certificateUser(QStringLiteral("soon"), TestPki::leafExpiringIn(fixedNow(), 3))
        .certificateUser(QStringLiteral("gone"), TestPki::leafExpiringIn(fixedNow(), -120))
        .execUser(QStringLiteral("plugin"), QStringLiteral("aws"))
        .context(QStringLiteral("a-fine"), QStringLiteral("k"), QStringLiteral("fine"))
        .context(QStringLiteral("b-soon"), QStringLiteral("k"), QStringLiteral("soon"))
        .context(QStringLiteral("c-gone"), QStringLiteral("k"), QStringLiteral("gone"))
        .context(QStringLiteral("d-plugin"), QStringLiteral("k"), QStringLiteral("plugin"))
        .context(QStringLiteral("e-dangling"), QStringLiteral("nowhere"), QStringLiteral("fine"))
        .currentContext(QStringLiteral("b-soon"));
    std::vector<KubeconfigDocument> docs;
    docs.push_back(KubeconfigDocument::parse(QStringLiteral("/tmp/model.yaml"), builder.toYaml()));
    CheckOptions options;
    options.now = fixedNow();
    return CredentialChecker::check(KubeconfigSet::merge(std::move(docs)), options);
}

void TestContextTableModel::modelIsConsistent()
{
    ContextTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report());
    QCOMPARE(model.rowCount(), 5);
    model.setReport(CheckReport{});
    QCOMPARE(model.rowCount(), 0);
    model.setReport(report());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(ContextTableModel::SortRole);
    proxy.sort(ContextTableModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.rowCount(), 5);
}

void TestContextTableModel::statusTextReadsWithoutColour_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("text");
    QTest::newRow("ok shows time left") << 0 << QStringLiteral("200 days left");
    QTest::newRow("critical shows time left") << 1 << QStringLiteral("3 days left");
    QTest::newRow("expired says since when") << 2 << QStringLiteral("expired 120 days ago");
    QTest::newRow("exec has no expiry") << 3 << QStringLiteral("No expiry known");
    QTest::newRow("dangling is an error") << 4 << QStringLiteral("Error");
}

void TestContextTableModel::statusTextReadsWithoutColour()
{
    QFETCH(int, row);
    QFETCH(QString, text);
    ContextTableModel model;
    model.setReport(report());
    const QModelIndex index = model.index(row, ContextTableModel::StatusColumn);
    QCOMPARE(index.data().toString(), text);
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(index.data(Qt::ForegroundRole).value<QColor>().isValid());
}

void TestContextTableModel::urgencySortPutsExpiredFirst()
{
    ContextTableModel model;
    model.setReport(report());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ContextTableModel::SortRole);
    proxy.sort(ContextTableModel::StatusColumn, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, 0).data(ContextTableModel::NameRole).toString();
    QCOMPARE(order,
             (QStringList{QStringLiteral("e-dangling"), QStringLiteral("c-gone"), QStringLiteral("b-soon"),
                          QStringLiteral("d-plugin"), QStringLiteral("a-fine")}));
}

QTEST_MAIN(TestContextTableModel)
#include "tst_contexttablemodel.moc"
