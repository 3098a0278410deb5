#pragma once

#include "kubeconfig/sourcefilter.h"
#include "support/surface.h"

#include <QString>
#include <QStringList>

namespace kubeminder {

/// What the user asked `kubeminder import` (or the Import dialog) to do. Never holds a secret.
struct ImportRequest
{
    /// Where the fresh kubeconfig came from (path, later ssh://...), for messages and the record.
    QString source;
    QString name;          ///< the context (and cluster and user) name in the user's kubeconfig
    QString sourceContext; ///< which context of the source to take (empty: its current-context)
    QString server;        ///< replace the server URL (empty: keep / take the source's)
    QString ns;            ///< namespace for a new context (empty: the source's)
    bool setCurrent = false;
    bool force = false; ///< accept an expired, not-yet-valid or key-mismatched source certificate
    SourceOrigin origin = SourceOrigin::LocalFile;
    /// The user said yes to what is more than a credential (--allow-exec, the window's
    /// confirmation): an exec plugin or file reference from a local file, a change of credential kind.
    bool allowGuarded = false;
    /// A loopback server from a local file is kept (with a warning) unless --server.
    bool sourceIsLocal = true;
    /// The host the source was fetched from over SSH (its resolved HostName): a new context's
    /// loopback server gets this host, keeping the port. A refreshed context keeps its server.
    QString loopbackHost;
    /// Who reads the messages: advice names the command line's options or the window's fields.
    Surface surface = Surface::CommandLine;
};

} // namespace kubeminder
