#pragma once

#include <QByteArray>
#include <QJsonValue>

#include <string_view>
#include <yaml-cpp/yaml.h>

namespace kubeminder {

/// Where kubectl's YAML reader and Kubeminder's part, and how Kubeminder reads as kubectl does.
///
/// kubectl reads a kubeconfig with go-yaml v2 (YAML 1.1) through sigs.k8s.io/yaml, which turns the
/// document into JSON before Go's JSON decoder fills client-go's structs. Kubeminder parses with
/// yaml-cpp 0.7 (mostly YAML 1.2). The two read most files alike; these rules cover the rest, so a
/// file has the same contexts, owners and current context in both, and is broken exactly where
/// kubectl refuses it. Applied in this order: prepare() on the text, yaml-cpp's parse (with
/// afterParse() on its tree, which YamlLoader does), normalise() on the tree.
class GoYamlRules
{
public:
    /// What go-yaml v2 makes of a plain (unquoted) scalar: "yes" is a boolean, "010" a number
    /// (octal), "~" nothing. A quoted scalar is always a string.
    enum class PlainType { String, Null, Bool, Int, Float, Infinite };
    static PlainType resolvePlain(std::string_view text);

    /// Whether go-yaml would read `text`, written as a plain scalar, as exactly that string: not a
    /// boolean, number or null, and without a character it takes for a line break. (Whether plain
    /// style can hold the text at all, ": " or a leading "-", is the emitter's business.)
    static bool plainReadsAsString(std::string_view text);

    /// Whether `text` holds a character go-yaml takes for a line break and yaml-cpp does not: NEL
    /// (U+0085), the line and the paragraph separator (U+2028, U+2029).
    static bool containsLineBreak(std::string_view text);

    /// Writes `text` double-quoted, with U+2028 and U+2029 escaped: written raw, go-yaml takes them
    /// for line breaks even inside quotes and drops the blanks around them. (yaml-cpp escapes NEL
    /// and the other C1 controls itself.) The one way every writer quotes a string.
    static void emitQuoted(YAML::Emitter &out, const std::string &text);

    /// The text yaml-cpp must parse to read what go-yaml reads: a raw NEL (U+0085) is a line break
    /// to go-yaml, anywhere, and an ordinary character to yaml-cpp. Throws YAML::ParserException,
    /// as go-yaml refuses the file, for a %YAML directive other than 1.1 ("found incompatible YAML
    /// document"). Returns `text` itself (shared, not copied) when nothing changes.
    static QByteArray prepare(const QByteArray &text);

    /// Throws YAML::ParserException for what yaml-cpp reads and go-yaml refuses, given the tree and
    /// the text it was parsed from (marks are positions in that text): a quoted value never closed,
    /// the escape "\/" (YAML 1.2 only), a line or paragraph separator (U+2028, U+2029) inside an
    /// unquoted value, where go-yaml ends the line. Inside a quoted value go-yaml keeps such a
    /// separator but drops the blanks around it, as around any line break: so does this, in `root`.
    static void afterParse(const YAML::Node &root, std::string_view parsedText);

    /// Gives the tree go-yaml's meaning: merge keys ("<<: *base") applied where they stand, a key
    /// given twice in one mapping keeps its last value, and the escapes "\N" and "\_" decode to
    /// U+0085 and U+00A0 (yaml-cpp leaves single bytes that are not UTF-8). Throws
    /// YAML::ParserException for a merge key whose value is not a mapping or a list of mappings.
    static void normalise(YAML::Node root);

    /// What sigs.k8s.io/yaml makes of a (normalised) node in JSON: a plain scalar typed by YAML 1.1
    /// ("yes" is true, "010" is 8, "~" null), anything quoted a string. .inf and .nan, which JSON
    /// cannot hold, become null (kubectl refuses such a file: KubeconfigSchema).
    static QJsonValue toJson(const YAML::Node &node);
};

} // namespace kubeminder
