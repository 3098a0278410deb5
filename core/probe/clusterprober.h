#pragma once

#include "credentials/checkreport.h"
#include "kubeconfig/kubeconfigset.h"
#include "probeoptions.h"
#include "proberesult.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace kubeminder {

/// Asks a context's API server whether it accepts the context's credentials, and joins the answer
/// with the local analysis into a cause and a next step ("the server rejected the client
/// certificate: it expired on 2026-05-01; refresh from pi.lan").
///
/// A probe connects with the context's TLS settings (certificate-authority(-data),
/// insecure-skip-tls-verify, tls-server-name), its proxy (proxy-url, or HTTPS_PROXY/NO_PROXY like
/// client-go) and its client certificate (EC, RSA, Ed25519) or bearer token, then asks
/// POST /apis/authentication.k8s.io/v1/selfsubjectreviews who the server thinks we are
/// (Kubernetes 1.28 and later), GET /api when the server is older, and GET /version.
///
/// Every call blocks the calling thread for at most ProbeOptions::timeoutSeconds per context:
/// call it from a worker, never from the GUI thread. HTTPS proxies (TLS to the proxy itself) are
/// not supported: such a context gives ConfigurationError. Through an HTTP proxy even an http://
/// server is reached with CONNECT (Go would send the request to the proxy instead).
class ClusterProber
{
    Q_DECLARE_TR_FUNCTIONS(ClusterProber)

public:
    /// Probes one context. `local` is the context's row of a CredentialChecker report over `set`.
    static ProbeResult probe(const KubeconfigSet &set, const ContextReport &local,
                             const ProbeOptions &options);

    /// Probes every context of `report`, at most options.concurrency at once, on a private thread
    /// pool. Returns the results in the order of report.contexts. `onResult`, when given, is called
    /// with each result as soon as it is ready, from a worker thread, in no particular order.
    static std::vector<ProbeResult>
    probeAll(const KubeconfigSet &set, const CheckReport &report, const ProbeOptions &options,
             const std::function<void(std::size_t index, const ProbeResult &result)> &onResult = {});
};

} // namespace kubeminder
