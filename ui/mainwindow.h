#pragma once

#include "backgroundtask.h"
#include "credentials/checkreport.h"
#include "kubeconfig/kubeconfigsources.h"
#include "messagebar.h"
#include "probe/proberesult.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace kubeminder {

class BackupsDialog;
class ContextDetails;
class ContextTableModel;
class ImportDialog;
class KubeconfigWatcher;
class SettingsDialog;

/// The context list with details for the selected context. Loading and analysis run on a worker
/// and rows appear batch by batch; writes (set current context, back up) run on a worker too, and
/// their outcome shows in a message bar rather than a modal box.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// One batch of a check, as the worker hands it over.
    struct LoadBatch
    {
        std::vector<KubeconfigSources::File> sources;
        CheckReport report; ///< every field; only this batch's contexts
    };
    /// What a background action did, for the action message bar.
    struct ActionOutcome
    {
        MessageBar::Kind kind = MessageBar::Kind::Positive;
        QString text;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Re-reads every kubeconfig in the background: $KUBECONFIG or ~/.kube/config, then the files
    /// and folders added in Settings. Called while a check runs, it queues one more run after it,
    /// so the newest state of the files is shown.
    void reload();
    /// For tests: the files to load instead of the environment's (the added ones still follow).
    void setKubeconfigFiles(const QStringList &files);
    /// kubectl's files: $KUBECONFIG or ~/.kube/config, or the files a test gave the window.
    KubeconfigPaths::Resolved kubectlFiles() const;
    /// For tests: what opens folders instead of the desktop's file manager (false: it could not).
    void setOpenUrl(std::function<bool(const QUrl &)> open) { m_openUrl = std::move(open); }

    /// The last check's report, as shown.
    const CheckReport &report() const { return m_report; }
    /// Closing the window hides it when a tray icon keeps the application reachable.
    void setCloseToTray(bool closeToTray) { m_closeToTray = closeToTray; }
    /// Shows the window (raised, restored if minimised) on `context` (any row when empty).
    void showContext(const QString &context = {});
    /// Ends the application, whatever is open: File → Quit and the tray's Quit. Not by closing
    /// windows: a window that hides in the tray (or a dialog finishing a write) would refuse the
    /// close and cancel the quit, leaving the process running with nothing on screen.
    void quit();
    /// Help → About: version, what it does, the libraries it runs on, the licence.
    static QString aboutText();

    /// The context of the selected row (empty when none).
    QString selectedContext() const;
    void selectContext(const QString &name);

    /// Opens the Import dialog (or raises the open one), pre-filled with the selected context.
    void openImportDialog();
    void refreshCredentials();
    void openBackupsDialog();
    void openSettings();
    void openFilesView();
    /// Adds files or folders to the ones Kubeminder reads, saves that, and reloads.
    void addKubeconfigs(const QStringList &paths);
    /// Makes the selected context kubectl's current context, through the safe writer.
    void useSelectedContext();
    /// Backs up the files that define the selected context.
    void backUpSelectedFiles();
    /// Backs up every loaded kubeconfig that exists.
    void backUpAllFiles();
    void copySelectedName();
    void openSelectedFolder();
    /// Asks the API server of the selected context (or of every context) whether it accepts the
    /// credentials, on a worker; the answer shows in the details and the message bar.
    void testSelectedConnection();
    void testAllConnections();
    /// The last connection test of `context`, if any.
    std::optional<ProbeResult> probeResult(const QString &context) const;
    /// The results of the last connection test (of one context or all), as probesFinished() left them.
    const std::vector<ProbeResult> &lastProbeResults() const { return m_lastProbeResults; }

signals:
    /// After each finished check, once its report is shown.
    void reloaded();
    /// After a background action (set current context, back up) has shown its outcome.
    void actionFinished();
    /// The window was closed but the application goes on in the tray.
    void hiddenToTray();
    /// A connection test (of one context or all) has finished and shows its results.
    void probesFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreLayout();
    void saveLayout() const;
    void batchReady(const LoadBatch &batch);
    void checkFinished();
    void dropStaleProbeResults();
    void showSummary();
    void showMessages();
    void showEmptyState();
    void showDetails();
    void updateActions();
    void runAction(std::function<ActionOutcome()> work);
    void actionDone(const ActionOutcome &outcome);
    void showContextMenu(const QPoint &position);
    void backUp(const QStringList &files);
    void probe(const QStringList &contexts, bool runExec);
    void probeDone(const std::vector<ProbeResult> &probed);
    const ContextReport *selectedReport() const;

    ContextTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_emptyState;
    QStackedWidget *m_tableOrEmpty;
    MessageBar *m_messageBar; ///< problems with the loaded files and settings
    MessageBar *m_actionBar;  ///< the outcome of the last action
    QSplitter *m_splitter;
    ContextDetails *m_details;
    QLineEdit *m_filter;
    QLabel *m_summary;
    KubeconfigWatcher *m_watcher;
    QPointer<ImportDialog> m_importDialog;
    QPointer<BackupsDialog> m_backupsDialog;
    QPointer<SettingsDialog> m_settingsDialog;

    QAction *m_reloadAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_keepFreshAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_backupsAction = nullptr;
    QAction *m_addFileAction = nullptr;
    QAction *m_addFolderAction = nullptr;
    QAction *m_filesAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_useAction = nullptr;
    QAction *m_copyNameAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_backupFileAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_testAllAction = nullptr;

    BackgroundTask<LoadBatch> m_load;
    BackgroundTask<ActionOutcome> m_action;
    BackgroundTask<std::vector<ProbeResult>> m_probe;
    /// The settings file: `kubeminder settings` or `files` in another process changes what a check
    /// reads (thresholds, added files); the window reloads when such a value changed.
    KubeconfigWatcher *m_settingsWatcher;
    QByteArray m_settingsSeen;                  ///< settingsFingerprint() at the last reload
    QHash<QString, ProbeResult> m_probeResults; ///< the last connection test of each context
    std::vector<ProbeResult> m_lastProbeResults;
    CheckReport m_report; ///< the shown report: the last check's header and every batch so far
    std::vector<KubeconfigSources::File> m_sources;
    QStringList m_files;
    QStringList m_settingsProblems; ///< invalid saved thresholds, for the message bar
    QString m_wantedSelection;      ///< kept selected across reloads and batches
    std::function<bool(const QUrl &)> m_openUrl;
    bool m_checking = false;     ///< from reload() until the report is shown
    bool m_reloadQueued = false; ///< reload() was called during a check
    bool m_firstBatch = false;   ///< the next batch starts a new report
    bool m_everLoaded = false;
    bool m_headerRestored = false;
    bool m_closeToTray = false;
    bool m_actionBarShowsProbe = false; ///< the action bar holds connection test answers
};

} // namespace kubeminder
