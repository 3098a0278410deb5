// A stage for screenshots and walkthroughs by hand (tests/screenshots/render.sh): a K3s server as
// Kubeminder meets it on a Raspberry Pi, on loopback. Password login only (keyboard-interactive,
// as PAM asks), and /etc/rancher/k3s/k3s.yaml readable only through a sudo that wants the same
// password. The kubeconfig is fresh: a CA and an admin certificate valid for a year from now.
//
//   kubeminder_stagesshd DIR USER PASSWORD
//
// Prints "port N" once it listens, then serves until SIGINT or SIGTERM. DIR is its own (keys,
// stand-ins, the served file); the caller removes it.

#include "kubeconfigbuilder.h"
#include "passwordsshserver.h"
#include "testpki.h"
#include "testsshserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <csignal>
#include <cstdio>

using namespace kubeminder;
using namespace kubeminder::test;

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The stand-in cat of TestSshServer, with K3s's path mapped to the served file and readable only
// through the stand-in sudo, as root-only files are.
QByteArray catStandIn(const QString &served)
{
    return "#!/bin/sh\n"
           "for a do\n"
           "  shift\n"
           "  if [ \"$a\" = /etc/rancher/k3s/k3s.yaml ]; then\n"
           "    if [ -z \"$KM_SUDO\" ]; then echo \"cat: $a: Permission denied\" >&2; exit 1; fi\n"
           "    a='" +
           QFile::encodeName(served) +
           "'\n"
           "  fi\n"
           "  set -- \"$@\" \"$a\"\n"
           "done\n"
           "exec /bin/cat \"$@\"\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: kubeminder_stagesshd DIR USER PASSWORD\n");
        return 2;
    }
    const QString directory = arguments.at(1);
    QDir().mkpath(directory);
    TestSshServer files(directory);
    if (!files.start()) {
        std::fprintf(stderr, "kubeminder_stagesshd: %s\n", qPrintable(files.skipReason()));
        return 1;
    }
    const QByteArray password = arguments.at(3).toUtf8();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const IssuedCertificate ca =
        TestPki::ca(str("k3s-server-ca@1700000000"), now.addSecs(-3600), now.addYears(10));
    const IssuedCertificate admin =
        TestPki::leaf(ca, str("system:admin"), now.addSecs(-3600), now.addDays(365));
    KubeconfigBuilder k3s;
    k3s.cluster(str("default"), str("https://127.0.0.1:6443"), ca.certificatePem)
        .certificateUser(str("default"), admin, ca.certificatePem)
        .context(str("default"), str("default"), str("default"))
        .currentContext(str("default"));
    const QString served = files.writeRemoteFile(str("k3s.yaml"), k3s.toYaml());
    writeFile(files.remoteBinDirectory() + str("/cat"), catStandIn(served));
    QFile::setPermissions(files.remoteBinDirectory() + str("/cat"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    files.setSudoMode("password");
    writeFile(files.path(str("sudo-password")), password + '\n');

    // Blocked before the server's thread starts, so the signal reaches sigwait() below, not it.
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr);
    PasswordSshServer server(files, PasswordSshServer::Method::KeyboardInteractive, password);
    server.setUser(arguments.at(2));
    if (!server.start()) {
        std::fprintf(stderr, "kubeminder_stagesshd: %s\n", qPrintable(server.skipReason()));
        return 1;
    }
    std::printf("port %u\n", unsigned(server.port()));
    std::fflush(stdout);

    int signal = 0;
    sigwait(&stop, &signal);
    server.stop();
    files.stop();
    return 0;
}
