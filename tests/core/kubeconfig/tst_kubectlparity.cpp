#include "kubeconfig/kubeconfigpaths.h"
#include "kubeconfig/kubeconfigset.h"
#include "kubeconfigbuilder.h"
#include "kubeconfigspec.h"
#include "testenvironment.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace kubeminder;

// Differential test: the merge Kubeminder computes must be the one the real kubectl computes for
// the same KUBECONFIG. kubectl aborts on a broken file (we do not), so broken files stay out.
//
// Rows give the files in the notation of kubeconfigspec.h and the KUBECONFIG list as entries:
// "fN" is the absolute path of file N, anything else is used as written (relative entries resolve
// against the working directory, which is the case's folder for both sides).

namespace {

constexpr int KubectlTimeoutMs = 60 * 1000;

struct KubectlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestKubectlParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void parity_data();
    void parity();
    void quotedValues_data();
    void quotedValues();
    void byteOrderMark_data();
    void byteOrderMark();

private:
    KubectlResult kubectl(const QStringList &arguments) const;

    QString m_kubectl;
    QTemporaryDir m_root;
    QString m_folder;
    QString m_kubeconfigValue;
    bool m_setKubeconfig = true;
    int m_case = 0;
};

void TestKubectlParity::initTestCase()
{
    test::setUpTestEnvironment();
    m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not on PATH: the differential test against kubectl's merge does not run");
    QVERIFY(m_root.isValid());
}

void TestKubectlParity::init()
{
    m_folder = m_root.filePath(QStringLiteral("case%1").arg(++m_case));
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(QDir::setCurrent(m_folder));
}

KubectlResult TestKubectlParity::kubectl(const QStringList &arguments) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_folder);
    if (m_setKubeconfig)
        env.insert(QStringLiteral("KUBECONFIG"), m_kubeconfigValue);
    else
        env.remove(QStringLiteral("KUBECONFIG"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_folder);
    process.start(m_kubectl, arguments);
    KubectlResult result;
    if (!process.waitForStarted(KubectlTimeoutMs)) {
        result.err = process.errorString();
        return result;
    }
    if (!process.waitForFinished(KubectlTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("kubectl timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestKubectlParity::parity_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("list");   ///< KUBECONFIG entries; empty: KUBECONFIG unset
    QTest::addColumn<QString>("homeConfig"); ///< spec for $HOME/.kube/config, or empty for none

    using L = QStringList;
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };

    // Names stay clear of YAML 1.1 booleans (y, n, yes, on, ...): kubectl's parser reads those as
    // booleans and rejects the file.
    const QStringList overlapping{
        s("cluster shared=https://0; cluster a=https://a; user u; context x=shared/u; context only0=a/u"),
        s("cluster shared=https://1; cluster b=https://b; user u; context x=b/u; context only1=shared/u"),
    };
    QTest::newRow("overlapping names, different clusters per file")
        << overlapping << L{s("f0"), s("f1")} << QString();
    QTest::newRow("same files, reverse order") << overlapping << L{s("f1"), s("f0")} << QString();
    QTest::newRow("current-context in the second and third files")
        << L{s("cluster c=https://0; context first=c/u"),
             s("current=second; cluster c=https://1; context second=c/u"),
             s("current=third; context third=c/u")}
        << L{s("f0"), s("f1"), s("f2")} << QString();
    QTest::newRow("earlier current-context wins")
        << L{s("current=alpha; context alpha=c0/u"), s("current=beta; context beta=c1/u; context alpha=c1/u")}
        << L{s("f0"), s("f1")} << QString();
    QTest::newRow("current-context names a context of a later file")
        << L{s("current=later"), s("cluster c=https://c; context later=c/u")} << L{s("f0"), s("f1")}
        << QString();
    QTest::newRow("no current-context anywhere")
        << L{s("context a=c/u"), s("context b=c/u")} << L{s("f0"), s("f1")} << QString();
    QTest::newRow("missing files in the list")
        << L{s("<missing>"), s("current=b; cluster c=https://1; context b=c/u"), s("<missing>"),
             s("cluster c=https://3; context b=other/u; context d=c/u")}
        << L{s("f0"), s("f1"), s("f2"), s("f3"), s("/nonexistent/kubeminder/config")} << QString();
    QTest::newRow("duplicate entries in the list")
        << L{s("current=a; cluster c=https://0; context a=c/u; context z=c/u"),
             s("current=b; cluster c=https://1; context b=c/u; context z=other/u")}
        << L{s("f1"), s("f0"), s("f1"), s("f0")} << QString();
    QTest::newRow("empty entries in the list")
        << L{s("cluster c=https://0; context a=c/u"), s("current=a; cluster c=https://1; context a=other/u")}
        << L{QString(), s("f1"), QString(), QString(), s("f0"), QString()} << QString();
    QTest::newRow("relative entries resolve against the working directory")
        << L{s("cluster c=https://0; context a=c/u"), s("current=a; cluster c=https://1; context a=other/u")}
        << L{s("f1.yaml"), s("./f0.yaml")} << QString();
    QTest::newRow("same file written two ways") << L{s("current=a; cluster c=https://0; context a=c/u"),
                                                     s("current=b; cluster c=https://1; context b=c/u")}
                                                << L{s("f1"), s("./f0.yaml"), s("f0")} << QString();
    QTest::newRow("empty file in the list")
        << L{s("<empty>"), s("current=a; cluster c=https://1; context a=c/u")} << L{s("f0"), s("f1")}
        << QString();
    QTest::newRow("entries spread over several files")
        << L{s("current=app; context app=prod/deployer"), s("user deployer"), s("cluster prod=https://prod")}
        << L{s("f0"), s("f1"), s("f2")} << QString();
    QTest::newRow("KUBECONFIG unset: HOME/.kube/config")
        << L{s("current=ignored; context ignored=c/u")} << L{}
        << s("current=home; cluster c=https://home; context home=c/u; context other=c/u");
    QTest::newRow("KUBECONFIG set: HOME/.kube/config is not read")
        << L{s("current=listed; cluster c=https://listed; context listed=c/u")} << L{s("f0")}
        << s("current=home; cluster c=https://home; context home=c/u");
}

void TestKubectlParity::parity()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, list);
    QFETCH(QString, homeConfig);

    const test::WrittenFiles written = test::writeKubeconfigs(m_folder, files);
    if (!homeConfig.isEmpty())
        test::writeFile(m_folder + QStringLiteral("/.kube/config"), test::kubeconfigFromSpec(homeConfig));
    QStringList entries;
    for (const QString &entry : list) {
        const bool isLabel = entry.size() > 1 && entry.startsWith(QLatin1Char('f')) &&
                             entry.mid(1).toInt() < written.paths.size() && !entry.contains(QLatin1Char('.'));
        entries << (isLabel ? written.paths.at(entry.mid(1).toInt()) : entry);
    }
    m_setKubeconfig = !list.isEmpty();
    m_kubeconfigValue = entries.join(QDir::listSeparator());

    // Ours: the same path rules (working directory and home as kubectl sees them), then the merge.
    const KubeconfigPaths::Resolved paths = KubeconfigPaths::resolve({}, m_kubeconfigValue, m_folder);
    const KubeconfigSet set = KubeconfigSet::load(paths.files);
    for (const KubeconfigDocument &doc : set.documents()) {
        QVERIFY2(doc.status() != KubeconfigDocument::Status::Error,
                 qPrintable(QStringLiteral("parity cases must not hold broken files: ") + doc.error()));
    }

    // Context names.
    const KubectlResult names = kubectl({QStringLiteral("config"), QStringLiteral("get-contexts"),
                                         QStringLiteral("-o"), QStringLiteral("name")});
    QVERIFY2(names.exitCode == 0, qPrintable(names.err));
    QStringList theirNames = names.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    theirNames.sort();
    QStringList ourNames;
    for (const ContextEntry &context : set.contexts())
        ourNames << context.name;
    ourNames.sort();
    QCOMPARE(ourNames, theirNames);

    // Current context: kubectl fails with "current-context is not set" where ours is empty.
    const KubectlResult current = kubectl({QStringLiteral("config"), QStringLiteral("current-context")});
    if (set.currentContext().isEmpty()) {
        QVERIFY2(current.exitCode != 0 && current.err.contains(QLatin1String("not set")),
                 qPrintable(QStringLiteral("kubectl says: ") + current.out + current.err));
    } else {
        QVERIFY2(current.exitCode == 0, qPrintable(current.err));
        QCOMPARE(set.currentContext(), current.out.trimmed());
    }

    // Which file owns each context shows in the cluster and user it names; which file owns each
    // cluster shows in its server.
    const auto view = [this](const QString &jsonPath) {
        const KubectlResult result = kubectl({QStringLiteral("config"), QStringLiteral("view"),
                                              QStringLiteral("-o"), QStringLiteral("jsonpath=") + jsonPath});
        if (result.exitCode != 0)
            qWarning("kubectl config view failed: %s", qPrintable(result.err));
        return result.out.trimmed();
    };
    for (const ContextEntry &context : set.contexts()) {
        const QString filter = QStringLiteral("{.contexts[?(@.name==\"%1\")].context.").arg(context.name);
        QCOMPARE(context.cluster, view(filter + QStringLiteral("cluster}")));
        QCOMPARE(context.user, view(filter + QStringLiteral("user}")));
    }
    for (const ClusterEntry &cluster : set.clusters()) {
        QCOMPARE(cluster.server,
                 view(QStringLiteral("{.clusters[?(@.name==\"%1\")].cluster.server}").arg(cluster.name)));
    }
}

void TestKubectlParity::quotedValues_data()
{
    QTest::addColumn<QByteArray>("ending"); ///< the end of a one-context kubeconfig
    QTest::addColumn<bool>("accepted");     ///< what kubectl does with it (checked below)

    // yaml-cpp lets a quoted value that is never closed run to the end of the file when the file
    // ends with a line break; go-yaml, and so kubectl, refuse the file.
    QTest::newRow("unclosed double quote, line break at the end")
        << QByteArray("namespace: \"dev\n") << false;
    QTest::newRow("unclosed double quote, no line break") << QByteArray("namespace: \"dev") << false;
    QTest::newRow("unclosed single quote") << QByteArray("namespace: 'dev\n") << false;
    QTest::newRow("unclosed quote swallowing the lines after it")
        << QByteArray("namespace: 'dev\n  extensions: []\n") << false;
    QTest::newRow("unclosed quote after an escaped one") << QByteArray("namespace: \"dev\\\"\n") << false;
    QTest::newRow("unclosed quote after a doubled single quote")
        << QByteArray("namespace: 'it''s\n") << false;
    QTest::newRow("unclosed quote behind a tag") << QByteArray("namespace: !!str \"dev\n") << false;
    QTest::newRow("unclosed quoted key") << QByteArray("\"namespace: dev\n") << false;
    // Closed quotes, however written, are fine.
    QTest::newRow("double quotes") << QByteArray("namespace: \"dev\"\n") << true;
    QTest::newRow("escaped quote inside") << QByteArray("namespace: \"d\\\"ev\"\n") << true;
    QTest::newRow("escaped backslash before the end") << QByteArray("namespace: \"dev\\\\\"\n") << true;
    QTest::newRow("doubled single quote inside") << QByteArray("namespace: 'it''s'\n") << true;
    QTest::newRow("quote behind a tag") << QByteArray("namespace: !!str \"dev\"\n") << true;
    QTest::newRow("folded over two lines") << QByteArray("namespace: \"d\n    ev\"\n") << true;
    QTest::newRow("a quote inside a plain value") << QByteArray("namespace: dev\"\n") << true;
    QTest::newRow("a block value last") << QByteArray("namespace: |\n      \"dev\n") << true;
}

void TestKubectlParity::quotedValues()
{
    QFETCH(QByteArray, ending);
    QFETCH(bool, accepted);

    const QString path = m_folder + QStringLiteral("/config");
    test::writeFile(path, "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                          "    server: https://c:6443\nusers:\n- name: u\n  user:\n    token: t\n"
                          "current-context: x\ncontexts:\n- name: x\n  context:\n    cluster: c\n"
                          "    user: u\n    " +
                              ending);
    m_setKubeconfig = true;
    m_kubeconfigValue = path;
    const KubectlResult theirs = kubectl({QStringLiteral("config"), QStringLiteral("view")});
    QVERIFY2((theirs.exitCode == 0) == accepted, qPrintable(QStringLiteral("kubectl: ") + theirs.err));

    const KubeconfigDocument ours = KubeconfigDocument::load(path);
    QVERIFY2((ours.status() == KubeconfigDocument::Status::Ok) == accepted, qPrintable(ours.error()));
    if (!accepted)
        QVERIFY2(ours.error().contains(QLatin1String("line")), qPrintable(ours.error()));
}

void TestKubectlParity::byteOrderMark_data()
{
    QTest::addColumn<QByteArray>("last"); ///< the last line

    // Notepad starts a UTF-8 file with a byte-order mark; kubectl reads such a file. yaml-cpp
    // counts positions after the mark, which once made the last value look like an open quote.
    QTest::newRow("a quoted key last") << QByteArray("\"current-context\": x\n");
    QTest::newRow("a plain key last") << QByteArray("current-context: x\n");
    QTest::newRow("a quoted value last") << QByteArray("current-context: \"x\"\n");
}

void TestKubectlParity::byteOrderMark()
{
    QFETCH(QByteArray, last);
    const QString path = m_folder + QStringLiteral("/config");
    test::writeFile(path, "\xEF\xBB\xBF"
                          "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                          "    server: https://c:6443\nusers:\n- name: u\n  user:\n    token: t\n"
                          "contexts:\n- name: x\n  context:\n    cluster: c\n    user: u\n" +
                              last);
    m_setKubeconfig = true;
    m_kubeconfigValue = path;
    const KubectlResult theirs = kubectl({QStringLiteral("config"), QStringLiteral("current-context")});
    QVERIFY2(theirs.exitCode == 0, qPrintable(QStringLiteral("kubectl: ") + theirs.err));

    const KubeconfigDocument ours = KubeconfigDocument::load(path);
    QVERIFY2(ours.status() == KubeconfigDocument::Status::Ok, qPrintable(ours.error()));
    QCOMPARE(ours.currentContext(), QStringLiteral("x"));
    QCOMPARE(ours.contexts().size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestKubectlParity)
#include "tst_kubectlparity.moc"
