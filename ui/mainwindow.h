#pragma once

#include "credentials/checkreport.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

class QFrame;
class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace kubeminder {

class ContextTableModel;
class ImportDialog;

/// The context list with details for the selected context. Loading and analysis run on a worker.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Re-reads every kubeconfig ($KUBECONFIG or ~/.kube/config) in the background. Called while a
    /// check runs, it queues one more run after it, so the newest state of the files is shown.
    void reload();
    /// For tests: the files to load instead of the environment's.
    void setKubeconfigFiles(const QStringList &files);
    /// Opens the Import dialog (or raises the open one), pre-filled with the selected context.
    void openImportDialog();
    void refreshCredentials();

signals:
    /// After each finished check, once its report is shown.
    void reloaded();

private:
    void checkFinished();
    void showReport(const CheckReport &report);
    void showMessages(const CheckReport &report);
    void showEmptyState(const CheckReport &report);
    void showDetails();

    ContextTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_emptyState;
    QStackedWidget *m_tableOrEmpty;
    QFrame *m_messageBar;
    QLabel *m_messageText;
    QTextBrowser *m_details;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QPointer<ImportDialog> m_importDialog;
    QFutureWatcher<CheckReport> m_watcher;
    QStringList m_files;
    QStringList m_settingsProblems; ///< invalid saved thresholds, for the message bar
    bool m_checking = false;        ///< from reload() until the report is shown
    bool m_reloadQueued = false;    ///< reload() was called during a check
};

} // namespace kubeminder
