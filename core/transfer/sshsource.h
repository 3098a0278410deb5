#pragma once

#include "interactionhandler.h"
#include "renewaladvice.h"
#include "support/surface.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>

namespace kubeminder {

/// ssh://[USER@]HOST[:PORT][/ABSOLUTE/PATH]
struct SshTarget
{
    QString user; ///< empty: from ~/.ssh/config, else the local user name
    QString host; ///< a host name, address or ~/.ssh/config alias
    int port = 0; ///< 0: from ~/.ssh/config, else 22
    QString path; ///< empty: the preset's path

    /// Parses an ssh:// URL; nothing (and `error`) when it is not one.
    static std::optional<SshTarget> parse(const QString &url, QString *error);
    /// The canonical URL (no password, ever).
    QString toUrl() const;
};

struct SshOptions
{
    enum class Sudo { Auto, Never, Always };
    enum class Preset { K3s, Rke2, Kubeadm, MicroK8s, K0s };

    QString identityFile;          ///< tried after the agent, before the config's and the defaults
    QString knownHostsFile;        ///< empty: ~/.ssh/known_hosts
    QString configFile;            ///< empty: ~/.ssh/config
    bool acceptNewHostKey = false; ///< accept and record an unknown host key without asking
    Sudo sudo = Sudo::Auto;
    Preset preset = Preset::K3s;
    int connectTimeoutSeconds = 10;
    int timeoutSeconds = 60; ///< the whole fetch
    /// After the kubeconfig, ask systemd since when K3s or RKE2 runs (SshFetchResult::service). Only
    /// a refresh can find nothing newer, which is what that answer explains: a first import skips it.
    bool readServiceState = false;
    Surface surface = Surface::CommandLine; ///< whose controls the advice in an error names
};

/// What a fetch gave, or the one reason it failed.
struct SshFetchResult
{
    enum class Failure {
        None,
        NameResolution,
        ConnectionRefused,
        Timeout,
        HostKeyUnknown, ///< refused by the user or no way to ask
        HostKeyChanged, ///< always refused
        AuthenticationDenied,
        FileMissing,
        PermissionDenied, ///< and sudo was not allowed (--sudo never)
        SudoRefused,
        NotAKubeconfig,
        Cancelled,
        Other,
    };
    Failure failure = Failure::Other;
    QString error; ///< what happened and what to do; never a secret
    /// The fetched file: secret, and a fresh buffer only the caller holds. Wipe it when done, e.g.
    /// by handing it to SecretBytes::adopt(std::move(kubeconfig)) (which wipes it only while it is
    /// unshared: a KubeconfigDocument parsed from it keeps a shared copy).
    QByteArray kubeconfig;
    QString user;          ///< who logged in
    QString connectedHost; ///< the resolved HostName actually connected to
    int port = 22;
    /// For the K3s and RKE2 presets, the service as systemd on the server sees it (read after the
    /// kubeconfig, best effort: nothing when it could not be read).
    std::optional<ServiceState> service;

    bool ok() const { return failure == Failure::None; }
};

/// Reads a kubeconfig from a server over SSH with libssh: host key checked against known_hosts
/// (a changed key is always refused), authentication by agent, identity files, then
/// keyboard-interactive or password (three tries; a cancelled prompt ends the fetch as Cancelled);
/// the file read with cat, or sudo when it is root's (three tries; the login password may be given
/// to sudo for this fetch). For K3s and RKE2 it then asks systemd, read-only, since when the service
/// runs (SshFetchResult::service). Blocking:
/// run it on a worker thread. `cancel` may be set from another thread.
class SshSource
{
    Q_DECLARE_TR_FUNCTIONS(SshSource)

public:
    static SshFetchResult fetch(const SshTarget &target, const SshOptions &options,
                                InteractionHandler &interaction, const std::atomic_bool *cancel = nullptr);

    /// The remote command for a preset and path, every argument shell-quoted.
    static QString remoteCommand(SshOptions::Preset preset, const QString &path);
    /// The libssh loaded at run time, e.g. "0.10.6" (libssh stays behind this file).
    static QString libraryVersion();
    /// The default path of a preset (empty for presets that run a command).
    static QString defaultPath(SshOptions::Preset preset);
    static std::optional<SshOptions::Preset> presetFromName(const QString &name);
    /// "k3s", "rke2", "kubeadm", "microk8s", "k0s": the names used on the command line and in the
    /// remembered source.
    static QString presetName(SshOptions::Preset preset);
    /// "auto", "never", "always".
    static QString sudoName(SshOptions::Sudo sudo);
    static std::optional<SshOptions::Sudo> sudoFromName(const QString &name);
    /// POSIX shell single-quoting: no path can inject a command.
    static QString shellQuote(const QString &text);
    /// Where an OpenSSH server keeps the public host key of a type, for the hint that tells the user
    /// how to compare a fingerprint (ssh-keygen -lf FILE on the server): "ssh-ed25519" gives
    /// /etc/ssh/ssh_host_ed25519_key.pub; ecdsa-sha2-nistp256/384/521 the ECDSA file; ssh-rsa and
    /// rsa-sha2-256/512 the RSA file. Empty for a type sshd keeps no default file for.
    static QString hostKeyFile(const QString &keyType);
    /// The host aliases of an ssh_config file (`Host` lines), for completion: no pattern (*, ?)
    /// and no negation, each once, in file order. Bounded reads; a missing file gives none.
    static QStringList configHosts(const QString &configFile);

private:
    class Fetch; // one connection's state, in sshsource.cpp
};

} // namespace kubeminder
