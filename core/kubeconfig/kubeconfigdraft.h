#pragma once

#include "kubeconfigentries.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace kubeminder {

/// A new kubeconfig file made from plain entries (apiVersion v1, kind Config), for code above the
/// kubeconfig layer that writes one from scratch (the demo set) without touching YAML itself.
/// Every name and value is written so that kubectl reads it as that very text.
struct KubeconfigDraft
{
    std::vector<ClusterEntry> clusters; ///< name, server, certificate-authority(-data), TLS fields
    std::vector<UserEntry> users;       ///< name, client certificate and key (files or data), token, exec
    std::vector<ContextEntry> contexts;
    QString currentContext;

    /// The file's text: YAML in block style, entries in the order given.
    QByteArray toYaml() const;
};

} // namespace kubeminder
