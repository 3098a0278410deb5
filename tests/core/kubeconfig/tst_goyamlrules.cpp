#include "kubeconfig/goyamlrules.h"
#include "kubeconfig/yamlloader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace kubeminder;

// The rules on their own. What a whole file means is checked against kubectl itself in
// tst_kubectlparity; here each rule is pinned down, kubectl or not.
class TestGoYamlRules : public QObject
{
    Q_OBJECT

private slots:
    void resolvePlain_data();
    void resolvePlain();
    void plainReadsAsString_data();
    void plainReadsAsString();
    void nextLineIsALineBreak();
    void yamlDirective_data();
    void yamlDirective();
    void mergeLeavesTheMergedMappingAlone();
    void repeatedKeysKeepTheLastValueInTheFirstPlace();
    void escapesDecodeToCodePoints();
    void hugeMappingWithRepeatedKeys();
    void toJson();
};

using PlainType = GoYamlRules::PlainType;
Q_DECLARE_METATYPE(GoYamlRules::PlainType)

void TestGoYamlRules::resolvePlain_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<PlainType>("type");

    const auto row = [](const char *text, PlainType type) {
        QTest::newRow(*text ? text : "(empty)") << QByteArray(text) << type;
    };
    // go-yaml v2's resolve table.
    for (const char *word : {"", "~", "null", "Null", "NULL"})
        row(word, PlainType::Null);
    for (const char *word :
         {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "NO", "on", "On", "OFF", "true", "False", "TRUE"})
        row(word, PlainType::Bool);
    for (const char *word : {".inf", "-.Inf", "+.INF", ".nan", ".NaN"})
        row(word, PlainType::Infinite);
    // strconv.ParseInt(s, 0, 64) after every "_" is dropped, then ParseUint.
    for (const char *word : {"0", "12", "+12", "-12", "010", "0x1F", "0X1f", "0o17", "0b101", "1_000", "0x_1",
                             "9223372036854775807", "-9223372036854775808", "18446744073709551615"})
        row(word, PlainType::Int);
    // Then go-yaml's float pattern (and ParseFloat).
    for (const char *word : {"08", "1e3", "1E+3", "1.", ".5", "-.5", "+1.5e-3", "9223372036854775808_0",
                             "+9223372036854775808", "1e-400"})
        row(word, PlainType::Float);
    // Everything else is a string, including what YAML 1.2 or other readers type.
    for (const char *word : {"yess",
                             "nO",
                             "tRUE",
                             "0x",
                             "0b",
                             "0o",
                             "0xG",
                             "._5",
                             "1e400",
                             "-",
                             "+",
                             ".",
                             "0xFFFFFFFFFFFFFFFFFFFF",
                             "1:20",
                             "2026-01-01",
                             "2026-01-01T10:00:00Z",
                             "<<",
                             "=",
                             "0.0.0.0",
                             "1.2.3",
                             "v1",
                             "12h",
                             "-x",
                             "_1",
                             "inf",
                             "NaN",
                             "0x1p3"})
        row(word, PlainType::String);
}

void TestGoYamlRules::resolvePlain()
{
    QFETCH(QByteArray, text);
    QFETCH(PlainType, type);
    QCOMPARE(GoYamlRules::resolvePlain(std::string_view(text.constData(), std::size_t(text.size()))), type);
}

void TestGoYamlRules::plainReadsAsString_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("plain");

    QTest::newRow("a name") << QByteArray("prod") << true;
    QTest::newRow("a timestamp (a string to kubectl)") << QByteArray("2026-01-01") << true;
    QTest::newRow("a boolean") << QByteArray("yes") << false;
    QTest::newRow("a number") << QByteArray("010") << false;
    QTest::newRow("null") << QByteArray("~") << false;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("the merge key") << QByteArray("<<") << false;
    QTest::newRow("the value key") << QByteArray("=") << false;
    QTest::newRow("U+2028 inside") << QByteArray("a\xE2\x80\xA8"
                                                 "b")
                                   << false;
    QTest::newRow("U+2029 inside") << QByteArray("a\xE2\x80\xA9"
                                                 "b")
                                   << false;
    QTest::newRow("NEL inside") << QByteArray("a\xC2\x85"
                                              "b")
                                << false;
    QTest::newRow("U+00A0 inside") << QByteArray("a\xC2\xA0"
                                                 "b")
                                   << true;
}

void TestGoYamlRules::plainReadsAsString()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, plain);
    QCOMPARE(GoYamlRules::plainReadsAsString(std::string_view(text.constData(), std::size_t(text.size()))),
             plain);
}

void TestGoYamlRules::nextLineIsALineBreak()
{
    // go-yaml reads NEL as a line break everywhere: a quoted value folds it to a space.
    const QByteArray text = "a: \"x\xC2\x85y\"\nb: 1\n";
    const QByteArray prepared = GoYamlRules::prepare(text);
    QCOMPARE(prepared, QByteArray("a: \"x\ny\"\nb: 1\n"));
    QCOMPARE(YamlLoader::load(prepared)["a"].Scalar(), std::string("x y"));
    // Text without one is returned as it is, not copied.
    const QByteArray plain = "a: 1\n";
    QCOMPARE(GoYamlRules::prepare(plain).constData(), plain.constData());
}

void TestGoYamlRules::yamlDirective_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("refused");

    QTest::newRow("1.1") << QByteArray("%YAML 1.1\n---\na: 1\n") << false;
    QTest::newRow("1.1 after a comment and a tag directive")
        << QByteArray("# c\n%TAG !e! tag:example.com,2000:\n%YAML 1.1\n---\na: 1\n") << false;
    QTest::newRow("1.2") << QByteArray("%YAML 1.2\n---\na: 1\n") << true;
    QTest::newRow("1.0") << QByteArray("%YAML 1.0\n---\na: 1\n") << true;
    QTest::newRow("1.2 after a byte-order mark") << QByteArray("\xEF\xBB\xBF%YAML 1.2\n---\na: 1\n") << true;
    QTest::newRow("1.2 in a later document is not read") << QByteArray("a: 1\n---\n%YAML 1.2\n") << false;
    QTest::newRow("no directive") << QByteArray("a: 1\n") << false;
}

void TestGoYamlRules::yamlDirective()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, refused);
    bool threw = false;
    try {
        GoYamlRules::prepare(text);
    } catch (const YAML::ParserException &) {
        threw = true;
    }
    QCOMPARE(threw, refused);
}

void TestGoYamlRules::mergeLeavesTheMergedMappingAlone()
{
    YAML::Node root = YamlLoader::load("base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n  z: 4\n");
    GoYamlRules::normalise(root);
    QCOMPARE(root["base"].size(), std::size_t(2));
    QCOMPARE(root["base"]["y"].Scalar(), std::string("2"));
    QCOMPARE(root["m"].size(), std::size_t(3));
    QCOMPARE(root["m"]["x"].Scalar(), std::string("1"));
    QCOMPARE(root["m"]["y"].Scalar(), std::string("3"));
    QCOMPARE(root["m"]["z"].Scalar(), std::string("4"));
    QVERIFY(!root["m"]["<<"].IsDefined());
    // The mapping keeps its place in the text for messages.
    QCOMPARE(root["m"].Mark().line, 2);
}

void TestGoYamlRules::repeatedKeysKeepTheLastValueInTheFirstPlace()
{
    YAML::Node root = YamlLoader::load("a: 1\nb: 2\na: 3\n\"a\": 4\n");
    GoYamlRules::normalise(root);
    QCOMPARE(root.size(), std::size_t(2));
    auto it = root.begin();
    QCOMPARE(it->first.Scalar(), std::string("a"));
    QCOMPARE(it->second.Scalar(), std::string("4"));
    ++it;
    QCOMPARE(it->first.Scalar(), std::string("b"));
}

void TestGoYamlRules::escapesDecodeToCodePoints()
{
    YAML::Node root = YamlLoader::load("a: \"1\\N2\\_3\\L4\\P5\"\n\"k\\N\": v\n");
    GoYamlRules::normalise(root);
    QCOMPARE(QString::fromStdString(root["a"].Scalar()), QStringLiteral("1\u00852\u00a03\u20284\u20295"));
    QCOMPARE(root["a"].Tag(), std::string("!")); // still quoted
    QVERIFY(root["k\xC2\x85"].IsDefined());
    YAML::Node tagged = YamlLoader::load("a: !!str \"x\\Ny\"\n");
    GoYamlRules::normalise(tagged);
    QCOMPARE(QString::fromStdString(tagged["a"].Scalar()), QStringLiteral("x\u0085y"));
}

void TestGoYamlRules::hugeMappingWithRepeatedKeys()
{
    // One mapping of 50,000 keys with a repeat at its end: found and resolved without comparing
    // every key with every other.
    QByteArray text;
    for (int i = 0; i < 50'000; ++i)
        text += "k" + QByteArray::number(i) + ": v\n";
    text += "k0: last\n";
    YAML::Node root = YamlLoader::load(text);
    GoYamlRules::normalise(root);
    QCOMPARE(root.size(), std::size_t(50'000));
    QCOMPARE(root["k0"].Scalar(), std::string("last"));
}

void TestGoYamlRules::toJson()
{
    // What kubectl hands a credential plugin as spec.cluster.config: YAML 1.1 through JSON.
    const YAML::Node root = YamlLoader::load("{a: yes, b: 'yes', c: 010, d: 0x1F, e: 1_000, f: 1.5e3, g: ~, "
                                             "h: .inf, i: [Off, \"2\"], j: 2026-01-01, k: -12, l: text}\n");
    const QJsonObject expected{
        {QStringLiteral("a"), true},
        {QStringLiteral("b"), QStringLiteral("yes")},
        {QStringLiteral("c"), 8},
        {QStringLiteral("d"), 31},
        {QStringLiteral("e"), 1000},
        {QStringLiteral("f"), 1500},
        {QStringLiteral("g"), QJsonValue::Null},
        {QStringLiteral("h"), QJsonValue::Null},
        {QStringLiteral("i"), QJsonArray{false, QStringLiteral("2")}},
        {QStringLiteral("j"), QStringLiteral("2026-01-01")},
        {QStringLiteral("k"), -12},
        {QStringLiteral("l"), QStringLiteral("text")},
    };
    QCOMPARE(GoYamlRules::toJson(root).toObject(), expected);
}

QTEST_GUILESS_MAIN(TestGoYamlRules)
#include "tst_goyamlrules.moc"
