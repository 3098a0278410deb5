#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace kubeminder {

/// Which proxy a request to an API server goes through, by client-go's rules: the cluster's
/// proxy-url when set, otherwise HTTPS_PROXY / HTTP_PROXY unless NO_PROXY (or a loopback address)
/// exempts the server (Go's http.ProxyFromEnvironment).
struct ProxyChoice
{
    std::optional<QNetworkProxy> proxy; ///< none: connect directly
    QString description;                ///< the proxy's URL without credentials, for messages
    bool fromEnvironment = false;       ///< chosen by HTTPS_PROXY/HTTP_PROXY rather than proxy-url
    QString error;                      ///< set when the proxy cannot be used; then `proxy` is empty
};

class ProxyResolver
{
    Q_DECLARE_TR_FUNCTIONS(ProxyResolver)

public:
    /// `server` is the API server's URL (scheme "https" or "http").
    static ProxyChoice resolve(const QString &proxyUrl, const QUrl &server,
                               const QProcessEnvironment &environment);
    /// True when a NO_PROXY list (comma-separated hosts, domains, IPs, CIDRs, optional ports, "*")
    /// exempts host:port, or the host is localhost or a loopback address.
    static bool bypasses(const QString &noProxy, const QString &host, int port);

private:
    static ProxyChoice fromUrl(const QString &proxyUrl, bool fromEnvironment);
};

} // namespace kubeminder
