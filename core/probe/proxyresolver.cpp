#include "proxyresolver.h"

#include <QHostAddress>

namespace kubeminder {

namespace {

QString firstSet(const QProcessEnvironment &environment, const char *upper, const char *lower)
{
    // Go's httpproxy reads the upper-case name first.
    const QString value = environment.value(QLatin1String(upper));
    return value.isEmpty() ? environment.value(QLatin1String(lower)) : value;
}

// One NO_PROXY entry, matched the way Go's golang.org/x/net/http/httpproxy does, so that the
// probe goes through the same proxy (or none) as kubectl from the same shell.
bool matchesEntry(QString entry, const QString &host, const QHostAddress &address, int port)
{
    // CIDR ("10.0.0.0/8")
    if (entry.contains(QLatin1Char('/'))) {
        const auto subnet = QHostAddress::parseSubnet(entry);
        // A CIDR only ever matches a literal IP address: Go does not resolve a host name to test it
        // against a subnet, and neither do we.
        return !address.isNull() && subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol &&
               address.isInSubnet(subnet);
    }
    // An optional ":port", also after a bracketed IPv6 address.
    QString entryPort;
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        if (entry.mid(close + 1).startsWith(QLatin1Char(':')))
            entryPort = entry.mid(close + 2);
        entry = entry.mid(1, close - 1);
        // Exactly one colon: "host:port". More than one without brackets is a bare IPv6 address, whose
        // colons are not a port separator.
    } else if (entry.count(QLatin1Char(':')) == 1) {
        entryPort = entry.section(QLatin1Char(':'), 1);
        entry = entry.section(QLatin1Char(':'), 0, 0);
    }
    // An entry with a port exempts only that port; one without exempts every port of the host.
    if (!entryPort.isEmpty() && entryPort != QString::number(port))
        return false;
    const QHostAddress entryAddress(entry);
    if (!entryAddress.isNull())
        return !address.isNull() && entryAddress.isEqual(address);
    // "[]" or ":443" leaves no host, and an empty host must not match every server.
    if (entry.isEmpty())
        return false;
    // "example.com" matches it and its subdomains; ".example.com" and "*.example.com" only
    // subdomains.
    if (entry.startsWith(QLatin1String("*.")))
        entry.remove(0, 1);
    if (entry.startsWith(QLatin1Char('.')))
        return host.endsWith(entry);
    return host == entry || host.endsWith(QLatin1Char('.') + entry);
}

} // namespace

bool ProxyResolver::bypasses(const QString &noProxy, const QString &rawHost, int port)
{
    // Host names compare case-insensitively, as DNS does.
    const QString host = rawHost.trimmed().toLower();
    const QHostAddress address(host);
    // Go never sends loopback traffic through a proxy, whatever NO_PROXY says; a port-forward or a
    // local kind cluster would otherwise break behind a corporate proxy.
    if (host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
        return true;
    const QStringList entries = noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed().toLower();
        // "*" alone disables the proxy for every host.
        if (entry == QLatin1String("*"))
            return true;
        if (!entry.isEmpty() && matchesEntry(entry, host, address, port))
            return true;
    }
    return false;
}

ProxyChoice ProxyResolver::fromUrl(const QString &proxyUrl, bool fromEnvironment)
{
    ProxyChoice choice;
    choice.fromEnvironment = fromEnvironment;
    QUrl url(proxyUrl, QUrl::StrictMode);
    // Like Go's parseProxy, a bare "host:port" in the environment means an HTTP proxy.
    if (fromEnvironment && (!url.isValid() || url.host().isEmpty()))
        url = QUrl(QStringLiteral("http://") + proxyUrl, QUrl::StrictMode);
    // The proxy URL may hold a password ("http://user:secret@proxy"). Only the form without it ever
    // reaches a message, a log or JSON.
    const QString shown = url.toString(QUrl::RemoveUserInfo);
    choice.description = shown;
    if (!url.isValid() || url.host().isEmpty()) {
        // Even an invalid URL is shown without user info: a typo must not print the password.
        choice.description = QUrl(proxyUrl).toString(QUrl::RemoveUserInfo);
        choice.error = tr("the proxy address “%1” is not a valid URL").arg(choice.description);
        return choice;
    }
    const QString scheme = url.scheme().toLower();
    QNetworkProxy proxy;
    // The default ports are Go's: 80 for http, 1080 for socks5.
    if (scheme == QLatin1String("http")) {
        proxy.setType(QNetworkProxy::HttpProxy);
        proxy.setPort(quint16(url.port(80)));
    } else if (scheme == QLatin1String("socks5")) {
        proxy.setType(QNetworkProxy::Socks5Proxy);
        proxy.setPort(quint16(url.port(1080)));
    } else if (scheme == QLatin1String("https")) {
        // Qt's proxy support speaks plain text to the proxy; TLS to the proxy itself (and then
        // TLS through it to the API server) is not available.
        choice.error = tr("the proxy %1 is an HTTPS proxy, which Kubeminder cannot use yet; use an "
                          "http:// or socks5:// proxy address, or probe with kubectl")
                           .arg(shown);
        return choice;
    } else {
        choice.error = tr("the proxy %1 uses the scheme “%2”; kubectl supports only http, https and socks5")
                           .arg(shown, scheme);
        return choice;
    }
    proxy.setHostName(url.host());
    if (!url.userName().isEmpty())
        proxy.setUser(url.userName());
    if (!url.password().isEmpty())
        proxy.setPassword(url.password());
    choice.proxy = proxy;
    return choice;
}

ProxyChoice ProxyResolver::resolve(const QString &proxyUrl, const QUrl &server,
                                   const QProcessEnvironment &environment)
{
    // The cluster's proxy-url wins over the environment and ignores NO_PROXY, as in client-go: the
    // kubeconfig says explicitly how to reach that one cluster.
    if (!proxyUrl.isEmpty())
        return fromUrl(proxyUrl, false);
    // Go picks HTTP_PROXY only for plain http:// requests. The prober refuses other schemes before it
    // gets here, so anything but "http" is https.
    const bool https = server.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0;
    const QString fromEnvironment = https ? firstSet(environment, "HTTPS_PROXY", "https_proxy")
                                          : firstSet(environment, "HTTP_PROXY", "http_proxy");
    if (fromEnvironment.isEmpty())
        return {};
    if (bypasses(firstSet(environment, "NO_PROXY", "no_proxy"), server.host(), server.port(https ? 443 : 80)))
        return {};
    return fromUrl(fromEnvironment, true);
}

} // namespace kubeminder
