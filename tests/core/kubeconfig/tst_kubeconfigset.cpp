#include "kubeconfig/kubeconfigset.h"
#include "kubeconfigbuilder.h"
#include "kubeconfigspec.h"
#include "testenvironment.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;

// Rows describe the files of a KUBECONFIG list in the notation of kubeconfigspec.h, and the
// expected merge in another, with files named by their position in the list (f0, f1, ...):
//
//   contexts "x=c1/u1@f0", clusters "c1=https://a@f0", users "u1@f0",
//   shadowed "cluster c1: f1 hidden by f0"

namespace {

using Written = test::WrittenFiles;

Written writeFiles(const QString &folder, const QStringList &specs)
{
    return test::writeKubeconfigs(folder, specs);
}

QString label(const Written &written, const QString &path)
{
    return written.label(path);
}

QString kindName(KubeconfigSet::Shadowed::Kind kind)
{
    switch (kind) {
    case KubeconfigSet::Shadowed::Kind::Cluster:
        return QStringLiteral("cluster");
    case KubeconfigSet::Shadowed::Kind::User:
        return QStringLiteral("user");
    case KubeconfigSet::Shadowed::Kind::Context:
        return QStringLiteral("context");
    }
    return QStringLiteral("?");
}

QStringList describeContexts(const KubeconfigSet &set, const Written &written)
{
    QStringList result;
    for (const ContextEntry &c : set.contexts()) {
        QString text = c.name + QLatin1Char('=') + c.cluster + QLatin1Char('/') + c.user;
        if (!c.ns.isEmpty())
            text += QLatin1Char('/') + c.ns;
        result << text + QLatin1Char('@') + label(written, c.file);
    }
    return result;
}

QStringList describeClusters(const KubeconfigSet &set, const Written &written)
{
    QStringList result;
    for (const ClusterEntry &c : set.clusters())
        result << c.name + QLatin1Char('=') + c.server + QLatin1Char('@') + label(written, c.file);
    return result;
}

QStringList describeUsers(const KubeconfigSet &set, const Written &written)
{
    QStringList result;
    for (const UserEntry &u : set.users())
        result << u.name + QLatin1Char('@') + label(written, u.file);
    return result;
}

QStringList describeShadowed(const KubeconfigSet &set, const Written &written)
{
    QStringList result;
    for (const KubeconfigSet::Shadowed &s : set.shadowed()) {
        result << QStringLiteral("%1 %2: %3 hidden by %4")
                      .arg(kindName(s.kind), s.name, label(written, s.file), label(written, s.ownerFile));
    }
    return result;
}

} // namespace

class TestKubeconfigSet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void merge_data();
    void merge();
    void documentsKeepListOrderAndStatus();
    void firstDefinitionWinsTheWholeEntry();
    void lookups();
    void anyUsable_data();
    void anyUsable();
    void mergeOfParsedDocuments();
    void orderHoldsWithManyFilesLoadedInParallel();

private:
    QTemporaryDir m_home;
    QString m_folder;
    int m_case = 0;
};

void TestKubeconfigSet::initTestCase()
{
    test::setUpTestEnvironment();
    QVERIFY(m_home.isValid());
}

void TestKubeconfigSet::init()
{
    // Each test function and row gets a folder of its own.
    m_folder = m_home.filePath(QStringLiteral("case%1").arg(++m_case));
    QVERIFY(QDir().mkpath(m_folder));
}

void TestKubeconfigSet::merge_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("currentContext");
    QTest::addColumn<QStringList>("contexts");
    QTest::addColumn<QStringList>("clusters");
    QTest::addColumn<QStringList>("users");
    QTest::addColumn<QStringList>("shadowed");

    using L = QStringList;
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };

    QTest::newRow("one file") << L{s("current=dev; cluster c=https://c; user u; context dev=c/u/ns1")}
                              << s("dev") << L{s("dev=c/u/ns1@f0")} << L{s("c=https://c@f0")} << L{s("u@f0")}
                              << L{};
    QTest::newRow("first file to define a cluster name wins")
        << L{s("cluster shared=https://first"), s("cluster shared=https://second; cluster own=https://own")}
        << QString() << L{} << L{s("shared=https://first@f0"), s("own=https://own@f1")} << L{}
        << L{s("cluster shared: f1 hidden by f0")};
    QTest::newRow("first file to define a user name wins")
        << L{s("user admin"), s("user admin; user other")} << QString() << L{} << L{}
        << L{s("admin@f0"), s("other@f1")} << L{s("user admin: f1 hidden by f0")};
    QTest::newRow("first file to define a context name wins, with its cluster and user")
        << L{s("context x=c0/u0"), s("context x=c1/u1/ns")} << QString() << L{s("x=c0/u0@f0")} << L{} << L{}
        << L{s("context x: f1 hidden by f0")};
    QTest::newRow("same name in three files")
        << L{s("context x=a/a"), s("context x=b/b"), s("context x=c/c")} << QString() << L{s("x=a/a@f0")}
        << L{} << L{} << L{s("context x: f1 hidden by f0"), s("context x: f2 hidden by f0")};
    QTest::newRow("one name for a cluster, a user and a context does not collide")
        << L{s("cluster dev=https://dev"), s("user dev"), s("context dev=dev/dev")} << QString()
        << L{s("dev=dev/dev@f2")} << L{s("dev=https://dev@f0")} << L{s("dev@f1")} << L{};
    QTest::newRow("current-context from the first file that sets it")
        << L{s("context a=c/u"), s("current=b; context b=c/u"), s("current=a")} << s("b")
        << L{s("a=c/u@f0"), s("b=c/u@f1")} << L{} << L{} << L{};
    QTest::newRow("earlier current-context wins over later ones")
        << L{s("current=a; context a=c/u"), s("current=b; context b=c/u")} << s("a")
        << L{s("a=c/u@f0"), s("b=c/u@f1")} << L{} << L{} << L{};
    QTest::newRow("current-context may name a context from a later file")
        << L{s("current=later"), s("context later=c/u")} << s("later") << L{s("later=c/u@f1")} << L{} << L{}
        << L{};
    QTest::newRow("current-context naming nothing is kept as written")
        << L{s("current=ghost; context real=c/u")} << s("ghost") << L{s("real=c/u@f0")} << L{} << L{} << L{};
    QTest::newRow("entries spread over several files")
        << L{s("current=app; context app=prod/deployer"), s("user deployer"), s("cluster prod=https://prod")}
        << s("app") << L{s("app=prod/deployer@f0")} << L{s("prod=https://prod@f2")} << L{s("deployer@f1")}
        << L{};
    QTest::newRow("broken file in the middle does not hide the others")
        << L{s("cluster a=https://a; context a=a/u"), s("<broken>"),
             s("current=b; cluster b=https://b; context b=b/u")}
        << s("b") << L{s("a=a/u@f0"), s("b=b/u@f2")} << L{s("a=https://a@f0"), s("b=https://b@f2")} << L{}
        << L{};
    QTest::newRow("broken first file: the next file's current-context is used")
        << L{s("<broken>"), s("current=b; context b=c/u")} << s("b") << L{s("b=c/u@f1")} << L{} << L{} << L{};
    QTest::newRow("missing and empty files are skipped")
        << L{s("<missing>"), s("<empty>"), s("current=x; context x=c/u"), s("<missing>")} << s("x")
        << L{s("x=c/u@f2")} << L{} << L{} << L{};
    QTest::newRow("contexts keep the order of first definition")
        << L{s("context b=c/u; context a=c/u"), s("context c=c/u; context a=x/x; context d=c/u")} << QString()
        << L{s("b=c/u@f0"), s("a=c/u@f0"), s("c=c/u@f1"), s("d=c/u@f1")} << L{} << L{}
        << L{s("context a: f1 hidden by f0")};
    // Not "y": an unquoted y is a boolean to kubectl (YAML 1.1), which refuses such a name.
    QTest::newRow("everything shadowed at once")
        << L{s("current=x; cluster c=https://0; user u; context x=c/u"),
             s("current=w; cluster c=https://1; user u; context x=c/u/other; context w=c/u")}
        << s("x") << L{s("x=c/u@f0"), s("w=c/u@f1")} << L{s("c=https://0@f0")} << L{s("u@f0")}
        << L{s("cluster c: f1 hidden by f0"), s("user u: f1 hidden by f0"), s("context x: f1 hidden by f0")};
    QTest::newRow("no files are usable")
        << L{s("<missing>"), s("<broken>")} << QString() << L{} << L{} << L{} << L{};
}

void TestKubeconfigSet::merge()
{
    QFETCH(QStringList, files);
    QFETCH(QString, currentContext);
    QFETCH(QStringList, contexts);
    QFETCH(QStringList, clusters);
    QFETCH(QStringList, users);
    QFETCH(QStringList, shadowed);

    const Written written = writeFiles(m_folder, files);
    const KubeconfigSet set = KubeconfigSet::load(written.paths);

    QCOMPARE(set.currentContext(), currentContext);
    QCOMPARE(describeContexts(set, written), contexts);
    QCOMPARE(describeClusters(set, written), clusters);
    QCOMPARE(describeUsers(set, written), users);
    QCOMPARE(describeShadowed(set, written), shadowed);
    QCOMPARE(set.documents().size(), std::size_t(files.size()));
}

void TestKubeconfigSet::documentsKeepListOrderAndStatus()
{
    const Written written =
        writeFiles(m_folder, {QStringLiteral("<broken>"), QStringLiteral("<missing>"),
                              QStringLiteral("<empty>"), QStringLiteral("context x=c/u")});
    const KubeconfigSet set = KubeconfigSet::load(written.paths);
    QCOMPARE(set.documents().size(), std::size_t(4));
    QStringList statuses;
    for (std::size_t i = 0; i < set.documents().size(); ++i) {
        QCOMPARE(set.documents()[i].path(), written.paths.at(qsizetype(i)));
        statuses << KubeconfigDocument::statusName(set.documents()[i].status());
    }
    QCOMPARE(statuses, (QStringList{QStringLiteral("error"), QStringLiteral("missing"),
                                    QStringLiteral("empty"), QStringLiteral("ok")}));
    // The broken file keeps its message for the UI to show.
    QVERIFY(set.documents()[0].error().contains(written.paths.at(0)));
    QVERIFY(set.anyUsable());
}

void TestKubeconfigSet::firstDefinitionWinsTheWholeEntry()
{
    // client-go does not merge fields of a name defined twice: the later file's extra fields
    // (a CA, a namespace, a token) must not leak into the first file's entry.
    test::KubeconfigBuilder first;
    first.cluster(QStringLiteral("c"), QStringLiteral("https://first"))
        .emptyUser(QStringLiteral("u"))
        .context(QStringLiteral("x"), QStringLiteral("c"), QStringLiteral("u"));
    test::KubeconfigBuilder second;
    second.cluster(QStringLiteral("c"), QStringLiteral("https://second"), "-----BEGIN CERTIFICATE-----\n")
        .tokenUser(QStringLiteral("u"), "second-token")
        .context(QStringLiteral("x"), QStringLiteral("c"), QStringLiteral("u"), QStringLiteral("second-ns"));
    second.root()["clusters"][0]["cluster"]["insecure-skip-tls-verify"] = true;
    const QString a = first.writeTo(m_folder + QStringLiteral("/a.yaml"));
    const QString b = second.writeTo(m_folder + QStringLiteral("/b.yaml"));

    const KubeconfigSet set = KubeconfigSet::load({a, b});
    const ClusterEntry *cluster = set.cluster(QStringLiteral("c"));
    QVERIFY(cluster);
    QCOMPARE(cluster->file, a);
    QCOMPARE(cluster->server, QStringLiteral("https://first"));
    QVERIFY(cluster->certificateAuthorityData.isEmpty());
    QCOMPARE(cluster->insecureSkipTlsVerify, false);
    const UserEntry *user = set.user(QStringLiteral("u"));
    QVERIFY(user);
    QCOMPARE(user->file, a);
    QVERIFY(user->token.isEmpty());
    const ContextEntry *context = set.context(QStringLiteral("x"));
    QVERIFY(context);
    QCOMPARE(context->file, a);
    QVERIFY(context->ns.isEmpty());

    // The hidden definitions are still listed, each with both files.
    QCOMPARE(set.shadowed().size(), std::size_t(3));
    for (const KubeconfigSet::Shadowed &s : set.shadowed()) {
        QCOMPARE(s.file, b);
        QCOMPARE(s.ownerFile, a);
    }
}

void TestKubeconfigSet::lookups()
{
    const Written written = writeFiles(
        m_folder, {QStringLiteral("cluster c=https://c; user u; context x=c/u"), QStringLiteral("user v")});
    const KubeconfigSet set = KubeconfigSet::load(written.paths);
    QVERIFY(set.context(QStringLiteral("x")));
    QCOMPARE(set.context(QStringLiteral("x"))->cluster, QStringLiteral("c"));
    QVERIFY(set.cluster(QStringLiteral("c")));
    QCOMPARE(set.user(QStringLiteral("v"))->file, written.paths.at(1));
    QVERIFY(!set.context(QStringLiteral("c")));
    QVERIFY(!set.cluster(QStringLiteral("u")));
    QVERIFY(!set.user(QStringLiteral("nobody")));
    QVERIFY(!set.context(QString()));

    const KubeconfigSet none;
    QVERIFY(!none.context(QStringLiteral("x")));
    QVERIFY(!none.anyUsable());
    QVERIFY(none.currentContext().isEmpty());
}

void TestKubeconfigSet::anyUsable_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("usable");

    QTest::newRow("no files") << QStringList() << false;
    QTest::newRow("only missing") << QStringList{QStringLiteral("<missing>")} << false;
    QTest::newRow("only broken") << QStringList{QStringLiteral("<broken>"), QStringLiteral("<broken>")}
                                 << false;
    QTest::newRow("an empty file") << QStringList{QStringLiteral("<missing>"), QStringLiteral("<empty>")}
                                   << true;
    QTest::newRow("broken then ok") << QStringList{QStringLiteral("<broken>"), QStringLiteral("user u")}
                                    << true;
}

void TestKubeconfigSet::anyUsable()
{
    QFETCH(QStringList, files);
    QFETCH(bool, usable);
    QCOMPARE(KubeconfigSet::load(writeFiles(m_folder, files).paths).anyUsable(), usable);
}

void TestKubeconfigSet::mergeOfParsedDocuments()
{
    std::vector<KubeconfigDocument> documents;
    documents.push_back(KubeconfigDocument::parse(m_folder + QStringLiteral("/one"), "current-context: b\n"));
    documents.push_back(KubeconfigDocument::parse(
        m_folder + QStringLiteral("/two"), "contexts:\n- name: b\n  context: {cluster: c, user: u}\n"));
    const KubeconfigSet set = KubeconfigSet::merge(std::move(documents));
    QCOMPARE(set.currentContext(), QStringLiteral("b"));
    QVERIFY(set.context(QStringLiteral("b")));
    QCOMPARE(set.context(QStringLiteral("b"))->file, m_folder + QStringLiteral("/two"));
}

void TestKubeconfigSet::orderHoldsWithManyFilesLoadedInParallel()
{
    // Files load on a thread pool; the merge must still follow the list, not the finishing order.
    QStringList specs;
    for (int i = 0; i < 40; ++i)
        specs << QStringLiteral("current=ctx%1; cluster shared=https://%1; context same=shared/u%1").arg(i);
    const Written written = writeFiles(m_folder, specs);
    const KubeconfigSet set = KubeconfigSet::load(written.paths);
    QCOMPARE(set.currentContext(), QStringLiteral("ctx0"));
    QCOMPARE(set.cluster(QStringLiteral("shared"))->server, QStringLiteral("https://0"));
    QCOMPARE(set.context(QStringLiteral("same"))->user, QStringLiteral("u0"));
    QCOMPARE(set.shadowed().size(), std::size_t(2 * 39));
    for (std::size_t i = 0; i < set.documents().size(); ++i)
        QCOMPARE(set.documents()[i].path(), written.paths.at(qsizetype(i)));
}

QTEST_GUILESS_MAIN(TestKubeconfigSet)
#include "tst_kubeconfigset.moc"
