#pragma once

#include <QString>

namespace kubeminder::HostName {

/// True when `host` (as QUrl::host() gives it: no brackets, no port) names this machine:
/// "localhost" or a name under .localhost (RFC 6761), a loopback address (127.0.0.0/8, ::1, and
/// 127.x mapped into IPv6), or the unspecified address (0.0.0.0, ::) a server bound to every
/// address may write into its own kubeconfig. Names are not looked up: a name that resolves to
/// 127.0.0.1 through /etc/hosts is not seen. Plain libc parsing, so a command that reads files
/// never loads Qt Network for it.
bool isThisMachine(const QString &host);

} // namespace kubeminder::HostName
