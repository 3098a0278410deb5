#pragma once

#include <QByteArray>

#include <cstdint>
#include <yaml-cpp/yaml.h>

namespace kubeminder {

/// Parses YAML text into a yaml-cpp tree, fast.
///
/// yaml-cpp scans about 10 MB/s, and a kubeconfig is mostly long base64 scalars (certificates,
/// keys, tokens). load() lifts such values out of the text before parsing and puts them back into
/// the tree afterwards; anything it cannot prove equivalent (anchors, block scalars, a value that
/// did not come back exactly once) is parsed again the plain way. The result is always the tree
/// YAML::Load() would give.
///
/// A small text can still make a huge tree: yaml-cpp takes about 0.5 KiB per node, and an alias
/// makes a node appear again wherever it is named (a "billion laughs" document expands 9^9 times).
/// loadWithinLimits() refuses such documents before it builds any tree (see LimitExceeded).
class YamlLoader
{
public:
    /// At most this many nodes (scalars, nulls, aliases, lists, mappings) per document: ~250 MiB of
    /// yaml-cpp tree. A kubeconfig takes ~27 nodes a context, and a 16 MiB file of real credentials
    /// holds ~5,000 contexts (~135,000 nodes), so only a hostile file comes near this.
    static constexpr std::size_t MaximumNodes = 500'000;
    /// At most this many bytes (scalar bytes plus one per node) repeated by aliases, over the whole
    /// document: as much as a kubeconfig file itself may hold. Without aliases nothing is repeated.
    static constexpr std::uint64_t MaximumAliasExpansion = 16 * 1024 * 1024;

    /// Thrown by loadWithinLimits() for valid YAML that would cost too much to build. A
    /// YAML::Exception, so a caller that only knows those still fails cleanly.
    class LimitExceeded : public YAML::Exception
    {
    public:
        enum class Reason {
            TooManyNodes,   ///< more than MaximumNodes
            AliasExpansion, ///< aliases repeat more than MaximumAliasExpansion bytes
            AliasCycle,     ///< an alias inside the node it names: endless when expanded
        };
        LimitExceeded(Reason reason, const YAML::Mark &mark);
        Reason reason;
    };

    /// Throws YAML::Exception (with yaml-cpp's line and column) for invalid YAML (including what
    /// yaml-cpp itself lets through and kubectl refuses: GoYamlRules::afterParse()), and
    /// YAML::DeepRecursion (yaml-cpp's own limit, ~500 levels) for YAML nested too deeply.
    static YAML::Node load(const QByteArray &text);
    /// load() for text from outside: also throws LimitExceeded, before any tree is built, for a
    /// document over the limits above.
    static YAML::Node loadWithinLimits(const QByteArray &text);
    /// The reference path: plain YAML::Load(). Used as the fallback and by tests as the oracle.
    static YAML::Node loadPlain(const QByteArray &text);
    /// How many scalars the last load() on this thread lifted out (0 when it fell back). For tests.
    static int lastLiftedCount();

private:
    static YAML::Node checkedPlain(const QByteArray &text);
    static YAML::Node loadFast(const QByteArray &text, bool withinLimits);
};

} // namespace kubeminder
