#include "kubeconfig/kubeconfigpaths.h"
#include "kubeconfig/kubeconfigset.h"
#include "kubeconfigbuilder.h"
#include "kubeconfigspec.h"
#include "kubectloracle.h"
#include "testenvironment.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void meaning_data();
    void meaning();

private:
    test::KubectlResult kubectl(const QStringList &arguments) const;
    void requireKubectl() const;

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
    QVERIFY(m_root.isValid());
}

void TestKubectlParity::requireKubectl() const
{
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not on PATH: the differential test against kubectl does not run");
}

void TestKubectlParity::init()
{
    m_folder = m_root.filePath(QStringLiteral("case%1").arg(++m_case));
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(QDir::setCurrent(m_folder));
}

test::KubectlResult TestKubectlParity::kubectl(const QStringList &arguments) const
{
    return test::runKubectl(m_kubectl, arguments, m_folder,
                            m_setKubeconfig ? std::optional<QString>(m_kubeconfigValue) : std::nullopt);
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
    requireKubectl();
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
    const test::KubectlResult names = kubectl({QStringLiteral("config"), QStringLiteral("get-contexts"),
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
    const test::KubectlResult current =
        kubectl({QStringLiteral("config"), QStringLiteral("current-context")});
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
        const test::KubectlResult result =
            kubectl({QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("-o"),
                     QStringLiteral("jsonpath=") + jsonPath});
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
    requireKubectl();
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
    const test::KubectlResult theirs = kubectl({QStringLiteral("config"), QStringLiteral("view")});
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
    requireKubectl();
    QFETCH(QByteArray, last);
    const QString path = m_folder + QStringLiteral("/config");
    test::writeFile(path, "\xEF\xBB\xBF"
                          "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                          "    server: https://c:6443\nusers:\n- name: u\n  user:\n    token: t\n"
                          "contexts:\n- name: x\n  context:\n    cluster: c\n    user: u\n" +
                              last);
    m_setKubeconfig = true;
    m_kubeconfigValue = path;
    const test::KubectlResult theirs = kubectl({QStringLiteral("config"), QStringLiteral("current-context")});
    QVERIFY2(theirs.exitCode == 0, qPrintable(QStringLiteral("kubectl: ") + theirs.err));

    const KubeconfigDocument ours = KubeconfigDocument::load(path);
    QVERIFY2(ours.status() == KubeconfigDocument::Status::Ok, qPrintable(ours.error()));
    QCOMPARE(ours.currentContext(), QStringLiteral("x"));
    QCOMPARE(ours.contexts().size(), std::size_t(1));
}

namespace {

// One context per line, "name=cluster/user/namespace", sorted, then "current=NAME"; or "broken".
QString meaningOf(const std::vector<std::array<QString, 4>> &contexts, const QString &current)
{
    QStringList lines;
    for (const auto &c : contexts)
        lines << test::visible(c[0]) + QLatin1Char('=') + test::visible(c[1]) + QLatin1Char('/') +
                     test::visible(c[2]) + QLatin1Char('/') + test::visible(c[3]);
    lines.sort();
    lines << QStringLiteral("current=") + test::visible(current);
    return lines.join(QLatin1Char('\n'));
}

QString meaningOf(const KubeconfigDocument &doc)
{
    if (doc.status() == KubeconfigDocument::Status::Error)
        return QStringLiteral("broken");
    std::vector<std::array<QString, 4>> contexts;
    for (const ContextEntry &c : doc.contexts())
        contexts.push_back({c.name, c.cluster, c.user, c.ns});
    return meaningOf(contexts, doc.currentContext());
}

// "a=c/u/; b=c/u/ns | x": the expectation in a row, one line per context.
QString expectation(const char *text)
{
    if (qstrcmp(text, "broken") == 0)
        return QString::fromLatin1(text);
    const QString spec = QString::fromUtf8(text);
    const QString current = spec.section(QLatin1Char('|'), 1).trimmed();
    std::vector<std::array<QString, 4>> contexts;
    for (const QString &part :
         spec.section(QLatin1Char('|'), 0, 0).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        const QString target = entry.section(QLatin1Char('='), 1);
        contexts.push_back({entry.section(QLatin1Char('='), 0, 0), target.section(QLatin1Char('/'), 0, 0),
                            target.section(QLatin1Char('/'), 1, 1), target.section(QLatin1Char('/'), 2, 2)});
    }
    return meaningOf(contexts, current);
}

} // namespace

void TestKubectlParity::meaning_data()
{
    QTest::addColumn<QByteArray>("text");  ///< a whole kubeconfig
    QTest::addColumn<QString>("expected"); ///< what kubectl 1.32 makes of it (checked when it is here)

    // A cluster and a user to point at; each row adds what it is about.
    const QByteArray h = "clusters:\n- name: c\n  cluster:\n    server: https://c:6443\n"
                         "users:\n- name: u\n  user:\n    token: t\n";
    const auto row = [](const char *name, const QByteArray &text, const char *expected) {
        QTest::newRow(name) << text << expectation(expected);
    };
    const QByteArray base =
        h + "contexts:\n- name: base\n  context: &b {cluster: c, user: u, namespace: one}\n";

    // Merge keys: go-yaml fills a mapping pair by pair, a merge setting every key it brings.
    row("merge key: a whole entry",
        h + "contexts:\n- &e\n  name: base\n  context: {cluster: c, user: u}\n"
            "- <<: *e\n  name: merged\ncurrent-context: merged\n",
        "base=c/u/; merged=c/u/ | merged");
    row("merge key after an explicit key overrides it",
        base + "- name: m\n  context:\n    namespace: mine\n    <<: *b\n", "base=c/u/one; m=c/u/one |");
    row("explicit key after a merge key overrides it",
        base + "- name: m\n  context:\n    <<: *b\n    namespace: mine\n", "base=c/u/one; m=c/u/mine |");
    row("merge of a list: the earlier mapping wins",
        base + "- name: d\n  context: &d {namespace: two}\n- name: m\n  context:\n    <<: [*b, *d]\n",
        "base=c/u/one; d=//two; m=c/u/one |");
    row("merge of an inline mapping", h + "contexts:\n- name: m\n  context:\n    <<: {cluster: c, user: u}\n",
        "m=c/u/ |");
    row("two merge keys: the later wins",
        base + "- name: d\n  context: &d {namespace: two}\n- name: m\n  context:\n    <<: *b\n    <<: *d\n",
        "base=c/u/one; d=//two; m=c/u/two |");
    row("merge key at the top level", "<<: {current-context: merged}\n" + h, "| merged");
    row("merge key naming a text", h + "contexts:\n- name: m\n  context:\n    <<: x\n", "broken");
    row("merge key naming a list of texts", h + "contexts:\n- name: m\n  context:\n    <<: [x]\n", "broken");
    row("merge key naming nothing", h + "contexts:\n- name: m\n  context:\n    <<:\n", "broken");
    row("a quoted << is an ordinary key",
        h + "contexts:\n- name: m\n  context:\n    \"<<\": {cluster: c}\n    user: u\n", "m=/u/ |");

    // A key given twice: the last value.
    row("current-context twice",
        h + "current-context: a\ncontexts:\n- {name: a, context: {cluster: c, user: u}}\n"
            "- {name: b, context: {cluster: c, user: u}}\ncurrent-context: b\n",
        "a=c/u/; b=c/u/ | b");
    row("the contexts section twice",
        h + "contexts:\n- {name: a, context: {cluster: c, user: u}}\ncontexts:\n- {name: b, context: "
            "{cluster: c, "
            "user: u}}\n",
        "b=c/u/ |");
    row("a field twice", h + "contexts:\n- {name: a, context: {cluster: c, user: u, cluster: d}}\n",
        "a=d/u/ |");
    // A name twice in one list: client-go refuses the whole file.
    row("two contexts with one name",
        h + "contexts:\n- {name: prod, context: {cluster: c}}\n- {name: prod, context: {cluster: c}}\n",
        "broken");
    row("a null item is an entry without a name", h + "contexts:\n- null\n", "=// |");

    // Escapes and line breaks as go-yaml reads them.
    row("escapes \\N \\_ \\L \\P",
        h + "contexts:\n- {name: \"a\\Nb\", context: {cluster: c}}\n- {name: \"a\\_b\", context: {cluster: "
            "c}}\n"
            "- {name: \"a\\Lb\", context: {cluster: c}}\n- {name: \"a\\Pb\", context: {cluster: c}}\n"
            "current-context: \"a\\Nb\"\n",
        "a\u0085b=c//; a\u00a0b=c//; a\u2028b=c//; a\u2029b=c// | a\u0085b");
    row("the escape \\/ (YAML 1.2 only)", h + "current-context: \"a\\/b\"\n", "broken");
    row("a raw NEL inside an unquoted name",
        h + "contexts:\n- name: a\xC2\x85"
            "b\n  context: {cluster: c}\n",
        "broken");
    row("a raw NEL inside a quoted name folds to a space",
        h + "contexts:\n- name: \"a\xC2\x85"
            "b\"\n  context: {cluster: c}\n",
        "a b=c// |");
    row("a raw U+2028 inside an unquoted name",
        h + "contexts:\n- name: a\xE2\x80\xA8"
            "b\n  context: {cluster: c}\n",
        "broken");
    row("a raw U+2028 inside a quoted name stays",
        h + "contexts:\n- name: \"a\xE2\x80\xA8"
            "b\"\n  context: {cluster: c}\n",
        "a\u2028b=c// |");
    row("blanks around a raw U+2028 inside a quoted name are dropped",
        h + "contexts:\n- name: \"a \xE2\x80\xA8\t"
            "b\"\n  context: {cluster: c}\n",
        "a\u2028b=c// |");
    row("but not around an escaped one", h + "contexts:\n- name: \"a \\L b\"\n  context: {cluster: c}\n",
        "a \u2028 b=c// |");
    row("tabs inside values",
        h + "contexts:\n- name: a\tb\n  context: {cluster: c}\n- name: \"q\tr\"\n"
            "  context: {cluster: c}\ncurrent-context: a\tb\n",
        "a\tb=c//; q\tr=c// | a\tb");
    row("tabs around values",
        h + "contexts:\n- name:\ttb\t\n  context: {cluster: c}\ncurrent-context:\ttb\t\n", "tb=c// | tb");
    row("block scalars as names",
        h + "contexts:\n- name: |\n    blk\n  context: {cluster: c}\n- name: >-\n    fold\n  context: "
            "{cluster: c}\n"
            "current-context: |-\n  fold\n",
        "blk\n=c//; fold=c// | fold");

    // What kind of file it is.
    row("kind Pod", "apiVersion: v1\nkind: Pod\n" + h, "broken");
    row("apiVersion v2", "apiVersion: v2\nkind: Config\n" + h, "broken");
    row("kind and apiVersion left out", h + "current-context: x\n", "| x");
    row("kind and apiVersion empty", "apiVersion: \"\"\nkind: \"\"\n" + h, "|");
    row("apiVersion a number", "apiVersion: 1\n" + h, "broken");
    row("kind a list", "kind: [Config]\n" + h, "broken");
    row("%YAML 1.2", "%YAML 1.2\n---\n" + h, "broken");
    row("%YAML 1.1", "%YAML 1.1\n---\n" + h + "current-context: x\n", "| x");
    row("a second document is not read", h + "current-context: x\n---\ncurrent-context: y\n", "| x");

    // YAML 1.1 reads these unquoted words as booleans, numbers or nothing.
    for (const char *word : {"yes", "Yes",   "NO",  "on",  "off",  "y",     "n",  "true", "0x10",  "010",
                             "08",  "1_000", "1e3", "+12", "0o17", "0b101", ".5", ".inf", "-.Inf", ".nan"}) {
        QTest::newRow(qPrintable(QStringLiteral("name: %1").arg(QLatin1String(word))))
            << QByteArray(h + "contexts:\n- name: " + word + "\n  context: {cluster: c}\n")
            << QStringLiteral("broken");
    }
    for (const char *word :
         {"2026-01-01", "1:20", "0x", "._5", "1e400", "0xFFFFFFFFFFFFFFFFFFFF", "yess", "-x"}) {
        QTest::newRow(qPrintable(QStringLiteral("name: %1 (a string)").arg(QLatin1String(word))))
            << QByteArray(h + "contexts:\n- name: " + word + "\n  context: {cluster: c}\n")
            << expectation(qPrintable(QStringLiteral("%1=c// |").arg(QLatin1String(word))));
    }
    row("name: null", h + "contexts:\n- name: null\n  context: {cluster: c}\n", "=c// |");
    row("name: \"yes\"", h + "contexts:\n- name: \"yes\"\n  context: {cluster: c}\n", "yes=c// |");
    row("name: !!str 010", h + "contexts:\n- name: !!str 010\n  context: {cluster: c}\n", "010=c// |");
    row("namespace: 010", h + "contexts:\n- name: a\n  context: {cluster: c, namespace: 010}\n", "broken");
    row("insecure-skip-tls-verify: \"true\"",
        "clusters:\n- name: c\n  cluster: {server: https://c, insecure-skip-tls-verify: \"true\"}\n",
        "broken");
    row("insecure-skip-tls-verify: yes",
        "clusters:\n- name: c\n  cluster: {server: https://c, insecure-skip-tls-verify: "
        "yes}\ncurrent-context: x\n",
        "| x");
    row("exec args: a number",
        "users:\n- name: u\n  user:\n    exec: {command: x, apiVersion: client.authentication.k8s.io/v1, "
        "args: [1]}\n",
        "broken");
    row("auth-provider config: a number",
        "users:\n- name: u\n  user:\n    auth-provider: {name: oidc, config: {a: 1}}\n", "broken");
    row(".inf inside an extension", h + "extensions:\n- name: e\n  extension: {v: .inf}\n", "broken");
    row("a number inside an extension",
        h + "extensions:\n- name: e\n  extension: {v: 5}\ncurrent-context: x\n", "| x");
    row("a list as a key", h + "? [a]\n: b\n", "broken");
    row("Name is not name", h + "contexts:\n- Name: up\n  context: {cluster: c}\n", "=c// |");

    // *-data fields are decoded as the file loads.
    row("certificate data not base64", "users:\n- name: u\n  user:\n    client-certificate-data: \"@@@\"\n",
        "broken");
    row("certificate data without padding", "users:\n- name: u\n  user:\n    client-certificate-data: QUJ\n",
        "broken");
    row("certificate data fine",
        "users:\n- name: u\n  user:\n    client-certificate-data: QUJD\ncurrent-context: x\n", "| x");
}

void TestKubectlParity::meaning()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);

    const QString path = m_folder + QStringLiteral("/config");
    test::writeFile(path, text);
    QCOMPARE(meaningOf(KubeconfigDocument::load(path)), expected);

    if (m_kubectl.isEmpty())
        return; // the expectation stands for kubectl
    m_setKubeconfig = true;
    m_kubeconfigValue = path;
    const test::KubectlResult view = kubectl(
        {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("-o"), QStringLiteral("json")});
    QString theirs = QStringLiteral("broken");
    if (view.exitCode == 0) {
        const QJsonObject config = QJsonDocument::fromJson(view.out.toUtf8()).object();
        std::vector<std::array<QString, 4>> contexts;
        for (const QJsonValue &value : config.value(QStringLiteral("contexts")).toArray()) {
            const QJsonObject c = value.toObject();
            const QJsonObject context = c.value(QStringLiteral("context")).toObject();
            contexts.push_back({c.value(QStringLiteral("name")).toString(),
                                context.value(QStringLiteral("cluster")).toString(),
                                context.value(QStringLiteral("user")).toString(),
                                context.value(QStringLiteral("namespace")).toString()});
        }
        theirs = meaningOf(contexts, config.value(QStringLiteral("current-context")).toString());
    }
    QVERIFY2(theirs == expected,
             qPrintable(QStringLiteral("kubectl reads it otherwise: %1\n%2").arg(theirs, view.err)));
}

QTEST_GUILESS_MAIN(TestKubectlParity)
#include "tst_kubectlparity.moc"
