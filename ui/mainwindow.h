#pragma once

#include "credentials/checkreport.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace kubeminder {

class ContextTableModel;

/// The context list with details for the selected context. Loading and analysis run on a worker.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Re-reads every kubeconfig ($KUBECONFIG or ~/.kube/config) in the background.
    void reload();
    /// For tests: the files to load instead of the environment's.
    void setKubeconfigFiles(const QStringList &files);

signals:
    void reloaded();

private:
    void showReport(const CheckReport &report);
    void showDetails();

    ContextTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QFutureWatcher<CheckReport> m_watcher;
    QStringList m_files;
};

} // namespace kubeminder
