#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace kubeminder {

/// `cmd:PROGRAM ARGS...`: a command on this machine that prints a kubeconfig — kind get kubeconfig,
/// k3d kubeconfig get, talosctl kubeconfig -, vcluster connect --print, microk8s config. The words
/// are split as a POSIX shell splits them (quotes and backslashes), and nothing else: no variable,
/// glob, pipe or redirection, because no shell ever runs them.
struct CommandTarget
{
    QStringList arguments; ///< the program, then its arguments

    static bool isCommand(const QString &source) { return source.startsWith(QLatin1String("cmd:")); }
    /// Nothing (and `error`) when the words do not split (an open quote) or name no program.
    static std::optional<CommandTarget> parse(const QString &source, QString *error);
    /// "cmd:" and the words, quoted where a shell would need it: parse() gives them back.
    QString toSource() const;
    /// The words as one line to show ("kind get kubeconfig --name dev").
    QString display() const;

    /// Commands that print a kubeconfig, by tool: "kind", "k3d", "talos", "vcluster", "microk8s".
    static QStringList presetNames();
    /// The preset's command for a cluster (Talos: a node's address); nothing for an unknown name.
    static std::optional<CommandTarget> preset(const QString &name, const QString &cluster);
};

/// What a command gave, or why not.
struct CommandFetchResult
{
    QString error; ///< empty when it worked; never the output itself
    bool cancelled = false;
    /// Standard output: secret, and the caller's to wipe (SecretBytes::adopt), as an SSH fetch's.
    QByteArray kubeconfig;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Runs a CommandTarget as a fetch: without a shell, standard input closed, within a time limit,
/// its output bounded to a kubeconfig's size and parsed before it is passed on. What it prints is
/// treated as coming from elsewhere (only credentials cross). Blocking: run it on a worker thread.
class CommandSource
{
    Q_DECLARE_TR_FUNCTIONS(CommandSource)

public:
    static CommandFetchResult run(const CommandTarget &target, int timeoutSeconds = 60,
                                  const std::atomic_bool *cancel = nullptr);
    /// What a tool printed instead of a kubeconfig, when it is a message Kubeminder knows
    /// (MicroK8s on a node that joined a cluster); else empty. For commands and SSH fetches alike.
    static QString explainNotAKubeconfig(QByteArrayView output);
};

} // namespace kubeminder
