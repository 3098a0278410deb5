#include "credentials/checkjob.h"
#include "kubeconfigbuilder.h"
#include "testenvironment.h"
#include "testpki.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;
using namespace kubeminder::test;

namespace {

const QString Server = QStringLiteral("https://192.0.2.10:6443");

QString writeConfig(const QString &dir, const QString &file, const QStringList &contexts)
{
    KubeconfigBuilder builder;
    builder.cluster(QStringLiteral("c-") + file, Server, TestPki::sharedCa().certificatePem)
        .certificateUser(QStringLiteral("u-") + file, TestPki::leafExpiringIn(test::fixedNow(), 100));
    for (const QString &context : contexts)
        builder.context(context, QStringLiteral("c-") + file, QStringLiteral("u-") + file);
    return builder.writeTo(dir + QLatin1Char('/') + file);
}

QStringList names(const CheckReport &report)
{
    QStringList out;
    for (const ContextReport &context : report.contexts)
        out << context.name;
    return out;
}

} // namespace

class TestCheckJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpTestEnvironment(); }
    void readsKubectlsFilesThenAdded();
    void unknownContextsStopBeforeChecking();
    void missingNamedFileIsAnError_data();
    void missingNamedFileIsAnError();
    void batchesCarryTheSources();
    void cancelledBeforeRunChecksNothing();

private:
    QTemporaryDir m_dir;
};

void TestCheckJob::readsKubectlsFilesThenAdded()
{
    const QString kubectl = writeConfig(m_dir.path(), QStringLiteral("a"), {QStringLiteral("one")});
    const QString added = writeConfig(m_dir.path(), QStringLiteral("b"), {QStringLiteral("two")});
    CheckJob::Setup setup;
    setup.paths = {{kubectl}, KubeconfigPaths::Origin::Environment};
    setup.added = {added};
    setup.options.now = test::fixedNow();
    const CheckJob::Result result = CheckJob(setup).run();
    QCOMPARE(result.sources.size(), std::size_t(2));
    QCOMPARE(result.sources[0].path, kubectl);
    QCOMPARE(result.sources[1].origin, KubeconfigSources::Origin::Added);
    QCOMPARE(names(result.report), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    QCOMPARE(result.set.documents().size(), std::size_t(2));
    QVERIFY(!result.cancelled);
    QVERIFY(result.unknownContextError().isEmpty());
}

void TestCheckJob::unknownContextsStopBeforeChecking()
{
    const QString file = writeConfig(m_dir.path(), QStringLiteral("c"), {QStringLiteral("three")});
    CheckJob::Setup setup;
    setup.paths = {{file}, KubeconfigPaths::Origin::CommandLine};
    setup.options.now = test::fixedNow();
    setup.options.onlyContexts = {QStringLiteral("three"), QStringLiteral("nope")};
    const CheckJob::Result result = CheckJob(setup).run();
    QCOMPARE(result.unknownContexts, QStringList{QStringLiteral("nope")});
    QCOMPARE(result.unknownContextError(),
             QStringLiteral("no context named “nope” in the loaded kubeconfig files."));
    QVERIFY(result.report.contexts.empty());
}

void TestCheckJob::missingNamedFileIsAnError_data()
{
    QTest::addColumn<KubeconfigPaths::Origin>("origin");
    QTest::addColumn<KubeconfigDocument::Status>("status");
    QTest::newRow("named with --kubeconfig")
        << KubeconfigPaths::Origin::CommandLine << KubeconfigDocument::Status::Error;
    QTest::newRow("listed in KUBECONFIG")
        << KubeconfigPaths::Origin::Environment << KubeconfigDocument::Status::Missing;
}

void TestCheckJob::missingNamedFileIsAnError()
{
    QFETCH(KubeconfigPaths::Origin, origin);
    QFETCH(KubeconfigDocument::Status, status);
    CheckJob::Setup setup;
    setup.paths = {{m_dir.filePath(QStringLiteral("missing"))}, origin};
    setup.options.now = test::fixedNow();
    const CheckJob::Result result = CheckJob(setup).run();
    QCOMPARE(result.report.files.size(), std::size_t(1));
    QCOMPARE(result.report.files.front().status, status);
}

void TestCheckJob::batchesCarryTheSources()
{
    QStringList contexts;
    for (int i = 0; i < 5; ++i)
        contexts << QStringLiteral("ctx-%1").arg(i);
    const QString file = writeConfig(m_dir.path(), QStringLiteral("d"), contexts);
    CheckJob::Setup setup;
    setup.paths = {{file}, KubeconfigPaths::Origin::Environment};
    setup.options.now = test::fixedNow();
    setup.options.batchSize = 2;
    CheckJob job(setup);
    QStringList seen;
    int batches = 0;
    job.setBatchHandler([&](const CheckJob::Result &partial, const CheckReport &batch) {
        QCOMPARE(partial.sources.size(), std::size_t(1));
        seen << names(batch);
        ++batches;
    });
    const CheckJob::Result result = job.run();
    QCOMPARE(batches, 3);
    QCOMPARE(seen, contexts);
    QCOMPARE(names(result.report), contexts);
}

void TestCheckJob::cancelledBeforeRunChecksNothing()
{
    const QString file = writeConfig(m_dir.path(), QStringLiteral("e"), {QStringLiteral("five")});
    CheckJob::Setup setup;
    setup.paths = {{file}, KubeconfigPaths::Origin::Environment};
    setup.options.now = test::fixedNow();
    CheckJob job(setup);
    job.setBatchHandler(
        [](const CheckJob::Result &, const CheckReport &) { QFAIL("no batch after cancel"); });
    job.cancel();
    const CheckJob::Result result = job.run();
    QVERIFY(result.cancelled);
    QVERIFY(result.report.contexts.empty());
}

QTEST_GUILESS_MAIN(TestCheckJob)
#include "tst_checkjob.moc"
