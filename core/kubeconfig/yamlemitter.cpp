#include "yamlemitter.h"

#include "goyamlrules.h"
#include "kubeconfigdocument.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace kubeminder {

namespace {

const std::string CoreTagPrefix = "tag:yaml.org,2002:";
// An alias-heavy tree is small in memory but huge when written out; no kubeconfig comes near these.
constexpr std::size_t MaximumEmittedNodes = 4'000'000;
// No larger than a file KubeconfigDocument reads: a bigger one could not be read back after the
// write (so the write would be undone anyway), and yaml-cpp's emitter writes only ~5 MB/s.
constexpr std::size_t MaximumEmittedBytes = std::size_t(KubeconfigDocument::MaximumFileSize);
constexpr int MaximumDepth = 1000;

bool isBooleanKey(const std::string &key)
{
    // The kubeconfig fields whose values are booleans (client-go's api/v1 types).
    static constexpr std::array<std::string_view, 4> keys = {
        "insecure-skip-tls-verify", "disable-compression", "provideClusterInfo", "colors"};
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

bool isBoolean(const std::string &text)
{
    return text == "true" || text == "false";
}

// Walks the tree into a YAML::Emitter. yaml-cpp keeps no comments, so they are lost on a write;
// everything else (keys, order, scalars, tags) comes back as it was read.
class TreeEmitter
{
public:
    explicit TreeEmitter(int indent)
    {
        m_out.SetIndent(indent);
        m_out.SetMapFormat(YAML::Block);
        m_out.SetSeqFormat(YAML::Block);
    }

    QByteArray run(const YAML::Node &root)
    {
        if (!root.IsDefined())
            return {};
        node(root, {}, 0);
        if (m_failed || !m_out.good() || m_out.size() >= MaximumEmittedBytes) // the last node's text too
            return {};
        QByteArray text(m_out.c_str(), qsizetype(m_out.size()));
        text.append('\n');
        return text;
    }

    QByteArray runScalar(const YAML::Node &n, const std::string &key)
    {
        scalar(n, key);
        if (!m_out.good())
            return {};
        return QByteArray(m_out.c_str(), qsizetype(m_out.size()));
    }

private:
    void node(const YAML::Node &n, const std::string &key, int depth)
    {
        if (m_failed)
            return;
        if (++m_nodes > MaximumEmittedNodes || m_out.size() > MaximumEmittedBytes || depth > MaximumDepth) {
            m_failed = true;
            return;
        }
        switch (n.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            tag(n.Tag());
            m_out << YAML::Null;
            return;
        case YAML::NodeType::Scalar:
            scalar(n, key);
            return;
        case YAML::NodeType::Sequence:
            tag(n.Tag());
            if (n.size() == 0) {
                m_out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
                return;
            }
            m_out << YAML::BeginSeq;
            for (const YAML::Node &item : n)
                node(item, {}, depth + 1);
            m_out << YAML::EndSeq;
            return;
        case YAML::NodeType::Map:
            tag(n.Tag());
            if (n.size() == 0) {
                m_out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
                return;
            }
            m_out << YAML::BeginMap;
            for (auto it = n.begin(); it != n.end(); ++it) {
                m_out << YAML::Key;
                // Explicit keys ("? {}") where yaml-cpp's simple keys do not read back: it indents an
                // empty collection written as a simple key ("  {}: x"), which ends the mapping there,
                // and YAML limits a simple key to 1024 characters, which a long one can pass once
                // quoted (an escape such as "\x02" takes four).
                const YAML::Node key = it->first; // a copy: the iterator's pair is a temporary
                if (key.IsMap() || key.IsSequence() ||
                    (key.IsScalar() && key.Scalar().size() * 4 + key.Tag().size() > 1000))
                    m_out << YAML::LongKey;
                node(it->first, {}, depth + 1);
                m_out << YAML::Value;
                node(it->second, it->first.IsScalar() ? it->first.Scalar() : std::string(), depth + 1);
            }
            m_out << YAML::EndMap;
            return;
        }
    }

    void scalar(const YAML::Node &n, const std::string &key)
    {
        const std::string &text = n.Scalar();
        const std::string &nodeTag = n.Tag();
        // yaml-cpp tags a quoted scalar "!" (and a plain one "?"): quoted it was, quoted it stays,
        // or 'yes', "123" and "null" would reach kubectl as a boolean, a number and nothing.
        if (nodeTag == "!") {
            GoYamlRules::emitQuoted(m_out, text);
            return;
        }
        // A scalar built in code has no tag, so its text alone decides: quoted unless kubectl reads
        // it plain as that very string (not "yes", "010", "~" or a name with U+2028 in it). In a
        // kubeconfig only the boolean fields hold anything but strings.
        if (nodeTag.empty() && !GoYamlRules::plainReadsAsString(text) &&
            !(isBooleanKey(key) && isBoolean(text))) {
            GoYamlRules::emitQuoted(m_out, text);
            return;
        }
        tag(nodeTag);
        // yaml-cpp 0.7 writes a carriage return into a plain scalar unescaped (yaml-cpp#607) but reads
        // "\r\n" as a line break: a value ending in "\r" (a file saved with "\r\r\n" line ends) lost
        // one "\r" on every write. And it reads the escapes "\N" and "\_" as bytes that are not
        // UTF-8 (yaml-cpp#803), which plain style writes out as they are: a file we then refuse to
        // read. Double quotes escape the one and write U+FFFD for the other, as we read them anyway.
        // And it writes a plain scalar that starts with "---" or "..." as it is: at the start of a
        // line (a key of a block mapping) that reads back as the end of the document.
        // And a character go-yaml takes for a line break (NEL, U+2028, U+2029) would end the line.
        if (text.find('\r') != std::string::npos || !QByteArrayView(text).isValidUtf8() ||
            GoYamlRules::containsLineBreak(text) || text.rfind("---", 0) == 0 || text.rfind("...", 0) == 0) {
            GoYamlRules::emitQuoted(m_out, text);
            return;
        }
        // Plain, unless yaml-cpp sees that plain cannot hold it (": ", a leading "-", a line break).
        m_out << text;
    }

    void tag(const std::string &nodeTag)
    {
        if (nodeTag.empty() || nodeTag == "?" || nodeTag == "!")
            return;
        // The short forms only where they read back as the same tag: "!!" alone is invalid, and a "!"
        // further on would read as a tag handle ("!a!b"). Anything else is written out in full.
        const bool core = nodeTag.rfind(CoreTagPrefix, 0) == 0;
        const std::size_t suffix = core ? CoreTagPrefix.size() : 1;
        const bool shorthand = nodeTag.size() > suffix && nodeTag.find('!', suffix) == std::string::npos;
        if (core && shorthand)
            m_out << YAML::SecondaryTag(nodeTag.substr(suffix));
        else if (nodeTag.front() == '!' && shorthand)
            m_out << YAML::LocalTag(nodeTag.substr(suffix));
        else
            m_out << YAML::VerbatimTag(nodeTag);
    }

    YAML::Emitter m_out;
    std::size_t m_nodes = 0;
    bool m_failed = false;
};

} // namespace

QByteArray YamlEmitter::scalarToYaml(const YAML::Node &scalar, const std::string &key)
{
    if (!scalar.IsScalar())
        return {};
    return TreeEmitter(2).runScalar(scalar, key);
}

QByteArray YamlEmitter::toYaml(const YAML::Node &root, int indent)
{
    return TreeEmitter(std::clamp(indent, 2, 8)).run(root);
}

} // namespace kubeminder
