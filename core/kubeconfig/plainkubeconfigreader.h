#pragma once

#include "kubeconfigentries.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace kubeminder {

/// Reads the entries of a kubeconfig written the way kubectl, K3s, kubeadm and most tools write
/// one, without building a YAML tree: block mappings and lists, plain or simply quoted one-line
/// values, comments, and only the fields a check needs. It reads about ten times faster than the
/// full path (yaml-cpp's tree, go-yaml's rules, the schema), which is most of `kubeminder check`.
///
/// It either returns exactly the entries KubeconfigDocument's full path gives for the same bytes,
/// or declines (std::nullopt) and the full path reads the file, errors and messages included. It
/// declines anything outside that layout: tabs, CR, NEL and the Unicode line separators, a BOM,
/// anchors, aliases, tags, block scalars, values over several lines, flow collections other than
/// {} and [], quoted keys, a key or a name given twice, a null, a plain value go-yaml reads as
/// anything but text (true, 123, ~), escapes in double quotes, invalid base64, any field it does
/// not know (exec, auth-provider, extensions, insecure-skip-tls-verify, password, ...).
/// tests/core/kubeconfig/tst_plainkubeconfigreader holds it to that against the full path.
class PlainKubeconfigReader
{
public:
    struct Entries
    {
        QString currentContext;
        std::vector<ClusterEntry> clusters;
        std::vector<UserEntry> users;
        std::vector<ContextEntry> contexts;
    };

    /// `path` is the file's absolute path: entries record it, and relative paths in them resolve
    /// against its folder. `bytes` must already be known to be UTF-8 without NUL bytes.
    static std::optional<Entries> read(const QString &path, const QByteArray &bytes);
};

} // namespace kubeminder
