#pragma once

#include "execcredentialrunner.h"
#include "kubeconfig/kubeconfigentries.h"
#include "support/surface.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace kubeminder {

struct ProbeOptions
{
    /// The network part of one context's probe (name lookup, proxy, connection, TLS handshake and
    /// every request) ends within this many seconds. Running an exec plugin is not counted.
    int timeoutSeconds = 10;
    /// Who reads the diagnoses: advice names the command line's options or the window's links.
    Surface surface = Surface::CommandLine;
    /// How many contexts ClusterProber::probeAll() asks at once.
    int concurrency = 4;
    /// Injected "now", for joining the answer with the local analysis (expired, not yet valid).
    /// The TLS stack itself checks the server's certificate against the real clock.
    QDateTime now;
    /// The next step for a context whose credentials the server rejected, e.g. "refresh from
    /// pi.lan over SSH (kubeminder refresh homelab)". May be empty, or return an empty string.
    std::function<QString(const QString &context)> refreshHint;
    /// Runs `user`'s exec plugin for a context of cluster `clusterName` and returns its credential
    /// (e.g. through ExecCredentialRunner::run). On failure it returns nothing and says why in
    /// `error` (a ConfigurationError); nothing with an empty `error` means "not run" (NotProbed).
    /// Without it, users whose only credential is an exec plugin are not probed. Called from a
    /// worker thread, once per probed context that needs it.
    std::function<std::optional<ExecCredential>(const UserEntry &user, const QString &clusterName,
                                                QString *error)>
        execCredential;
    /// Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY come from when a cluster sets no proxy-url
    /// (client-go's ProxyFromEnvironment).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    /// Set to true (from any thread) to stop: probes not yet finished end as NotProbed at their
    /// next step.
    const std::atomic_bool *cancel = nullptr;
};

} // namespace kubeminder
