#include "kubectloracle.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace kubeminder::test {

namespace {
constexpr int KubectlTimeoutMs = 60 * 1000;
}

KubectlResult runKubectl(const QString &kubectl, const QStringList &arguments, const QString &home,
                         const std::optional<QString> &kubeconfig)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    if (kubeconfig)
        env.insert(QStringLiteral("KUBECONFIG"), *kubeconfig);
    else
        env.remove(QStringLiteral("KUBECONFIG"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home);
    process.start(kubectl, arguments);
    KubectlResult result;
    if (!process.waitForStarted(KubectlTimeoutMs)) {
        result.err = process.errorString();
        return result;
    }
    if (!process.waitForFinished(KubectlTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("kubectl timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString visible(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0xa0) || u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace kubeminder::test
