#include "kubeconfigschema.h"

#include "goyamlrules.h"

#include <algorithm>
#include <span>
#include <string_view>

namespace kubeminder {

namespace {

using PlainType = GoYamlRules::PlainType;

// What Go's JSON decoder accepts for a field. A JSON null fits every one of them.
enum class Kind {
    String,
    Bool,
    StringList,    ///< []string
    StringMap,     ///< map[string]string
    StringListMap, ///< map[string][]string
    Object,        ///< a struct: `fields` below
    ObjectList,    ///< []struct: `fields` below
    Any,           ///< runtime.RawExtension: any JSON
};

// A table rather than code per field, so it can be compared line by line with client-go's
// types.go when a kubectl release adds a field.
struct Field
{
    std::string_view key;
    Kind kind;
    std::span<const Field> fields = {};
};

// client-go/tools/clientcmd/api/v1/types.go. The *-data fields are []byte, a base64 string in JSON;
// whether it decodes is checked where it is decoded (KubeconfigDocument).
// Extensions are runtime.RawExtension: any JSON is accepted, so only what JSON cannot hold fails.
constexpr Field ExtensionFields[] = {{"name", Kind::String}, {"extension", Kind::Any}};
constexpr Field Extensions{"extensions", Kind::ObjectList, ExtensionFields};

constexpr Field PreferencesFields[] = {{"colors", Kind::Bool}, Extensions};

constexpr Field ClusterFields[] = {
    {"server", Kind::String},
    {"tls-server-name", Kind::String},
    {"insecure-skip-tls-verify", Kind::Bool},
    {"certificate-authority", Kind::String},
    {"certificate-authority-data", Kind::String},
    {"proxy-url", Kind::String},
    {"disable-compression", Kind::Bool},
    Extensions,
};
constexpr Field NamedClusterFields[] = {{"name", Kind::String}, {"cluster", Kind::Object, ClusterFields}};

// auth-provider config is map[string]string: a number there ("expires-on: 1700000000" without
// quotes) fails kubectl's decoder.
constexpr Field AuthProviderFields[] = {{"name", Kind::String}, {"config", Kind::StringMap}};
constexpr Field ExecEnvFields[] = {{"name", Kind::String}, {"value", Kind::String}};
constexpr Field ExecFields[] = {
    {"command", Kind::String},
    {"args", Kind::StringList},
    {"env", Kind::ObjectList, ExecEnvFields},
    {"apiVersion", Kind::String},
    {"installHint", Kind::String},
    {"provideClusterInfo", Kind::Bool},
    {"interactiveMode", Kind::String},
};
constexpr Field AuthInfoFields[] = {
    {"client-certificate", Kind::String},
    {"client-certificate-data", Kind::String},
    {"client-key", Kind::String},
    {"client-key-data", Kind::String},
    {"token", Kind::String},
    {"tokenFile", Kind::String},
    {"as", Kind::String},
    {"as-uid", Kind::String},
    {"as-groups", Kind::StringList},
    {"as-user-extra", Kind::StringListMap},
    {"username", Kind::String},
    {"password", Kind::String},
    {"auth-provider", Kind::Object, AuthProviderFields},
    {"exec", Kind::Object, ExecFields},
    Extensions,
};
constexpr Field NamedAuthInfoFields[] = {{"name", Kind::String}, {"user", Kind::Object, AuthInfoFields}};

constexpr Field ContextFields[] = {
    {"cluster", Kind::String},
    {"user", Kind::String},
    {"namespace", Kind::String},
    Extensions,
};
constexpr Field NamedContextFields[] = {{"name", Kind::String}, {"context", Kind::Object, ContextFields}};

constexpr Field ConfigFields[] = {
    {"kind", Kind::String},
    {"apiVersion", Kind::String},
    {"preferences", Kind::Object, PreferencesFields},
    {"clusters", Kind::ObjectList, NamedClusterFields},
    {"users", Kind::ObjectList, NamedAuthInfoFields},
    {"contexts", Kind::ObjectList, NamedContextFields},
    {"current-context", Kind::String},
    Extensions,
};

// The JSON value sigs.k8s.io/yaml makes of a node.
enum class Json { Null, String, Bool, Number, NonFinite, Array, Object };

Json jsonOf(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return Json::Null;
    case YAML::NodeType::Sequence:
        return Json::Array;
    case YAML::NodeType::Map:
        return Json::Object;
    case YAML::NodeType::Scalar:
        break;
    }
    const std::string &tag = node.Tag();
    // yaml-cpp tags a plain scalar "?"; anything quoted, a block scalar or "!!str" is a string.
    if (tag != "?") {
        if (tag == "tag:yaml.org,2002:bool")
            return Json::Bool;
        if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float")
            return Json::Number;
        if (tag == "tag:yaml.org,2002:null")
            return Json::Null;
        return Json::String;
    }
    switch (GoYamlRules::resolvePlain(node.Scalar())) {
    case PlainType::String:
        return Json::String;
    case PlainType::Null:
        return Json::Null;
    case PlainType::Bool:
        return Json::Bool;
    case PlainType::Int:
    case PlainType::Float:
        return Json::Number;
    case PlainType::Infinite:
        // JSON has no infinity or NaN: sigs.k8s.io/yaml fails on them, wherever they stand.
        return Json::NonFinite;
    }
    return Json::String;
}

QString describe(Json json)
{
    switch (json) {
    case Json::Null:
        // (expect() returns early for null, so this text is never shown.)
        return {}; // never said: nothing fits every field
    case Json::String:
        return KubeconfigSchema::tr("text");
    case Json::Bool:
        return KubeconfigSchema::tr("a boolean");
    case Json::Number:
    case Json::NonFinite:
        return KubeconfigSchema::tr("a number");
    case Json::Array:
        return KubeconfigSchema::tr("a list");
    case Json::Object:
        return KubeconfigSchema::tr("a mapping");
    }
    return {};
}

// Where a value stands ("contexts[1].name"); made into text only for a message.
// A chain of frames on the stack, turned into text only when a message needs it: most files have
// no violation, and building a string per field would be the whole cost of the check.
struct Path
{
    const Path *parent = nullptr;
    std::string_view key;
    std::size_t index = 0;
    bool isItem = false;

    Path child(std::string_view name) const { return {this, name, 0, false}; }
    Path item(std::size_t i) const { return {this, {}, i, true}; }
    QString text() const
    {
        const QString above = parent ? parent->text() : QString();
        if (isItem)
            return above + QStringLiteral("[%1]").arg(qulonglong(index));
        const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
        return above.isEmpty() ? name : above + QLatin1Char('.') + name;
    }
};

// Thrown to leave the recursion at the first violation: kubectl stops there too, and a file has
// one message, not a list.
struct Found
{
    KubeconfigSchema::Violation violation;
};

class Checker
{
public:
    // A struct: the fields it names are typed; the rest Go ignores, but they still become JSON.
    void object(const YAML::Node &node, std::span<const Field> fields, const Path &path, int depth)
    {
        // One dereference per entry: yaml-cpp builds the key and value nodes anew on each.
        for (const auto &entry : node) {
            const std::string_view key = textKey(entry.first, path);
            const auto field =
                std::find_if(fields.begin(), fields.end(), [&](const Field &f) { return f.key == key; });
            if (field != fields.end())
                check(entry.second, *field, path.child(key), depth + 1);
            else
                any(entry.second, path.child(key), depth + 1);
        }
    }

    // Anything the schema does not name, down to the leaves: only what JSON cannot hold matters.
    void any(const YAML::Node &node, const Path &path, int depth)
    {
        if (depth > MaximumDepth)
            return;
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            if (jsonOf(node) == Json::NonFinite)
                nonFinite(node, path);
            return;
        case YAML::NodeType::Sequence:
            for (std::size_t i = 0; i < node.size(); ++i)
                any(node[i], path.item(i), depth + 1);
            return;
        case YAML::NodeType::Map:
            for (const auto &entry : node)
                any(entry.second, path.child(textKey(entry.first, path)), depth + 1);
            return;
        default:
            return;
        }
    }

private:
    // Bounds the recursion on a hostile, deeply nested file, beside the loader's own limits, so the
    // stack can never be the thing that fails.
    static constexpr int MaximumDepth = 10'000;

    [[noreturn]] static void fail(const YAML::Node &node, const QString &message)
    {
        throw Found{{message, node.Mark()}};
    }

    [[noreturn]] static void nonFinite(const YAML::Node &node, const Path &path)
    {
        fail(node, KubeconfigSchema::tr(
                       "“%1” is .inf or .nan, which kubectl cannot turn into JSON; put it in quotes")
                       .arg(path.text()));
    }

    // JSON keys are strings: sigs.k8s.io/yaml turns a number or boolean key into its text, and
    // refuses a list or mapping. The key's text, or empty for a null key.
    static std::string_view textKey(const YAML::Node &key, const Path &path)
    {
        if (key.IsScalar())
            return key.Scalar();
        if (key.IsMap() || key.IsSequence()) {
            fail(key, path.text().isEmpty()
                          ? KubeconfigSchema::tr("a key is a list or mapping; kubectl reads only text keys")
                          : KubeconfigSchema::tr("a key in “%1” is a list or mapping; kubectl reads only "
                                                 "text keys")
                                .arg(path.text()));
        }
        return {};
    }

    void expect(const YAML::Node &node, const Path &path, Json wanted)
    {
        const Json json = jsonOf(node);
        // null fits every field: Go's decoder leaves the field at its zero value.
        if (json == Json::Null || json == wanted)
            return;
        if (json == Json::NonFinite)
            nonFinite(node, path);
        switch (wanted) {
        case Json::String:
            // The classic YAML 1.1 trap: a name like "yes", "no" or "010" unquoted is not text to go-yaml.
            // The message says to quote it, which is the whole fix.
            if (json == Json::Bool || json == Json::Number) {
                fail(node,
                     KubeconfigSchema::tr("“%1” must be text, but kubectl reads the unquoted value as %2; "
                                          "put it in quotes")
                         .arg(path.text(), describe(json)));
            }
            fail(node, KubeconfigSchema::tr("“%1” must be text, not %2").arg(path.text(), describe(json)));
        case Json::Bool:
            // A quoted "true" is a string to JSON, and Go refuses a string for a bool.
            fail(node, KubeconfigSchema::tr("“%1” must be true or false, without quotes").arg(path.text()));
        default:
            fail(node, KubeconfigSchema::tr("“%1” must be %2, not %3")
                           .arg(path.text(), describe(wanted), describe(json)));
        }
    }

    void stringList(const YAML::Node &node, const Path &path)
    {
        expect(node, path, Json::Array);
        if (!node.IsSequence())
            return;
        for (std::size_t i = 0; i < node.size(); ++i)
            expect(node[i], path.item(i), Json::String);
    }

    void check(const YAML::Node &node, const Field &field, const Path &path, int depth)
    {
        if (depth > MaximumDepth)
            return;
        switch (field.kind) {
        case Kind::String:
            expect(node, path, Json::String);
            return;
        case Kind::Bool:
            expect(node, path, Json::Bool);
            return;
        case Kind::StringList:
            stringList(node, path);
            return;
        case Kind::StringMap:
        case Kind::StringListMap:
            expect(node, path, Json::Object);
            if (!node.IsMap())
                return;
            for (const auto &entry : node) {
                const Path entryPath = path.child(textKey(entry.first, path));
                if (field.kind == Kind::StringMap)
                    expect(entry.second, entryPath, Json::String);
                else
                    stringList(entry.second, entryPath);
            }
            return;
        case Kind::Object:
            expect(node, path, Json::Object);
            if (node.IsMap())
                object(node, field.fields, path, depth);
            return;
        case Kind::ObjectList:
            expect(node, path, Json::Array);
            if (!node.IsSequence())
                return;
            for (std::size_t i = 0; i < node.size(); ++i) {
                const YAML::Node item = node[i];
                const Path itemPath = path.item(i);
                expect(item, itemPath, Json::Object);
                if (item.IsMap())
                    object(item, field.fields, itemPath, depth + 1);
            }
            return;
        case Kind::Any:
            any(node, path, depth);
            return;
        }
    }
};

} // namespace

std::optional<KubeconfigSchema::Violation> KubeconfigSchema::check(const YAML::Node &root)
{
    // The schema only runs on a mapping; what a file that is a list or a scalar gets is decided in
    // KubeconfigDocument, with its own message.
    if (!root.IsMap())
        return std::nullopt; // the document's own check says what a kubeconfig must be
    try {
        Checker().object(root, ConfigFields, Path(), 0);
    } catch (const Found &found) {
        return found.violation;
    }

    // client-go decodes with a default of apiVersion v1, kind Config; anything else is another kind
    // of object ("no kind "Pod" is registered for version "v1"").
    const auto value = [&](const char *key) {
        const YAML::Node node = root[key];
        return node.IsDefined() && node.IsScalar() ? node.Scalar() : std::string();
    };
    const std::string kind = value("kind");
    const std::string apiVersion = value("apiVersion");
    if ((!kind.empty() && kind != "Config") || (!apiVersion.empty() && apiVersion != "v1")) {
        const YAML::Node where = root[kind.empty() || kind == "Config" ? "apiVersion" : "kind"];
        return Violation{
            tr("“kind” must be Config and “apiVersion” v1 (or be left out): kubectl reads no other "
               "kind of file as a kubeconfig"),
            where.Mark()};
    }
    return std::nullopt;
}

} // namespace kubeminder
