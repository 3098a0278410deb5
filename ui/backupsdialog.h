#pragma once

#include "backgroundtask.h"
#include "credentials/status.h"
#include "storage/backupjob.h"
#include "storage/backupstore.h"

#include <QDateTime>
#include <QDialog>
#include <QUrl>

#include <functional>
#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace kubeminder {

/// The window's `kubeminder backups` and `kubeminder restore`: every backup in a BackupStore,
/// grouped by the kubeconfig it is a copy of (the window's files first), newest first, each with
/// the action it was taken before. Restore… first works out what the restore would change (which
/// contexts come, go or get other credentials, and their expiry) and asks with that; then it puts
/// the selected backup back through the safe writer, which backs up the current file first; the
/// result and any error appear in the dialog. Listing, comparing and restoring run on a worker.
/// Only paths, times, sizes, counts, reasons, context names and expiry dates are shown, never a
/// file's secrets.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Asked before a restore with the question to show; true goes ahead.
    using ConfirmRestore = std::function<bool(const QString &question, const QString &target)>;
    /// Opens a folder in the file manager; false when it could not.
    using OpenUrl = std::function<bool(const QUrl &url)>;

    enum Role {
        BackupPathRole = Qt::UserRole + 1, ///< a backup row: the backup file
        OriginalRole,                      ///< both kinds of row: the kubeconfig
        CreatedAtRole,                     ///< a backup row: when it was taken (UTC)
        SizeRole,                          ///< a backup row: bytes
        ContextsRole,                      ///< a backup row: contexts in it
    };
    enum Column { TimeColumn, ReasonColumn, SizeColumn, ContextsColumn, ColumnCount };

    /// Lists the backups in `storeDirectory`; the backups of `kubeconfigFiles` come first, each
    /// file as a group even before it has a backup, and the first of them is selected.
    explicit BackupsDialog(const QString &storeDirectory, const QStringList &kubeconfigFiles = {},
                           QWidget *parent = nullptr);
    ~BackupsDialog() override;

    /// Selects the newest backup of `path` (the group itself when it has none).
    void setOriginal(const QString &path);
    /// For tests: the clock ("now" of the backup a restore takes). Default: the system clock.
    void setClock(std::function<QDateTime()> clock);
    /// Replaces the confirmation message box (tests answer it directly).
    void setConfirmRestore(ConfirmRestore confirm);
    /// Replaces QDesktopServices::openUrl for Open folder (tests record the URL instead).
    void setOpenUrl(OpenUrl open);
    /// Replaces the file dialog that asks which kubeconfig a backup of an unknown file goes back
    /// into (tests answer directly; an empty answer cancels).
    using ChooseTarget = std::function<QString(const BackupEntry &backup)>;
    void setChooseTarget(ChooseTarget choose);

    /// The question asked before restoring `backup` over `target`, with what the restore changes.
    static QString confirmationQuestion(const BackupEntry &backup, const QString &target,
                                        const RestorePreview &changes);
    /// The Reason column's text: "Before import of homelab", "Manual"; "—" when not recorded.
    static QString reasonText(const BackupReason &reason);
    /// A path as the user knows it: the home folder written "~".
    static QString displayPath(const QString &path);

public slots:
    /// Lists the store again, in the background (F5).
    void refresh();
    /// Restores the selected backup after confirmation (Restore…).
    void restoreSelected();
    /// Opens the backup folder in the file manager (Open folder).
    void openFolder();

signals:
    /// After a restore replaced `target`, so the window reloads.
    void restored(const QString &target);
    /// After each listing is shown.
    void refreshed();

private:
    struct Listing;

    static Listing readListing(const QString &directory, const QStringList &files);
    void listingFinished(const Listing &listing);
    void previewFinished(const RestoreJob::Preview &preview);
    void restoreFinished(const WriteResult &result);
    void showListing(const Listing &listing);
    void selectPending();
    void showMessage(const QString &message, Status severity);
    void clearMessage();
    void updateButtons();
    std::optional<BackupEntry> selectedBackup(QString *target) const;
    QStandardItem *groupItem(const QString &original) const;

    QString m_directory;
    QStringList m_files;
    QStandardItemModel *m_model;
    QTreeView *m_tree;
    QLabel *m_emptyState;
    QStackedWidget *m_listOrEmpty;
    QFrame *m_messageBar;
    QLabel *m_messageIcon;
    QLabel *m_message;
    QLabel *m_busyLabel;
    QPushButton *m_restoreButton;
    QPushButton *m_openFolderButton;
    QPushButton *m_closeButton;
    BackgroundTask<Listing> m_listing;
    BackgroundTask<RestoreJob::Preview> m_preview;
    BackgroundTask<WriteResult> m_restore;
    std::function<QDateTime()> m_clock;
    ConfirmRestore m_confirm;
    ChooseTarget m_chooseTarget;
    OpenUrl m_openUrl;
    QString m_pendingOriginal; ///< to select once listed (setOriginal)
    QString m_pendingBackup;   ///< to select once listed (the backup just restored)
    QString m_restoringTarget;
    QString m_restoringBackup;
    QDateTime m_restoringCreatedAt;
    bool m_listed = false;
    bool m_refreshQueued = false;
};

} // namespace kubeminder
