#include "kubeconfigtree.h"

#include <algorithm>

namespace kubeminder {

namespace {

// yaml-cpp speaks std::string, always holding UTF-8; these two keep the conversions in one place.
std::string s(const QString &text)
{
    return text.toStdString();
}

QString qstr(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

// "key: ~" and "key:" are null, which kubectl treats like a missing key.
bool KubeconfigTree::present(const YAML::Node &node)
{
    return node.IsDefined() && !node.IsNull();
}

bool KubeconfigTree::isOneOf(const YAML::Node &key, std::initializer_list<const char *> keys)
{
    // A complex key ("? [a, b]") is legal YAML but never a kubeconfig field.
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
    // Only the const operator[] is used: the non-const one would insert the key into the tree.
    const YAML::Node value = map[key];
    return value.IsDefined() ? value : YAML::Node(YAML::NodeType::Undefined);
}

std::optional<YAML::Node> KubeconfigTree::findNamed(const YAML::Node &root, const char *listKey,
                                                    const QString &name)
{
    const YAML::Node list = child(root, listKey);
    if (!present(list) || !list.IsSequence())
        return std::nullopt;
    // The first item with the name. A name used twice in one file fails the whole file in client-go,
    // and KubeconfigDocument refuses such a file before an edit can get here.
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
    // A new map is built rather than the old one edited, so every key keeps its place: the fresh
    // fields go where the first of the old ones stood, and an import changes as few lines as it can.
    YAML::Node out(YAML::NodeType::Map);
    bool placed = false;
    const auto putFresh = [&] {
        placed = true;
        // A fresh entry that is not a mapping gives no fields; the old ones are still removed, so nothing
        // stale survives next to it.
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
            // Every other key (extensions, fields Kubeminder does not know) is kept as it was, in place.
            out.force_insert(it->first, it->second);
        }
    }
    if (!placed)
        putFresh();
    // Overrides for keys the old entry did not have go at the end.
    for (const auto &[key, value] : pending)
        out.force_insert(s(key), s(value));
    return out;
}

} // namespace kubeminder
