#pragma once

#include "credentials/checkreport.h"
#include "kubeconfig/kubeconfigsources.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kubeminder {

class MessageBar;

/// The "Kubeconfig files" page of Settings: every file Kubeminder reads (kubectl's and the files
/// and folders added to Kubeminder) with where it comes from and its status, and the buttons that
/// add and remove the added ones. Adding or removing is saved at once (filesChanged()). Only paths
/// and statuses are shown, never a file's content.
class KubeconfigFilesPage : public QWidget
{
    Q_OBJECT

public:
    /// What a row of the list is: the file's own state as the window last read it, or why it was
    /// not read (yet).
    enum class FileStatus {
        Ok,
        Empty,
        Missing,
        Error,
        NotLoaded, ///< added since the window's last reload
        NoFiles,   ///< an added folder with no kubeconfig in it
        Duplicate, ///< already read through another entry
        Ignored,   ///< added, but Kubeminder was started with --kubeconfig
    };
    /// "ok", "empty", "missing", "error", "not-loaded", "no-files", "duplicate", "ignored".
    static QString statusName(FileStatus status);

    /// Item data on the first column of the files table.
    enum Role {
        PathRole = Qt::UserRole + 1, ///< the file (or, for an added folder with no files, the folder)
        OriginRole,                  ///< int(KubeconfigSources::Origin)
        StatusRole,                  ///< statusName() of the row's status
        AddedRole,      ///< the saved added entry Remove forgets (empty: kubectl's file, not removable)
        ErrorRole,      ///< why the file could not be read, or what the status means
        FileStatusRole, ///< int(FileStatus)
    };
    enum Column { FileColumn, OriginColumn, StatusColumn, ColumnCount };

    /// Asks for files to add: (parent, caption, start folder) → chosen files, empty when cancelled.
    using ChooseFiles =
        std::function<QStringList(QWidget *parent, const QString &caption, const QString &dir)>;
    /// Asks for a folder to add: (parent, caption, start folder) → the folder, empty when cancelled.
    using ChooseFolder = std::function<QString(QWidget *parent, const QString &caption, const QString &dir)>;
    /// Shows a folder in the file manager, or says on `bar` why it could not.
    using OpenFolder = std::function<bool(const QString &folder, MessageBar *bar)>;

    explicit KubeconfigFilesPage(QWidget *parent = nullptr);

    /// What the window loaded: every file in reading order and, matched by path, its report (a
    /// file without one is shown as not loaded yet). Files added since are listed after them.
    void setFiles(const std::vector<KubeconfigSources::File> &files, const std::vector<FileReport> &reports);
    /// Reads the saved list of added files and folders again.
    void reloadAdded();

    /// For tests: replace QFileDialog::getOpenFileNames / getExistingDirectory.
    void setChooseFiles(ChooseFiles choose) { m_chooseFiles = std::move(choose); }
    void setChooseFolder(ChooseFolder choose) { m_chooseFolder = std::move(choose); }
    void setOpenFolder(OpenFolder open) { m_openFolder = std::move(open); }

public slots:
    void addFiles();
    void addFolder();
    /// Forgets the selected added file, or the added folder the selected file is in. Never deletes.
    void removeSelected();
    void openContainingFolder();

signals:
    /// After the added files or folders were saved: the window reloads and calls setFiles().
    void filesChanged();

private:
    struct Row
    {
        QString path;
        KubeconfigSources::Origin origin = KubeconfigSources::Origin::Default;
        QString folder;
        QString addedEntry;
        FileStatus status = FileStatus::NotLoaded;
        QString error;
    };

    std::vector<Row> rows() const;
    void showRows(const QString &selectPath);
    void updateFileButtons();
    void addPaths(const QStringList &paths);
    bool saveAdded(const QStringList &added);
    QString selectedPath() const;
    QTreeWidgetItem *selectedItem() const;

    QTreeWidget *m_tree;
    QLabel *m_fileDetails;
    QPushButton *m_addFileButton;
    QPushButton *m_addFolderButton;
    QPushButton *m_removeButton;
    QPushButton *m_openContainingButton;
    MessageBar *m_filesMessage;

    std::vector<KubeconfigSources::File> m_files;
    std::vector<FileReport> m_reports;
    QStringList m_added; ///< as saved
    ChooseFiles m_chooseFiles;
    ChooseFolder m_chooseFolder;
    OpenFolder m_openFolder;
};

} // namespace kubeminder
