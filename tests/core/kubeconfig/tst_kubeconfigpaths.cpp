#include "kubeconfig/kubeconfigpaths.h"
#include "kubeconfigbuilder.h"
#include "testenvironment.h"

#include <QDir>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;

namespace {

using Origin = KubeconfigPaths::Origin;

// Rows write paths with "<cwd>" and "<home>"; the test replaces them with the real folders.
QString expand(QString text, const QString &cwd, const QString &home)
{
    return text.replace(QLatin1String("<cwd>"), cwd).replace(QLatin1String("<home>"), home);
}

QStringList expand(const QStringList &list, const QString &cwd, const QString &home)
{
    QStringList result;
    for (const QString &item : list)
        result << expand(item, cwd, home);
    return result;
}

} // namespace

Q_DECLARE_METATYPE(KubeconfigPaths::Origin)
Q_DECLARE_METATYPE(KubeconfigPaths::Resolved)

class TestKubeconfigPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void resolve_data();
    void resolve();
    void splitList_data();
    void splitList();
    void defaultFile_data();
    void defaultFile();
    void resolveFromEnvironment();
    void destination_data();
    void destination();

private:
    QTemporaryDir m_root;
    QString m_cwd;
    QString m_home;
};

void TestKubeconfigPaths::initTestCase()
{
    test::setUpTestEnvironment();
    QVERIFY(m_root.isValid());
    m_cwd = m_root.filePath(QStringLiteral("work"));
    m_home = m_root.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_cwd));
    QVERIFY(QDir().mkpath(m_home));
}

void TestKubeconfigPaths::init()
{
    QVERIFY(QDir::setCurrent(m_cwd));
}

void TestKubeconfigPaths::resolve_data()
{
    QTest::addColumn<QStringList>("explicitFiles");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<Origin>("origin");

    const QString sep = QDir::listSeparator();
    const QString abc =
        QStringList{QStringLiteral("/k/a"), QStringLiteral("/k/b"), QStringLiteral("/k/c")}.join(sep);

    QTest::newRow("nothing set: ~/.kube/config of the given home")
        << QStringList() << QString() << QStringList{QStringLiteral("<home>/.kube/config")}
        << Origin::Default;
    QTest::newRow("KUBECONFIG of one file") << QStringList() << QStringLiteral("/k/a")
                                            << QStringList{QStringLiteral("/k/a")} << Origin::Environment;
    QTest::newRow("KUBECONFIG keeps its order")
        << QStringList() << abc
        << QStringList{QStringLiteral("/k/a"), QStringLiteral("/k/b"), QStringLiteral("/k/c")}
        << Origin::Environment;
    QTest::newRow("KUBECONFIG empty entries dropped")
        << QStringList() << (sep + QStringLiteral("/k/a") + sep + sep + QStringLiteral("/k/b") + sep)
        << QStringList{QStringLiteral("/k/a"), QStringLiteral("/k/b")} << Origin::Environment;
    QTest::newRow("KUBECONFIG duplicates dropped, first position kept")
        << QStringList()
        << QStringList{QStringLiteral("/k/b"), QStringLiteral("/k/a"), QStringLiteral("/k/b")}.join(sep)
        << QStringList{QStringLiteral("/k/b"), QStringLiteral("/k/a")} << Origin::Environment;
    QTest::newRow("KUBECONFIG relative entries become absolute")
        << QStringList() << QStringList{QStringLiteral("a.yaml"), QStringLiteral("sub/b.yaml")}.join(sep)
        << QStringList{QStringLiteral("<cwd>/a.yaml"), QStringLiteral("<cwd>/sub/b.yaml")}
        << Origin::Environment;
    QTest::newRow("KUBECONFIG same file written two ways counts once")
        << QStringList() << QStringList{QStringLiteral("a.yaml"), QStringLiteral("<cwd>/a.yaml")}.join(sep)
        << QStringList{QStringLiteral("<cwd>/a.yaml")} << Origin::Environment;
    // As kubectl: a set variable is the list even when all its entries are empty (checked with
    // kubectl 1.32: KUBECONFIG=":" lists no context although ~/.kube/config exists).
    QTest::newRow("KUBECONFIG of only separators loads nothing")
        << QStringList() << (sep + sep) << QStringList() << Origin::Environment;
    QTest::newRow("explicit files win over KUBECONFIG")
        << QStringList{QStringLiteral("/e/one")} << abc << QStringList{QStringLiteral("/e/one")}
        << Origin::CommandLine;
    QTest::newRow("explicit files win over the default")
        << QStringList{QStringLiteral("/e/one"), QStringLiteral("/e/two")} << QString()
        << QStringList{QStringLiteral("/e/one"), QStringLiteral("/e/two")} << Origin::CommandLine;
    QTest::newRow("explicit relative files become absolute")
        << QStringList{QStringLiteral("x.yaml"), QStringLiteral("../y.yaml")} << QString()
        << QStringList{QStringLiteral("<cwd>/x.yaml"), m_root.filePath(QStringLiteral("y.yaml"))}
        << Origin::CommandLine;
    QTest::newRow("explicit duplicates and empty entries dropped")
        << QStringList{QStringLiteral("/e/one"), QString(), QStringLiteral("/e/one"),
                       QStringLiteral("/e/two")}
        << QString() << QStringList{QStringLiteral("/e/one"), QStringLiteral("/e/two")}
        << Origin::CommandLine;
}

void TestKubeconfigPaths::resolve()
{
    QFETCH(QStringList, explicitFiles);
    QFETCH(QString, variable);
    QFETCH(QStringList, files);
    QFETCH(Origin, origin);

    const KubeconfigPaths::Resolved resolved = KubeconfigPaths::resolve(
        expand(explicitFiles, m_cwd, m_home), expand(variable, m_cwd, m_home), m_home);
    QCOMPARE(resolved.files, expand(files, m_cwd, m_home));
    QCOMPARE(resolved.origin, origin);
    for (const QString &file : resolved.files)
        QVERIFY2(QDir::isAbsolutePath(file), qPrintable(file));
}

void TestKubeconfigPaths::splitList_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("parts");

    // Written with ':'; the test swaps in the platform's separator.
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one entry") << QStringLiteral("/a") << QStringList{QStringLiteral("/a")};
    QTest::newRow("two entries") << QStringLiteral("/a:/b")
                                 << QStringList{QStringLiteral("/a"), QStringLiteral("/b")};
    QTest::newRow("leading, trailing and doubled separators")
        << QStringLiteral(":/a::/b:") << QStringList{QStringLiteral("/a"), QStringLiteral("/b")};
    QTest::newRow("repeated entry") << QStringLiteral("/a:/b:/a:/b")
                                    << QStringList{QStringLiteral("/a"), QStringLiteral("/b")};
    QTest::newRow("relative entries stay as written")
        << QStringLiteral("a:./b") << QStringList{QStringLiteral("a"), QStringLiteral("./b")};
    QTest::newRow("spaces are part of the name")
        << QStringLiteral("/my dir/a: /b") << QStringList{QStringLiteral("/my dir/a"), QStringLiteral(" /b")};
}

void TestKubeconfigPaths::splitList()
{
    QFETCH(QString, value);
    QFETCH(QStringList, parts);
    QCOMPARE(KubeconfigPaths::splitList(value.replace(QLatin1Char(':'), QDir::listSeparator())), parts);
}

void TestKubeconfigPaths::defaultFile_data()
{
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("file");

    QTest::newRow("plain home") << QStringLiteral("/home/alice")
                                << QStringLiteral("/home/alice/.kube/config");
    QTest::newRow("home with a trailing slash")
        << QStringLiteral("/home/alice/") << QStringLiteral("/home/alice/.kube/config");
    QTest::newRow("home with spaces")
        << QStringLiteral("/Users/Alice Smith") << QStringLiteral("/Users/Alice Smith/.kube/config");
}

void TestKubeconfigPaths::defaultFile()
{
    QFETCH(QString, home);
    QFETCH(QString, file);
    QCOMPARE(KubeconfigPaths::defaultFile(home), file);
}

void TestKubeconfigPaths::resolveFromEnvironment()
{
    const QByteArray saved = qgetenv("KUBECONFIG");
    const bool wasSet = qEnvironmentVariableIsSet("KUBECONFIG");
    const auto restore = qScopeGuard([&] {
        if (wasSet)
            qputenv("KUBECONFIG", saved);
        else
            qunsetenv("KUBECONFIG");
    });

    const QString value =
        QStringList{QStringLiteral("env.yaml"), QStringLiteral("/k/b")}.join(QDir::listSeparator());
    qputenv("KUBECONFIG", value.toLocal8Bit());
    KubeconfigPaths::Resolved resolved = KubeconfigPaths::resolveFromEnvironment();
    QCOMPARE(resolved.origin, Origin::Environment);
    QCOMPARE(resolved.files, (QStringList{m_cwd + QStringLiteral("/env.yaml"), QStringLiteral("/k/b")}));

    resolved = KubeconfigPaths::resolveFromEnvironment({QStringLiteral("/e/one")});
    QCOMPARE(resolved.origin, Origin::CommandLine);
    QCOMPARE(resolved.files, QStringList{QStringLiteral("/e/one")});

    qunsetenv("KUBECONFIG");
    resolved = KubeconfigPaths::resolveFromEnvironment();
    QCOMPARE(resolved.origin, Origin::Default);
    QCOMPARE(resolved.files, QStringList{QDir::homePath() + QStringLiteral("/.kube/config")});
}

// client-go's GetDefaultFilename: where kubectl (and an import) writes a new entry.
void TestKubeconfigPaths::destination_data()
{
    QTest::addColumn<KubeconfigPaths::Resolved>("resolved");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("expected");
    using R = KubeconfigPaths::Resolved;
    QTest::newRow("explicit file") << R{{QStringLiteral("/x/one")}, Origin::CommandLine} << QStringList()
                                   << QStringLiteral("/x/one");
    QTest::newRow("single KUBECONFIG entry, missing")
        << R{{QStringLiteral("<cwd>/a")}, Origin::Environment} << QStringList() << QStringLiteral("<cwd>/a");
    QTest::newRow("first existing KUBECONFIG entry")
        << R{{QStringLiteral("<cwd>/a"), QStringLiteral("<cwd>/b"), QStringLiteral("<cwd>/c")},
             Origin::Environment}
        << QStringList{QStringLiteral("<cwd>/b"), QStringLiteral("<cwd>/c")} << QStringLiteral("<cwd>/b");
    QTest::newRow("none exists: the last entry")
        << R{{QStringLiteral("<cwd>/a"), QStringLiteral("<cwd>/b")}, Origin::Environment} << QStringList()
        << QStringLiteral("<cwd>/b");
    QTest::newRow("default file") << R{{QStringLiteral("<home>/.kube/config")}, Origin::Default}
                                  << QStringList() << QStringLiteral("<home>/.kube/config");
    QTest::newRow("nothing to write to") << R{{}, Origin::Environment} << QStringList() << QString();
}

void TestKubeconfigPaths::destination()
{
    QFETCH(KubeconfigPaths::Resolved, resolved);
    QFETCH(QStringList, existing);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString cwd = dir.filePath(QStringLiteral("cwd"));
    QVERIFY(QDir().mkpath(cwd));
    for (const QString &file : expand(existing, cwd, m_home))
        test::writeFile(file, "apiVersion: v1\n");
    resolved.files = expand(resolved.files, cwd, m_home);
    QCOMPARE(KubeconfigPaths::destination(resolved), expand(expected, cwd, m_home));
}
QTEST_GUILESS_MAIN(TestKubeconfigPaths)
#include "tst_kubeconfigpaths.moc"
