#include "kubeconfigtree.h"

#include <algorithm>

namespace kubeminder {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QString qstr(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

bool KubeconfigTree::present(const YAML::Node &node)
{
    return node.IsDefined() && !node.IsNull();
}

bool KubeconfigTree::isOneOf(const YAML::Node &key, std::initializer_list<const char *> keys)
{
    if (!key.IsScalar())
        return false;
    return std::any_of(keys.begin(), keys.end(), [&](const char *k) { return key.Scalar() == k; });
}

YAML::Node KubeconfigTree::child(const YAML::Node &map, const char *key)
{
    if (!map.IsDefined() || !map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    // A missing key yields an "invalid" node on which every query throws; hand out a plain
    // undefined one instead.
    const YAML::Node value = map[key];
    return value.IsDefined() ? value : YAML::Node(YAML::NodeType::Undefined);
}

std::optional<YAML::Node> KubeconfigTree::findNamed(const YAML::Node &root, const char *listKey,
                                                    const QString &name)
{
    const YAML::Node list = child(root, listKey);
    if (!present(list) || !list.IsSequence())
        return std::nullopt;
    for (const YAML::Node &item : list) {
        const YAML::Node itemName = child(item, "name");
        if (present(itemName) && itemName.IsScalar() && qstr(itemName.Scalar()) == name)
            return item;
    }
    return std::nullopt;
}

YAML::Node KubeconfigTree::replaceFields(const YAML::Node &old, const YAML::Node &fresh,
                                         std::initializer_list<const char *> keys, const QStringList &drop,
                                         const QList<QPair<QString, QString>> &overrides)
{
    YAML::Node out(YAML::NodeType::Map);
    bool placed = false;
    const auto putFresh = [&] {
        placed = true;
        if (!fresh.IsMap())
            return;
        for (auto it = fresh.begin(); it != fresh.end(); ++it) {
            if (isOneOf(it->first, keys))
                out.force_insert(it->first.Scalar(), YAML::Clone(it->second));
        }
    };
    QList<QPair<QString, QString>> pending = overrides;
    if (old.IsMap()) {
        for (auto it = old.begin(); it != old.end(); ++it) {
            if (isOneOf(it->first, keys)) {
                if (!placed)
                    putFresh();
                continue;
            }
            const QString key = it->first.IsScalar() ? qstr(it->first.Scalar()) : QString();
            if (drop.contains(key))
                continue;
            const auto override = std::find_if(pending.begin(), pending.end(),
                                               [&](const auto &pair) { return pair.first == key; });
            if (override != pending.end()) {
                out.force_insert(s(key), s(override->second));
                pending.erase(override);
                continue;
            }
            out.force_insert(it->first, it->second);
        }
    }
    if (!placed)
        putFresh();
    for (const auto &[key, value] : pending)
        out.force_insert(s(key), s(value));
    return out;
}

} // namespace kubeminder
