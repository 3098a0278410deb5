#include "about.h"

#include "support/latebinding.h"
#include "transfer/sshsource.h"

#include <QStringList>

#include <libssh/libssh.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>

namespace kubeminder {

QString About::version()
{
    return QStringLiteral(KUBEMINDER_VERSION);
}

std::vector<About::Library> About::libraries()
{
    // Run-time versions where the library reports one: a distribution's security update changes
    // OpenSSL and libssh under an installed Kubeminder. The kubeminder command loads those two on
    // first use (support/latebinding.h): until then it names the versions it was built with rather
    // than load a library only to ask (--version stays as quick as the rest). yaml-cpp has no
    // version call; its version is the one CMake found at build time.
    const bool openSslLoaded = LateBinding::isLoaded(KUBEMINDER_LIBCRYPTO_SONAME);
    const bool libsshLoaded = LateBinding::isLoaded(KUBEMINDER_LIBSSH_SONAME);
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("OpenSSL"), openSslLoaded
                                        ? QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))
                                        : QStringLiteral(OPENSSL_VERSION_STR)},
        {QStringLiteral("libssh"), libsshLoaded ? SshSource::libraryVersion()
                                                : QStringLiteral("%1.%2.%3")
                                                      .arg(LIBSSH_VERSION_MAJOR)
                                                      .arg(LIBSSH_VERSION_MINOR)
                                                      .arg(LIBSSH_VERSION_MICRO)},
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
