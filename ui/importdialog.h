#pragma once

#include "backgroundtask.h"
#include "credentials/status.h"
#include "transfer/importsourceregistry.h"

#include <QByteArray>
#include <QDateTime>
#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QSpinBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace kubeminder {

struct ContextReport;

struct ImportOutcome;
class DialogInteraction;
class ImportJob;
class PrivilegedReader;

/// Imports a fresh kubeconfig from a local file or over SSH as context NAME, the window's
/// `kubeminder import`:
/// Preview shows what would change (like --dry-run), Import writes through the safe writer and
/// shows the result page. A file only root may read (K3s's k3s.yaml) can be read through pkexec.
/// Reading, planning, writing and re-checking run on a worker, never on the GUI thread. An SSH
/// fetch can be cancelled; its questions (host key, passphrase, passwords) come as dialogs.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// The kubeconfigs the window shows (empty: $KUBECONFIG or ~/.kube/config, as kubectl).
    void setKubeconfigFiles(const QStringList &files);
    /// Pre-fills NAME (the context to refresh) and, when one is remembered, where it came from.
    void setTargetName(const QString &name);
    /// As setTargetName, and without a remembered source, starts from the likely one: the
    /// context's server over SSH (ImportSource::suggestedFor), not an empty file path.
    void setTargetContext(const ContextReport &context);
    /// Imports from the local file `path` (switches the source to a file).
    void setSource(const QString &path);
    /// The program that reads a root-only file: pkexec from PATH unless set here. An empty string
    /// means none is available. For tests, which point it at a stand-in script.
    void setPkexecProgram(const QString &program);
    /// For tests: the clock ("now" for expiry, backups and the record). Default: the system clock.
    void setClock(std::function<QDateTime()> clock);
    /// Where the SSH fields (host completion, HostName, User, ...) come from: ~/.ssh/config
    /// unless set here.
    void setSshConfigFile(const QString &file);
    /// Answers the SSH questions; tests script its answers.
    DialogInteraction *interaction() const { return m_interaction; }

signals:
    /// After an import wrote the kubeconfig, so the window reloads.
    void imported(const QString &name);

public slots:
    /// Shows what an import from the current fields would change (the Preview button).
    void preview();
    void reject() override;

private:
    enum class Action { Preview, Import };

    void start(Action action);
    void workerFinished(const ImportOutcome &outcome);
    void showPreview(const ImportOutcome &outcome);
    void showResult(const ImportOutcome &outcome);
    void showUnreadable(const QString &path);
    void showMessage(const QString &message, Status severity = Status::Error);
    void clearMessage();
    void browse();
    void readWithPkexec();
    void elevatedReadFinished(const QString &path, const QString &error);
    void sourceEdited();
    void fieldsChanged();
    void backToForm();
    void setBusy(bool busy, const QString &what = {});
    void updateButtons();
    QString pkexecProgram() const;
    QString sourcePath() const;
    void wipeElevatedBytes();
    bool isSsh() const;
    bool isCommand() const;
    void sourceKindChanged();
    /// The command line for the chosen tool and cluster (Other leaves the command as typed).
    void commandToolChanged();
    void presetChanged();
    void cancelFetch();
    void updateHostCompletion();
    QString sshUrl(QString *error) const;

    QStackedWidget *m_pages;
    QLineEdit *m_source;
    QPushButton *m_browse;
    QLineEdit *m_name;
    QLineEdit *m_server;
    QLineEdit *m_namespace;
    QCheckBox *m_setCurrent;
    QCheckBox *m_force;
    QFrame *m_messageBar;
    QLabel *m_messageIcon;
    QLabel *m_message;
    QPushButton *m_pkexecButton;
    PrivilegedReader *m_reader;
    QTextBrowser *m_preview;
    QCheckBox *m_allowGuarded; ///< the yes to what is more than credentials, shown when the preview has some
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_previewButton;
    QPushButton *m_importButton;
    QPushButton *m_closeButton;
    QPushButton *m_cancelButton;
    QFormLayout *m_fields;
    QComboBox *m_sourceKind;
    QLineEdit *m_sshHost;
    QLineEdit *m_sshUser;
    QSpinBox *m_sshPort;
    QComboBox *m_preset;
    QLineEdit *m_sshPath;
    QLineEdit *m_identity;
    QWidget *m_identityRow;
    QPushButton *m_identityBrowse;
    QComboBox *m_sudo;
    QComboBox *m_commandTool;    ///< kind, k3d, Talos, vcluster, MicroK8s, or another command
    QLineEdit *m_commandCluster; ///< the cluster (Talos: the node) the tool's command names
    QLineEdit *m_command;        ///< the command line, without "cmd:"
    QWidget *m_localRow;
    QLabel *m_resultIcon;
    QLabel *m_resultLabel;
    QCheckBox *m_keepFresh;     ///< on the result page: keep the context fresh automatically
    QString m_keepFreshContext; ///< the context it is about
    QTextBrowser *m_resultDetails;
    QPushButton *m_backButton;
    QPushButton *m_doneButton;

    BackgroundTask<ImportOutcome> m_task;
    /// The import the fields describe: its Preview's bytes are what Import writes.
    std::shared_ptr<ImportJob> m_job;
    DialogInteraction *m_interaction;
    /// Set by Cancel (and when the dialog goes): the running SSH fetch stops.
    std::atomic_bool m_cancel{false};
    bool m_runningSsh = false;
    QString m_sshConfigFile;
    QStringList m_files;
    std::optional<QString> m_pkexecOverride;
    std::optional<ImportSource> m_remembered; ///< where m_rememberedName was imported from before
    QString m_rememberedName;
    std::function<QDateTime()> m_clock;
    Action m_running = Action::Preview;
    bool m_busy = false;
    /// The bytes of a root-only source read through pkexec, and the path they came from. Wiped
    /// when the source changes and when the dialog goes.
    QByteArray m_elevatedBytes;
    QString m_elevatedPath;
};

} // namespace kubeminder
