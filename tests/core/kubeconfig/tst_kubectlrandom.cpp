#include "kubeconfig/kubeconfigset.h"
#include "kubeconfigbuilder.h"
#include "kubectloracle.h"
#include "testenvironment.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;

// Random kubeconfig sets, read by Kubeminder (with its YAML tree, and as `check` reads them,
// without one where it can: PlainKubeconfigReader) and by the real kubectl, must mean the same: the same
// contexts (cluster, user, namespace), clusters (server) and users, the same current context, and
// a broken file exactly where kubectl refuses one. kubectl stops at the first file it refuses, so
// then the first broken file must be that one.
//
// The generator writes the text itself, to reach what a YAML library's emitter never writes: flow
// and block styles side by side, JSON files, quoting of every kind, YAML 1.1 words, escapes,
// anchors and merge keys, repeated keys and sections, CRLF, byte-order marks, directives, extra
// documents, wrong kinds and types, base64 that is not.
//
// Seeded and bounded: KUBEMINDER_PARITY_SEED and KUBEMINDER_PARITY_CASES choose another run (a
// failure prints its seed and files).

namespace {

constexpr int DefaultCases = 120;

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}

    QList<QByteArray> set()
    {
        QList<QByteArray> files;
        const int count = 1 + int(m_random.bounded(4));
        for (int i = 0; i < count; ++i)
            files << (chance(12) ? json() : yaml());
        return files;
    }

private:
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    template<typename T>
    const T &pick(const QList<T> &from)
    {
        return from.at(qsizetype(m_random.bounded(quint32(from.size()))));
    }

    // A name as it stands in YAML: plain, quoted, escaped, or a word YAML 1.1 types.
    QByteArray name(bool flow)
    {
        static const QList<QByteArray> common{"a", "b", "prod", "dev", "x-1", "ctx.one", "\"prod\"", "'dev'"};
        static const QList<QByteArray> unusual{"\xC3\xA9t\xC3\xA9",
                                               "a b",
                                               "yes",
                                               "on",
                                               "010",
                                               "0x1F",
                                               "1e3",
                                               "~",
                                               "null",
                                               "y",
                                               "2026-01-01",
                                               "\"yes\"",
                                               "'on'",
                                               "\"a\\tb\"",
                                               "\"a\\Nb\"",
                                               "\"a\\_b\"",
                                               "\"\\u00e9t\\u00e9\"",
                                               "\"a\\/b\"",
                                               "'it''s'",
                                               "\"\"",
                                               "!!str 010",
                                               "\"a\\x41\"",
                                               "a\tb",
                                               ".inf",
                                               "08",
                                               "+1",
                                               "\"x \xE2\x80\xA8 y\"",
                                               "'x\xC2\x85"
                                               " y'"};
        static const QList<QByteArray> blockOnly{"1:20", "a#b", "|\n      blk", ">-\n      fold"};
        if (chance(94))
            return pick(common);
        if (!flow && chance(15))
            return pick(blockOnly);
        return pick(unusual);
    }

    QByteArray server() { return "https://s" + QByteArray::number(m_random.bounded(4)) + ".example:6443"; }

    QByteArray clusterBody(bool flow)
    {
        QList<QByteArray> fields{"server: " + server()};
        if (chance(8))
            fields << "insecure-skip-tls-verify: " +
                          pick(QList<QByteArray>{"true", "yes", "\"true\"", "off", "1"});
        if (chance(8))
            fields << "certificate-authority-data: " +
                          pick(QList<QByteArray>{"QUJD", "QUJ", "\"@@@\"", "\"\""});
        if (chance(3))
            fields << "extensions: [{name: e, extension: {v: " +
                          pick(QList<QByteArray>{".inf", "5", "\"x\""}) + "}}]";
        return body(fields, flow, 4);
    }

    QByteArray userBody(bool flow)
    {
        // A long token: the loader's fast path lifts such values out of the text before parsing.
        const QByteArray token = chance(20) ? QByteArray(120, 'T') : QByteArray("t");
        QList<QByteArray> fields{"token: " + token + QByteArray::number(m_random.bounded(9))};
        if (chance(5))
            fields << "client-key-data: " + pick(QList<QByteArray>{"QUJD", "\"QUJD RA==\""});
        if (chance(4))
            fields << "exec: {command: x, apiVersion: client.authentication.k8s.io/v1, args: [" +
                          pick(QList<QByteArray>{"a", "1", "\"1\"", "yes"}) + "]}";
        return body(fields, flow, 4);
    }

    QByteArray contextBody(bool flow)
    {
        QList<QByteArray> fields{"cluster: " + name(flow), "user: " + name(flow)};
        if (chance(30))
            fields << "namespace: " + name(flow);
        if (chance(5))
            fields << "cluster: " + name(flow); // a field twice: the last counts
        return body(fields, flow, 4);
    }

    static QByteArray body(const QList<QByteArray> &fields, bool flow, int indent)
    {
        if (flow)
            return "{" + fields.join(", ") + "}";
        QByteArray text;
        for (const QByteArray &field : fields)
            text += "\n" + QByteArray(indent, ' ') + field;
        return text;
    }

    QByteArray list(const char *key, const char *bodyKey, int count,
                    const std::function<QByteArray(bool)> &makeBody)
    {
        if (count == 0)
            return chance(30) ? QByteArray(key) + ": []\n" : QByteArray();
        QByteArray text = QByteArray(key) + ":\n";
        QList<QByteArray> used;
        for (int i = 0; i < count; ++i) {
            const bool flow = chance(30);
            // A name twice in one list breaks the file (kubectl refuses it); now and then only.
            QByteArray entryName = name(flow);
            for (int tries = 0; tries < 5 && used.contains(entryName) && chance(90); ++tries)
                entryName = name(flow);
            used << entryName;
            if (flow)
                text += "- {name: " + entryName + ", " + bodyKey + ": " + makeBody(true) + "}\n";
            else
                text += "- name: " + entryName + "\n  " + bodyKey + ":" + makeBody(false) + "\n";
        }
        return text;
    }

    QByteArray contexts()
    {
        const int count = int(m_random.bounded(4));
        if (count < 2 || !chance(15))
            return list("contexts", "context", count, [this](bool flow) { return contextBody(flow); });
        // Anchors and merge keys: a later context takes an earlier one's settings.
        QByteArray text =
            "contexts:\n- name: " + name(false) + "\n  context: &shared" + contextBody(false) + "\n";
        for (int i = 1; i < count; ++i) {
            text += "- name: " + name(false) + "\n  context:\n";
            if (chance(50))
                text += "    namespace: " + name(false) + "\n    <<: *shared\n";
            else
                text += "    <<: *shared\n    user: " + name(false) + "\n";
        }
        return text;
    }

    QByteArray yaml()
    {
        QByteArray text;
        if (chance(4))
            text += "%YAML " + pick(QList<QByteArray>{"1.1", "1.2"}) + "\n---\n";
        else if (chance(10))
            text += "---\n";
        if (chance(20))
            text += "# a kubeconfig\n";
        if (chance(70))
            text += "apiVersion: " + QByteArray(chance(3) ? "v2" : chance(10) ? "\"v1\"" : "v1") + "\n";
        if (chance(70))
            text += "kind: " + QByteArray(chance(3) ? "Pod" : "Config") + "\n";
        QList<QByteArray> sections{
            list("clusters", "cluster", int(m_random.bounded(3)),
                 [this](bool flow) { return clusterBody(flow); }),
            list("users", "user", int(m_random.bounded(3)), [this](bool flow) { return userBody(flow); }),
            contexts()};
        if (chance(50))
            sections << "current-context: " + name(false) + "\n";
        if (chance(5))
            sections << "current-context: " + name(false) + "\n"; // twice: the last counts
        if (chance(4))
            sections << list("contexts", "context", 1, [this](bool flow) { return contextBody(flow); });
        // Sections in any order.
        for (qsizetype i = sections.size() - 1; i > 0; --i)
            sections.swapItemsAt(i, qsizetype(m_random.bounded(quint32(i + 1))));
        text += sections.join();
        if (chance(5))
            text += "---\ncurrent-context: other\n";
        if (chance(10))
            text.replace("\n", "\r\n");
        if (chance(5))
            text.prepend("\xEF\xBB\xBF");
        return text;
    }

    // JSON is YAML too, and kubectl's own output format.
    QByteArray json()
    {
        static const QList<QByteArray> names{"\"a\"",   "\"prod\"",    "\"dev\"",  "\"yes\"",
                                             "\"010\"", "\"\\u00e9\"", "\"a\\tb\""};
        QByteArray text = "{\"apiVersion\": \"v1\", \"kind\": \"Config\", \"clusters\": [";
        const int clusters = int(m_random.bounded(3));
        for (int i = 0; i < clusters; ++i)
            text += QByteArray(i ? ", " : "") + "{\"name\": " + pick(names) +
                    ", \"cluster\": {\"server\": \"" + server() + "\"}}";
        text += "], \"contexts\": [";
        const int contexts = int(m_random.bounded(3));
        for (int i = 0; i < contexts; ++i)
            text += QByteArray(i ? ", " : "") + "{\"name\": " + pick(names) +
                    ", \"context\": {\"cluster\": " + pick(names) + ", \"user\": " + pick(names) + "}}";
        text += "]";
        if (chance(50))
            text += ", \"current-context\": " + pick(names);
        return text + "}\n";
    }

    QRandomGenerator m_random;
};

struct Meaning
{
    QString broken; ///< the first file refused, or empty
    QStringList lines;
};

} // namespace

class TestKubectlRandom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomSets();

private:
    Meaning theirs(const QStringList &paths) const;
    static Meaning ours(const QStringList &paths, KubeconfigDocument::Detail detail);

    QString m_kubectl;
    QTemporaryDir m_root;
};

void TestKubectlRandom::initTestCase()
{
    test::setUpTestEnvironment();
    m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not on PATH: the random differential test against kubectl does not run");
    QVERIFY(m_root.isValid());
}

Meaning TestKubectlRandom::theirs(const QStringList &paths) const
{
    const test::KubectlResult view = test::runKubectl(
        m_kubectl,
        {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("-o"), QStringLiteral("json")},
        m_root.path(), paths.join(QDir::listSeparator()));
    Meaning meaning;
    if (view.exitCode != 0) {
        // error loading config file "PATH": why
        const qsizetype start = view.err.indexOf(QLatin1Char('"'));
        const qsizetype end = view.err.indexOf(QLatin1Char('"'), start + 1);
        meaning.broken = start >= 0 && end > start ? view.err.mid(start + 1, end - start - 1) : view.err;
        meaning.lines << test::visible(view.err.trimmed());
        return meaning;
    }
    const QJsonObject config = QJsonDocument::fromJson(view.out.toUtf8()).object();
    for (const QJsonValue &value : config.value(QStringLiteral("contexts")).toArray()) {
        const QJsonObject c = value.toObject();
        const QJsonObject context = c.value(QStringLiteral("context")).toObject();
        meaning.lines << QStringLiteral("context %1 = %2 / %3 / %4")
                             .arg(test::visible(c.value(QStringLiteral("name")).toString()),
                                  test::visible(context.value(QStringLiteral("cluster")).toString()),
                                  test::visible(context.value(QStringLiteral("user")).toString()),
                                  test::visible(context.value(QStringLiteral("namespace")).toString()));
    }
    for (const QJsonValue &value : config.value(QStringLiteral("clusters")).toArray()) {
        const QJsonObject c = value.toObject();
        meaning.lines << QStringLiteral("cluster %1 = %2")
                             .arg(test::visible(c.value(QStringLiteral("name")).toString()),
                                  c.value(QStringLiteral("cluster"))
                                      .toObject()
                                      .value(QStringLiteral("server"))
                                      .toString());
    }
    for (const QJsonValue &value : config.value(QStringLiteral("users")).toArray())
        meaning.lines << QStringLiteral("user %1").arg(
            test::visible(value.toObject().value(QStringLiteral("name")).toString()));
    meaning.lines.sort();
    meaning.lines << QStringLiteral("current %1")
                         .arg(test::visible(config.value(QStringLiteral("current-context")).toString()));
    return meaning;
}

Meaning TestKubectlRandom::ours(const QStringList &paths, KubeconfigDocument::Detail detail)
{
    const KubeconfigSet set = KubeconfigSet::load(paths, detail);
    Meaning meaning;
    for (const KubeconfigDocument &doc : set.documents()) {
        if (doc.status() == KubeconfigDocument::Status::Error) {
            meaning.broken = doc.path();
            meaning.lines << test::visible(doc.error());
            return meaning;
        }
    }
    for (const ContextEntry &c : set.contexts())
        meaning.lines << QStringLiteral("context %1 = %2 / %3 / %4")
                             .arg(test::visible(c.name), test::visible(c.cluster), test::visible(c.user),
                                  test::visible(c.ns));
    for (const ClusterEntry &c : set.clusters())
        meaning.lines << QStringLiteral("cluster %1 = %2").arg(test::visible(c.name), c.server);
    for (const UserEntry &u : set.users())
        meaning.lines << QStringLiteral("user %1").arg(test::visible(u.name));
    meaning.lines.sort();
    meaning.lines << QStringLiteral("current %1").arg(test::visible(set.currentContext()));
    return meaning;
}

void TestKubectlRandom::randomSets()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("KUBEMINDER_PARITY_SEED").toUInt(&ok);
    const int cases = qEnvironmentVariableIsSet("KUBEMINDER_PARITY_CASES")
                          ? qEnvironmentVariableIntValue("KUBEMINDER_PARITY_CASES")
                          : DefaultCases;
    Generator generator(ok ? seed : 20261204);
    qInfo("seed %u, %d sets", ok ? seed : 20261204u, cases);

    int broken = 0;
    for (int n = 0; n < cases; ++n) {
        const QString folder = m_root.filePath(QStringLiteral("set%1").arg(n));
        QVERIFY(QDir().mkpath(folder));
        const QList<QByteArray> files = generator.set();
        QStringList paths;
        for (qsizetype i = 0; i < files.size(); ++i)
            paths << test::writeFile(folder + QStringLiteral("/f%1.yaml").arg(i), files.at(i));

        const Meaning kubectl = theirs(paths);
        const Meaning kubeminder = ours(paths, KubeconfigDocument::Detail::Tree);
        // And as `kubeminder check` reads them: without a tree where the layout allows.
        const Meaning quick = ours(paths, KubeconfigDocument::Detail::Entries);
        const bool same = kubectl.broken == kubeminder.broken &&
                          (!kubectl.broken.isEmpty() || kubectl.lines == kubeminder.lines) &&
                          quick.broken == kubeminder.broken && quick.lines == kubeminder.lines;
        if (!same) {
            QString report = QStringLiteral("set %1 reads differently\n").arg(n);
            for (qsizetype i = 0; i < files.size(); ++i)
                report +=
                    QStringLiteral("--- %1\n%2\n")
                        .arg(paths.at(i), test::visible(QString::fromUtf8(files.at(i)))
                                              .replace(QStringLiteral("\\u000a"), QStringLiteral("\n")));
            report +=
                QStringLiteral("--- kubectl%1\n%2\n")
                    .arg(kubectl.broken.isEmpty() ? QString() : QStringLiteral(" refuses ") + kubectl.broken,
                         kubectl.lines.join(QLatin1Char('\n')));
            report +=
                QStringLiteral("--- kubeminder without a tree%1\n%2\n")
                    .arg(quick.broken.isEmpty() ? QString() : QStringLiteral(" refuses ") + quick.broken,
                         quick.lines.join(QLatin1Char('\n')));
            report += QStringLiteral("--- kubeminder%1\n%2\n")
                          .arg(kubeminder.broken.isEmpty() ? QString()
                                                           : QStringLiteral(" refuses ") + kubeminder.broken,
                               kubeminder.lines.join(QLatin1Char('\n')));
            QFAIL(qPrintable(report));
        }
        broken += kubectl.broken.isEmpty() ? 0 : 1;
    }
    // A generator that made only broken sets, or none, would test little.
    qInfo("%d of %d sets were refused by both", broken, cases);
    QVERIFY(broken > cases / 10 && broken < cases * 9 / 10);
}

QTEST_GUILESS_MAIN(TestKubectlRandom)
#include "tst_kubectlrandom.moc"
