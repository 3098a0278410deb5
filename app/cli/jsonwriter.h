#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kubeminder {

/// Writes indented JSON straight into a string, keys in the order given. A report of a thousand
/// contexts built as a QJsonObject tree and serialised costs ~40 ms; written directly, a few.
class JsonWriter
{
public:
    explicit JsonWriter(QString &out);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The key of the next value, inside an object.
    void key(const char *name);

    void value(const QString &text);
    void value(const char *text) = delete; // use QStringLiteral: keeps encodings explicit
    void value(qint64 number);
    void value(bool flag);
    /// An array of strings.
    void value(const QStringList &texts);
    void null();
    /// The string, or null when empty.
    void valueOrNull(const QString &text);
    void valueOrNull(const std::optional<qint64> &number);

    /// Every string the same way: quotes, backslashes and control characters escaped.
    static QString quoted(const QString &text);

private:
    void separate();
    void newline();

    QString &m_out;
    std::vector<bool> m_hasItems; ///< one per open object or array
    bool m_afterKey = false;
};

} // namespace kubeminder
