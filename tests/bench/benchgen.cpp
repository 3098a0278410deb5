// kubeminder_benchgen: writes a large, realistic kubeconfig set for the kubectl comparison
// (tests/bench/compare_kubectl.sh) and the bench/smoke test. Not a test itself.
//
// Every context has its own cluster entry (one shared server CA, as in copies of K3s's
// k3s.yaml) and its own user with client-certificate-data (leaf + client CA, as K3s writes it)
// and client-key-data (EC P-256, "EC PRIVATE KEY"), expiring at spread-out dates.

#include "kubeconfigbuilder.h"
#include "testpki.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace kubeminder;
using namespace kubeminder::test;

namespace {

struct Options
{
    QString folder;
    int files = 20;
    int contextsPerFile = 50;
    QDateTime now = QDateTime::currentDateTimeUtc();
};

// Spread over expired, critical, warning and ok, deterministic so runs are comparable.
int daysLeftFor(int index)
{
    return (index * 37) % 500 - 30;
}

QString contextName(int file, int context)
{
    return QStringLiteral("bench-f%1-c%2")
        .arg(file, 2, 10, QLatin1Char('0'))
        .arg(context, 3, 10, QLatin1Char('0'));
}

QString serverFor(int index)
{
    // 10.x.y.z, unique per context, never .0 in the last octet.
    return QStringLiteral("https://10.%1.%2.%3:6443")
        .arg(index / 62500)
        .arg((index / 250) % 250)
        .arg(index % 250 + 1);
}

QString writeFileSet(const Options &options, int file, const IssuedCertificate &serverCa,
                     const IssuedCertificate &clientCa)
{
    KubeconfigBuilder builder;
    for (int c = 0; c < options.contextsPerFile; ++c) {
        const int index = file * options.contextsPerFile + c;
        const QString name = contextName(file, c);
        const QDateTime notAfter = options.now.addDays(daysLeftFor(index));
        const IssuedCertificate leaf =
            TestPki::leaf(clientCa, QStringLiteral("system:admin"), notAfter.addDays(-365), notAfter);
        builder.cluster(name, serverFor(index), serverCa.certificatePem)
            .certificateUser(name, leaf, clientCa.certificatePem)
            .context(name, name, name);
    }
    if (options.contextsPerFile > 0)
        builder.currentContext(contextName(file, 0));
    const QString path =
        QDir(options.folder).filePath(QStringLiteral("bench-%1.yaml").arg(file, 2, 10, QLatin1Char('0')));
    const QString written = builder.writeTo(path);
    QFile::setPermissions(written, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return written;
}

std::optional<int> positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                                  int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1 || value > 10000)
        return std::nullopt;
    return value;
}

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes FILES kubeconfig files of CONTEXTS contexts each into FOLDER, every context with its "
        "own EC P-256 client certificate and key, and prints the KUBECONFIG value."));
    parser.addHelpOption();
    const QCommandLineOption files({QStringLiteral("f"), QStringLiteral("files")},
                                   QStringLiteral("Number of files (default 20)."), QStringLiteral("N"));
    const QCommandLineOption contexts({QStringLiteral("c"), QStringLiteral("contexts")},
                                      QStringLiteral("Contexts per file (default 50)."), QStringLiteral("M"));
    parser.addOptions({files, contexts});
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("Where to write the files."));
    parser.process(app);

    Options options;
    const auto fileCount = positiveNumber(parser, files, options.files);
    const auto contextCount = positiveNumber(parser, contexts, options.contextsPerFile);
    if (!fileCount || !contextCount || parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return std::nullopt;
    }
    options.files = *fileCount;
    options.contextsPerFile = *contextCount;
    options.folder = QDir(parser.positionalArguments().constFirst()).absolutePath();
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kubeminder_benchgen"));
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;
    if (!QDir().mkpath(options->folder)) {
        std::fprintf(stderr, "kubeminder_benchgen: cannot create %s\n", qPrintable(options->folder));
        return 1;
    }

    // Like K3s: a server CA in certificate-authority-data, a separate client CA that signs the users
    // and rides along in client-certificate-data. Valid ten years, so only the leaves expire.
    const QDateTime caStart = options->now.addYears(-1);
    const IssuedCertificate serverCa =
        TestPki::ca(QStringLiteral("k3s-server-ca@bench"), caStart, caStart.addYears(10));
    const IssuedCertificate clientCa =
        TestPki::ca(QStringLiteral("k3s-client-ca@bench"), caStart, caStart.addYears(10));

    QStringList paths;
    for (int file = 0; file < options->files; ++file)
        paths << writeFileSet(*options, file, serverCa, clientCa);

    QTextStream(stdout) << paths.join(QLatin1Char(':')) << Qt::endl;
    return 0;
}
