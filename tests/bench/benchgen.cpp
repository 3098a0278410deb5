// kubeminder_benchgen: writes a large, realistic kubeconfig set for the kubectl comparison
// (tests/bench/compare_kubectl.sh) and the bench/smoke test. Not a test itself.
//
// Every context has its own cluster entry and its own user, in one of three styles (--style):
//   k3s      (default) one shared server CA, as in copies of K3s's k3s.yaml; every user its own
//            client-certificate-data (leaf + client CA, as K3s writes it) and client-key-data
//            (EC P-256, "EC PRIVATE KEY"), expiring at spread-out dates.
//   shared   one server CA, and one client certificate (without the chain) and key in every user
//            entry: a file copied and renamed many times, where parsing, not cryptography, is what
//            is measured.
//   kubeadm  as kubeadm's admin.conf: an RSA-2048 CA named "kubernetes", every user its own
//            RSA-2048 key and a certificate for kubernetes-admin, without the chain.

#include "kubeconfigbuilder.h"
#include "testpki.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>
#include <optional>

using namespace kubeminder;
using namespace kubeminder::test;

namespace {

enum class Style { K3s, Shared, Kubeadm };

struct Options
{
    QString folder;
    Style style = Style::K3s;
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

// The authorities of a set, and the one leaf every user shares in the "shared" style.
struct Pki
{
    IssuedCertificate serverCa;
    IssuedCertificate clientCa;
    QByteArray chainPem; ///< what rides along after the leaf in client-certificate-data
    std::optional<IssuedCertificate> sharedLeaf;
};

IssuedCertificate leafFor(const Options &options, const Pki &pki, int index)
{
    if (pki.sharedLeaf)
        return *pki.sharedLeaf;
    const QDateTime notAfter = options.now.addDays(daysLeftFor(index));
    if (options.style == Style::Kubeadm) {
        return TestPki::leaf(pki.clientCa, QStringLiteral("kubernetes-admin"), notAfter.addDays(-365),
                             notAfter, KeyAlgorithm::Rsa2048, {QStringLiteral("kubeadm:cluster-admins")});
    }
    return TestPki::leaf(pki.clientCa, QStringLiteral("system:admin"), notAfter.addDays(-365), notAfter);
}

QString writeFileSet(const Options &options, int file, const Pki &pki)
{
    // RSA keys take a while to make: the file's leaves are minted on every core.
    QList<int> indexes;
    for (int c = 0; c < options.contextsPerFile; ++c)
        indexes << file * options.contextsPerFile + c;
    const QList<IssuedCertificate> leaves =
        QtConcurrent::blockingMapped(indexes, [&](int index) { return leafFor(options, pki, index); });

    KubeconfigBuilder builder;
    for (int c = 0; c < options.contextsPerFile; ++c) {
        const int index = indexes.at(c);
        const QString name = contextName(file, c);
        builder.cluster(name, serverFor(index), pki.serverCa.certificatePem)
            .certificateUser(name, leaves.at(c), pki.chainPem)
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

Pki makePki(const Options &options)
{
    // Valid ten years from a year ago, so only the leaves expire.
    const QDateTime start = options.now.addYears(-1);
    const QDateTime end = start.addYears(10);
    Pki pki;
    if (options.style == Style::Kubeadm) {
        // kubeadm: one CA for the API server and its clients, no chain in the kubeconfig.
        pki.serverCa = TestPki::ca(QStringLiteral("kubernetes"), start, end, KeyAlgorithm::Rsa2048);
        pki.clientCa = pki.serverCa;
        return pki;
    }
    // K3s: a server CA in certificate-authority-data, a separate client CA that signs the users and
    // rides along in client-certificate-data.
    pki.serverCa = TestPki::ca(QStringLiteral("k3s-server-ca@bench"), start, end);
    pki.clientCa = TestPki::ca(QStringLiteral("k3s-client-ca@bench"), start, end);
    if (options.style == Style::Shared) {
        // A copied file: the leaf alone, as most tools write it.
        pki.sharedLeaf = TestPki::leaf(pki.clientCa, QStringLiteral("system:admin"),
                                       options.now.addDays(-200), options.now.addDays(165));
        return pki;
    }
    pki.chainPem = pki.clientCa.certificatePem;
    return pki;
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
        "own cluster and user entry in the chosen style, and prints the KUBECONFIG value."));
    parser.addHelpOption();
    const QCommandLineOption files({QStringLiteral("f"), QStringLiteral("files")},
                                   QStringLiteral("Number of files (default 20)."), QStringLiteral("N"));
    const QCommandLineOption contexts({QStringLiteral("c"), QStringLiteral("contexts")},
                                      QStringLiteral("Contexts per file (default 50)."), QStringLiteral("M"));
    const QCommandLineOption style(
        {QStringLiteral("s"), QStringLiteral("style")},
        QStringLiteral("k3s (default: own EC key per user), shared (one EC key and CA in every entry) or "
                       "kubeadm (own RSA-2048 key per user)."),
        QStringLiteral("STYLE"));
    parser.addOptions({files, contexts, style});
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("Where to write the files."));
    parser.process(app);

    Options options;
    const auto fileCount = positiveNumber(parser, files, options.files);
    const auto contextCount = positiveNumber(parser, contexts, options.contextsPerFile);
    const QString styleName = parser.value(style);
    if (styleName == QLatin1String("shared"))
        options.style = Style::Shared;
    else if (styleName == QLatin1String("kubeadm"))
        options.style = Style::Kubeadm;
    const bool styleKnown =
        styleName.isEmpty() || styleName == QLatin1String("k3s") || options.style != Style::K3s;
    if (!fileCount || !contextCount || !styleKnown || parser.positionalArguments().size() != 1) {
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

    const Pki pki = makePki(*options);
    QStringList paths;
    for (int file = 0; file < options->files; ++file)
        paths << writeFileSet(*options, file, pki);

    QTextStream(stdout) << paths.join(QLatin1Char(':')) << Qt::endl;
    return 0;
}
