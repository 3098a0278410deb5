#include "yamlloader.h"

#include "goyamlrules.h"

#include <istream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>
#include <yaml-cpp/eventhandler.h>

namespace kubeminder {

namespace {

// Short values are cheap for yaml-cpp; lifting them would cost more than it saves.
constexpr std::size_t MinimumLiftedLength = 96;
// Short, because yaml-cpp pays per character; any document that already contains it takes the plain path.
constexpr std::string_view Placeholder = "~~";

// Per thread, because files load in parallel on pool threads; it only tells tests whether the
// fast path was taken for the last load on this thread.
thread_local int t_lastLiftedCount = 0;

bool isBlobChar(char c)
{
    // base64 (standard and URL-safe) and JWT: none of these is a YAML indicator in a plain scalar.
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '=' || c == '.' || c == '_' || c == '-';
}

bool isKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

std::size_t indentOf(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && line[i] == ' ')
        ++i;
    return i;
}

bool isBlank(std::string_view line)
{
    for (char c : line) {
        if (c != ' ' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

struct Lifted
{
    std::string text;
    std::vector<std::string_view> values;
};

// Finds lines of the form `[- ]key: <long blob>` whose plain scalar cannot continue on the next
// line (the next non-blank line is indented no deeper than the key), and replaces each value with
// a numbered placeholder.
Lifted liftLongScalars(std::string_view text)
{
    Lifted result;
    result.text.reserve(text.size() / 4);
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = text.find('\n', start);
        const std::size_t stop = end == std::string_view::npos ? text.size() : end + 1;
        lines.push_back(text.substr(start, stop - start));
        start = stop;
    }

    for (std::size_t n = 0; n < lines.size(); ++n) {
        const std::string_view line = lines[n];
        std::size_t keyStart = indentOf(line);
        if (line.substr(keyStart, 2) == "- ")
            keyStart = keyStart + 2 + indentOf(line.substr(keyStart + 2));
        std::size_t i = keyStart;
        while (i < line.size() && isKeyChar(line[i]))
            ++i;
        const bool hasKey = i > keyStart && line.substr(i, 2) == ": ";
        std::size_t valueStart = hasKey ? i + 2 : line.size();
        while (valueStart < line.size() && line[valueStart] == ' ')
            ++valueStart;
        std::size_t valueEnd = valueStart;
        while (valueEnd < line.size() && isBlobChar(line[valueEnd]))
            ++valueEnd;
        std::size_t rest = valueEnd;
        while (rest < line.size() && (line[rest] == ' ' || line[rest] == '\r'))
            ++rest;
        const bool eligible = hasKey && valueEnd - valueStart >= MinimumLiftedLength &&
                              (rest == line.size() || line[rest] == '\n');
        if (eligible) {
            std::size_t next = n + 1;
            while (next < lines.size() && isBlank(lines[next]))
                ++next;
            // A deeper or tab-indented next line could continue the plain scalar (a folded multi-line value);
            // lifting then would change what the parser reads, so such a value stays in place.
            const bool continues = next < lines.size() && (indentOf(lines[next]) > keyStart ||
                                                           lines[next][indentOf(lines[next])] == '\t');
            if (!continues) {
                result.text.append(line.substr(0, valueStart));
                result.text.append(Placeholder);
                result.text.append(std::to_string(result.values.size()));
                result.text.append(line.substr(valueEnd));
                result.values.push_back(line.substr(valueStart, valueEnd - valueStart));
                continue;
            }
        }
        result.text.append(line);
    }
    return result;
}

// Puts the lifted values back. Returns false unless every placeholder was found exactly once, as a
// whole plain scalar value, and no other scalar mentions one: only then is the tree the one the
// plain parser would have built.
bool restoreLifted(YAML::Node root, const std::vector<std::string_view> &values)
{
    std::vector<int> seen(values.size(), 0);
    const auto placeholderIndex = [&](const std::string &scalar) -> long {
        if (scalar.compare(0, Placeholder.size(), Placeholder) != 0)
            return -1;
        const std::string digits = scalar.substr(Placeholder.size());
        if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos ||
            digits.size() > 9)
            return -2;
        const long index = std::stol(digits);
        return index < long(values.size()) ? index : -2;
    };
    const auto mentionsPlaceholder = [](const std::string &scalar) {
        return scalar.find(Placeholder) != std::string::npos;
    };

    // Iterative: a deeply nested document must not exhaust the stack here.
    std::vector<YAML::Node> pending{root};
    while (!pending.empty()) {
        YAML::Node node = pending.back();
        pending.pop_back();
        if (node.IsScalar()) {
            if (mentionsPlaceholder(node.Scalar()))
                return false;
        } else if (node.IsSequence()) {
            for (YAML::Node child : node)
                pending.push_back(child);
        } else if (node.IsMap()) {
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (it->first.IsScalar() && mentionsPlaceholder(it->first.Scalar()))
                    return false;
                pending.push_back(it->first);
                YAML::Node value = it->second;
                // Placeholders were written as plain values, so only an untagged plain scalar is taken for
                // one; anything else that mentions one fails the restore when it is visited.
                if (value.IsScalar() && value.Tag() == "?") {
                    const long index = placeholderIndex(value.Scalar());
                    if (index == -2)
                        return false;
                    if (index >= 0) {
                        ++seen[std::size_t(index)];
                        value = std::string(values[std::size_t(index)]);
                        continue;
                    }
                }
                pending.push_back(value);
            }
        }
    }
    // A placeholder seen twice or never means the parse did not go as the lifting assumed; the caller
    // then parses the original text instead.
    for (int count : seen) {
        if (count != 1)
            return false;
    }
    return true;
}

// ---- Limits ----------------------------------------------------------------------------------

// More than the number of nodes in `text`: every node but the root is introduced by one of these
// characters (a sequence entry by "-", "[" or ","; a key and its value by ":", "?" or ","; a flow
// collection by its bracket), and none introduces more than two. Overcounting (a "-" inside a
// name, a ":" in a URL) only means the exact count below is taken.
std::size_t nodeCountBound(std::string_view text)
{
    std::size_t indicators = 0;
    for (char c : text) {
        if (c == ',' || c == '-' || c == ':' || c == '?' || c == '[' || c == '{')
            ++indicators;
    }
    return 2 * indicators + 2;
}

// Lets yaml-cpp's parser read a QByteArray without a copy.
class MemoryBuffer : public std::streambuf
{
public:
    explicit MemoryBuffer(std::string_view text)
    {
        char *begin = const_cast<char *>(text.data()); // read only: streambuf wants char*
        setg(begin, begin, begin + text.size());
    }
};

// Counts what YAML::Load would build from the parser's events, without building it: nodes, and
// the bytes aliases repeat (an alias repeats the whole node it names, aliases inside included).
// Throws LimitExceeded as soon as a limit is passed, so a bomb costs no more than the limit.
class CostCounter : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor, 0); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        leaf(mark, anchor, value.size());
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        count(mark);
        // yaml-cpp registers an anchor when its node starts, so an alias inside that node names a
        // node that contains itself.
        if (anchor >= m_anchorSizes.size() || m_anchorSizes[anchor] == OpenNode)
            throw YamlLoader::LimitExceeded(YamlLoader::LimitExceeded::Reason::AliasCycle, mark);
        const std::uint64_t size = m_anchorSizes[anchor];
        // No overflow: every repeat is added here and checked, so no size exceeds the text plus this.
        m_repeated += size;
        if (m_repeated > YamlLoader::MaximumAliasExpansion)
            throw YamlLoader::LimitExceeded(YamlLoader::LimitExceeded::Reason::AliasExpansion, mark);
        addToParent(size);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    static constexpr std::uint64_t OpenNode = ~std::uint64_t(0);

    struct Collection
    {
        YAML::anchor_t anchor;
        std::uint64_t size;
    };

    void count(const YAML::Mark &mark)
    {
        if (++m_nodes > YamlLoader::MaximumNodes)
            throw YamlLoader::LimitExceeded(YamlLoader::LimitExceeded::Reason::TooManyNodes, mark);
    }
    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor, std::size_t bytes)
    {
        count(mark);
        remember(anchor, 1 + bytes);
        addToParent(1 + bytes);
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        count(mark);
        remember(anchor, OpenNode);
        m_open.push_back({anchor, 1});
    }
    void close()
    {
        const Collection done = m_open.back();
        m_open.pop_back();
        remember(done.anchor, done.size);
        addToParent(done.size);
    }
    void addToParent(std::uint64_t size)
    {
        if (!m_open.empty())
            m_open.back().size += size;
    }
    void remember(YAML::anchor_t anchor, std::uint64_t size)
    {
        if (anchor == YAML::NullAnchor)
            return;
        // yaml-cpp numbers anchors 1, 2, 3... in order (a name defined again gets a new number).
        if (anchor >= m_anchorSizes.size())
            m_anchorSizes.resize(anchor + 1, 0);
        m_anchorSizes[anchor] = size;
    }

    std::size_t m_nodes = 0;
    std::uint64_t m_repeated = 0;
    std::vector<Collection> m_open; // no deeper than yaml-cpp's own depth limit
    std::vector<std::uint64_t> m_anchorSizes;
};

// Throws LimitExceeded for a document over the limits. The exact count is a second parse (about
// three quarters of the cost of YAML::Load), so it runs only when aliases are possible (both "&"
// and "*" appear) or the cheap bound allows more nodes than the limit.
void checkLimits(std::string_view text)
{
    const bool mayHaveAliases =
        text.find('&') != std::string_view::npos && text.find('*') != std::string_view::npos;
    if (!mayHaveAliases && nodeCountBound(text) <= YamlLoader::MaximumNodes)
        return;
    MemoryBuffer buffer(text);
    std::istream stream(&buffer);
    YAML::Parser parser(stream);
    CostCounter counter;
    parser.HandleNextDocument(counter);
}

} // namespace

YamlLoader::LimitExceeded::LimitExceeded(Reason why, const YAML::Mark &mark)
    : YAML::Exception(mark, why == Reason::TooManyNodes     ? "the document has too many nodes"
                            : why == Reason::AliasExpansion ? "aliases repeat too much of the document"
                                                            : "an alias refers to a node that contains it")
    , reason(why)
{}

YAML::Node YamlLoader::loadPlain(const QByteArray &text)
{
    return YAML::Load(std::string(text.constData(), std::size_t(text.size())));
}

YAML::Node YamlLoader::checkedPlain(const QByteArray &text)
{
    YAML::Node root = loadPlain(text);
    GoYamlRules::afterParse(root, std::string_view(text.constData(), std::size_t(text.size())));
    return root;
}

YAML::Node YamlLoader::load(const QByteArray &text)
{
    return loadFast(text, false);
}

YAML::Node YamlLoader::loadWithinLimits(const QByteArray &text)
{
    return loadFast(text, true);
}

YAML::Node YamlLoader::loadFast(const QByteArray &text, bool withinLimits)
{
    t_lastLiftedCount = 0;
    const std::string_view view(text.constData(), std::size_t(text.size()));
    // Anchors and aliases share nodes: the restore walk would be unsafe on them (and alias bombs
    // would make it exponential), so such documents take the plain path.
    const bool plainOnly = view.find(Placeholder) != std::string_view::npos ||
                           view.find_first_of("&*") != std::string_view::npos;
    if (plainOnly) {
        if (withinLimits)
            checkLimits(view);
        return checkedPlain(text);
    }

    Lifted lifted = liftLongScalars(view);
    if (withinLimits) {
        try {
            // Lifting changes no node (and there are no aliases here): the short text tells the count.
            checkLimits(lifted.text);
        } catch (const LimitExceeded &) {
            throw;
        } catch (const YAML::Exception &) {
            return checkedPlain(text); // the error, with line and column, as the original text gives it
        }
    }
    if (lifted.values.empty())
        return checkedPlain(text);
    try {
        YAML::Node root = YAML::Load(lifted.text);
        // Before the restore: the marks are positions in the lifted text.
        GoYamlRules::afterParse(root, lifted.text);
        if (restoreLifted(root, lifted.values)) {
            t_lastLiftedCount = int(lifted.values.size());
            return root;
        }
    } catch (const YAML::Exception &) {
        // Parse the original again so the error's line and column are exactly yaml-cpp's own.
    }
    return checkedPlain(text);
}

int YamlLoader::lastLiftedCount()
{
    return t_lastLiftedCount;
}

} // namespace kubeminder
