#include "kubeconfig/yamlloader.h"
#include "testenvironment.h"

#include <QFile>
#include <QTest>

#include <string>

using namespace kubeminder;

// YamlLoader::load() takes a shortcut (lifting long base64 values out of the text before yaml-cpp
// sees it). Its whole contract is "the same tree as YAML::Load()", so every row compares it with
// loadPlain(): structure, scalars, tags and source positions.

namespace {

QByteArray dataFile(const QString &name)
{
    QFile file(QStringLiteral(KUBEMINDER_TEST_DATA_DIR "/kubeconfig/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A base64-looking value long enough for the fast path (which leaves short values alone).
QByteArray blob(char seed = 'A', int length = 120)
{
    static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    QByteArray result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result.append(alphabet.at((seed + i * 7) % alphabet.size()));
    return result + "==";
}

QByteArray jwtLike()
{
    return "eyJhbGciOiJSUzI1NiIsImtpZCI6InRlc3QifQ." +
           blob('j', 150).replace('+', '-').replace('/', '_').chopped(2) +
           ".c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU";
}

QString where(const YAML::Node &node)
{
    return QStringLiteral("line %1, column %2").arg(node.Mark().line + 1).arg(node.Mark().column + 1);
}

// The first difference between two trees, described for a failure message; empty when equal.
QString difference(const YAML::Node &a, const YAML::Node &b, const QString &path = QStringLiteral("<root>"))
{
    if (a.Type() != b.Type())
        return QStringLiteral("%1: node type %2 vs %3").arg(path).arg(int(a.Type())).arg(int(b.Type()));
    if (a.Tag() != b.Tag()) {
        return QStringLiteral("%1: tag %2 vs %3")
            .arg(path, QString::fromStdString(a.Tag()), QString::fromStdString(b.Tag()));
    }
    if (a.Mark().line != b.Mark().line || a.Mark().column != b.Mark().column)
        return QStringLiteral("%1: position %2 vs %3").arg(path, where(a), where(b));
    if (a.IsScalar()) {
        if (a.Scalar() == b.Scalar())
            return {};
        return QStringLiteral("%1: scalar \"%2\" vs \"%3\"")
            .arg(path, QString::fromStdString(a.Scalar()), QString::fromStdString(b.Scalar()));
    }
    if (a.size() != b.size())
        return QStringLiteral("%1: size %2 vs %3").arg(path).arg(a.size()).arg(b.size());
    if (a.IsSequence()) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (QString d = difference(a[i], b[i], path + QStringLiteral("[%1]").arg(i)); !d.isEmpty())
                return d;
        }
    } else if (a.IsMap()) {
        // Compare pair by pair in document order: duplicate keys and key order must match too.
        auto itA = a.begin();
        auto itB = b.begin();
        for (int i = 0; itA != a.end(); ++itA, ++itB, ++i) {
            const QString key = itA->first.IsScalar() ? QString::fromStdString(itA->first.Scalar())
                                                      : QStringLiteral("#%1").arg(i);
            if (QString d = difference(itA->first, itB->first, path + QStringLiteral(" key ") + key);
                !d.isEmpty())
                return d;
            if (QString d = difference(itA->second, itB->second, path + QLatin1Char('.') + key); !d.isEmpty())
                return d;
        }
    }
    return {};
}

QByteArray emitted(const YAML::Node &node)
{
    YAML::Emitter out;
    out << node;
    return QByteArray(out.c_str());
}

QByteArray withCrlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

QByteArray withTrailingSpaces(const QByteArray &text)
{
    QByteArray result;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        result += lines.at(i);
        if (i + 1 < lines.size())
            result += "   \n";
    }
    return result;
}

QByteArray withoutFinalNewline(QByteArray text)
{
    while (text.endsWith('\n'))
        text.chop(1);
    return text;
}

QByteArray withDeeperIndentation(const QByteArray &text)
{
    // Every line moves right together under a new key: same values, other columns.
    QByteArray result = "wrapper:\n";
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        result += "    " + line + '\n';
    }
    return result;
}

} // namespace

class TestYamlLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameTreeAsPlainParse_data();
    void sameTreeAsPlainParse();
    void dataFileVariants_data();
    void dataFileVariants();
    void invalidYamlThrowsLikePlainParse_data();
    void invalidYamlThrowsLikePlainParse();
    void liftedValuesComeBackByteForByte();
    void unclosedQuotesAreRefused_data();
    void unclosedQuotesAreRefused();
};

void TestYamlLoader::initTestCase()
{
    test::setUpTestEnvironment();
}

void TestYamlLoader::sameTreeAsPlainParse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("lifted"); ///< what lastLiftedCount() must report after load()

    const QByteArray b1 = blob('A');
    const QByteArray b2 = blob('x');
    const QByteArray b3 = blob('7');

    QTest::newRow("plain kubeconfig with certificate data")
        << QByteArray("apiVersion: v1\nkind: Config\nclusters:\n- name: dev\n  cluster:\n    server: "
                      "https://dev:6443\n"
                      "    certificate-authority-data: " +
                      b1 + "\nusers:\n- name: dev\n  user:\n    client-certificate-data: " + b2 +
                      "\n    client-key-data: " + b3 + "\n")
        << 3;
    QTest::newRow("only short values")
        << QByteArray("apiVersion: v1\nkind: Config\ncurrent-context: dev\n") << 0;
    QTest::newRow("value directly in a sequence item")
        << QByteArray("users:\n- token: " + b1 + "\n- token: " + b2 + "\n") << 2;
    QTest::newRow("sequence item with extra spaces after the dash")
        << QByteArray("users:\n-   token: " + b1 + "\n    name: x\n") << 1;
    QTest::newRow("bare blob as a sequence item is left alone") << QByteArray("items:\n- " + b1 + "\n") << 0;
    QTest::newRow("nested sequence item is left alone") << QByteArray("items:\n- - token: " + b1 + "\n") << 0;
    QTest::newRow("crlf line endings") << QByteArray("a: " + b1 + "\r\nb: " + b2 + "\r\nc: short\r\n") << 2;
    QTest::newRow("trailing spaces after the value") << QByteArray("a: " + b1 + "   \nb: " + b2 + " \n") << 2;
    QTest::newRow("trailing spaces and crlf") << QByteArray("a: " + b1 + "  \r\nb: x\r\n") << 1;
    QTest::newRow("trailing tab after the value") << QByteArray("a: " + b1 + "\t\nb: x\n") << 0;
    QTest::newRow("plain scalar continued on a deeper line")
        << QByteArray("a:\n  b: " + b1 + "\n    continued\nc: " + b2 + "\n") << 1;
    QTest::newRow("plain scalar continued after a blank line")
        << QByteArray("a:\n  b: " + b1 + "\n\n    continued\n") << 0;
    QTest::newRow("plain scalar continued with a blob")
        << QByteArray("a:\n  b: " + b1 + "\n   " + b2 + "\n") << 0;
    QTest::newRow("sequence item continued on a deeper line")
        << QByteArray("- token: " + b1 + "\n    continued\n") << 0;
    QTest::newRow("next line at the key's own column is a new key")
        << QByteArray("- token: " + b1 + "\n  name: dev\n") << 1;
    QTest::newRow("blobs inside a literal block scalar")
        << QByteArray("script: |\n  token: " + b1 + "\n  key: " + b2 + "\nafter: " + b3 + "\n") << 0;
    QTest::newRow("blob inside a stripped literal block scalar")
        << QByteArray("script: |-\n    token: " + b1 + "\n") << 0;
    QTest::newRow("blob inside a folded block scalar")
        << QByteArray("text: >\n  token: " + b1 + "\nb: x\n") << 0;
    QTest::newRow("blob inside a one-line flow mapping")
        << QByteArray("cluster: {server: x, data: " + b1 + "}\n") << 0;
    QTest::newRow("blob inside a multi-line flow mapping")
        << QByteArray("cluster: {\n  server: x,\n  data: " + b1 + "\n}\n") << 1;
    QTest::newRow("blob inside a multi-line flow sequence")
        << QByteArray("items: [\n  data: " + b1 + "\n  ]\n") << 1;
    QTest::newRow("flow scalar continued at a shallower line")
        << QByteArray("cluster: {\n  data: " + b1 + "\ncontinued\n}\n") << 0;
    QTest::newRow("anchors and aliases")
        << QByteArray("base: &ca\n  data: " + b1 +
                      "\nclusters:\n- cluster: *ca\n- cluster:\n    data: " + b2 + "\n")
        << 0;
    QTest::newRow("merge key") << QByteArray("base: &b {data: x}\nuser:\n  <<: *b\n  token: " + b1 + "\n")
                               << 0;
    QTest::newRow("placeholder text as a value") << QByteArray("a: ~~0\nb: " + b1 + "\nc: " + b2 + "\n") << 0;
    QTest::newRow("placeholder text inside a longer value")
        << QByteArray("a: before~~12after\nb: " + b1 + "\n") << 0;
    QTest::newRow("placeholder text as a key") << QByteArray("~~0: " + b1 + "\n") << 0;
    QTest::newRow("placeholder text in a comment") << QByteArray("# ~~0\nb: " + b1 + "\n") << 0;
    QTest::newRow("comment after the value") << QByteArray("a: " + b1 + " # the CA\nb: " + b2 + "\n") << 1;
    QTest::newRow("comment lines around blobs")
        << QByteArray("# head\na: " + b1 + "\n  # indented comment\nb: " + b2 + "\n# tail\n") << 1;
    QTest::newRow("last line without newline") << QByteArray("a: x\nb: " + b1) << 1;
    QTest::newRow("last line without newline after crlf lines") << QByteArray("a: x\r\nb: " + b1) << 1;
    QTest::newRow("double-quoted value") << QByteArray("a: \"" + b1 + "\"\nb: " + b2 + "\n") << 1;
    QTest::newRow("single-quoted value") << QByteArray("a: '" + b1 + "'\n") << 0;
    QTest::newRow("blob line inside a multi-line double-quoted value")
        << QByteArray("a: \"start\n  token: " + b1 + "\n  end\"\n") << 0;
    QTest::newRow("blob line inside a multi-line single-quoted value")
        << QByteArray("a: 'start\n  token: " + b1 + "\n  '\n") << 0;
    QTest::newRow("explicit tag on the value")
        << QByteArray("a: !!str " + b1 + "\nb: !!binary " + b2 + "\n") << 0;
    QTest::newRow("url-safe base64 and a jwt")
        << QByteArray("token: " + jwtLike() +
                      "\nother: " + QByteArray(b1).replace('+', '-').replace('/', '_') + "\n")
        << 2;
    QTest::newRow("value starting with a dash") << QByteArray("a: -" + b1 + "\n") << 1;
    QTest::newRow("value that is all digits") << QByteArray("a: " + QByteArray(130, '7') + "\n") << 1;
    QTest::newRow("quoted key") << QByteArray("\"a\": " + b1 + "\n") << 0;
    QTest::newRow("tab before the value") << QByteArray("a:\t" + b1 + "\n") << 0;
    QTest::newRow("several spaces before the value") << QByteArray("a:     " + b1 + "\n") << 1;
    QTest::newRow("duplicate keys") << QByteArray("a: " + b1 + "\na: " + b2 + "\n") << 2;
    QTest::newRow("document start marker") << QByteArray("---\na: " + b1 + "\n...\n") << 1;
    QTest::newRow("second document is not part of the tree")
        << QByteArray("a: " + b1 + "\n---\nb: " + b2 + "\n") << 0;
    QTest::newRow("utf-8 byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                         "a: " +
                                                         b1 + "\nb: " + b2 + "\n")
                                           << 1;
    QTest::newRow("non-ascii keys and values")
        << QByteArray("이름: 값\na: " + b1 + "\nnote: \xC3\xA9t\xC3\xA9\n") << 1;

    QByteArray many = "users:\n";
    for (int i = 0; i < 13; ++i)
        many += "- name: u" + QByteArray::number(i) + "\n  token: " + blob(char('A' + i)) + "\n";
    QTest::newRow("more than ten lifted values (placeholder 1 vs 10)") << many << 13;

    QByteArray deep;
    for (int depth = 0; depth < 40; ++depth)
        deep += QByteArray(depth * 2, ' ') + "level" + QByteArray::number(depth) + ":\n";
    deep += QByteArray(80, ' ') + "token: " + b1 + "\n";
    QTest::newRow("deeply nested value") << deep << 1;
}

void TestYamlLoader::sameTreeAsPlainParse()
{
    QFETCH(QByteArray, text);
    QFETCH(int, lifted);

    const YAML::Node plain = YamlLoader::loadPlain(text);
    const YAML::Node fast = YamlLoader::load(text);
    const QString diff = difference(fast, plain);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(emitted(fast), emitted(plain));
    QCOMPARE(YamlLoader::lastLiftedCount(), lifted);
}

void TestYamlLoader::dataFileVariants_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("expectLifted");

    struct File
    {
        const char *name;
        bool hasLongValues;
    };
    const File files[] = {{"k3s.yaml", true}, {"fields.yaml", false}};
    for (const File &file : files) {
        const QByteArray text = dataFile(QLatin1String(file.name));
        const QByteArray name(file.name);
        const auto row = [&](const char *variant) {
            return &QTest::newRow(QByteArray(name + ", " + variant).constData());
        };
        *row("as committed") << text << file.hasLongValues;
        *row("crlf") << withCrlf(text) << file.hasLongValues;
        *row("trailing spaces") << withTrailingSpaces(text) << file.hasLongValues;
        *row("trailing spaces and crlf") << withCrlf(withTrailingSpaces(text)) << file.hasLongValues;
        *row("no final newline") << withoutFinalNewline(text) << file.hasLongValues;
        *row("nested one level deeper") << withDeeperIndentation(text) << file.hasLongValues;
    }
}

void TestYamlLoader::dataFileVariants()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, expectLifted);

    const YAML::Node plain = YamlLoader::loadPlain(text);
    const YAML::Node fast = YamlLoader::load(text);
    const QString diff = difference(fast, plain);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(emitted(fast), emitted(plain));
    QCOMPARE(YamlLoader::lastLiftedCount() > 0, expectLifted);
}

void TestYamlLoader::invalidYamlThrowsLikePlainParse_data()
{
    QTest::addColumn<QByteArray>("text");

    const QByteArray b1 = blob('A');
    const QByteArray b2 = blob('q');
    QTest::newRow("unclosed flow sequence after lifted lines")
        << QByteArray("a: " + b1 + "\nb: " + b2 + "\nc: [x, y\n");
    QTest::newRow("unclosed flow mapping around a blob") << QByteArray("c: {\n  data: " + b1 + "\n");
    QTest::newRow("tab indentation after a blob") << QByteArray("a: " + b1 + "\nb:\n\tc: d\n");
    QTest::newRow("tab-indented continuation of a blob") << QByteArray("a:\n  b: " + b1 + "\n\tmore\n");
    QTest::newRow("sequence where a mapping continues") << QByteArray("a: " + b1 + "\n- item\n");
    QTest::newRow("stray flow end after a blob") << QByteArray("a: " + b1 + "\nb: [x]]\n");
    QTest::newRow("key with two values") << QByteArray("a: " + b1 + "\nb: c: d\n");
    QTest::newRow("crlf and an error on the last line") << QByteArray("a: " + b1 + "\r\nb: ]\r\n");
    QTest::newRow("bad indentation of a sibling key") << QByteArray("a:\n    b: " + b1 + "\n  c: x\n");
    QTest::newRow("undefined alias") << QByteArray("a: " + b1 + "\nb: *missing\n");
}

void TestYamlLoader::invalidYamlThrowsLikePlainParse()
{
    QFETCH(QByteArray, text);

    YAML::Mark plainMark;
    std::string plainMessage;
    try {
        YamlLoader::loadPlain(text);
        QFAIL("the plain parse accepted the row's text: the row is not invalid YAML");
    } catch (const YAML::Exception &e) {
        plainMark = e.mark;
        plainMessage = e.msg;
    }

    try {
        YamlLoader::load(text);
        QFAIL("load() accepted text that the plain parse rejects");
    } catch (const YAML::Exception &e) {
        QCOMPARE(QString::fromStdString(e.msg), QString::fromStdString(plainMessage));
        QCOMPARE(e.mark.line, plainMark.line);
        QCOMPARE(e.mark.column, plainMark.column);
    }
    QCOMPARE(YamlLoader::lastLiftedCount(), 0);
}

void TestYamlLoader::liftedValuesComeBackByteForByte()
{
    const QByteArray text = dataFile(QStringLiteral("k3s.yaml"));
    const YAML::Node root = YamlLoader::load(text);
    QCOMPARE(YamlLoader::lastLiftedCount(), 3);

    // Each value must be the exact text after "<key>: " on its line in the file.
    const auto lineValue = [&](const QByteArray &key) {
        const qsizetype start = text.indexOf(QByteArray(key + ": ")) + key.size() + 2;
        return text.mid(start, text.indexOf('\n', start) - start);
    };
    QCOMPARE(QByteArray::fromStdString(root["clusters"][0]["cluster"]["certificate-authority-data"].Scalar()),
             lineValue("certificate-authority-data"));
    QCOMPARE(QByteArray::fromStdString(root["users"][0]["user"]["client-certificate-data"].Scalar()),
             lineValue("client-certificate-data"));
    QCOMPARE(QByteArray::fromStdString(root["users"][0]["user"]["client-key-data"].Scalar()),
             lineValue("client-key-data"));
    QVERIFY(QByteArray::fromBase64(lineValue("client-certificate-data"))
                .startsWith("-----BEGIN CERTIFICATE-----"));
}

void TestYamlLoader::unclosedQuotesAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line"); ///< of the opening quote, counted from 0 as yaml-cpp does

    // yaml-cpp itself takes the rest of the file as the value (the kubectl oracle for these is in
    // tst_kubectlparity); both load paths refuse them, pointing at the opening quote.
    const QByteArray b1 = blob('A');
    QTest::newRow("double") << QByteArray("a: x\nb: \"y\n") << 1;
    QTest::newRow("single, swallowing lines") << QByteArray("a: 'x\nb: y\nc: z\n") << 0;
    QTest::newRow("after lifted blobs") << QByteArray("a: " + b1 + "\nb: \"y\n") << 1;
    QTest::newRow("in a sequence") << QByteArray("a:\n- x\n- \"y\n\n") << 2;
    QTest::newRow("a key") << QByteArray("a: x\n'b: y\n") << 1;
    QTest::newRow("anchored, so on the plain path") << QByteArray("a: &n x\nb: *n\nc: \"y\n") << 2;
}

void TestYamlLoader::unclosedQuotesAreRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);

    for (const auto load : {&YamlLoader::load, &YamlLoader::loadWithinLimits}) {
        try {
            load(text);
            QFAIL("an unclosed quote was accepted");
        } catch (const YAML::Exception &e) {
            QVERIFY2(e.msg.find("never closed") != std::string::npos, e.what());
            QCOMPARE(e.mark.line, line);
        }
    }
}

QTEST_GUILESS_MAIN(TestYamlLoader)
#include "tst_yamlloader.moc"
