#include "hostname.h"

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>

namespace kubeminder::HostName {

namespace {

bool isLocalName(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost"));
}

bool isLocalIPv4(const in_addr &address)
{
    const quint32 value = ntohl(address.s_addr);
    return (value >> 24) == 127 || value == 0;
}

bool isLocalIPv6(const in6_addr &address)
{
    static const in6_addr any = IN6ADDR_ANY_INIT;
    if (IN6_IS_ADDR_LOOPBACK(&address) || std::memcmp(&address, &any, sizeof any) == 0)
        return true;
    if (!IN6_IS_ADDR_V4MAPPED(&address))
        return false;
    in_addr mapped{};
    std::memcpy(&mapped.s_addr, address.s6_addr + 12, sizeof mapped.s_addr);
    return isLocalIPv4(mapped);
}

} // namespace

bool isThisMachine(const QString &host)
{
    if (host.isEmpty())
        return false;
    if (isLocalName(host))
        return true;
    const QByteArray text = host.toLatin1();
    in_addr v4{};
    if (::inet_pton(AF_INET, text.constData(), &v4) == 1)
        return isLocalIPv4(v4);
    in6_addr v6{};
    return ::inet_pton(AF_INET6, text.constData(), &v6) == 1 && isLocalIPv6(v6);
}

} // namespace kubeminder::HostName
