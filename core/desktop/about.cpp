#include "about.h"

#include "transfer/sshsource.h"

#include <QStringList>

#include <openssl/crypto.h>

namespace kubeminder {

QString About::version()
{
    return QStringLiteral(KUBEMINDER_VERSION);
}

std::vector<About::Library> About::libraries()
{
    // Run-time versions where the library reports one: a distribution's security update changes
    // OpenSSL and libssh under an installed Kubeminder. yaml-cpp has no such call; its version is
    // the one CMake found at build time.
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))},
        {QStringLiteral("libssh"), SshSource::libraryVersion()},
        {QStringLiteral("yaml-cpp"), QStringLiteral(KUBEMINDER_YAML_CPP_VERSION)},
    };
}

QString About::librariesLine()
{
    QStringList parts;
    for (const Library &library : libraries())
        parts << library.name + QLatin1Char(' ') + library.version;
    return parts.join(QStringLiteral(", "));
}

} // namespace kubeminder
