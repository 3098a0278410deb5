#include "commandsource.h"

#include "kubeconfig/kubeconfigdocument.h"
#include "support/secretbytes.h"
#include "support/shellword.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>

namespace kubeminder {

namespace {

// The end of what a failing command said, for the error: bounded, one line each, and no control
// character (it comes from another program and goes to a terminal or a dialog).
QString lastLines(const QByteArray &text)
{
    QStringList lines;
    for (const QByteArray &line : text.trimmed().split('\n')) {
        QString clean = QString::fromUtf8(line.trimmed());
        for (QChar &c : clean)
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
                c = QLatin1Char('?');
        if (!clean.isEmpty())
            lines << clean.left(300);
    }
    return lines.mid(std::max<qsizetype>(0, lines.size() - 3)).join(QStringLiteral(" / "));
}

} // namespace

std::optional<CommandTarget> CommandTarget::parse(const QString &source, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<CommandTarget> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!isCommand(source))
        return fail(
            CommandSource::tr("“%1” is not a command source: write cmd:PROGRAM ARGUMENTS.").arg(source));
    const QString text = source.mid(4);
    CommandTarget target;
    QString word;
    bool inWord = false;
    enum class Quote { None, Single, Double } quote = Quote::None;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote == Quote::Single) {
            if (c == QLatin1Char('\''))
                quote = Quote::None;
            else
                word += c;
            continue;
        }
        if (quote == Quote::Double) {
            if (c == QLatin1Char('"')) {
                quote = Quote::None;
            } else if (c == QLatin1Char('\\') && i + 1 < text.size() &&
                       QStringLiteral("\"\\$`").contains(text.at(i + 1))) {
                word += text.at(++i);
            } else {
                word += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                target.arguments << word;
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\''))
            quote = Quote::Single;
        else if (c == QLatin1Char('"'))
            quote = Quote::Double;
        else if (c == QLatin1Char('\\') && i + 1 < text.size())
            word += text.at(++i);
        else
            word += c;
    }
    if (quote != Quote::None)
        return fail(CommandSource::tr("The command in “%1” has a quote that is not closed.").arg(source));
    if (inWord)
        target.arguments << word;
    if (target.arguments.isEmpty() || target.arguments.constFirst().isEmpty())
        return fail(CommandSource::tr("“%1” names no command: write cmd:PROGRAM ARGUMENTS, e.g. cmd:kind get "
                                      "kubeconfig --name dev.")
                        .arg(source));
    return target;
}

QString CommandTarget::display() const
{
    QStringList words;
    for (const QString &argument : arguments)
        words << shellWord(argument);
    return words.join(QLatin1Char(' '));
}

QString CommandTarget::toSource() const
{
    return QLatin1String("cmd:") + display();
}

QStringList CommandTarget::presetNames()
{
    return {QStringLiteral("kind"), QStringLiteral("k3d"), QStringLiteral("talos"),
            QStringLiteral("vcluster"), QStringLiteral("microk8s")};
}

std::optional<CommandTarget> CommandTarget::preset(const QString &name, const QString &cluster)
{
    CommandTarget target;
    if (name == QLatin1String("kind"))
        target.arguments = {QStringLiteral("kind"), QStringLiteral("get"), QStringLiteral("kubeconfig"),
                            QStringLiteral("--name"), cluster.isEmpty() ? QStringLiteral("kind") : cluster};
    else if (name == QLatin1String("k3d"))
        target.arguments = {QStringLiteral("k3d"), QStringLiteral("kubeconfig"), QStringLiteral("get"),
                            cluster.isEmpty() ? QStringLiteral("k3s-default") : cluster};
    else if (name == QLatin1String("talos"))
        // talosctl writes to a file unless the path is "-"; -n names the control-plane node.
        target.arguments = {QStringLiteral("talosctl"), QStringLiteral("kubeconfig"), QStringLiteral("-n"),
                            cluster.isEmpty() ? QStringLiteral("NODE") : cluster, QStringLiteral("-")};
    else if (name == QLatin1String("vcluster"))
        target.arguments = {QStringLiteral("vcluster"), QStringLiteral("connect"),
                            cluster.isEmpty() ? QStringLiteral("NAME") : cluster, QStringLiteral("--print")};
    else if (name == QLatin1String("microk8s"))
        target.arguments = {QStringLiteral("microk8s"), QStringLiteral("config")};
    else
        return std::nullopt;
    return target;
}

QString CommandSource::explainNotAKubeconfig(QByteArrayView output)
{
    // `microk8s config` on a node that joined a cluster prints this and exits 0.
    if (QByteArray::fromRawData(output.data(), output.size()).contains("acting as a node in a cluster"))
        return tr(
            "This MicroK8s node joined a cluster and is not its control plane: run microk8s config on a "
            "control-plane node.");
    return {};
}

CommandFetchResult CommandSource::run(const CommandTarget &target, int timeoutSeconds,
                                      const std::atomic_bool *cancel)
{
    CommandFetchResult result;
    const QString shown = target.display();
    const QString program = target.arguments.value(0);
    // A name is looked up on PATH here, so "not installed" is said as such, not as a failed start.
    const QString executable =
        program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    if (executable.isEmpty()) {
        result.error =
            tr("%1 is not installed here (not found on PATH), so “%2” cannot run.").arg(program, shown);
        return result;
    }
    QProcess process;
    process.setProgram(executable);
    process.setArguments(target.arguments.mid(1));
    // Nothing to read: a tool that asks a question fails at once instead of waiting for an answer.
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(10000)) {
        result.error = tr("“%1” could not start: %2").arg(shown, process.errorString());
        return result;
    }
    const QDeadlineTimer deadline(std::chrono::seconds(std::max(1, timeoutSeconds)));
    SecretBytes out;
    QByteArray errors;
    constexpr qsizetype MaximumErrorOutput = 64 * 1024;
    const auto stop = [&](const QString &why) {
        process.kill();
        process.waitForFinished(5000);
        result.error = why;
        return result;
    };
    const auto drain = [&] {
        QByteArray chunk = process.readAllStandardOutput();
        out.append(chunk);
        SecretBytes::adopt(std::move(chunk));
        const QByteArray err = process.readAllStandardError();
        if (errors.size() < MaximumErrorOutput)
            errors.append(err.left(MaximumErrorOutput - errors.size()));
    };
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        drain();
        if (out.size() > KubeconfigDocument::MaximumFileSize)
            return stop(tr("“%1” printed more than %2 MiB: that is not a kubeconfig.")
                            .arg(shown)
                            .arg(KubeconfigDocument::MaximumFileSize / (1024 * 1024)));
        if (cancel && cancel->load()) {
            stop(tr("Cancelled."));
            result.cancelled = true;
            return result;
        }
        if (deadline.hasExpired())
            return stop(tr("“%1” did not finish within %2 seconds.").arg(shown).arg(timeoutSeconds));
    }
    drain();
    if (process.exitStatus() != QProcess::NormalExit) {
        result.error = tr("“%1” crashed.").arg(shown);
        return result;
    }
    if (process.exitCode() != 0) {
        const QString said = lastLines(errors);
        result.error =
            said.isEmpty()
                ? tr("“%1” failed (exit status %2).").arg(shown).arg(process.exitCode())
                : tr("“%1” failed (exit status %2): %3").arg(shown).arg(process.exitCode()).arg(said);
        return result;
    }
    // Parsed here, so the message can say which command printed what is not a kubeconfig (and, like
    // the SSH fetch, never quotes it: it may hold a key).
    const KubeconfigDocument::Status status = KubeconfigDocument::parse(shown, out.borrowed()).status();
    if (status != KubeconfigDocument::Status::Ok) {
        const QString hint = explainNotAKubeconfig(out.view());
        result.error = hint.isEmpty() ? tr("What “%1” printed is not a kubeconfig (%2).")
                                            .arg(shown, KubeconfigDocument::statusName(status))
                                      : hint;
        return result;
    }
    result.kubeconfig = out.view().toByteArray();
    return result;
}

} // namespace kubeminder
