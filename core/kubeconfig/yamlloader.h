#pragma once

#include <QByteArray>

#include <yaml-cpp/yaml.h>

namespace kubeminder {

/// Parses YAML text into a yaml-cpp tree, fast.
///
/// yaml-cpp scans about 10 MB/s, and a kubeconfig is mostly long base64 scalars (certificates,
/// keys, tokens). load() lifts such values out of the text before parsing and puts them back into
/// the tree afterwards; anything it cannot prove equivalent (anchors, block scalars, a value that
/// did not come back exactly once) is parsed again the plain way. The result is always the tree
/// YAML::Load() would give.
class YamlLoader
{
public:
    /// Throws YAML::Exception (with yaml-cpp's line and column) for invalid YAML.
    static YAML::Node load(const QByteArray &text);
    /// The reference path: plain YAML::Load(). Used as the fallback and by tests as the oracle.
    static YAML::Node loadPlain(const QByteArray &text);
    /// How many scalars the last load() on this thread lifted out (0 when it fell back). For tests.
    static int lastLiftedCount();
};

} // namespace kubeminder
