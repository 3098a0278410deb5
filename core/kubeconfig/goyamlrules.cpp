#include "goyamlrules.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace kubeminder {

namespace {

using PlainType = GoYamlRules::PlainType;

constexpr std::string_view NextLine = "\xC2\x85";               // U+0085, NEL
constexpr std::string_view LineSeparator = "\xE2\x80\xA8";      // U+2028
constexpr std::string_view ParagraphSeparator = "\xE2\x80\xA9"; // U+2029

// go-yaml v2's resolve table (resolve.go): the words YAML 1.1 gives a type.
struct Word
{
    std::string_view text;
    PlainType type;
};
constexpr std::array<Word, 38> Words{{
    {"~", PlainType::Null},         {"null", PlainType::Null},      {"Null", PlainType::Null},
    {"NULL", PlainType::Null},      {"y", PlainType::Bool},         {"Y", PlainType::Bool},
    {"yes", PlainType::Bool},       {"Yes", PlainType::Bool},       {"YES", PlainType::Bool},
    {"true", PlainType::Bool},      {"True", PlainType::Bool},      {"TRUE", PlainType::Bool},
    {"on", PlainType::Bool},        {"On", PlainType::Bool},        {"ON", PlainType::Bool},
    {"n", PlainType::Bool},         {"N", PlainType::Bool},         {"no", PlainType::Bool},
    {"No", PlainType::Bool},        {"NO", PlainType::Bool},        {"false", PlainType::Bool},
    {"False", PlainType::Bool},     {"FALSE", PlainType::Bool},     {"off", PlainType::Bool},
    {"Off", PlainType::Bool},       {"OFF", PlainType::Bool},       {".nan", PlainType::Infinite},
    {".NaN", PlainType::Infinite},  {".NAN", PlainType::Infinite},  {".inf", PlainType::Infinite},
    {".Inf", PlainType::Infinite},  {".INF", PlainType::Infinite},  {"+.inf", PlainType::Infinite},
    {"+.Inf", PlainType::Infinite}, {"+.INF", PlainType::Infinite}, {"-.inf", PlainType::Infinite},
    {"-.Inf", PlainType::Infinite}, {"-.INF", PlainType::Infinite},
}};

// Strings all the same, but words YAML 1.1 reserves: "<<" is the merge key, "=" the value key.
// Never written plain.
constexpr std::array<std::string_view, 2> ReservedWords{"<<", "="};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The value when strconv.ParseInt(s, 0, 64) or strconv.ParseUint(s, 0, 64) succeeds (underscores
// already gone), as a JSON number holds it.
std::optional<double> goInteger(std::string_view s)
{
    bool sign = false;
    bool negative = false;
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
        sign = true;
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (s.empty())
        return std::nullopt;
    unsigned base = 10;
    if (s.size() > 1 && s.front() == '0') {
        const char prefix = char(s[1] | 0x20);
        if (prefix == 'x' || prefix == 'o' || prefix == 'b') {
            base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
            s.remove_prefix(2);
        } else {
            base = 8;
            s.remove_prefix(1);
        }
        if (s.empty())
            return std::nullopt; // "0x" alone
    }
    std::uint64_t value = 0;
    for (const char c : s) {
        unsigned digit = 0;
        if (isDigit(c))
            digit = unsigned(c - '0');
        else if (base == 16 && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            digit = unsigned((c | 0x20) - 'a' + 10);
        else
            return std::nullopt;
        if (digit >= base)
            return std::nullopt;
        if (value > (std::numeric_limits<std::uint64_t>::max() - digit) / base)
            return std::nullopt;
        value = value * base + digit;
    }
    // ParseUint takes no sign; ParseInt takes down to -2^63 and up to 2^63 - 1.
    const double number = negative ? -double(value) : double(value);
    if (!sign)
        return number;
    const std::uint64_t limit = std::uint64_t(std::numeric_limits<std::int64_t>::max()) + (negative ? 1 : 0);
    return value <= limit ? std::optional<double>(number) : std::nullopt;
}

// go-yaml's yamlStyleFloat: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
bool isYamlStyleFloat(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        return i - start;
    };
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    } else {
        if (digits() == 0)
            return false;
        if (i < s.size() && s[i] == '.') {
            ++i;
            digits();
        }
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == s.size();
}

// strconv.ParseFloat succeeds: an overflow (1e400) is an error there, so such a word stays a string.
bool isFiniteFloat(const std::string &s)
{
    errno = 0;
    const double value = std::strtod(s.c_str(), nullptr);
    return std::isfinite(value) && !(errno == ERANGE && value != 0.0);
}

// Go allows "_" between two digits of a number.
bool underscoresBetweenDigits(std::string_view s)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_' && (i == 0 || i + 1 == s.size() || !isDigit(s[i - 1]) || !isDigit(s[i + 1])))
            return false;
    }
    return true;
}

std::string withoutUnderscores(std::string_view s)
{
    std::string plain;
    plain.reserve(s.size());
    for (const char c : s) {
        if (c != '_')
            plain.push_back(c);
    }
    return plain;
}

// ---- Scalars in the text ----------------------------------------------------------------------

// Where a scalar's own text starts: past its tag and anchor ("!!str &name 'value'"), which the mark
// points at.
std::size_t scalarStart(const YAML::Node &node, std::string_view text)
{
    std::size_t at = std::size_t(node.Mark().pos);
    while (at < text.size() && (text[at] == '!' || text[at] == '&')) {
        while (at < text.size() && text[at] != ' ' && text[at] != '\t' && text[at] != '\n' &&
               text[at] != '\r')
            ++at;
        while (at < text.size() &&
               (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
            ++at;
    }
    return at;
}

// The offset of a quoted scalar's closing quote, or npos when it is never closed. `at` is its
// opening quote. Calls `escape` with the character after each backslash of a double-quoted one.
template<typename EscapeFn>
std::size_t closingQuote(std::string_view text, std::size_t at, EscapeFn &&escape)
{
    const char quote = text[at];
    for (std::size_t i = at + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i; // an escape: the next character is not the end
            if (i < text.size())
                escape(text[i], i);
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i; // '' is a quote inside a single-quoted scalar
                continue;
            }
            return i;
        }
    }
    return std::string_view::npos;
}

// The last node of the document in text order: the last item or entry, all the way down.
YAML::Node lastNode(const YAML::Node &root)
{
    // reset(), not "=": assigning to a YAML::Node writes through to the node it refers to.
    YAML::Node node = root;
    // Iterative: a deeply nested document must not exhaust the stack.
    for (;;) {
        if (node.IsSequence() && node.size() > 0) {
            node.reset(node[node.size() - 1]);
        } else if (node.IsMap() && node.size() > 0) {
            YAML::const_iterator last = node.begin();
            for (auto it = node.begin(); it != node.end(); ++it)
                last = it;
            // A key with no value ends the entry itself (yaml-cpp marks the missing value where the key is).
            node.reset(last->second.Mark().pos > last->first.Mark().pos ? last->second : last->first);
        } else {
            return node;
        }
    }
}

// yaml-cpp (0.7) accepts a quoted scalar that is never closed when the text ends with a line
// break, taking the rest of the file as its value; go-yaml, and so kubectl, refuse the file. Such a
// scalar runs to the end of the text, so it can only be the document's last node: if that is a
// quoted scalar, its closing quote must be there.
void refuseUnterminatedQuote(const YAML::Node &root, std::string_view text)
{
    const YAML::Node last = lastNode(root);
    if (!last.IsScalar() || last.Mark().is_null())
        return;
    const std::size_t at = scalarStart(last, text);
    if (at >= text.size() || (text[at] != '"' && text[at] != '\''))
        return; // a plain or block scalar
    if (closingQuote(text, at, [](char, std::size_t) {}) == std::string_view::npos)
        throw YAML::ParserException(last.Mark(),
                                    "a quoted value is never closed (its closing quote is missing)");
}

bool hasSeparator(std::string_view text)
{
    return text.find(LineSeparator) != std::string_view::npos ||
           text.find(ParagraphSeparator) != std::string_view::npos;
}

// go-yaml takes a raw U+2028 or U+2029 inside a quoted value for a line break: it keeps the
// character but, as around any line break there, drops the spaces and tabs on either side.
std::string withoutBlanksAroundSeparators(const std::string &value)
{
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size();) {
        const std::string_view rest = std::string_view(value).substr(i);
        if (rest.substr(0, 3) == LineSeparator || rest.substr(0, 3) == ParagraphSeparator) {
            while (!out.empty() && (out.back() == ' ' || out.back() == '\t'))
                out.pop_back();
            out.append(rest.substr(0, 3));
            i += 3;
            while (i < value.size() && (value[i] == ' ' || value[i] == '\t'))
                ++i;
            continue;
        }
        out.push_back(value[i++]);
    }
    return out;
}

// One scalar (key or value) against the rules only its text can show.
void scalarAfterParse(YAML::Node node, std::string_view text, bool slashEscapes, bool separators)
{
    if (node.Mark().is_null())
        return;
    // yaml-cpp tags a plain scalar "?" and a quoted one "!".
    const bool quoted = node.Tag() == "!";
    if (separators && hasSeparator(node.Scalar())) {
        if (node.Tag() == "?") {
            throw YAML::ParserException(node.Mark(),
                                        "a line or paragraph separator (U+2028, U+2029) inside an "
                                        "unquoted value, where kubectl's YAML reader ends the line");
        }
        const std::size_t at = quoted ? scalarStart(node, text) : text.size();
        if (at < text.size() && (text[at] == '"' || text[at] == '\'')) {
            bool escaped = false; // "\L" or "\P": no line break, nothing dropped (not mixed with raw ones)
            const std::size_t end = closingQuote(
                text, at, [&](char c, std::size_t) { escaped = escaped || c == 'L' || c == 'P'; });
            if (!escaped && hasSeparator(text.substr(at, end == std::string_view::npos ? end : end - at)))
                node = withoutBlanksAroundSeparators(node.Scalar()); // writes through: tag and mark stay
        }
    }
    if (!slashEscapes || !quoted)
        return;
    const std::size_t at = scalarStart(node, text);
    if (at >= text.size() || text[at] != '"')
        return;
    closingQuote(text, at, [&](char escaped, std::size_t) {
        if (escaped == '/')
            throw YAML::ParserException(node.Mark(), "the escape \\/ exists only in YAML 1.2; kubectl's YAML "
                                                     "reader (YAML 1.1) refuses it: write / alone");
    });
}

// ---- The tree -------------------------------------------------------------------------------

// yaml-cpp decodes "\N" and "\_" to the single bytes 0x85 and 0xA0 (yaml-cpp#803) instead of
// U+0085 and U+00A0. The text was UTF-8 before parsing, so any byte that does not fit a UTF-8
// sequence came from such an escape and stands for the code point of its value.
std::string decodeStrayBytes(const std::string &scalar)
{
    std::string fixed;
    fixed.reserve(scalar.size() + 8);
    const auto *bytes = reinterpret_cast<const unsigned char *>(scalar.data());
    for (std::size_t i = 0; i < scalar.size();) {
        const unsigned char lead = bytes[i];
        std::size_t length = lead < 0x80           ? 1
                             : (lead >> 5) == 0x6  ? 2
                             : (lead >> 4) == 0xE  ? 3
                             : (lead >> 3) == 0x1E ? 4
                                                   : 0;
        if (length > 1 && (i + length > scalar.size() ||
                           !QByteArrayView(scalar.data() + i, qsizetype(length)).isValidUtf8()))
            length = 0;
        if (length == 0) {
            fixed.push_back(char(0xC0 | (lead >> 6)));
            fixed.push_back(char(0x80 | (lead & 0x3F)));
            ++i;
            continue;
        }
        fixed.append(scalar, i, length);
        i += length;
    }
    return fixed;
}

bool isMergeKey(const YAML::Node &key)
{
    // A merge key is the plain word; a quoted "<<" is an ordinary key.
    return key.IsScalar() && key.Tag() == "?" && key.Scalar() == "<<";
}

[[noreturn]] void refuseMergeValue(const YAML::Node &value)
{
    throw YAML::ParserException(value.Mark(), "a merge key (<<) must name a mapping or a list of mappings");
}

class Normaliser
{
public:
    void node(YAML::Node node, int depth)
    {
        // yaml-cpp's parser stops far sooner; this only keeps a hand-built tree from the stack's end.
        if (depth > 10'000)
            return;
        if (node.IsScalar()) {
            // Only a double-quoted scalar has escapes: never a plain one (yaml-cpp tags those "?"),
            // but a quoted one may carry a tag of its own (!!str "a\N").
            if (node.Tag() != "?" && !QByteArrayView(node.Scalar()).isValidUtf8())
                node = decodeStrayBytes(node.Scalar()); // writes through: tag and mark stay
        } else if (node.IsSequence()) {
            for (YAML::Node item : node)
                this->node(item, depth + 1);
        } else if (node.IsMap()) {
            // Children first: a mapping merged into this one must have its own merges applied.
            // One dereference per entry: yaml-cpp builds the key and value nodes anew on each.
            for (const auto &entry : node) {
                this->node(entry.first, depth + 1);
                this->node(entry.second, depth + 1);
            }
            mapping(node);
        }
    }

private:
    using Pair = std::pair<YAML::Node, YAML::Node>;

    // go-yaml fills a mapping pair by pair: a merge key sets every entry of the mapping it names
    // (of a list of mappings, the earlier ones win), and a later value for a key replaces the earlier.
    static void mapping(YAML::Node map)
    {
        if (!needsRewrite(map))
            return;
        std::vector<Pair> pairs;
        for (const auto &entry : map)
            pairs.emplace_back(entry.first, entry.second);

        std::vector<Pair> expanded;
        for (const Pair &pair : pairs) {
            if (!isMergeKey(pair.first)) {
                expanded.push_back(pair);
                continue;
            }
            const YAML::Node &value = pair.second;
            if (value.IsMap()) {
                appendEntries(value, expanded);
            } else if (value.IsSequence()) {
                for (std::size_t i = value.size(); i-- > 0;) {
                    const YAML::Node item = value[i];
                    if (!item.IsMap())
                        refuseMergeValue(item);
                    appendEntries(item, expanded);
                }
            } else {
                refuseMergeValue(value.IsDefined() && !value.Mark().is_null() ? value : pair.first);
            }
        }

        // Each key once, where it first stood, with the value it was given last.
        std::vector<Pair> result;
        result.reserve(expanded.size());
        std::unordered_map<std::string, std::size_t> index;
        for (const Pair &pair : expanded) {
            if (!pair.first.IsScalar()) {
                result.push_back(pair);
                continue;
            }
            const auto [at, added] = index.try_emplace(pair.first.Scalar(), result.size());
            if (added)
                result.push_back(pair);
            else
                result[at->second].second.reset(pair.second); // not "=", which writes through to the node
        }
        for (const Pair &pair : pairs)
            map.remove(pair.first); // by identity: the key node itself
        for (const Pair &pair : result)
            map.force_insert(pair.first, pair.second);
    }

    static void appendEntries(const YAML::Node &map, std::vector<Pair> &into)
    {
        for (const auto &entry : map)
            into.emplace_back(entry.first, entry.second);
    }

    // Whether the mapping has a merge key or a key given twice. sigs.k8s.io/yaml turns every key
    // into a JSON string, so keys are the same when their text is. Runs on every mapping of every
    // file: no allocation once the thread's buffer has grown.
    static bool needsRewrite(const YAML::Node &map)
    {
        thread_local std::vector<std::string_view> keys;
        keys.clear();
        for (const auto &entry : map) {
            if (isMergeKey(entry.first))
                return true;
            if (entry.first.IsScalar())
                keys.emplace_back(entry.first.Scalar());
        }
        constexpr std::size_t SmallMapping = 16; // a kubeconfig's mappings are small; compare directly
        if (keys.size() <= SmallMapping) {
            for (std::size_t i = 1; i < keys.size(); ++i) {
                for (std::size_t j = 0; j < i; ++j) {
                    if (keys[i] == keys[j])
                        return true;
                }
            }
            return false;
        }
        std::unordered_set<std::string_view> seen;
        for (const std::string_view key : keys) {
            if (!seen.insert(key).second)
                return true;
        }
        return false;
    }
};

} // namespace

GoYamlRules::PlainType GoYamlRules::resolvePlain(std::string_view text)
{
    if (text.empty())
        return PlainType::Null;
    const char hint = text.front();
    // go-yaml's hint table: only these first characters can start anything but a string.
    if (std::string_view("~nNyYtTfFoO.+-0123456789").find(hint) == std::string_view::npos)
        return PlainType::String;
    for (const Word &word : Words) {
        if (word.text == text)
            return word.type;
    }
    if (hint == '.') {
        // strconv.ParseFloat(text): a fraction with Go's digit separators.
        if (!underscoresBetweenDigits(text))
            return PlainType::String;
        const std::string plain = withoutUnderscores(text);
        return isYamlStyleFloat(plain) && isFiniteFloat(plain) ? PlainType::Float : PlainType::String;
    }
    if (hint == '+' || hint == '-' || isDigit(hint)) {
        // go-yaml drops every "_" and tries ParseInt, ParseUint, then its float pattern.
        const std::string plain = withoutUnderscores(text);
        if (goInteger(plain))
            return PlainType::Int;
        if (isYamlStyleFloat(plain))
            return isFiniteFloat(plain) ? PlainType::Float : PlainType::String;
    }
    return PlainType::String;
}

bool GoYamlRules::containsLineBreak(std::string_view text)
{
    return text.find(NextLine) != std::string_view::npos ||
           text.find(LineSeparator) != std::string_view::npos ||
           text.find(ParagraphSeparator) != std::string_view::npos;
}

void GoYamlRules::emitQuoted(YAML::Emitter &out, const std::string &text)
{
    if (containsLineBreak(text))
        out << YAML::EscapeNonAscii; // this scalar only
    out << YAML::DoubleQuoted << text;
}

bool GoYamlRules::plainReadsAsString(std::string_view text)
{
    if (containsLineBreak(text))
        return false;
    if (std::find(ReservedWords.begin(), ReservedWords.end(), text) != ReservedWords.end())
        return false;
    return resolvePlain(text) == PlainType::String;
}

QByteArray GoYamlRules::prepare(const QByteArray &text)
{
    // Directives stand before the first document, each on its own line.
    std::string_view rest(text.constData(), std::size_t(text.size()));
    if (rest.substr(0, 3) == "\xEF\xBB\xBF")
        rest.remove_prefix(3);
    int line = 0;
    while (!rest.empty() && (rest.front() == '%' || rest.front() == '#' || rest.front() == '\n' ||
                             rest.front() == '\r' || rest.front() == ' ')) {
        const std::size_t end = rest.find('\n');
        const std::string_view current = rest.substr(0, end);
        if (current.substr(0, 6) == "%YAML " || current.substr(0, 6) == "%YAML\t") {
            std::string_view version = current.substr(6);
            while (!version.empty() && (version.front() == ' ' || version.front() == '\t'))
                version.remove_prefix(1);
            const std::size_t stop = version.find_first_of(" \t\r#");
            version = version.substr(0, stop);
            // go-yaml takes "1.1" only ("1.01" reads as major 1, minor 1 too).
            const std::size_t dot = version.find('.');
            const auto number = [](std::string_view digits) {
                if (digits.empty() || digits.size() > 9 ||
                    digits.find_first_not_of("0123456789") != std::string_view::npos)
                    return -1;
                return std::atoi(std::string(digits).c_str());
            };
            if (dot == std::string_view::npos || number(version.substr(0, dot)) != 1 ||
                number(version.substr(dot + 1)) != 1) {
                YAML::Mark mark;
                mark.line = line;
                mark.column = 0;
                throw YAML::ParserException(mark, "a %YAML directive other than 1.1: kubectl's YAML reader "
                                                  "reads YAML 1.1 only (found incompatible YAML document)");
            }
        }
        if (end == std::string_view::npos)
            break;
        rest.remove_prefix(end + 1);
        ++line;
    }

    // string_view's find looks for the rare first byte with memchr.
    if (std::string_view(text.constData(), std::size_t(text.size())).find(NextLine) == std::string_view::npos)
        return text;
    QByteArray prepared = text;
    prepared.replace(QByteArrayView(NextLine.data(), qsizetype(NextLine.size())), "\n");
    return prepared;
}

void GoYamlRules::afterParse(const YAML::Node &root, std::string_view parsedText)
{
    // yaml-cpp skips a UTF-8 byte-order mark (Notepad writes one) and counts its marks after it.
    if (parsedText.substr(0, 3) == "\xEF\xBB\xBF")
        parsedText.remove_prefix(3);
    refuseUnterminatedQuote(root, parsedText);

    const bool slashEscapes = parsedText.find("\\/") != std::string_view::npos;
    const bool separators = hasSeparator(parsedText);
    if (!slashEscapes && !separators)
        return;
    // Iterative: a deeply nested document must not exhaust the stack.
    std::vector<YAML::Node> pending{root};
    while (!pending.empty()) {
        const YAML::Node node = pending.back();
        pending.pop_back();
        if (node.IsScalar()) {
            scalarAfterParse(node, parsedText, slashEscapes, separators);
        } else if (node.IsSequence()) {
            for (const YAML::Node &item : node)
                pending.push_back(item);
        } else if (node.IsMap()) {
            for (const auto &entry : node) {
                pending.push_back(entry.first);
                pending.push_back(entry.second);
            }
        }
    }
}

void GoYamlRules::normalise(YAML::Node root)
{
    Normaliser().node(std::move(root), 0);
}

QJsonValue GoYamlRules::toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node) {
            if (entry.first.IsScalar())
                object.insert(QString::fromStdString(entry.first.Scalar()), toJson(entry.second));
        }
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Scalar:
        break;
    default:
        return QJsonValue::Null;
    }
    const std::string &text = node.Scalar();
    if (node.Tag() != "?")
        return QString::fromStdString(text);
    switch (resolvePlain(text)) {
    case PlainType::String:
        return QString::fromStdString(text);
    case PlainType::Null:
    case PlainType::Infinite:
        return QJsonValue::Null;
    case PlainType::Bool: {
        static constexpr std::array<std::string_view, 11> TrueWords{
            "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"};
        return std::find(TrueWords.begin(), TrueWords.end(), text) != TrueWords.end();
    }
    case PlainType::Int:
    case PlainType::Float: {
        const std::string plain = withoutUnderscores(text);
        if (const std::optional<double> integer = goInteger(plain))
            return *integer;
        return std::strtod(plain.c_str(), nullptr);
    }
    }
    return QJsonValue::Null;
}

} // namespace kubeminder
