#pragma once

#include "credentials/checkreport.h"

#include <QDateTime>
#include <QString>

#include <optional>

class QSettings;

namespace kubeminder {
struct ImportRequest;
struct SshOptions;
} // namespace kubeminder

namespace kubeminder {

/// Where an imported context came from, so `kubeminder refresh NAME` (and the window's Refresh
/// button) can repeat the import. Never holds a password, key or token.
struct ImportSource
{
    QString kind;           ///< "file", "ssh" or "cmd"
    QString location;       ///< absolute path, ssh://user@host:port/path, or cmd:PROGRAM ARGS...
    QString sourceContext;  ///< the source's context that was taken (empty: its current one)
    QString server;         ///< --server given at import
    QString ns;             ///< --namespace given at import
    QDateTime lastImported; ///< UTC
    // For "ssh" sources, the options to connect again (never a password or passphrase):
    QString identityFile;
    QString knownHostsFile;
    QString sudo;   ///< "auto", "never", "always"
    QString preset; ///< "k3s", "rke2", ...
    int timeoutSeconds = 0;

    /// The record of an import of `request` from `location` (a file path, ssh:// URL or cmd:
    /// line); `ssh` for SSH sources and commands (whose time limit it holds), `command` for
    /// commands. Paths are made absolute so a refresh from another folder finds them.
    static ImportSource of(const ImportRequest &request, const QString &location, const SshOptions *ssh,
                           const QDateTime &now, bool command = false);
    /// Where a refresh goes, for sentences: "from pi.lan over SSH", "from /etc/rancher/k3s/k3s.yaml".
    QString describe() const;
    /// Where fresh credentials for `context` most likely come from when none is remembered: the
    /// server of its URL over SSH ("ssh://pi.lan"), with the distribution its client CA names
    /// (rke2-client-ca@… gives RKE2), else K3s. A guess the user sees and edits before anything is
    /// fetched. Nothing for a server on this machine (kind, k3d, a K3s installed here), nor for a
    /// credential other than a client certificate.
    static std::optional<ImportSource> suggestedFor(const ContextReport &context);
};

/// The remembered import sources, one per context name, in the application's settings.
class ImportSourceRegistry
{
public:
    explicit ImportSourceRegistry(QSettings &settings);

    /// Records the source of the latest import of `contextName`; whether the context is kept fresh
    /// automatically (and when that was last tried) stays as it was.
    void remember(const QString &contextName, const ImportSource &source);
    std::optional<ImportSource> find(const QString &contextName) const;
    void forget(const QString &contextName);

    /// "Keep fresh automatically": the tray repeats the remembered import of the context by itself
    /// when its credential enters the warning window. Only for a context with a remembered source.
    void setKeepFresh(const QString &contextName, bool keep);
    bool keepsFresh(const QString &contextName) const;
    /// When the tray last tried to refresh the context by itself (invalid: never).
    QDateTime lastAutomaticAttempt(const QString &contextName) const;
    void setLastAutomaticAttempt(const QString &contextName, const QDateTime &when);

private:
    QSettings &m_settings;
};

} // namespace kubeminder
