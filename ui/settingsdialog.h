#pragma once

#include "kubeconfigfilespage.h"

#include <QDialog>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace kubeminder {

class MessageBar;

/// The window's settings: the kubeconfig files Kubeminder reads (kubectl's and the ones added to
/// Kubeminder, with each file's status), the expiry thresholds and how many backups are kept.
/// Adding or removing a file or folder is saved at once (filesChanged()); thresholds and backup
/// retention are saved by OK or Apply (settingsChanged()). Only paths and statuses are shown,
/// never a file's content.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Files, General, Expiry, Backups, Notifications };

    // The files page's item roles and columns, for tests (SettingsDialog::PathRole, ...).
    using enum KubeconfigFilesPage::Role;
    using enum KubeconfigFilesPage::Column;
    using ChooseFiles = KubeconfigFilesPage::ChooseFiles;
    using ChooseFolder = KubeconfigFilesPage::ChooseFolder;
    /// Opens a folder in the file manager; false when it could not.
    using OpenUrl = std::function<bool(const QUrl &url)>;

    /// Reads the saved settings (QSettings()); the backup folder is BackupStore's default.
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// What the window loaded: every file in reading order and, matched by path, its report (a
    /// file without one is shown as not loaded yet). Files added since are listed after them.
    void setFiles(const std::vector<KubeconfigSources::File> &files, const std::vector<FileReport> &reports);
    /// The backup folder shown on the Backups page.
    void setBackupDirectory(const QString &directory);
    /// The program "start at login" runs (the running one outside tests).
    void setExecutable(const QString &executable) { m_executable = executable; }
    void showPage(Page page);
    Page currentPage() const;

    /// For tests: replace QFileDialog::getOpenFileNames / getExistingDirectory and
    /// QDesktopServices::openUrl.
    void setChooseFiles(ChooseFiles choose);
    void setChooseFolder(ChooseFolder choose);
    void setOpenUrl(OpenUrl open);

public slots:
    void addFiles();
    void addFolder();
    /// Forgets the selected added file, or the added folder the selected file is in. Never deletes.
    void removeSelected();
    void openContainingFolder();
    void openBackupFolder();
    /// Saves every changed value now, without waiting for the typing to stop; false, with the page
    /// of the problem shown, when an entry is invalid or could not be saved. Edits are saved by
    /// themselves shortly after they are made, and when the dialog closes.
    bool apply();
    void done(int result) override;

signals:
    /// After the added files or folders were saved: the window reloads and calls setFiles().
    void filesChanged();
    /// After the thresholds or the backup retention were saved: the window reloads.
    void settingsChanged();

private:
    QWidget *createExpiryPage();
    bool save(bool explain);
    QWidget *createGeneralPage();
    QWidget *createBackupsPage();
    QWidget *createNotificationsPage();
    std::optional<QList<int>> enteredNotificationThresholds() const;
    /// The connection test interval as entered: 0 when the tests are off.
    int enteredConnectionTestHours() const;
    void loadSettings();
    void restoreDefaultThresholds();
    void updateValidity();
    bool thresholdsValid() const;
    bool dirty() const;
    bool openFolder(const QString &folder, MessageBar *bar);

    QTabWidget *m_tabs;
    KubeconfigFilesPage *m_filesPage;
    // Expiry
    QSpinBox *m_warningDays;
    QSpinBox *m_criticalDays;
    QLabel *m_thresholdDefaults;
    QPushButton *m_restoreDefaultsButton;
    MessageBar *m_expiryMessage;
    QLabel *m_thresholdError;
    // Backups
    QSpinBox *m_keepLast;
    QSpinBox *m_keepDays;
    QLineEdit *m_backupFolder;
    QPushButton *m_openBackupFolderButton;
    MessageBar *m_backupsMessage;
    // Notifications
    QCheckBox *m_notificationsEnabled;
    QLineEdit *m_notificationThresholds;
    QLabel *m_notificationThresholdError;
    QCheckBox *m_startAtLogin;
    QCheckBox *m_connectionTests;
    QSpinBox *m_connectionTestHours;
    MessageBar *m_notificationsMessage;

    QDialogButtonBox *m_buttons;
    QTimer m_saveTimer;
    MessageBar *m_generalMessage = nullptr;

    QString m_backupDirectory;
    // What is saved, to tell whether OK/Apply has anything to do.
    int m_savedWarning = 0;
    int m_savedCritical = 0;
    int m_savedKeepLast = 0;
    int m_savedKeepDays = 0;
    bool m_savedNotificationsEnabled = true;
    QList<int> m_savedNotificationThresholds;
    bool m_savedStartAtLogin = false;
    int m_savedConnectionTestHours = 0; ///< 0: off
    QString m_executable;
    OpenUrl m_openUrl;
};

} // namespace kubeminder
