#include "yamlloader.h"

#include <string>
#include <string_view>
#include <vector>

namespace kubeminder {

namespace {

// Short values are cheap for yaml-cpp; lifting them would cost more than it saves.
constexpr std::size_t MinimumLiftedLength = 96;
// Short, because yaml-cpp pays per character; any document that already contains it takes the plain path.
constexpr std::string_view Placeholder = "~~";

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
    for (int count : seen) {
        if (count != 1)
            return false;
    }
    return true;
}

} // namespace

YAML::Node YamlLoader::loadPlain(const QByteArray &text)
{
    return YAML::Load(std::string(text.constData(), std::size_t(text.size())));
}

YAML::Node YamlLoader::load(const QByteArray &text)
{
    t_lastLiftedCount = 0;
    const std::string_view view(text.constData(), std::size_t(text.size()));
    // Anchors and aliases share nodes: the restore walk would be unsafe on them (and alias bombs
    // would make it exponential), so such documents take the plain path.
    const bool plainOnly = view.find(Placeholder) != std::string_view::npos ||
                           view.find_first_of("&*") != std::string_view::npos;
    if (plainOnly)
        return loadPlain(text);

    Lifted lifted = liftLongScalars(view);
    if (lifted.values.empty())
        return loadPlain(text);
    try {
        YAML::Node root = YAML::Load(lifted.text);
        if (restoreLifted(root, lifted.values)) {
            t_lastLiftedCount = int(lifted.values.size());
            return root;
        }
    } catch (const YAML::Exception &) {
        // Parse the original again so the error's line and column are exactly yaml-cpp's own.
    }
    return loadPlain(text);
}

int YamlLoader::lastLiftedCount()
{
    return t_lastLiftedCount;
}

} // namespace kubeminder
