#include "yamlsplicer.h"

#include "goyamlrules.h"
#include "kubeconfigdocument.h"
#include "kubeconfigtree.h"
#include "yamlemitter.h"
#include "yamlloader.h"

#include <QJsonValue>

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kubeminder {

namespace {

using Pos = qsizetype;

const QByteArray ByteOrderMark("\xEF\xBB\xBF");

struct TextEdit
{
    Pos begin;
    Pos end;
    QByteArray text;
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// The JSON string of `text` (UTF-8), which YAML reads as the same string: go-yaml's line breaks
// (NEL, U+2028, U+2029) and every control character escaped, the rest as it is.
QByteArray jsonString(const std::string &text)
{
    QByteArray out;
    out.reserve(qsizetype(text.size()) + 2);
    out.append('"');
    for (const char32_t u : QString::fromUtf8(text.data(), qsizetype(text.size())).toUcs4()) {
        switch (u) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            if (u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xfeff)
                out.append(QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0')).toLatin1());
            else
                out.append(QString::fromUcs4(&u, 1).toUtf8());
        }
    }
    out.append('"');
    return out;
}

// A scalar as JSON, with the type kubectl reads from it as YAML: the scalar is written as the
// YAML writer would write it and that text is resolved as go-yaml resolves it.
QByteArray jsonScalar(const YAML::Node &scalar, const std::string &key)
{
    if (!scalar.IsScalar())
        return QByteArrayLiteral("null");
    const QByteArray yaml = YamlEmitter::scalarToYaml(scalar, key);
    QJsonValue value;
    try {
        value = GoYamlRules::toJson(YamlLoader::loadPlain(yaml));
    } catch (const YAML::Exception &) {
        value = QString::fromStdString(scalar.Scalar());
    }
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)) && std::abs(number) < 9.0e15)
            return QByteArray::number(qint64(number));
        return QByteArray::number(number, 'g', 17);
    }
    case QJsonValue::String:
        return jsonString(value.toString().toStdString());
    default:
        return QByteArrayLiteral("null");
    }
}

// Empty when the node is nested deeper than the emitter writes or larger than a kubeconfig may be.
QByteArray jsonNode(const YAML::Node &node, const std::string &key, int step, int base, int depth = 0)
{
    if (depth > 1000)
        return {};
    const bool map = node.IsMap();
    if (!map && !node.IsSequence())
        return jsonScalar(node, key);
    if (node.size() == 0)
        return map ? QByteArrayLiteral("{}") : QByteArrayLiteral("[]");
    const QByteArray inner = step > 0 ? "\n" + QByteArray(base + step, ' ') : QByteArray();
    QByteArray out(map ? "{" : "[");
    bool first = true;
    for (auto it = node.begin(); it != node.end(); ++it) {
        out.append(first ? QByteArray() : QByteArrayLiteral(","));
        out.append(step > 0 ? inner : (first ? QByteArray() : QByteArrayLiteral(" ")));
        first = false;
        if (map) {
            const YAML::Node name = it->first;
            const std::string text = name.IsScalar() ? name.Scalar() : std::string();
            const QByteArray value = jsonNode(it->second, text, step, base + step, depth + 1);
            if (value.isEmpty())
                return {};
            out.append(jsonString(text)).append(": ").append(value);
        } else {
            const QByteArray value = jsonNode(*it, {}, step, base + step, depth + 1);
            if (value.isEmpty())
                return {};
            out.append(value);
        }
        if (out.size() > KubeconfigDocument::MaximumFileSize)
            return {};
    }
    if (step > 0)
        out.append("\n" + QByteArray(base, ' '));
    out.append(map ? "}" : "]");
    return out;
}

// How far two trees are compared, aliases expanded: past this many nodes or this depth they count
// as different (the edit then falls back to writing the file whole, which has its own limits).
constexpr std::size_t MaximumComparedNodes = 2'000'000;
constexpr int MaximumComparedDepth = 1000;

enum class Compare {
    Written, ///< the same as the emitter writes them: a change to make
    Read,    ///< the same to kubectl: scalars resolve to the same value, however quoted
};

bool compare(const YAML::Node &a, const YAML::Node &b, const std::string &key, Compare how,
             std::size_t &budget, int depth)
{
    if (depth > MaximumComparedDepth || budget == 0)
        return false;
    --budget;
    if (how == Compare::Read) {
        const bool nullA = !a.IsDefined() || a.IsNull();
        const bool nullB = !b.IsDefined() || b.IsNull();
        if (nullA || nullB)
            return nullA == nullB || (a.IsScalar() ? jsonScalar(a, key) : jsonScalar(b, key)) == "null";
    }
    if (a.Type() != b.Type())
        return false;
    if (a.IsScalar()) {
        if (a.Scalar() == b.Scalar() && a.Tag() == b.Tag())
            return true;
        if (how == Compare::Read)
            return jsonScalar(a, key) == jsonScalar(b, key);
        return a.Scalar() == b.Scalar() &&
               YamlEmitter::scalarToYaml(a, key) == YamlEmitter::scalarToYaml(b, key);
    }
    if (!a.IsSequence() && !a.IsMap())
        return a.Tag() == b.Tag() || how == Compare::Read;
    if (a.size() != b.size())
        return false;
    auto other = b.begin();
    for (auto it = a.begin(); it != a.end(); ++it, ++other) {
        if (a.IsSequence()) {
            if (!compare(*it, *other, {}, how, budget, depth + 1))
                return false;
            continue;
        }
        if (!compare(it->first, other->first, {}, how, budget, depth + 1))
            return false;
        const std::string name = it->first.IsScalar() ? it->first.Scalar() : std::string();
        if (!compare(it->second, other->second, name, how, budget, depth + 1))
            return false;
    }
    return true;
}

// Whether kubectl reads the same from two trees: the same keys in the same order, and scalars
// that resolve to the same value ("pi" and pi alike).
bool equivalent(const YAML::Node &a, const YAML::Node &b)
{
    std::size_t budget = MaximumComparedNodes;
    return compare(a, b, {}, Compare::Read, budget, 0);
}

// Whether two trees are written the same: nothing to change between them.
bool same(const YAML::Node &a, const YAML::Node &b)
{
    std::size_t budget = MaximumComparedNodes;
    return compare(a, b, {}, Compare::Written, budget, 0);
}

// Text a single-quoted scalar holds as it is: no control character, line break or invalid UTF-8.
bool printable(const std::string &text)
{
    if (!QByteArrayView(text).isValidUtf8() || GoYamlRules::containsLineBreak(text))
        return false;
    return std::none_of(text.begin(), text.end(),
                        [](char c) { return (unsigned char)c < 0x20 || c == 0x7f; });
}

bool sameKind(const YAML::Node &a, const YAML::Node &b)
{
    return a.Type() == b.Type() && a.Type() != YAML::NodeType::Null && a.Type() != YAML::NodeType::Undefined;
}

// The edit of one file's text. Positions are byte offsets into the text without its byte-order
// mark, as yaml-cpp counts them.
class Splicer
{
    Q_DECLARE_TR_FUNCTIONS(YamlSplicer)

public:
    explicit Splicer(QByteArray text)
        : m_t(std::move(text))
        , m_n(m_t.size())
    {
        m_crlf = m_t.indexOf("\r\n") >= 0 && m_t.indexOf("\r\n") == m_t.indexOf('\n') - 1;
        m_step = detectStep();
        m_indentlessLists = detectIndentlessLists();
    }

    QString reason() const { return m_reason; }
    int step() const { return m_step; }

    bool edit(const YAML::Node &original, const YAML::Node &raw, const YAML::Node &intended)
    {
        if (!original.IsMap()) {
            // An empty file, or one of comments only: the new content goes after them.
            if (KubeconfigTree::present(original) || !intended.IsMap()) {
                m_reason = tr("the file holds no mapping to edit");
                return false;
            }
            QByteArray text = YamlEmitter::toYaml(intended, m_step);
            if (text.isEmpty())
                return fail(tr("the new content is too large or too deeply nested"));
            if (m_n > 0 && m_t.back() != '\n')
                text.prepend('\n');
            m_edits.push_back({m_n, m_n, lines(text)});
            return true;
        }
        return walk(original, raw, intended, QStringLiteral(""), false, -1, {});
    }

    std::optional<QByteArray> apply()
    {
        if (m_unwritable) {
            m_reason = tr("the new content is too large or too deeply nested");
            return std::nullopt;
        }
        // By position; at one position, what is inserted there comes before what is replaced from there.
        std::stable_sort(m_edits.begin(), m_edits.end(), [](const TextEdit &a, const TextEdit &b) {
            return a.begin != b.begin ? a.begin < b.begin : (a.end == a.begin && b.end > b.begin);
        });
        QByteArray out;
        out.reserve(m_n + 1024);
        Pos at = 0;
        for (const TextEdit &edit : m_edits) {
            if (edit.begin < at || edit.end < edit.begin || edit.end > m_n) {
                m_reason = tr("two changes touch the same lines");
                return std::nullopt;
            }
            out.append(m_t.constData() + at, edit.begin - at);
            out.append(edit.text);
            at = edit.end;
        }
        out.append(m_t.constData() + at, m_n - at);
        return out;
    }

private:
    // Where in the file a path ("users[0].user.token") is, for a reason; the top level is the file.
    static QString place(const QString &path) { return path.isEmpty() ? tr("the file") : path; }

    bool fail(const QString &reason)
    {
        if (m_reason.isEmpty())
            m_reason = reason;
        return false;
    }

    // Text made here ends its lines as the file does.
    QByteArray lines(QByteArray text) const
    {
        if (m_crlf)
            text.replace("\n", "\r\n");
        return text;
    }

    Pos lineStart(Pos p) const
    {
        while (p > 0 && m_t[p - 1] != '\n')
            --p;
        return p;
    }
    Pos nextLine(Pos p) const
    {
        const Pos newline = m_t.indexOf('\n', p);
        return newline < 0 ? m_n : newline + 1;
    }
    int column(Pos p) const { return int(p - lineStart(p)); }
    bool onlySpacesBefore(Pos p) const
    {
        for (Pos q = lineStart(p); q < p; ++q) {
            if (m_t[q] != ' ')
                return false;
        }
        return true;
    }
    // "- " (or "-" alone) right before p, after spaces only: the first key of a list item.
    bool afterDash(Pos p) const
    {
        Pos q = p;
        while (q > 0 && isBlank(m_t[q - 1]))
            --q;
        return q > 0 && q < p && m_t[q - 1] == '-' && onlySpacesBefore(q - 1);
    }
    // The spaces a content line starts with; -1 for a blank or comment-only line.
    int contentIndent(Pos start) const
    {
        Pos p = start;
        while (p < m_n && m_t[p] == ' ')
            ++p;
        Pos q = p;
        while (q < m_n && isBlank(m_t[q]))
            ++q;
        if (q >= m_n || m_t[q] == '\n' || m_t[q] == '\r' || m_t[q] == '#')
            return -1;
        return int(p - start);
    }

    // The end of the block that starts on the line of `from`: the lines after it indented deeper
    // than `column` (and, for a mapping's entry, a list at `column`, which YAML lets a mapping's
    // value have), with the comments indented as deep. Just after the line break of its last such
    // line: blank lines and comments further left stay with whatever follows.
    Pos blockEnd(Pos from, int column, bool mapEntry) const
    {
        Pos last = nextLine(from);
        for (Pos line = last; line < m_n; line = nextLine(line)) {
            Pos p = line;
            while (p < m_n && m_t[p] == ' ')
                ++p;
            const int indent = int(p - line);
            if (contentIndent(line) < 0) {
                // Blank, or a comment: a comment indented into the block belongs to it.
                Pos q = p;
                while (q < m_n && isBlank(m_t[q]))
                    ++q;
                if (q < m_n && m_t[q] == '#' && indent > column)
                    last = nextLine(line);
                continue;
            }
            bool content = indent > column;
            if (!content && indent == column && mapEntry && m_t[line + indent] == '-' &&
                (line + indent + 1 >= m_n || isBlank(m_t[line + indent + 1]) ||
                 m_t[line + indent + 1] == '\n' || m_t[line + indent + 1] == '\r'))
                content = true;
            if (!content)
                break;
            last = nextLine(line);
        }
        return last;
    }

    // The end of a flow collection that starts at p ("{" or "["), quotes and comments skipped.
    std::optional<Pos> flowEnd(Pos p) const
    {
        int depth = 0;
        for (Pos q = p; q < m_n; ++q) {
            const char c = m_t[q];
            if (c == '"' || c == '\'') {
                const std::optional<Pos> end = quotedEnd(q);
                if (!end)
                    return std::nullopt;
                q = *end - 1;
            } else if (c == '#' && q > p && (isBlank(m_t[q - 1]) || m_t[q - 1] == '\n')) {
                q = nextLine(q) - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return q + 1;
            }
        }
        return std::nullopt;
    }
    std::optional<Pos> quotedEnd(Pos p) const
    {
        const char quote = m_t[p];
        for (Pos q = p + 1; q < m_n; ++q) {
            if (quote == '"' && m_t[q] == '\\') {
                ++q;
            } else if (m_t[q] == quote) {
                if (quote == '\'' && q + 1 < m_n && m_t[q + 1] == '\'') {
                    ++q;
                    continue;
                }
                return q + 1;
            }
        }
        return std::nullopt;
    }
    // The end of the value that starts at p, or nothing for one a splice does not take apart (an
    // anchor, alias, tag or block scalar: reason() says which).
    std::optional<Pos> valueEnd(Pos p, bool flow, const QString &path)
    {
        if (p < 0 || p >= m_n) {
            fail(tr("%1 was not found in the text").arg(place(path)));
            return std::nullopt;
        }
        const char c = m_t[p];
        if (c == '"' || c == '\'')
            return quotedEnd(p);
        if (c == '{' || c == '[')
            return flowEnd(p);
        if (c == '&' || c == '*') {
            fail(tr("%1 has an anchor or is an alias").arg(place(path)));
            return std::nullopt;
        }
        if (c == '!') {
            fail(tr("%1 has a YAML tag").arg(place(path)));
            return std::nullopt;
        }
        if (c == '|' || c == '>') {
            fail(tr("%1 is a block scalar (| or >)").arg(place(path)));
            return std::nullopt;
        }
        Pos q = p;
        while (q < m_n && m_t[q] != '\n' && m_t[q] != '\r') {
            if (m_t[q] == '#' && q > p && isBlank(m_t[q - 1]))
                break;
            if (flow && (m_t[q] == ',' || m_t[q] == ']' || m_t[q] == '}'))
                break;
            ++q;
        }
        while (q > p && isBlank(m_t[q - 1]))
            --q;
        return q;
    }

    // The spaces one level of the file's nesting steps in: from the first line that is indented
    // deeper than the key or item before it. 2 when nothing says.
    int detectStep() const
    {
        int previous = -1;
        for (Pos line = 0; line < m_n; line = nextLine(line)) {
            const int indent = contentIndent(line);
            if (indent < 0)
                continue;
            if (previous >= 0 && indent > previous)
                return std::clamp(indent - previous, 1, 8);
            previous = indent;
            if (m_t[line + indent] == '-' && line + indent + 1 < m_n && isBlank(m_t[line + indent + 1]))
                previous = indent + 2;
        }
        return 2;
    }

    // Whether the file's block lists put their dashes under the key that holds them ("users:" then
    // "- name:"), from the first such list; kubectl's way when the file has none.
    bool detectIndentlessLists() const
    {
        int keyIndent = -1;
        for (Pos line = 0; line < m_n; line = nextLine(line)) {
            const int indent = contentIndent(line);
            if (indent < 0)
                continue;
            if (keyIndent >= 0 && m_t[line + indent] == '-' && line + indent + 1 < m_n &&
                (isBlank(m_t[line + indent + 1]) || m_t[line + indent + 1] == '\n' ||
                 m_t[line + indent + 1] == '\r'))
                return indent == keyIndent;
            // A key with nothing after its colon (a comment at most) opens a block.
            Pos end = nextLine(line);
            while (end > line && (m_t[end - 1] == '\n' || m_t[end - 1] == '\r' || isBlank(m_t[end - 1])))
                --end;
            const bool opens = end > line && m_t[end - 1] == ':' && m_t[line + indent] != '#';
            keyIndent = opens ? indent + (m_t[line + indent] == '-' ? 2 : 0) : -1;
        }
        return true;
    }

    // The whitespace before p back to the separator ("{", "[" or ","), as the next entry of a
    // flow collection should start: a line break and the indentation, or one space.
    QByteArray flowGap(Pos p) const
    {
        Pos q = p;
        while (q > 0 && (isBlank(m_t[q - 1]) || m_t[q - 1] == '\n' || m_t[q - 1] == '\r'))
            --q;
        const QByteArray gap = m_t.mid(q, p - q);
        const qsizetype newline = gap.lastIndexOf('\n');
        if (newline < 0)
            return QByteArrayLiteral(" ");
        return (m_crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n")) + gap.mid(newline + 1);
    }
    static int gapIndent(const QByteArray &gap)
    {
        const qsizetype newline = gap.lastIndexOf('\n');
        return newline < 0 ? -1 : int(gap.size() - newline - 1);
    }

    // Entries as a block mapping at `column` has them, one line break each.
    // A list under a new key follows the file's lists: its dashes under the key (as kubectl
    // writes them) or indented by a step.
    QByteArray blockEntries(const std::vector<std::pair<YAML::Node, YAML::Node>> &entries, int column)
    {
        QByteArray out;
        const QByteArray indent(column, ' ');
        for (const auto &[key, value] : entries) {
            YAML::Node map(YAML::NodeType::Map);
            map.force_insert(key, value);
            const QByteArray text = YamlEmitter::toYaml(map, std::max(m_step, 2));
            m_unwritable = m_unwritable || text.isEmpty();
            const qsizetype firstBreak = text.indexOf('\n');
            if (value.IsSequence() && value.size() > 0 && firstBreak > 0 && text[firstBreak - 1] == ':') {
                out.append(lines(indent + text.left(firstBreak + 1)));
                std::vector<YAML::Node> items(value.begin(), value.end());
                out.append(blockItems(items, column + (m_indentlessLists ? 0 : std::max(m_step, 2))));
                continue;
            }
            for (const QByteArray &line : text.split('\n')) {
                if (!line.isEmpty())
                    out.append(lines(indent + line + '\n'));
            }
        }
        return out;
    }

    QByteArray scalarText(const YAML::Node &node, const std::string &key, char style, bool flow,
                          const QString &path)
    {
        const QByteArray emitted = YamlEmitter::scalarToYaml(node, key);
        if (emitted.isEmpty() || emitted.contains('\n')) {
            fail(tr("%1 cannot be written on one line").arg(place(path)));
            return {};
        }
        const bool quoted = emitted.front() == '"' || emitted.front() == '\'';
        const std::string &text = node.Scalar();
        const bool string = quoted || GoYamlRules::plainReadsAsString(text);
        if (!string)
            return emitted; // a boolean, number or null: plain, as it must be
        if (style == '"' ||
            (flow && (quoted || emitted.contains(',') || emitted.contains('[') || emitted.contains(']') ||
                      emitted.contains('{') || emitted.contains('}'))))
            return jsonString(text);
        if (style == '\'' && printable(text))
            return '\'' + QByteArray::fromStdString(text).replace('\'', "''") + '\'';
        return emitted;
    }

    bool walk(const YAML::Node &o, const YAML::Node &r, const YAML::Node &n, const QString &path, bool flow,
              Pos after, const std::string &key)
    {
        if (same(o, n))
            return true;
        if (!sameKind(o, n) || !sameKind(o, r))
            return fail(tr("%1 changes its kind").arg(place(path)));
        const Pos at = r.Mark().pos;
        if (at < 0 || at >= m_n || at <= after)
            return fail(tr("%1 is reached through an alias").arg(place(path)));
        const char c = m_t[at];
        if (c == '&' || c == '*')
            return fail(tr("%1 has an anchor or is an alias").arg(place(path)));
        if (c == '!')
            return fail(tr("%1 has a YAML tag").arg(place(path)));
        if (o.IsScalar())
            return scalar(r, n, path, flow, key);
        if (o.IsSequence())
            return sequence(o, r, n, path);
        return map(o, r, n, path);
    }

    bool scalar(const YAML::Node &r, const YAML::Node &n, const QString &path, bool flow,
                const std::string &key)
    {
        const Pos at = r.Mark().pos;
        const std::optional<Pos> end = valueEnd(at, flow, path);
        if (!end)
            return fail(tr("%1 could not be found in the text").arg(place(path)));
        const char style = m_t[at];
        if (style != '"' && style != '\'' && m_t.mid(at, *end - at).toStdString() != r.Scalar())
            return fail(tr("%1 spans several lines").arg(place(path)));
        const QByteArray text = scalarText(n, key, style, flow, path);
        if (text.isEmpty())
            return false;
        m_edits.push_back({at, *end, text});
        return true;
    }

    struct Entry
    {
        std::string key;
        Pos keyAt;
        YAML::Node value;
    };

    bool map(const YAML::Node &o, const YAML::Node &r, const YAML::Node &n, const QString &path)
    {
        const Pos at = r.Mark().pos;
        const bool flow = m_t[at] == '{';
        std::vector<Entry> entries;
        std::set<std::string> seen;
        for (auto it = r.begin(); it != r.end(); ++it) {
            const YAML::Node key = it->first;
            if (!key.IsScalar())
                return fail(tr("%1 has a key that is not text").arg(place(path)));
            if (key.Scalar() == "<<" && key.Tag() == "?")
                return fail(tr("%1 takes fields from a merge key (<<)").arg(place(path)));
            if (!seen.insert(key.Scalar()).second)
                return fail(
                    tr("%1 has the key “%2” twice").arg(place(path), QString::fromStdString(key.Scalar())));
            const char first = key.Mark().pos >= 0 && key.Mark().pos < m_n ? m_t[key.Mark().pos] : '\0';
            if (first == '?' || first == '&' || first == '*' || first == '!')
                return fail(tr("%1 has a key written in an unusual form").arg(place(path)));
            entries.push_back({key.Scalar(), key.Mark().pos, it->second});
        }
        std::vector<std::string> originalKeys;
        for (auto it = o.begin(); it != o.end(); ++it)
            originalKeys.push_back(it->first.Scalar());
        if (originalKeys.size() != entries.size() ||
            !std::equal(originalKeys.begin(), originalKeys.end(), entries.begin(),
                        [](const std::string &a, const Entry &b) { return a == b.key; }))
            return fail(tr("%1 does not read as its text says").arg(place(path)));

        // Keys kept in place: in both, of the same kind. The rest is removed or added.
        std::vector<std::string> intendedKeys;
        for (auto it = n.begin(); it != n.end(); ++it) {
            if (!it->first.IsScalar())
                return fail(tr("%1 gets a key that is not text").arg(place(path)));
            intendedKeys.push_back(it->first.Scalar());
        }
        // In both trees (so in originalKeys and intendedKeys), of the same kind.
        const auto kept = [&](const std::string &name) {
            const YAML::Node before = o[name];
            const YAML::Node after = n[name];
            return before.IsDefined() && after.IsDefined() && sameKind(before, after);
        };
        std::vector<std::string> keptInOriginalOrder;
        std::vector<std::string> keptInIntendedOrder;
        for (const std::string &name : originalKeys) {
            if (kept(name))
                keptInOriginalOrder.push_back(name);
        }
        for (const std::string &name : intendedKeys) {
            if (kept(name))
                keptInIntendedOrder.push_back(name);
        }
        if (keptInOriginalOrder != keptInIntendedOrder)
            return fail(tr("the order of the keys in %1 changes").arg(place(path)));

        const auto indexOf = [&](const std::string &name) {
            return std::find_if(entries.begin(), entries.end(),
                                [&](const Entry &e) { return e.key == name; }) -
                   entries.begin();
        };
        if (flow && keptInOriginalOrder.empty()) {
            // Nothing of the mapping stays: it is written anew, in JSON's style and its old layout.
            const std::optional<Pos> end = flowEnd(at);
            if (!end)
                return fail(tr("%1 could not be found in the text").arg(place(path)));
            const bool multiLine = m_t.mid(at, *end - at).contains('\n');
            const int base = std::max(contentIndent(lineStart(at)), 0);
            const QByteArray json = jsonNode(n, {}, multiLine ? m_step : 0, base);
            m_unwritable = m_unwritable || json.isEmpty();
            m_edits.push_back({at, *end, lines(json)});
            return true;
        }
        // Removals. In a flow mapping a run of removed entries goes with the separators after it,
        // or, at the end, with those before it.
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (kept(entries[i].key))
                continue;
            if (!flow) {
                if (!remove(entries, i, path))
                    return false;
                continue;
            }
            std::size_t last = i;
            while (last + 1 < entries.size() && !kept(entries[last + 1].key))
                ++last;
            if (last + 1 < entries.size()) {
                m_edits.push_back({entries[i].keyAt, entries[last + 1].keyAt, {}});
            } else {
                const std::optional<Pos> from = valueEnd(entries[i - 1].value.Mark().pos, true, path);
                const std::optional<Pos> to = valueEnd(entries[last].value.Mark().pos, true, path);
                if (!from || !to)
                    return false;
                m_edits.push_back({*from, *to, {}});
            }
            i = last;
        }
        // Changes inside the kept values, first: what they add at their end comes before a field
        // added after them.
        for (const Entry &entry : entries) {
            if (!kept(entry.key))
                continue;
            const QString inner = path.isEmpty()
                                      ? QString::fromStdString(entry.key)
                                      : path + QLatin1Char('.') + QString::fromStdString(entry.key);
            if (!walk(o[entry.key], entry.value, n[entry.key], inner, flow, entry.keyAt, entry.key))
                return false;
        }
        // Additions, each group before the kept key that follows it (or at the end).
        std::vector<std::pair<YAML::Node, YAML::Node>> group;
        for (auto it = n.begin(); it != n.end(); ++it) {
            const std::string name = it->first.Scalar();
            if (!kept(name)) {
                group.emplace_back(it->first, it->second);
                continue;
            }
            if (!group.empty() && !insert(entries, indexOf(name), group, flow, at, kept, path))
                return false;
            group.clear();
        }
        if (!group.empty() && !insert(entries, -1, group, flow, at, kept, path))
            return false;
        return true;
    }

    bool remove(const std::vector<Entry> &entries, std::size_t i, const QString &path)
    {
        const Pos keyAt = entries[i].keyAt;
        const QString name = QString::fromStdString(entries[i].key);
        if (onlySpacesBefore(keyAt)) {
            m_edits.push_back({lineStart(keyAt), blockEnd(keyAt, column(keyAt), true), {}});
            return true;
        }
        // The first key of a list item ("- token: x"): the next key moves up behind the dash.
        if (afterDash(keyAt) && i + 1 < entries.size() && onlySpacesBefore(entries[i + 1].keyAt) &&
            column(entries[i + 1].keyAt) == column(keyAt)) {
            m_edits.push_back({keyAt, entries[i + 1].keyAt, {}});
            return true;
        }
        return fail(tr("%1 could not be removed from %2").arg(name, place(path)));
    }

    bool insert(const std::vector<Entry> &entries, Pos before,
                const std::vector<std::pair<YAML::Node, YAML::Node>> &group, bool flow, Pos mapAt,
                const std::function<bool(const std::string &)> &kept, const QString &path)
    {
        if (flow) {
            // After the last entry that stays (the mapping keeps one: one with none is written anew).
            std::size_t last = entries.size();
            while (last > 0 && !kept(entries[last - 1].key))
                --last;
            if (last == 0)
                return fail(tr("a field could not be added to %1").arg(place(path)));
            return flowInsert(mapAt, entries.size(), before < 0 ? -1 : entries[before].keyAt,
                              entries[last - 1].keyAt, entries[last - 1].value.Mark().pos, group, {}, path);
        }
        const int keyColumn = column(entries.front().keyAt);
        const QByteArray text = blockEntries(group, keyColumn);
        if (before >= 0) {
            const Pos keyAt = entries[before].keyAt;
            if (onlySpacesBefore(keyAt))
                m_edits.push_back({lineStart(keyAt), lineStart(keyAt), text});
            else if (afterDash(keyAt))
                m_edits.push_back({keyAt, keyAt, text.mid(keyColumn) + QByteArray(keyColumn, ' ')});
            else
                return fail(tr("a field could not be added to %1").arg(place(path)));
            return true;
        }
        const Pos last = entries.back().keyAt;
        const Pos end = blockEnd(last, keyColumn, true);
        m_edits.push_back(
            {end, end, (end == m_n && m_n > 0 && m_t.back() != '\n' ? lines("\n") : QByteArray()) + text});
        return true;
    }

    // Adds map entries (`group`) or list items (`items`) to the flow collection at `at` holding
    // `count` entries: before the one that starts at `before`, or after the last one (which starts
    // at `lastAt`, its value at `lastValueAt`).
    bool flowInsert(Pos at, std::size_t count, Pos before, Pos lastAt, Pos lastValueAt,
                    const std::vector<std::pair<YAML::Node, YAML::Node>> &group,
                    const std::vector<YAML::Node> &items, const QString &path)
    {
        const auto render = [&](const QByteArray &gap) {
            const int base = gapIndent(gap);
            const int step = base < 0 ? 0 : m_step;
            std::vector<QByteArray> parts;
            for (const auto &[key, value] : group) {
                const std::string name = key.Scalar();
                const QByteArray json = jsonNode(value, name, step, std::max(base, 0));
                m_unwritable = m_unwritable || json.isEmpty();
                parts.push_back(jsonString(name) + ": " + lines(json));
            }
            for (const YAML::Node &item : items) {
                const QByteArray json = jsonNode(item, {}, step, std::max(base, 0));
                m_unwritable = m_unwritable || json.isEmpty();
                parts.push_back(lines(json));
            }
            QByteArray out;
            for (std::size_t i = 0; i < parts.size(); ++i)
                out.append((i == 0 ? QByteArray() : "," + gap) + parts[i]);
            return out;
        };
        if (count == 0) {
            if (at < 0 || at >= m_n || (m_t[at] != '{' && m_t[at] != '['))
                return fail(tr("an entry could not be added to %1").arg(place(path)));
            m_edits.push_back({at + 1, at + 1, render(QByteArrayLiteral(" "))});
            return true;
        }
        if (before >= 0) {
            const QByteArray gap = flowGap(before);
            m_edits.push_back({before, before, render(gap) + "," + gap});
            return true;
        }
        const std::optional<Pos> end = valueEnd(lastValueAt, true, path);
        if (!end)
            return false;
        const QByteArray gap = flowGap(lastAt);
        m_edits.push_back({*end, *end, "," + gap + render(gap)});
        return true;
    }

    bool sequence(const YAML::Node &o, const YAML::Node &r, const YAML::Node &n, const QString &path)
    {
        if (r.size() != o.size())
            return fail(tr("%1 does not read as its text says").arg(place(path)));
        if (n.size() < o.size())
            return fail(tr("an entry of %1 is removed").arg(place(path)));
        const Pos at = r.Mark().pos;
        const bool flow = m_t[at] == '[';
        Pos after = at - 1;
        for (std::size_t i = 0; i < o.size(); ++i) {
            const YAML::Node item = r[i];
            if (!walk(o[i], item, n[i], QStringLiteral("%1[%2]").arg(path).arg(i), flow, after, {}))
                return false;
            after = item.Mark().pos;
        }
        if (n.size() == o.size())
            return true;
        std::vector<YAML::Node> added;
        for (std::size_t i = o.size(); i < n.size(); ++i)
            added.push_back(n[i]);
        if (flow) {
            const Pos last = o.size() ? r[o.size() - 1].Mark().pos : -1;
            return flowInsert(at, o.size(), -1, last, last, {}, added, path);
        }
        if (m_t[at] != '-')
            return fail(tr("an entry could not be added to %1").arg(place(path)));
        const int dash = column(at);
        const Pos end = blockEnd(r[o.size() - 1].Mark().pos, dash, false);
        const QByteArray text = blockItems(added, dash);
        m_edits.push_back(
            {end, end, (end == m_n && m_n > 0 && m_t.back() != '\n' ? lines("\n") : QByteArray()) + text});
        return true;
    }

    // List items in block style, the dash at `dash`, the item's lines under the text after it.
    QByteArray blockItems(const std::vector<YAML::Node> &items, int dash)
    {
        QByteArray text;
        const QByteArray indent(dash + 2, ' ');
        for (const YAML::Node &item : items) {
            const QByteArray yaml = YamlEmitter::toYaml(item, std::max(m_step, 2));
            m_unwritable = m_unwritable || yaml.isEmpty();
            bool first = true;
            for (const QByteArray &line : yaml.split('\n')) {
                if (line.isEmpty())
                    continue;
                text.append(first ? QByteArray(QByteArray(dash, ' ') + "- " + line)
                                  : QByteArray(indent + line));
                text.append('\n');
                first = false;
            }
        }
        return lines(text);
    }

    QByteArray m_t;
    Pos m_n;
    bool m_crlf = false;
    bool m_unwritable = false; ///< something to add could not be written (too large or too deep)
    bool m_indentlessLists = true;
    int m_step = 2;
    QString m_reason;
    std::vector<TextEdit> m_edits;
};

} // namespace

QString YamlSplicer::note(const QString &path, const QString &reason)
{
    return tr("%1 is written out whole, so its comments and layout are not kept: %2. The backup keeps the "
              "original.")
        .arg(path, reason);
}

bool YamlSplicer::isJson(const QByteArray &bytes)
{
    for (qsizetype i = bytes.startsWith(ByteOrderMark) ? 3 : 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

QByteArray YamlSplicer::toJson(const YAML::Node &node, int step, int base)
{
    return jsonNode(node, {}, step, base);
}

bool YamlSplicer::readsAs(const QByteArray &bytes, const YAML::Node &intended, const QString &path)
{
    const KubeconfigDocument document = KubeconfigDocument::parse(path, bytes);
    if (document.status() == KubeconfigDocument::Status::Error)
        return false;
    return equivalent(document.root(), intended);
}

YamlSplicer::Result YamlSplicer::splice(const QByteArray &original, const YAML::Node &originalRoot,
                                        const YAML::Node &intended, const QString &path)
{
    Result result;
    // Nothing to change: the file as it is.
    if (originalRoot.IsDefined() && same(originalRoot, intended)) {
        result.bytes = original;
        result.layoutKept = true;
        return result;
    }
    const bool bom = original.startsWith(ByteOrderMark);
    const QByteArray text = bom ? original.mid(3) : original;
    Splicer splicer(text);
    QString reason;
    if (GoYamlRules::prepare(original) != original) {
        reason = tr("the file has NEL line breaks");
    } else {
        try {
            const YAML::Node raw = YamlLoader::loadPlain(text);
            if (splicer.edit(originalRoot, raw, intended)) {
                if (const std::optional<QByteArray> spliced = splicer.apply()) {
                    QByteArray bytes = bom ? ByteOrderMark + *spliced : *spliced;
                    if (readsAs(bytes, intended, path)) {
                        result.bytes = std::move(bytes);
                        result.layoutKept = true;
                        return result;
                    }
                    reason = tr("a precise edit did not read back as intended");
                }
            }
            if (reason.isEmpty())
                reason = splicer.reason();
        } catch (const YAML::Exception &) {
            reason = tr("the file could not be read again");
        }
    }

    // The whole tree, in the file's own format, line endings and byte-order mark where that reads
    // back as intended; otherwise as the emitter writes it.
    result.fallbackReason = reason;
    const QByteArray yaml = YamlEmitter::toYaml(intended);
    if (yaml.isEmpty())
        return result; // too large or too deep to write at all
    QByteArray whole = yaml;
    if (isJson(original)) {
        const QByteArray json = toJson(intended, std::max(splicer.step(), 1));
        if (!json.isEmpty())
            whole = json + '\n';
    }
    if (text.contains("\r\n"))
        whole.replace("\n", "\r\n");
    if (bom)
        whole.prepend(ByteOrderMark);
    result.bytes = whole == yaml || readsAs(whole, intended, path) ? whole : yaml;
    return result;
}

} // namespace kubeminder
