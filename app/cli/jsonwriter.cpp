#include "jsonwriter.h"

#include <algorithm>

namespace kubeminder {

JsonWriter::JsonWriter(QString &out)
    : m_out(out)
{}

void JsonWriter::newline()
{
    static const QString spaces(64, QLatin1Char(' '));
    m_out += QLatin1Char('\n');
    m_out += QStringView(spaces).left(qMin(qsizetype(m_hasItems.size()) * 2, spaces.size()));
}

// Before any value or key: a comma after a previous item, then a fresh indented line.
void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasItems.empty())
        return;
    if (m_hasItems.back())
        m_out += QLatin1Char(',');
    m_hasItems.back() = true;
    newline();
}

void JsonWriter::beginObject()
{
    separate();
    m_out += QLatin1Char('{');
    m_hasItems.push_back(false);
}

void JsonWriter::endObject()
{
    const bool hadItems = m_hasItems.back();
    m_hasItems.pop_back();
    if (hadItems)
        newline();
    m_out += QLatin1Char('}');
    if (m_hasItems.empty())
        m_out += QLatin1Char('\n');
}

void JsonWriter::beginArray()
{
    separate();
    m_out += QLatin1Char('[');
    m_hasItems.push_back(false);
}

void JsonWriter::endArray()
{
    const bool hadItems = m_hasItems.back();
    m_hasItems.pop_back();
    if (hadItems)
        newline();
    m_out += QLatin1Char(']');
}

void JsonWriter::key(const char *name)
{
    separate();
    m_out += QLatin1Char('"') + QLatin1String(name) + QLatin1String("\": ");
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    separate();
    m_out += quoted(text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out += QString::number(number);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? QLatin1String("true") : QLatin1String("false");
}

void JsonWriter::null()
{
    separate();
    m_out += QLatin1String("null");
}

void JsonWriter::valueOrNull(const QString &text)
{
    if (text.isEmpty())
        null();
    else
        value(text);
}

void JsonWriter::valueOrNull(const std::optional<qint64> &number)
{
    if (number)
        value(*number);
    else
        null();
}

QString JsonWriter::quoted(const QString &text)
{
    const auto needsEscape = [](QChar c) {
        return c.unicode() < 0x20 || c == u'"' || c == u'\\';
    };
    if (std::none_of(text.cbegin(), text.cend(), needsEscape))
        return QLatin1Char('"') + text + QLatin1Char('"');
    QString result;
    result.reserve(text.size() + 2);
    result += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            result += QLatin1String("\\\"");
            break;
        case '\\':
            result += QLatin1String("\\\\");
            break;
        case '\n':
            result += QLatin1String("\\n");
            break;
        case '\r':
            result += QLatin1String("\\r");
            break;
        case '\t':
            result += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    result += QLatin1Char('"');
    return result;
}

void JsonWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    endArray();
}

} // namespace kubeminder
