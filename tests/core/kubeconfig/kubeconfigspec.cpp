#include "kubeconfigspec.h"

#include "kubeconfigbuilder.h"

#include <QDir>

namespace kubeminder::test {

QByteArray kubeconfigFromSpec(const QString &spec)
{
    if (spec == QLatin1String("<empty>") || spec == QLatin1String("<missing>"))
        return {};
    if (spec == QLatin1String("<broken>"))
        return "apiVersion: v1\nclusters: [\n";
    KubeconfigBuilder builder;
    const QStringList parts = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        const QString kind = part.section(QLatin1Char(' '), 0, 0);
        const QString rest = part.section(QLatin1Char(' '), 1);
        if (part.startsWith(QLatin1String("current="))) {
            builder.currentContext(part.mid(8));
        } else if (kind == QLatin1String("cluster")) {
            builder.cluster(rest.section(QLatin1Char('='), 0, 0), rest.section(QLatin1Char('='), 1));
        } else if (kind == QLatin1String("user")) {
            builder.tokenUser(rest, "token-of-" + rest.toUtf8());
        } else if (kind == QLatin1String("context")) {
            const QString target = rest.section(QLatin1Char('='), 1);
            builder.context(rest.section(QLatin1Char('='), 0, 0), target.section(QLatin1Char('/'), 0, 0),
                            target.section(QLatin1Char('/'), 1, 1), target.section(QLatin1Char('/'), 2, 2));
        } else {
            qFatal("bad kubeconfig spec part: %s", qPrintable(part));
        }
    }
    return builder.toYaml();
}

WrittenFiles writeKubeconfigs(const QString &folder, const QStringList &specs)
{
    WrittenFiles written;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const QString label = QStringLiteral("f%1").arg(i);
        QString path = QDir(folder).absoluteFilePath(label + QStringLiteral(".yaml"));
        if (specs.at(i) != QLatin1String("<missing>"))
            path = writeFile(path, kubeconfigFromSpec(specs.at(i)));
        written.paths << path;
        written.labels.insert(path, label);
    }
    return written;
}

} // namespace kubeminder::test
