#include "kubeconfig/kubeconfigdiff.h"
#include "kubeconfig/kubeconfigedit.h"
#include "kubeconfig/yamlemitter.h"
#include "kubeconfig/yamlsplicer.h"
#include "kubectloracle.h"
#include "support/linediff.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kubeminder;

namespace {

const QString Path = QStringLiteral("/nonexistent/kubeminder-splice/config");

// What an import fetched: new certificate, key and CA under the names K3s gives them.
const QByteArray Fresh = R"(apiVersion: v1
kind: Config
clusters:
- name: default
  cluster:
    server: https://127.0.0.1:6443
    certificate-authority-data: TkVXQ0E=
users:
- name: default
  user:
    client-certificate-data: TkVXQ0VSVA==
    client-key-data: TkVXS0VZ
contexts:
- name: default
  context:
    cluster: default
    user: default
current-context: default
)";

// The edits Kubeminder makes, by name: refresh of user and cluster "pi" (with a new server where
// asked), a new context "new", and `use`.
void applyEdit(KubeconfigEdit &edit, const QString &name)
{
    const KubeconfigDocument fresh = KubeconfigDocument::parse(QStringLiteral("/fresh"), Fresh);
    if (name == QLatin1String("refresh") || name == QLatin1String("refresh-server")) {
        edit.refreshUser(QStringLiteral("pi"), fresh, QStringLiteral("default"));
        KubeconfigEdit::ClusterChange change;
        if (name == QLatin1String("refresh-server"))
            change.server = QStringLiteral("https://pi.example:6443");
        edit.refreshCluster(QStringLiteral("pi"), fresh, QStringLiteral("default"), change);
    } else if (name == QLatin1String("add")) {
        edit.addContext(QStringLiteral("new"), fresh, QStringLiteral("default"),
                        QStringLiteral("https://pi.lan:6443"), QString());
    } else if (name == QLatin1String("use")) {
        edit.setCurrentContext(QStringLiteral("pi"));
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown edit ") + name));
    }
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

// A kubeconfig as a person keeps it: comments everywhere, blank lines, its own key order,
// quoting and a flow mapping.
// (Ordinary literals: moc reads a "#" at the start of a line in a raw string as a directive.)
const QByteArray Commented = "# my clusters — rotate prod in March\n"
                             "apiVersion: v1\n"
                             "kind: Config\n"
                             "preferences: {}\n"
                             "\n"
                             "clusters:\n"
                             "# the Raspberry Pi\n"
                             "- cluster:\n"
                             "    certificate-authority-data: T0xEQ0E=   # from k3s.yaml\n"
                             "    server: \"https://pi.lan:6443\"\n"
                             "  name: pi\n"
                             "# - cluster:\n"
                             "#     server: https://old:6443\n"
                             "#   name: old\n"
                             "contexts:\n"
                             "- context: {cluster: pi, user: pi}\n"
                             "  name: pi\n"
                             "current-context: other\n"
                             "users:\n"
                             "- name: pi\n"
                             "  user:\n"
                             "    # rotated 2025-12\n"
                             "    client-certificate-data: 'T0xEQ0VSVA=='\n"
                             "    client-key-data: T0xES0VZ # key\n"
                             "    extra: kept\n"
                             "# end\n";

// kubectl (when installed) loads `bytes` as a kubeconfig; the empty string when it does, else why not.
QString kubectlRefuses(const QByteArray &bytes)
{
    static const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        return {};
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("config"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return QStringLiteral("cannot write ") + file;
    out.close();
    const test::KubectlResult view = test::runKubectl(
        kubectl,
        {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("-o"), QStringLiteral("json")},
        home.path(), file);
    return view.exitCode == 0 ? QString() : view.err;
}

} // namespace

class TestYamlSplicer : public QObject
{
    Q_OBJECT

private slots:
    void splice_data();
    void splice();
    void fallback_data();
    void fallback();
    void jsonStaysJson();
    void kubectlLoadsEveryResult();
    void diffLikeDiffU_data();
    void diffLikeDiffU();
    void maskLine_data();
    void maskLine();
    void previewOfARefresh();
};

void TestYamlSplicer::splice_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QByteArray>("expected");

    QByteArray refreshed = Commented;
    refreshed.replace("T0xEQ0E=", "TkVXQ0E=").replace("'T0xEQ0VSVA=='", "'TkVXQ0VSVA=='");
    refreshed.replace("T0xES0VZ", "TkVXS0VZ");
    QTest::newRow("refresh: three values, comments kept") << Commented << "refresh" << refreshed;
    QByteArray moved = refreshed;
    moved.replace("\"https://pi.lan:6443\"", "\"https://pi.example:6443\"");
    QTest::newRow("refresh with a new server: still double-quoted") << Commented << "refresh-server" << moved;
    QTest::newRow("refresh, CRLF") << crlf(Commented) << "refresh" << crlf(refreshed);
    QTest::newRow("refresh, byte-order mark") << "\xEF\xBB\xBF" + Commented << "refresh"
                                              << "\xEF\xBB\xBF" + refreshed;

    QByteArray used = Commented;
    used.replace("current-context: other", "current-context: pi");
    QTest::newRow("use: one line") << Commented << "use" << used;

    QByteArray added = Commented;
    added.replace("# - cluster:", "- name: new\n"
                                  "  cluster:\n"
                                  "    server: https://pi.lan:6443\n"
                                  "    certificate-authority-data: TkVXQ0E=\n"
                                  "# - cluster:");
    added.replace("  name: pi\ncurrent-context", "  name: pi\n"
                                                 "- name: new\n"
                                                 "  context:\n"
                                                 "    cluster: new\n"
                                                 "    user: new\n"
                                                 "current-context");
    added.replace("    extra: kept\n", "    extra: kept\n"
                                       "- name: new\n"
                                       "  user:\n"
                                       "    client-certificate-data: TkVXQ0VSVA==\n"
                                       "    client-key-data: TkVXS0VZ\n");
    QTest::newRow("add: new entries in the lists' own style") << Commented << "add" << added;
    QTest::newRow("add, CRLF") << crlf(Commented) << "add" << crlf(added);

    // No current-context yet: it goes at the end of the top-level mapping, before trailing comments.
    QTest::newRow("use adds the line")
        << QByteArray("apiVersion: v1\nkind: Config\ncontexts:\n"
                      "- name: pi\n  context: {cluster: pi, user: pi}\n# bye\n")
        << "use"
        << QByteArray("apiVersion: v1\nkind: Config\ncontexts:\n"
                      "- name: pi\n  context: {cluster: pi, user: pi}\n"
                      "current-context: pi\n# bye\n");
    QTest::newRow("use, no final line break")
        << QByteArray("apiVersion: v1\ncurrent-context: old # was\nkind: Config") << "use"
        << QByteArray("apiVersion: v1\ncurrent-context: pi # was\nkind: Config");
    QTest::newRow("use, empty value")
        << QByteArray("apiVersion: v1\nkind: Config\ncurrent-context: \"\"\n") << "use"
        << QByteArray("apiVersion: v1\nkind: Config\ncurrent-context: \"pi\"\n");

    // Indented lists and four-space indentation: new entries follow them.
    const QByteArray indented = "apiVersion: v1\n"
                                "users:\n"
                                "    -   name: pi\n"
                                "        user:\n"
                                "            token: old-token\n"
                                "            extra: kept\n"
                                "kind: Config\n";
    QTest::newRow("a token becomes a certificate, in place")
        << indented << "refresh"
        << QByteArray("apiVersion: v1\n"
                      "users:\n"
                      "    -   name: pi\n"
                      "        user:\n"
                      "            client-certificate-data: TkVXQ0VSVA==\n"
                      "            client-key-data: TkVXS0VZ\n"
                      "            extra: kept\n"
                      "kind: Config\n");
    QTest::newRow("a token replaced under the first key of an item")
        << QByteArray("users:\n- user:\n    token: x\n  name: pi\n") << "refresh"
        << QByteArray(
               "users:\n- user:\n    client-certificate-data: TkVXQ0VSVA==\n    client-key-data: TkVXS0VZ\n"
               "  name: pi\n");
    QTest::newRow("a flow user")
        << QByteArray("users:\n- name: pi\n  user: {token: x, extra: 1}\n") << "refresh"
        << QByteArray("users:\n- name: pi\n  user: {\"client-certificate-data\": \"TkVXQ0VSVA==\", "
                      "\"client-key-data\": \"TkVXS0VZ\", extra: 1}\n");
    QTest::newRow("document markers") << QByteArray("%YAML 1.1\n---\ncurrent-context: a\ncontexts: [{name: "
                                                    "pi, context: {cluster: c, user: u}}]\n...\n")
                                      << "use"
                                      << QByteArray("%YAML 1.1\n---\ncurrent-context: pi\ncontexts: [{name: "
                                                    "pi, context: {cluster: c, user: u}}]\n...\n");
    // A comment indented into the last item belongs to it: a new item goes after the comment.
    QTest::newRow("a comment inside the last item")
        << QByteArray("users:\n- name: pi\n  user:\n    token: x\n    # the old token was y\n# about "
                      "contexts\ncontexts: []\n")
        << "add"
        << QByteArray(
               "users:\n- name: pi\n  user:\n    token: x\n    # the old token was y\n- name: new\n  user:\n"
               "    client-certificate-data: TkVXQ0VSVA==\n    client-key-data: TkVXS0VZ\n# about contexts\n"
               "contexts: [{\"name\": \"new\", \"context\": {\"cluster\": \"new\", \"user\": \"new\"}}]\n"
               "clusters:\n- name: new\n  cluster:\n    server: https://pi.lan:6443\n"
               "    certificate-authority-data: TkVXQ0E=\n");
    QTest::newRow("new lists in the file's indented style")
        << QByteArray("apiVersion: v1\nusers:\n  - name: a\n    user:\n      token: t\nkind: Config\n")
        << "add"
        << QByteArray(
               "apiVersion: v1\nusers:\n  - name: a\n    user:\n      token: t\n  - name: new\n    user:\n"
               "      client-certificate-data: TkVXQ0VSVA==\n      client-key-data: TkVXS0VZ\nkind: Config\n"
               "clusters:\n  - name: new\n    cluster:\n      server: https://pi.lan:6443\n"
               "      certificate-authority-data: TkVXQ0E=\ncontexts:\n  - name: new\n    context:\n"
               "      cluster: new\n      user: new\n");
    QTest::newRow("comments only")
        << QByteArray("# nothing here yet\n") << "use"
        << QByteArray("# nothing here yet\napiVersion: v1\nkind: Config\ncurrent-context: pi\n");
}

void TestYamlSplicer::splice()
{
    QFETCH(QByteArray, original);
    QFETCH(QString, edit);
    QFETCH(QByteArray, expected);

    const KubeconfigDocument document = KubeconfigDocument::parse(Path, original);
    QVERIFY2(document.status() != KubeconfigDocument::Status::Error, qPrintable(document.error()));
    KubeconfigEdit change(document);
    applyEdit(change, edit);
    const YamlSplicer::Result result = change.render();
    QVERIFY2(result.layoutKept, qPrintable(result.fallbackReason));
    // Line by line first, so that a failure names the line.
    QCOMPARE(QString::fromUtf8(result.bytes).split(QLatin1Char('\n')),
             QString::fromUtf8(expected).split(QLatin1Char('\n')));
    QCOMPARE(result.bytes, expected);
    QVERIFY(YamlSplicer::readsAs(result.bytes, change.root(), Path));
    const QString refused = kubectlRefuses(result.bytes);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
}

void TestYamlSplicer::fallback_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("reason");

    QTest::newRow("alias")
        << QByteArray("anchors: &cert T0xE\nusers:\n- name: pi\n  user:\n    client-certificate-data: *cert\n"
                      "    client-key-data: T0xE\n")
        << "refresh"
        << "alias";
    QTest::newRow("merge key")
        << QByteArray(
               "base: &b\n  client-certificate-data: T0xE\n  client-key-data: T0xE\nusers:\n- name: pi\n"
               "  user:\n    <<: *b\n")
        << "refresh"
        << "merge key";
    QTest::newRow("block scalar") << QByteArray("users:\n- name: pi\n  user:\n    client-certificate-data: "
                                                "|\n      T0xE\n    client-key-data: T0xE\n")
                                  << "refresh"
                                  << "block scalar";
    QTest::newRow("plain value over two lines")
        << QByteArray("clusters:\n- name: pi\n  cluster:\n    server: https://pi.lan:6443/\n      x\n")
        << "refresh-server"
        << "several lines";
}

void TestYamlSplicer::fallback()
{
    QFETCH(QByteArray, original);
    QFETCH(QString, edit);
    QFETCH(QString, reason);

    const KubeconfigDocument document = KubeconfigDocument::parse(Path, original);
    QVERIFY2(document.status() != KubeconfigDocument::Status::Error, qPrintable(document.error()));
    KubeconfigEdit change(document);
    applyEdit(change, edit);
    const YamlSplicer::Result result = change.render();
    QVERIFY(!result.layoutKept);
    QVERIFY2(result.fallbackReason.contains(reason), qPrintable(result.fallbackReason));
    // The whole tree, as intended.
    QCOMPARE(result.bytes, YamlEmitter::toYaml(change.root()));
    const QString refused = kubectlRefuses(result.bytes);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
}

void TestYamlSplicer::jsonStaysJson()
{
    const QByteArray json = R"({
    "apiVersion": "v1",
    "kind": "Config",
    "clusters": [
        {
            "name": "pi",
            "cluster": {
                "server": "https://pi.lan:6443",
                "certificate-authority-data": "T0xEQ0E="
            }
        }
    ],
    "users": [
        {
            "name": "pi",
            "user": {
                "client-certificate-data": "T0xEQ0VSVA==",
                "client-key-data": "T0xES0VZ"
            }
        }
    ],
    "contexts": [
        {
            "name": "pi",
            "context": {
                "cluster": "pi",
                "user": "pi"
            }
        }
    ],
    "current-context": "pi"
}
)";
    KubeconfigEdit refresh(KubeconfigDocument::parse(Path, json));
    applyEdit(refresh, QStringLiteral("refresh"));
    YamlSplicer::Result result = refresh.render();
    QVERIFY2(result.layoutKept, qPrintable(result.fallbackReason));
    QByteArray expected = json;
    expected.replace("T0xEQ0E=", "TkVXQ0E=")
        .replace("T0xEQ0VSVA==", "TkVXQ0VSVA==")
        .replace("T0xES0VZ", "TkVXS0VZ");
    QCOMPARE(QString::fromUtf8(result.bytes), QString::fromUtf8(expected));

    KubeconfigEdit add(KubeconfigDocument::parse(Path, json));
    applyEdit(add, QStringLiteral("add"));
    result = add.render();
    QVERIFY2(result.layoutKept, qPrintable(result.fallbackReason));
    QVERIFY(YamlSplicer::isJson(result.bytes));
    QVERIFY2(result.bytes.contains(
                 "        },\n        {\n            \"name\": \"new\",\n            \"context\": {\n"
                 "                \"cluster\": \"new\",\n"),
             result.bytes.constData());
    // And as JSON, it is JSON: Qt's strict parser reads it.
    QJsonParseError error;
    QJsonDocument::fromJson(result.bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QString refused = kubectlRefuses(result.bytes);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
}

void TestYamlSplicer::kubectlLoadsEveryResult()
{
    if (QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty())
        QSKIP("kubectl is not installed");
    for (const QString &edit : {QStringLiteral("refresh"), QStringLiteral("add"), QStringLiteral("use")}) {
        for (const QByteArray &original :
             {Commented, crlf(Commented), QByteArray("\xEF\xBB\xBF" + Commented)}) {
            KubeconfigEdit change(KubeconfigDocument::parse(Path, original));
            applyEdit(change, edit);
            const QString refused = kubectlRefuses(change.render().bytes);
            QVERIFY2(refused.isEmpty(), qPrintable(edit + QLatin1String(": ") + refused));
        }
    }
}

void TestYamlSplicer::diffLikeDiffU_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("one line changed")
        << QByteArray("a\nb\nc\nd\ne\nf\ng\nh\n") << QByteArray("a\nb\nc\nD\ne\nf\ng\nh\n");
    QTest::newRow("first line") << QByteArray("a\nb\n") << QByteArray("A\nb\n");
    QTest::newRow("added at the end") << QByteArray("a\nb\n") << QByteArray("a\nb\nc\nd\n");
    QTest::newRow("added at the start") << QByteArray("a\nb\n") << QByteArray("z\na\nb\n");
    QTest::newRow("removed") << QByteArray("a\nb\nc\n") << QByteArray("a\nc\n");
    QTest::newRow("two hunks") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n")
                               << QByteArray("1\nX\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\nY\n15\n");
    QTest::newRow("changes close together")
        << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n") << QByteArray("1\nX\n3\n4\n5\n6\nY\n8\n");
    QTest::newRow("into an empty file") << QByteArray() << QByteArray("a\nb\n");
    QTest::newRow("replaced block") << QByteArray("k: 1\nt: x\nz: 2\n")
                                    << QByteArray("k: 1\nc: y\nd: w\nz: 2\n");
}

void TestYamlSplicer::diffLikeDiffU()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const QString diff = QStandardPaths::findExecutable(QStringLiteral("diff"));
    if (diff.isEmpty())
        QSKIP("diff is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto save = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    save(QStringLiteral("a"), before);
    save(QStringLiteral("b"), after);
    QProcess process;
    process.start(
        diff, {QStringLiteral("-u"), dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))});
    QVERIFY(process.waitForFinished(10000));
    QByteArrayList expected = process.readAllStandardOutput().split('\n');
    expected = expected.mid(2); // the two header lines carry dates
    const QByteArray ours =
        LineDiff::unified(before, after, "a", "b", [](const QByteArray &line) { return line; });
    QByteArrayList got = ours.split('\n').mid(2);
    QCOMPARE(got, expected);
}

void TestYamlSplicer::maskLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("masked");

    const QByteArray cert = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENDQVRlZ0F3SUJBZ0lJ";
    QTest::newRow("certificate")
        << "    client-certificate-data: " + cert
        << QByteArray("    client-certificate-data: LS0t…Z0lJ (sha256 2f1b1d2e, 64 characters)");
    QTest::newRow("JSON key")
        << "                \"client-key-data\": \"" + cert + "\","
        << QByteArray("                \"client-key-data\": \"LS0t…Z0lJ (sha256 2f1b1d2e, 64 characters)\",");
    QTest::newRow("short token") << QByteArray("    token: abc123 # old")
                                 << QByteArray("    token: (hidden) # old");
    QTest::newRow("password quoted") << QByteArray("    password: 'hunter2'")
                                     << QByteArray("    password: '(hidden)'");
    QTest::newRow("env value") << QByteArray("        value: s3cret")
                               << QByteArray("        value: (hidden)");
    QTest::newRow("a token in a flow mapping") << QByteArray("  user: {token: abc123, extra: 1}")
                                               << QByteArray("  user: {token: (hidden), extra: 1}");
    QTest::newRow("compact JSON") << QByteArray(R"json({"password": "pw", "username": "me"})json")
                                  << QByteArray(R"json({"password": "(hidden)", "username": "me"})json");
    QTest::newRow("a plain password with spaces")
        << QByteArray("    password: my secret pw") << QByteArray("    password: (hidden)");
    QTest::newRow("server kept") << QByteArray("    server: https://pi.lan:6443")
                                 << QByteArray("    server: https://pi.lan:6443");
    QTest::newRow("a comment kept") << QByteArray("# prod — rotate in March")
                                    << QByteArray("# prod — rotate in March");
}

void TestYamlSplicer::maskLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, masked);
    QByteArray expected = masked;
    // The fingerprint is the first 8 hex digits of the value's SHA-256.
    const QByteArray cert = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENDQVRlZ0F3SUJBZ0lJ";
    expected.replace("2f1b1d2e", QCryptographicHash::hash(cert, QCryptographicHash::Sha256).toHex().left(8));
    QCOMPARE(QString::fromUtf8(KubeconfigDiff::maskLine(line)), QString::fromUtf8(expected));
}

void TestYamlSplicer::previewOfARefresh()
{
    KubeconfigEdit edit(KubeconfigDocument::parse(Path, Commented));
    applyEdit(edit, QStringLiteral("refresh"));
    const KubeconfigEdit::Preview preview = edit.preview();
    QVERIFY(preview.layoutKept);
    // Exactly the three credential lines change, and no base64 body appears whole.
    const QStringList lines = preview.diff.split(QLatin1Char('\n'));
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^-[^-]"))).size(), 3);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^\\+[^+]"))).size(), 3);
    QVERIFY2(!preview.diff.contains(QLatin1String("TkVXS0VZ")), qPrintable(preview.diff));
    QVERIFY(preview.diff.contains(QLatin1String("# from k3s.yaml")));
}

QTEST_GUILESS_MAIN(TestYamlSplicer)
#include "tst_yamlsplicer.moc"
