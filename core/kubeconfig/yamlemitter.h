#pragma once

#include <QByteArray>

#include <yaml-cpp/yaml.h>

namespace kubeminder {

/// Writes a kubeconfig tree as YAML that kubectl reads back as the same kubeconfig: the loader's
/// counterpart (YamlLoader reads, this writes). Every write and every comparison of two trees
/// ("did this edit change anything?") goes through it.
class YamlEmitter
{
public:
    /// Block style, every field and its order kept, strings that YAML would read as another type
    /// quoted. Known limit: yaml-cpp keeps no comments, so a written file loses its comments (the
    /// backup taken before the write has them). Empty when the tree cannot be written (undefined,
    /// or absurdly deep or large once aliases are expanded). Not named "emit": Qt defines emit as
    /// an empty macro.
    static QByteArray toYaml(const YAML::Node &root);
};

} // namespace kubeminder
