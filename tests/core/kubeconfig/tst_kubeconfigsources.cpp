#include "kubeconfig/kubeconfigsources.h"
#include "kubeconfigbuilder.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;

namespace {

using Origin = KubeconfigSources::Origin;

// Rows name files relative to the test's root folder; a trailing "/" marks a folder, "@" a symlink to the
// path after it ("@a=b": a links to b).
void create(const QString &root, const QStringList &entries)
{
    for (const QString &entry : entries) {
        if (entry.endsWith(QLatin1Char('/'))) {
            QVERIFY(QDir(root).mkpath(entry));
        } else if (entry.startsWith(QLatin1Char('@'))) {
            const QStringList parts = entry.mid(1).split(QLatin1Char('='));
            QVERIFY(QFile::link(QDir(root).filePath(parts.at(1)), QDir(root).filePath(parts.at(0))));
        } else {
            test::writeFile(QDir(root).filePath(entry), "apiVersion: v1\nkind: Config\n");
        }
    }
}

// Test rows list paths separated by spaces.
QStringList words(const char *spaced)
{
    return QString::fromUtf8(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList relative(const QString &root, const QStringList &paths)
{
    QStringList result;
    for (const QString &path : paths)
        result << QDir(root).relativeFilePath(path);
    return result;
}

} // namespace

class TestKubeconfigSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpTestEnvironment(); }
    void filesInFolder_data();
    void filesInFolder();
    void collect_data();
    void collect();
    void commandLineTakesNothingElse();
    void settingsRoundTrip();
    void folderCap();
};

void TestKubeconfigSources::filesInFolder_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("sorted by name") << words("d/b.yaml d/a d/c.json") << words("d/a d/b.yaml d/c.json");
    QTest::newRow("lock, swap, backup, temporary and hidden skipped")
        << words("d/config d/config.lock d/.config.swp d/config~ d/config.bak d/config.tmp d/.hidden "
                 "d/#config# d/x.ORIG")
        << words("d/config");
    QTest::newRow("sub-folders not entered") << words("d/sub/ d/sub/inner d/top") << words("d/top");
    QTest::newRow("link to a file taken, dangling link skipped")
        << words("d/ target @d/link=target @d/dangling=nowhere") << words("d/link");
    QTest::newRow("symlink loop skipped")
        << words("d/ @d/loop1=d/loop2 @d/loop2=d/loop1 d/ok") << words("d/ok");
    QTest::newRow("link to a folder not entered") << words("d/ @d/self=d d/ok") << words("d/ok");
    QTest::newRow("empty folder") << words("d/") << QStringList{};
}

void TestKubeconfigSources::filesInFolder()
{
    QFETCH(QStringList, entries);
    QFETCH(QStringList, expected);
    QTemporaryDir root;
    create(root.path(), entries);
    QCOMPARE(relative(root.path(), KubeconfigSources::filesInFolder(root.filePath(QStringLiteral("d")))),
             expected);
}

void TestKubeconfigSources::collect_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("base"); ///< from $KUBECONFIG
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("expected");       ///< paths, in order
    QTest::addColumn<QList<int>>("expectedOrigins"); ///< int(Origin)

    const int env = int(Origin::Environment);
    const int file = int(Origin::Added);
    const int folder = int(Origin::AddedFolder);
    QTest::newRow("nothing added") << words("a") << words("a") << QStringList{} << words("a")
                                   << QList<int>{env};
    QTest::newRow("added file after kubectl's")
        << words("a b") << words("a") << words("b") << words("a b") << QList<int>{env, file};
    QTest::newRow("added folder's files in name order")
        << words("a f/z f/y") << words("a") << words("f") << words("a f/y f/z")
        << QList<int>{env, folder, folder};
    QTest::newRow("a file already in KUBECONFIG is not repeated")
        << words("f/a f/b") << words("f/a") << words("f f/b") << words("f/a f/b") << QList<int>{env, folder};
    QTest::newRow("a symlink to a loaded file is the same file")
        << words("a @b=a") << words("a") << words("b") << words("a") << QList<int>{env};
    QTest::newRow("a missing added path stays, to be reported missing")
        << words("a") << words("a") << words("gone") << words("a gone") << QList<int>{env, file};
    QTest::newRow("added order kept")
        << words("a c b") << words("a") << words("c b") << words("a c b") << QList<int>{env, file, file};
}

void TestKubeconfigSources::collect()
{
    QFETCH(QStringList, entries);
    QFETCH(QStringList, base);
    QFETCH(QStringList, added);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, expectedOrigins);
    QTemporaryDir root;
    create(root.path(), entries);
    QStringList absoluteBase;
    for (const QString &path : base)
        absoluteBase << root.filePath(path);
    QStringList absoluteAdded;
    for (const QString &path : added)
        absoluteAdded << root.filePath(path);

    const auto files =
        KubeconfigSources::collect({absoluteBase, KubeconfigPaths::Origin::Environment}, absoluteAdded);
    QCOMPARE(relative(root.path(), KubeconfigSources::paths(files)), expected);
    QList<int> origins;
    for (const auto &f : files) {
        origins << int(f.origin);
        QCOMPARE(f.folder.isEmpty(), f.origin != Origin::AddedFolder);
    }
    QCOMPARE(origins, expectedOrigins);
}

void TestKubeconfigSources::commandLineTakesNothingElse()
{
    QTemporaryDir root;
    create(root.path(), words("a b"));
    const auto files = KubeconfigSources::collect(
        {{root.filePath(QStringLiteral("a"))}, KubeconfigPaths::Origin::CommandLine},
        {root.filePath(QStringLiteral("b"))});
    QCOMPARE(files.size(), std::size_t(1));
    QCOMPARE(files.front().origin, Origin::CommandLine);
}

void TestKubeconfigSources::settingsRoundTrip()
{
    QTemporaryDir root;
    QSettings settings(root.filePath(QStringLiteral("k.conf")), QSettings::IniFormat);
    QCOMPARE(KubeconfigSources::added(settings), QStringList());
    KubeconfigSources::setAdded(
        settings, {QStringLiteral("/x/./y"), QStringLiteral("/z"), QStringLiteral("/x/y"), QString()});
    QCOMPARE(KubeconfigSources::added(settings), (QStringList{QStringLiteral("/x/y"), QStringLiteral("/z")}));
    // A hand-edited relative entry means nothing stable: ignored.
    settings.setValue(QStringLiteral("kubeconfigs/added"),
                      QStringList{QStringLiteral("rel"), QStringLiteral("/a")});
    QCOMPARE(KubeconfigSources::added(settings), QStringList{QStringLiteral("/a")});
    KubeconfigSources::setAdded(settings, {});
    QVERIFY(!settings.contains(QStringLiteral("kubeconfigs/added")));
}

void TestKubeconfigSources::folderCap()
{
    QTemporaryDir root;
    QDir(root.path()).mkpath(QStringLiteral("many"));
    for (int i = 0; i < KubeconfigSources::MaxFilesPerFolder + 5; ++i) {
        QFile f(root.filePath(QStringLiteral("many/%1").arg(i, 5, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(KubeconfigSources::filesInFolder(root.filePath(QStringLiteral("many"))).size(),
             KubeconfigSources::MaxFilesPerFolder);
}

QTEST_GUILESS_MAIN(TestKubeconfigSources)
#include "tst_kubeconfigsources.moc"
