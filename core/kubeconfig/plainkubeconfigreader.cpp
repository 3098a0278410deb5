#include "plainkubeconfigreader.h"

#include "goyamlrules.h"
#include "kubeconfigdocument.h"
#include "yamlloader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <string>
#include <string_view>

namespace kubeminder {

namespace {

// ---- A small tree of the accepted layout ------------------------------------------------------

struct Node
{
    enum class Kind { Scalar, Map, List };
    Kind kind = Kind::Scalar;
    std::string scalar;                 ///< Scalar: the value as go-yaml reads it
    std::vector<std::string_view> keys; ///< Map: keys, in order (no key twice)
    std::vector<Node> children;         ///< Map: values, one per key; List: items

    const Node *child(std::string_view key) const
    {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == key)
                return &children[i];
        }
        return nullptr;
    }
};

struct Line
{
    std::size_t indent;
    std::string_view content; ///< without the indent and trailing spaces; never empty
};

bool isKeyStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isKeyChar(char c)
{
    return isKeyStart(c) || c == '-' || c == '_' || c == '.';
}

// What may follow a value on its line: nothing, or a comment after a space.
bool onlyComment(std::string_view rest)
{
    const std::size_t first = rest.find_first_not_of(' ');
    return first == std::string_view::npos || (first > 0 && rest[first] == '#');
}

// A kubeconfig nests five levels deep (root, list, item, body, field); the reader recurses once a
// level, so a hostile file indented thousands deep must stop here, not on the stack.
constexpr int MaximumDepth = 16;

class Reader
{
public:
    explicit Reader(std::string_view text)
        : m_text(text)
    {}

    // The whole document as a mapping, or false to decline.
    bool read(Node &root)
    {
        if (!split())
            return false;
        if (m_lines.empty() || m_lines.front().indent != 0)
            return false;
        std::size_t i = 0;
        if (!map(i, 0, root))
            return false;
        return i == m_lines.size();
    }

private:
    // The significant lines: no blank or comment-only line, a leading "---" dropped.
    bool split()
    {
        // Characters the layout never has, anywhere: each needs the full parser (and go-yaml refuses
        // some of them): control characters but the line feed (tab and CR included), DEL, the C1
        // controls (NEL among them), the line and paragraph separators, a byte-order mark and the
        // non-characters U+FFFE and U+FFFF.
        for (std::size_t i = 0; i < m_text.size(); ++i) {
            const auto c = static_cast<unsigned char>(m_text[i]);
            if ((c < 0x20 && c != '\n') || c == 0x7F)
                return false;
            if (c < 0xC2 || i + 1 >= m_text.size())
                continue;
            const auto next = static_cast<unsigned char>(m_text[i + 1]);
            if (c == 0xC2 && next >= 0x80 && next <= 0x9F)
                return false;
            const std::string_view three = m_text.substr(i, 3);
            if (three == "\xE2\x80\xA8" || three == "\xE2\x80\xA9" || three == "\xEF\xBB\xBF" ||
                three == "\xEF\xBF\xBE" || three == "\xEF\xBF\xBF")
                return false;
        }
        bool first = true;
        for (std::size_t start = 0; start < m_text.size();) {
            std::size_t end = m_text.find('\n', start);
            if (end == std::string_view::npos)
                end = m_text.size();
            std::string_view line = m_text.substr(start, end - start);
            start = end + 1;
            const std::size_t indent = line.find_first_not_of(' ');
            if (indent == std::string_view::npos)
                continue;
            line = line.substr(0, line.find_last_not_of(' ') + 1);
            const std::string_view content = line.substr(indent);
            if (content.front() == '#')
                continue;
            if (content.starts_with("---") || content.starts_with("...")) {
                // One document, its start marked or not; nothing after a marker on its line.
                if (!first || indent != 0 || content != "---")
                    return false;
                first = false;
                continue;
            }
            // A directive ("%YAML 1.1") is the full parser's business.
            if (first && content.front() == '%')
                return false;
            first = false;
            m_lines.push_back({indent, content});
            if (m_lines.size() > YamlLoader::MaximumNodes)
                return false;
        }
        return true;
    }

    // One level deeper for as long as it lives; false past MaximumDepth.
    class Level
    {
    public:
        explicit Level(int &depth)
            : m_depth(++depth)
        {}
        ~Level() { --m_depth; }
        Level(const Level &) = delete;
        Level &operator=(const Level &) = delete;
        bool allowed() const { return m_depth <= MaximumDepth; }

    private:
        int &m_depth;
    };

    // A block mapping whose keys stand at `indent`, starting at line i.
    bool map(std::size_t &i, std::size_t indent, Node &out)
    {
        const Level level(m_depth);
        if (!level.allowed())
            return false;
        out.kind = Node::Kind::Map;
        while (i < m_lines.size() && m_lines[i].indent == indent) {
            const std::string_view content = m_lines[i].content;
            if (!isKeyStart(content.front()))
                return false;
            std::size_t k = 1;
            while (k < content.size() && isKeyChar(content[k]))
                ++k;
            if (k >= content.size() || content[k] != ':' || (k + 1 < content.size() && content[k + 1] != ' '))
                return false;
            const std::string_view key = content.substr(0, k);
            for (const std::string_view seen : out.keys) {
                if (seen == key)
                    return false; // go-yaml keeps the last; the full parser says which
            }
            Node value;
            const std::string_view rest = content.substr(k + 1);
            if (!onlyComment(rest)) {
                if (!inlineValue(rest.substr(rest.find_first_not_of(' ')), value))
                    return false;
                ++i;
            } else {
                ++i;
                if (i < m_lines.size() && m_lines[i].indent > indent) {
                    if (!block(i, m_lines[i].indent, value))
                        return false;
                } else if (i < m_lines.size() && m_lines[i].indent == indent && isItem(m_lines[i].content)) {
                    // "key:" with its list at the key's own indent, as kubectl writes it.
                    if (!list(i, indent, value))
                        return false;
                } else {
                    return false; // a null
                }
            }
            out.keys.push_back(key);
            out.children.push_back(std::move(value));
            if (++m_nodes > YamlLoader::MaximumNodes)
                return false;
        }
        // A deeper line here would continue a value over several lines.
        return i >= m_lines.size() || m_lines[i].indent < indent;
    }

    static bool isItem(std::string_view content) { return content.starts_with("- "); }

    bool block(std::size_t &i, std::size_t indent, Node &out)
    {
        return isItem(m_lines[i].content) ? list(i, indent, out) : map(i, indent, out);
    }

    // A block list whose "- " stand at `indent`; every item a mapping that starts on the dash's line.
    bool list(std::size_t &i, std::size_t indent, Node &out)
    {
        const Level level(m_depth);
        if (!level.allowed())
            return false;
        out.kind = Node::Kind::List;
        while (i < m_lines.size() && m_lines[i].indent == indent && isItem(m_lines[i].content)) {
            Line &line = m_lines[i];
            const std::size_t gap = line.content.find_first_not_of(' ', 1);
            if (gap == std::string_view::npos)
                return false;
            // The item's first key becomes a line of its own at the column it stands in.
            line = {indent + gap, line.content.substr(gap)};
            Node item;
            if (!map(i, line.indent, item))
                return false;
            out.children.push_back(std::move(item));
            if (++m_nodes > YamlLoader::MaximumNodes)
                return false;
        }
        return i >= m_lines.size() || m_lines[i].indent <= indent;
    }

    // A value on the key's line: "{}", "[]", 'single', "double" without escapes, or plain text.
    static bool inlineValue(std::string_view text, Node &out)
    {
        if (text.starts_with("{}") || text.starts_with("[]")) {
            out.kind = text.front() == '{' ? Node::Kind::Map : Node::Kind::List;
            return onlyComment(text.substr(2));
        }
        const char quote = text.front();
        if (quote == '\'') {
            std::string value;
            for (std::size_t k = 1; k < text.size(); ++k) {
                if (text[k] != '\'') {
                    value += text[k];
                } else if (k + 1 < text.size() && text[k + 1] == '\'') {
                    value += '\'';
                    ++k;
                } else {
                    out.scalar = std::move(value);
                    return onlyComment(text.substr(k + 1));
                }
            }
            return false; // continues on the next line
        }
        if (quote == '"') {
            const std::size_t close = text.find_first_of("\"\\", 1);
            if (close == std::string_view::npos || text[close] == '\\')
                return false;
            out.scalar = std::string(text.substr(1, close - 1));
            return onlyComment(text.substr(close + 1));
        }
        // Plain: no indicator first, no ": " or " #" inside (a comment ends it), read as text.
        if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(quote) != std::string_view::npos)
            return false;
        std::size_t end = text.find(" #");
        std::string_view value = text.substr(0, end);
        value = value.substr(0, value.find_last_not_of(' ') + 1);
        if (value.find(": ") != std::string_view::npos || value.ends_with(':') ||
            value.find_first_of("{}[],") != std::string_view::npos ||
            GoYamlRules::resolvePlain(value) != GoYamlRules::PlainType::String)
            return false;
        out.scalar = std::string(value);
        return true;
    }

    std::string_view m_text;
    std::vector<Line> m_lines;
    std::size_t m_nodes = 0;
    int m_depth = 0;
};

// ---- Entries from the tree ----------------------------------------------------------------------

bool allowedKeys(const Node &map, std::initializer_list<std::string_view> allowed)
{
    for (const std::string_view key : map.keys) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            return false;
    }
    return true;
}

// A field's bytes: absent is empty; anything but a scalar declines. Bytes, not QString, for a
// token: a secret should not pass through a UTF-16 copy.
bool rawText(const Node &map, std::string_view key, QByteArray &out)
{
    const Node *node = map.child(key);
    if (!node)
        return true;
    if (node->kind != Node::Kind::Scalar)
        return false;
    out = QByteArray::fromStdString(node->scalar);
    return true;
}

bool text(const Node &map, std::string_view key, QString &out)
{
    QByteArray bytes;
    if (!rawText(map, key, bytes))
        return false;
    out = QString::fromUtf8(bytes);
    return true;
}

bool filePath(const Node &map, std::string_view key, const QDir &base, QString &out)
{
    if (!text(map, key, out))
        return false;
    out = KubeconfigDocument::resolvePath(out, base);
    return true;
}

bool data(const Node &map, std::string_view key, QByteArray &out)
{
    QByteArray encoded;
    if (!rawText(map, key, encoded))
        return false;
    const std::optional<QByteArray> decoded = KubeconfigDocument::decodeBase64(encoded);
    if (!decoded)
        return false;
    out = *decoded;
    return true;
}

// Each item of a top-level list: a mapping of a name (present, not used before) and its body.
template<typename Fn>
bool forEachNamed(const Node &root, std::string_view listKey, std::string_view bodyKey, Fn &&fn)
{
    const Node *list = root.child(listKey);
    if (!list)
        return true;
    if (list->kind != Node::Kind::List)
        return false;
    QSet<QString> names;
    for (const Node &item : list->children) {
        QString name;
        const Node *body = item.child(bodyKey);
        if (item.kind != Node::Kind::Map || !allowedKeys(item, {"name", bodyKey}) || !item.child("name") ||
            !text(item, "name", name) || !body || body->kind != Node::Kind::Map || names.contains(name))
            return false;
        names.insert(name);
        if (!fn(name, *body))
            return false;
    }
    return true;
}

} // namespace

std::optional<PlainKubeconfigReader::Entries> PlainKubeconfigReader::read(const QString &path,
                                                                          const QByteArray &bytes)
{
    Node root;
    if (!Reader(std::string_view(bytes.constData(), std::size_t(bytes.size()))).read(root))
        return std::nullopt;
    if (!allowedKeys(
            root, {"apiVersion", "kind", "preferences", "current-context", "clusters", "users", "contexts"}))
        return std::nullopt;
    // client-go reads only apiVersion v1, kind Config (or either left out) as a kubeconfig.
    for (const auto &[key, only] : {std::pair<std::string_view, std::string_view>{"apiVersion", "v1"},
                                    std::pair<std::string_view, std::string_view>{"kind", "Config"}}) {
        if (const Node *node = root.child(key);
            node && (node->kind != Node::Kind::Scalar || (!node->scalar.empty() && node->scalar != only)))
            return std::nullopt;
    }
    if (const Node *preferences = root.child("preferences");
        preferences && (preferences->kind != Node::Kind::Map || !preferences->keys.empty()))
        return std::nullopt;

    Entries entries;
    const QDir base = QFileInfo(path).absoluteDir();
    if (!text(root, "current-context", entries.currentContext))
        return std::nullopt;
    const bool complete =
        forEachNamed(
            root, "clusters", "cluster",
            [&](const QString &name, const Node &body) {
                ClusterEntry e;
                e.name = name;
                e.file = path;
                if (!allowedKeys(body, {"server", "certificate-authority", "certificate-authority-data",
                                        "tls-server-name", "proxy-url"}) ||
                    !text(body, "server", e.server) ||
                    !filePath(body, "certificate-authority", base, e.certificateAuthority) ||
                    !data(body, "certificate-authority-data", e.certificateAuthorityData) ||
                    !text(body, "tls-server-name", e.tlsServerName) || !text(body, "proxy-url", e.proxyUrl))
                    return false;
                entries.clusters.push_back(std::move(e));
                return true;
            }) &&
        forEachNamed(
            root, "users", "user",
            [&](const QString &name, const Node &body) {
                UserEntry e;
                e.name = name;
                e.file = path;
                if (!allowedKeys(body, {"client-certificate", "client-certificate-data", "client-key",
                                        "client-key-data", "token", "tokenFile", "username"}) ||
                    !filePath(body, "client-certificate", base, e.clientCertificate) ||
                    !data(body, "client-certificate-data", e.clientCertificateData) ||
                    !filePath(body, "client-key", base, e.clientKey) ||
                    !data(body, "client-key-data", e.clientKeyData) || !rawText(body, "token", e.token) ||
                    !filePath(body, "tokenFile", base, e.tokenFile) || !text(body, "username", e.username))
                    return false;
                entries.users.push_back(std::move(e));
                return true;
            }) &&
        forEachNamed(root, "contexts", "context", [&](const QString &name, const Node &body) {
            ContextEntry e;
            e.name = name;
            e.file = path;
            if (!allowedKeys(body, {"cluster", "user", "namespace"}) || !text(body, "cluster", e.cluster) ||
                !text(body, "user", e.user) || !text(body, "namespace", e.ns))
                return false;
            entries.contexts.push_back(std::move(e));
            return true;
        });
    if (!complete)
        return std::nullopt;
    return entries;
}

} // namespace kubeminder
