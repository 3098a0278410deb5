#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace kubeminder {

/// Lookups and edits on a kubeconfig's YAML tree, in one place: the importer edits the user's
/// files through these, the document reads exec settings with them. Every lookup goes through a
/// const node, since yaml-cpp's non-const operator[] adds the key it looks for.
class KubeconfigTree
{
public:
    /// Present: defined and not null.
    static bool present(const YAML::Node &node);
    /// Whether `key` is a scalar equal to one of `keys`.
    static bool isOneOf(const YAML::Node &key, std::initializer_list<const char *> keys);
    /// map[key], or a plain undefined node (never yaml-cpp's "invalid" one, on which every query
    /// throws) when `map` is no mapping or has no such key.
    static YAML::Node child(const YAML::Node &map, const char *key);
    /// The item of root[listKey] named `name`. The loader has already refused files that use a
    /// name twice in one list.
    static std::optional<YAML::Node> findNamed(const YAML::Node &root, const char *listKey,
                                               const QString &name);
    /// A copy of the map `old` in which the fields named in `keys` are replaced by those `fresh`
    /// has: the fresh ones take the place of the first old one (or go at the end); every other
    /// field stays where it was. Fields in `drop` are left out; `overrides` replace a field's value
    /// in place (or are added at the end).
    static YAML::Node replaceFields(const YAML::Node &old, const YAML::Node &fresh,
                                    std::initializer_list<const char *> keys, const QStringList &drop = {},
                                    const QList<QPair<QString, QString>> &overrides = {});
};

} // namespace kubeminder
