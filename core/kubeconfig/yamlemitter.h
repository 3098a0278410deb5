#pragma once

#include <QByteArray>

#include <string>
#include <yaml-cpp/yaml.h>

namespace kubeminder {

/// Writes a kubeconfig tree as YAML that kubectl reads back as the same kubeconfig: the loader's
/// counterpart (YamlLoader reads, this writes). Every write and every comparison of two trees
/// ("did this edit change anything?") goes through it.
class YamlEmitter
{
public:
    /// Block style, every field and its order kept, strings that YAML would read as another type
    /// quoted. yaml-cpp keeps no comments: an edit of a file goes through YamlSplicer, which
    /// writes only the changed values and keeps the rest of the file's bytes; this writes a new file,
    /// a new entry, and the whole file where a precise edit cannot be made. Empty when the tree cannot be
    /// written (undefined, or absurdly deep or large once aliases are expanded). Not named "emit": Qt defines
    /// emit as an empty macro. `indent`: the spaces a nested mapping steps in (2 to 8), for an entry added to
    /// a file that indents its own way.
    static QByteArray toYaml(const YAML::Node &root, int indent = 2);
    /// One scalar as toYaml() writes it as the value of `key` (plain or quoted), without a line
    /// break. Empty for anything but a scalar.
    static QByteArray scalarToYaml(const YAML::Node &scalar, const std::string &key);
};

} // namespace kubeminder
