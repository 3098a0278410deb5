#include "cli/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kubeminder;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsRoundTrip_data();
    void stringsRoundTrip();
    void nestedStructure();
};

void TestJsonWriter::stringsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("homelab-pi");
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes and backslashes") << QStringLiteral(R"(C:\Users\me "quoted")");
    QTest::newRow("control characters") << QStringLiteral("line\nbreak\ttab\r\x01\x1f");
    QTest::newRow("non-ASCII") << QStringLiteral("클러스터 “prod” ✓");
    QTest::newRow("path with spaces") << QStringLiteral("/home/me/My Configs/kube config");
}

void TestJsonWriter::stringsRoundTrip()
{
    QFETCH(QString, text);
    QString out;
    JsonWriter w(out);
    w.beginObject();
    w.key("value");
    w.value(text);
    w.endObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QStringLiteral("value")).toString(), text);
}

void TestJsonWriter::nestedStructure()
{
    QString out;
    JsonWriter w(out);
    w.beginObject();
    w.key("empty");
    w.beginArray();
    w.endArray();
    w.key("list");
    w.beginArray();
    w.value(qint64(-3));
    w.value(true);
    w.null();
    w.beginObject();
    w.key("n");
    w.valueOrNull(std::optional<qint64>());
    w.key("s");
    w.valueOrNull(QString());
    w.endObject();
    w.endArray();
    w.endObject();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(root.value(QStringLiteral("empty")).toArray().isEmpty());
    const QJsonArray list = root.value(QStringLiteral("list")).toArray();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).toInteger(), -3);
    QCOMPARE(list.at(1).toBool(), true);
    QVERIFY(list.at(2).isNull());
    QVERIFY(list.at(3).toObject().value(QStringLiteral("n")).isNull());
    QVERIFY(list.at(3).toObject().value(QStringLiteral("s")).isNull());
    QVERIFY(out.endsWith(QLatin1String("}\n")));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
