#include "contexttablemodel.h"
#include "credentials/credentialchecker.h"
#include "kubeconfigbuilder.h"
#include "support/timetext.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

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
    void urgencySortOrdersEveryDate_data();
    void urgencySortOrdersEveryDate();
    void expiresShowsLocalTimeWithFourDigitYears_data();
    void expiresShowsLocalTimeWithFourDigitYears();

private:
    CheckReport report() const;
    static QDateTime endOfTime();
};

void TestContextTableModel::initTestCase()
{
    setUpTestEnvironment();
}

// The latest notAfter X.509 can express, and what certificates meant to never expire use.
QDateTime TestContextTableModel::endOfTime()
{
    return QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), QTimeZone::utc());
}

CheckReport TestContextTableModel::report() const
{
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("k"), QStringLiteral("https://k:6443"), TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("fine"), TestPki::leafExpiringIn(fixedNow(), 200))
        .certificateUser(QStringLiteral("soon"), TestPki::leafExpiringIn(fixedNow(), 3))
        .certificateUser(QStringLiteral("gone"), TestPki::leafExpiringIn(fixedNow(), -120))
        .certificateUser(QStringLiteral("forever"),
                         TestPki::leaf(TestPki::sharedCa(), QStringLiteral("forever"),
                                       fixedNow().addYears(-1), endOfTime()))
        .execUser(QStringLiteral("plugin"), QStringLiteral("aws"))
        .context(QStringLiteral("a-fine"), QStringLiteral("k"), QStringLiteral("fine"))
        .context(QStringLiteral("b-soon"), QStringLiteral("k"), QStringLiteral("soon"))
        .context(QStringLiteral("c-gone"), QStringLiteral("k"), QStringLiteral("gone"))
        .context(QStringLiteral("d-plugin"), QStringLiteral("k"), QStringLiteral("plugin"))
        .context(QStringLiteral("e-dangling"), QStringLiteral("nowhere"), QStringLiteral("fine"))
        .context(QStringLiteral("f-forever"), QStringLiteral("k"), QStringLiteral("forever"))
        .context(QStringLiteral("g-dangling-forever"), QStringLiteral("nowhere"), QStringLiteral("forever"))
        .context(QStringLiteral("h-nobody"), QStringLiteral("k"), QStringLiteral("nobody"))
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
    QCOMPARE(model.rowCount(), 8);
    model.setReport(CheckReport{});
    QCOMPARE(model.rowCount(), 0);
    model.setReport(report());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(ContextTableModel::SortRole);
    proxy.sort(ContextTableModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.rowCount(), 8);
}

void TestContextTableModel::statusTextReadsWithoutColour_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("text");
    QTest::newRow("ok") << 0 << QStringLiteral("Valid");
    QTest::newRow("critical") << 1 << QStringLiteral("Expires very soon");
    QTest::newRow("expired") << 2 << QStringLiteral("Expired");
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
    // The Left column says how long; the Status column must not say it again.
    const QString left = model.index(row, ContextTableModel::LeftColumn).data().toString();
    QVERIFY2(left != text, qPrintable(left));
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
    QCOMPARE(order, (QStringList{QStringLiteral("e-dangling"), QStringLiteral("g-dangling-forever"),
                                 QStringLiteral("h-nobody"), QStringLiteral("c-gone"),
                                 QStringLiteral("b-soon"), QStringLiteral("d-plugin"),
                                 QStringLiteral("a-fine"), QStringLiteral("f-forever")}));
}

void TestContextTableModel::urgencySortOrdersEveryDate_data()
{
    QTest::addColumn<QString>("moreUrgent");
    QTest::addColumn<QString>("lessUrgent");
    QTest::newRow("error before expired") << QStringLiteral("e-dangling") << QStringLiteral("c-gone");
    QTest::newRow("expired before critical") << QStringLiteral("c-gone") << QStringLiteral("b-soon");
    QTest::newRow("no expiry known before ok") << QStringLiteral("d-plugin") << QStringLiteral("a-fine");
    QTest::newRow("ok: sooner before 9999-12-31") << QStringLiteral("a-fine") << QStringLiteral("f-forever");
    QTest::newRow("error: sooner before 9999-12-31")
        << QStringLiteral("e-dangling") << QStringLiteral("g-dangling-forever");
    QTest::newRow("error: 9999-12-31 before no expiry")
        << QStringLiteral("g-dangling-forever") << QStringLiteral("h-nobody");
    QTest::newRow("9999-12-31 error before expired")
        << QStringLiteral("g-dangling-forever") << QStringLiteral("c-gone");
}

void TestContextTableModel::urgencySortOrdersEveryDate()
{
    QFETCH(QString, moreUrgent);
    QFETCH(QString, lessUrgent);
    ContextTableModel model;
    model.setReport(report());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ContextTableModel::SortRole);
    const auto rowOf = [&proxy](const QString &name) {
        for (int row = 0; row < proxy.rowCount(); ++row) {
            if (proxy.index(row, 0).data(ContextTableModel::NameRole).toString() == name)
                return row;
        }
        return -1;
    };
    proxy.sort(ContextTableModel::StatusColumn, Qt::DescendingOrder);
    QVERIFY(rowOf(moreUrgent) >= 0);
    QVERIFY(rowOf(lessUrgent) >= 0);
    QVERIFY2(rowOf(moreUrgent) < rowOf(lessUrgent), "descending: most urgent first");
    proxy.sort(ContextTableModel::StatusColumn, Qt::AscendingOrder);
    QVERIFY2(rowOf(moreUrgent) > rowOf(lessUrgent), "ascending: least urgent first");
}

void TestContextTableModel::expiresShowsLocalTimeWithFourDigitYears_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QDateTime>("notAfter");
    QTest::newRow("200 days left") << 0 << fixedNow().addDays(200);
    QTest::newRow("9999-12-31") << 5 << endOfTime();
    QTest::newRow("no expiry known") << 3 << QDateTime();
}

void TestContextTableModel::expiresShowsLocalTimeWithFourDigitYears()
{
    QFETCH(int, row);
    QFETCH(QDateTime, notAfter);
    ContextTableModel model;
    model.setReport(report());
    const QString text = model.index(row, ContextTableModel::ExpiresColumn).data().toString();
    if (!notAfter.isValid()) {
        QVERIFY(text.isEmpty());
        return;
    }
    // The tests run with TZ=UTC. Four-digit years, one order in every language.
    QCOMPARE(text, notAfter.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(text, TimeText::local(notAfter));
    QVERIFY(text.contains(QString::number(notAfter.date().year())));
    QVERIFY(!model.headerData(ContextTableModel::ExpiresColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

QTEST_MAIN(TestContextTableModel)
#include "tst_contexttablemodel.moc"
