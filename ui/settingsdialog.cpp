#include "settingsdialog.h"

#include "credentials/expirypolicy.h"
#include "credentials/thresholdsettings.h"
#include "desktop/autostart.h"
#include "desktop/programs.h"
#include "kubeconfigfilespage.h"
#include "messagebar.h"
#include "monitor/connectionwatch.h"
#include "monitor/notificationsettings.h"
#include "statusstyle.h"
#include "storage/backupstore.h"
#include "support/homepath.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>

#include <algorithm>
#include <utility>

namespace kubeminder {

namespace {

// What the hours box offers when the connection tests are off: four times a day.
constexpr int DefaultConnectionTestHours = 6;

QLabel *plainLabel(const QString &text, const QString &name)
{
    auto *label = new QLabel(text);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// Secondary text under a check box, lined up with the box's own text.
QLabel *hintLabel(const QString &text, const QString &name)
{
    QLabel *label = plainLabel(text, name);
    label->setContentsMargins(24, 0, 0, 0);
    label->setEnabled(false); // the palette's secondary text colour
    return label;
}

QSpinBox *spinBox(const QString &name, int minimum, int maximum, const QString &suffix)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}

// Autostart starts the kubeminder command, as the desktop entry does; this is the window program.
QString autostartCommand()
{
    return Programs::command(QCoreApplication::applicationFilePath());
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget)
    , m_filesPage(new KubeconfigFilesPage)
    , m_backupDirectory(BackupStore::defaultDirectory())
    , m_executable(autostartCommand())
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(780, 520);

    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    // In the order of Page.
    // The files first: what most visits are for, and what "Kubeconfig files…" opens.
    m_tabs->addTab(m_filesPage, tr("&Kubeconfig files"));
    m_tabs->addTab(createGeneralPage(), tr("&General"));
    m_tabs->addTab(createExpiryPage(), tr("&Expiry"));
    m_tabs->addTab(createBackupsPage(), tr("&Backups"));
    m_tabs->addTab(createNotificationsPage(), tr("&Notifications"));

    // One model for every page: a change is saved as it is made (the files page always did), so
    // there is nothing to confirm or cancel, only Close.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    // Typing "30" passes through "3": the save waits until the typing stops.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { save(false); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    connect(m_filesPage, &KubeconfigFilesPage::filesChanged, this, &SettingsDialog::filesChanged);
    m_filesPage->setOpenFolder(
        [this](const QString &folder, MessageBar *bar) { return openFolder(folder, bar); });
    loadSettings();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("generalPage"));
    m_startAtLogin = new QCheckBox(tr("Start Kubeminder in the tray when I &log in"));
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setToolTip(Autostart::entryPath());
    auto *hint = hintLabel(tr("The tray keeps watching your credentials and notifies before they expire, "
                              "with no window open."),
                           QStringLiteral("startAtLoginHint"));
    m_generalMessage = new MessageBar;
    m_generalMessage->setObjectName(QStringLiteral("generalMessageBar"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(hint);
    layout->addWidget(m_generalMessage);
    layout->addStretch(1);
    connect(m_startAtLogin, &QCheckBox::toggled, this, &SettingsDialog::updateValidity);
    return page;
}

QWidget *SettingsDialog::createExpiryPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("expiryPage"));

    auto *intro =
        plainLabel(tr("A context is shown as Warning when its credentials expire within the warning "
                      "threshold, and as Critical within the critical one. The window and every "
                      "kubeminder command use these thresholds."),
                   QStringLiteral("expiryIntro"));

    const QString days = tr(" days");
    m_warningDays = spinBox(QStringLiteral("warningDays"), 0, ThresholdSettings::MaximumDays, days);
    m_criticalDays = spinBox(QStringLiteral("criticalDays"), 0, ThresholdSettings::MaximumDays, days);
    const auto withIcon = [this](QSpinBox *spin, Status status) {
        auto *row = new QHBoxLayout;
        auto *icon = new QLabel;
        const int size = fontMetrics().height();
        icon->setPixmap(StatusStyle::icon(status).pixmap(size, size));
        row->addWidget(spin);
        row->addWidget(icon);
        row->addStretch(1);
        return row;
    };
    auto *form = new QFormLayout;
    auto *warningLabel = new QLabel(tr("&Warning before expiry:"));
    warningLabel->setBuddy(m_warningDays);
    form->addRow(warningLabel, withIcon(m_warningDays, Status::Warning));
    auto *criticalLabel = new QLabel(tr("C&ritical before expiry:"));
    criticalLabel->setBuddy(m_criticalDays);
    form->addRow(criticalLabel, withIcon(m_criticalDays, Status::Critical));

    m_thresholdError = plainLabel({}, QStringLiteral("thresholdError"));
    m_thresholdError->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(StatusStyle::color(Status::Error).name()));
    m_thresholdError->hide();

    m_thresholdDefaults = plainLabel(tr("Defaults: warning %1 days before expiry, critical %2 days before.")
                                         .arg(ExpiryPolicy::DefaultWarningDays)
                                         .arg(ExpiryPolicy::DefaultCriticalDays),
                                     QStringLiteral("thresholdDefaults"));
    m_restoreDefaultsButton = new QPushButton(tr("Restore &defaults"));
    m_restoreDefaultsButton->setObjectName(QStringLiteral("restoreDefaultsButton"));
    m_restoreDefaultsButton->setAutoDefault(false);
    auto *defaults = new QHBoxLayout;
    defaults->addWidget(m_thresholdDefaults, 1);
    defaults->addWidget(m_restoreDefaultsButton);

    m_expiryMessage = new MessageBar;
    m_expiryMessage->setObjectName(QStringLiteral("expiryMessageBar"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_thresholdError);
    layout->addLayout(defaults);
    layout->addWidget(m_expiryMessage);
    layout->addStretch(1);

    connect(m_warningDays, &QSpinBox::valueChanged, this, &SettingsDialog::updateValidity);
    connect(m_criticalDays, &QSpinBox::valueChanged, this, &SettingsDialog::updateValidity);
    connect(m_restoreDefaultsButton, &QPushButton::clicked, this, &SettingsDialog::restoreDefaultThresholds);
    return page;
}

QWidget *SettingsDialog::createBackupsPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("backupsPage"));

    auto *intro =
        plainLabel(tr("Kubeminder backs up a kubeconfig before every change it makes. Each time it backs up "
                      "a file, it removes that file's backups beyond these limits; a file's only backup is "
                      "never removed."),
                   QStringLiteral("backupsIntro"));

    m_keepLast = spinBox(QStringLiteral("keepLast"), RetentionPolicy::Minimum, RetentionPolicy::Maximum,
                         tr(" backups"));
    m_keepDays =
        spinBox(QStringLiteral("keepDays"), RetentionPolicy::Minimum, RetentionPolicy::Maximum, tr(" days"));
    const auto unstretched = [](QSpinBox *spin) {
        auto *row = new QHBoxLayout;
        row->addWidget(spin);
        row->addStretch(1);
        return row;
    };
    auto *form = new QFormLayout;
    auto *keepLastLabel = new QLabel(tr("Always keep the ne&west:"));
    keepLastLabel->setBuddy(m_keepLast);
    form->addRow(keepLastLabel, unstretched(m_keepLast));
    auto *keepDaysLabel = new QLabel(tr("And every backup &younger than:"));
    keepDaysLabel->setBuddy(m_keepDays);
    form->addRow(keepDaysLabel, unstretched(m_keepDays));

    const RetentionPolicy defaults;
    form->addRow(
        plainLabel(tr("Defaults: the newest %1 backups of each file, and every backup younger than %2 "
                      "days.")
                       .arg(defaults.keepLast)
                       .arg(defaults.keepDays),
                   QStringLiteral("retentionDefaults")));

    m_backupFolder = new QLineEdit;
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setReadOnly(true);
    m_openBackupFolderButton = new QPushButton(tr("Open &folder"));
    m_openBackupFolderButton->setObjectName(QStringLiteral("openBackupFolderButton"));
    m_openBackupFolderButton->setToolTip(tr("Show the backup folder in the file manager"));
    m_openBackupFolderButton->setAutoDefault(false);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(m_openBackupFolderButton);
    auto *folderLabel = new QLabel(tr("Backup folder:"));
    folderLabel->setBuddy(m_backupFolder);
    form->addRow(folderLabel, folderRow);

    m_backupsMessage = new MessageBar;
    m_backupsMessage->setObjectName(QStringLiteral("backupsMessageBar"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_backupsMessage);
    layout->addStretch(1);

    connect(m_keepLast, &QSpinBox::valueChanged, this, &SettingsDialog::updateValidity);
    connect(m_keepDays, &QSpinBox::valueChanged, this, &SettingsDialog::updateValidity);
    connect(m_openBackupFolderButton, &QPushButton::clicked, this, &SettingsDialog::openBackupFolder);
    return page;
}

QWidget *SettingsDialog::createNotificationsPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("notificationsPage"));
    auto *intro = plainLabel(
        tr("Kubeminder warns on the desktop when a credential comes within one of these numbers of days of "
           "its expiry, and when it expires: once for each credential and threshold, and as one summary when "
           "several come due together."),
        QStringLiteral("notificationsIntro"));
    m_notificationsEnabled = new QCheckBox(tr("&Show notifications before credentials expire"));
    m_notificationsEnabled->setObjectName(QStringLiteral("notificationsEnabled"));
    m_notificationThresholds = new QLineEdit;
    m_notificationThresholds->setObjectName(QStringLiteral("notificationThresholds"));
    m_notificationThresholds->setPlaceholderText(
        NotificationSettings::formatThresholds(NotificationSettings::defaultThresholdDays()));
    m_notificationThresholds->setToolTip(tr("Days before expiry, separated by commas, e.g. 30, 7, 1"));
    m_notificationThresholdError = plainLabel({}, QStringLiteral("notificationThresholdError"));
    m_notificationThresholdError->setStyleSheet(
        QStringLiteral("color: %1").arg(StatusStyle::color(Status::Expired).name()));
    m_notificationThresholdError->hide();
    auto *form = new QFormLayout;
    auto *thresholdsLabel = new QLabel(tr("Notify &days before expiry:"));
    thresholdsLabel->setBuddy(m_notificationThresholds);
    form->addRow(thresholdsLabel, m_notificationThresholds);
    form->addRow(QString(), m_notificationThresholdError);
    m_connectionTests = new QCheckBox(tr("&Test the connection of every context every"));
    m_connectionTests->setObjectName(QStringLiteral("connectionTests"));
    auto *connectionHint = hintLabel(
        tr("Asks each context's API server whether it still accepts the credentials, and notifies when it "
           "refuses them (a revoked certificate, a reinstalled cluster) or is not the server the kubeconfig "
           "trusts. Being offline is not announced; exec plugins are never run."),
        QStringLiteral("connectionTestsHint"));
    m_connectionTestHours = new QSpinBox;
    m_connectionTestHours->setObjectName(QStringLiteral("connectionTestHours"));
    m_connectionTestHours->setRange(1, ConnectionWatch::MaximumIntervalHours);
    m_connectionTestHours->setValue(DefaultConnectionTestHours);
    m_connectionTestHours->setSuffix(tr(" hours"));
    m_connectionTestHours->setAccessibleName(tr("Hours between connection tests"));
    auto *connectionRow = new QHBoxLayout;
    connectionRow->addWidget(m_connectionTests);
    connectionRow->addWidget(m_connectionTestHours);
    connectionRow->addStretch(1);
    m_notificationsMessage = new MessageBar;
    m_notificationsMessage->setObjectName(QStringLiteral("notificationsMessageBar"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_notificationsEnabled);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addLayout(connectionRow);
    layout->addWidget(connectionHint);
    layout->addWidget(m_notificationsMessage);
    layout->addStretch(1);

    connect(m_notificationsEnabled, &QCheckBox::toggled, this, &SettingsDialog::updateValidity);
    connect(m_notificationsEnabled, &QCheckBox::toggled, m_notificationThresholds, &QWidget::setEnabled);
    connect(m_notificationThresholds, &QLineEdit::textChanged, this, &SettingsDialog::updateValidity);
    connect(m_connectionTests, &QCheckBox::toggled, this, &SettingsDialog::updateValidity);
    connect(m_connectionTests, &QCheckBox::toggled, m_connectionTestHours, &QWidget::setEnabled);
    connect(m_connectionTestHours, &QSpinBox::valueChanged, this, &SettingsDialog::updateValidity);
    return page;
}

std::optional<QList<int>> SettingsDialog::enteredNotificationThresholds() const
{
    const QString text = m_notificationThresholds->text().trimmed();
    if (text.isEmpty())
        return NotificationSettings::defaultThresholdDays();
    return NotificationSettings::parseThresholds(text);
}

int SettingsDialog::enteredConnectionTestHours() const
{
    return m_connectionTests->isChecked() ? m_connectionTestHours->value() : 0;
}

void SettingsDialog::setFiles(const std::vector<KubeconfigSources::File> &files,
                              const std::vector<FileReport> &reports)
{
    m_filesPage->setFiles(files, reports);
}

void SettingsDialog::addFiles()
{
    m_filesPage->addFiles();
}

void SettingsDialog::addFolder()
{
    m_filesPage->addFolder();
}

void SettingsDialog::removeSelected()
{
    m_filesPage->removeSelected();
}

void SettingsDialog::openContainingFolder()
{
    m_filesPage->openContainingFolder();
}

void SettingsDialog::setBackupDirectory(const QString &directory)
{
    m_backupDirectory = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    m_backupFolder->setText(m_backupDirectory);
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void SettingsDialog::setChooseFiles(ChooseFiles choose)
{
    m_filesPage->setChooseFiles(std::move(choose));
}

void SettingsDialog::setChooseFolder(ChooseFolder choose)
{
    m_filesPage->setChooseFolder(std::move(choose));
}

void SettingsDialog::setOpenUrl(OpenUrl open)
{
    m_openUrl = std::move(open);
}

void SettingsDialog::openBackupFolder()
{
    if (!QFileInfo(m_backupDirectory).isDir()) {
        m_backupsMessage->showMessage(
            MessageBar::Kind::Warning,
            tr("There is no backup folder yet: Kubeminder creates %1 with the first backup.")
                .arg(m_backupDirectory));
        return;
    }
    openFolder(m_backupDirectory, m_backupsMessage);
}

bool SettingsDialog::openFolder(const QString &folder, MessageBar *bar)
{
    if (!QFileInfo(folder).isDir()) {
        bar->showMessage(MessageBar::Kind::Warning, tr("The folder %1 does not exist.").arg(folder));
        return false;
    }
    if (!m_openUrl(QUrl::fromLocalFile(folder))) {
        bar->showMessage(MessageBar::Kind::Warning, tr("Could not open a file manager for %1.").arg(folder));
        return false;
    }
    bar->clear();
    return true;
}

void SettingsDialog::loadSettings()
{
    const QSettings settings;
    m_filesPage->reloadAdded();

    const ThresholdSettings::Saved thresholds = ThresholdSettings::read(settings);
    m_savedWarning = thresholds.warningDays;
    m_savedCritical = thresholds.criticalDays;
    m_warningDays->setValue(thresholds.warningDays);
    m_criticalDays->setValue(thresholds.criticalDays);
    if (thresholds.problems.isEmpty()) {
        m_expiryMessage->clear();
    } else {
        // Saving writes valid values over the ignored ones, so OK or Apply fixes them.
        m_savedWarning = m_savedCritical = -1;
        m_expiryMessage->showMessage(MessageBar::Kind::Warning, thresholds.problems.join(QLatin1Char('\n')));
    }

    const RetentionPolicy retention = RetentionPolicy::fromSettings(settings);
    m_savedKeepLast = retention.keepLast;
    m_savedKeepDays = retention.keepDays;
    m_keepLast->setValue(retention.keepLast);
    m_keepDays->setValue(retention.keepDays);

    m_backupFolder->setText(m_backupDirectory);

    QStringList notificationProblems;
    const NotificationSettings notifications = NotificationSettings::read(settings, &notificationProblems);
    m_savedNotificationsEnabled = notifications.enabled;
    m_savedNotificationThresholds = notifications.thresholdDays;
    m_notificationsEnabled->setChecked(notifications.enabled);
    m_notificationThresholds->setEnabled(notifications.enabled);
    m_notificationThresholds->setText(NotificationSettings::formatThresholds(notifications.thresholdDays));
    m_savedStartAtLogin = Autostart::isEnabled();
    m_startAtLogin->setChecked(m_savedStartAtLogin);
    m_savedConnectionTestHours = ConnectionWatch::readIntervalHours(settings, &notificationProblems);
    m_connectionTests->setChecked(m_savedConnectionTestHours > 0);
    m_connectionTestHours->setEnabled(m_savedConnectionTestHours > 0);
    m_connectionTestHours->setValue(m_savedConnectionTestHours > 0 ? m_savedConnectionTestHours
                                                                   : DefaultConnectionTestHours);
    if (notificationProblems.isEmpty())
        m_notificationsMessage->clear();
    else
        m_notificationsMessage->showMessage(MessageBar::Kind::Warning,
                                            notificationProblems.join(QLatin1Char('\n')));
    updateValidity();
}

void SettingsDialog::restoreDefaultThresholds()
{
    m_warningDays->setValue(ExpiryPolicy::DefaultWarningDays);
    m_criticalDays->setValue(ExpiryPolicy::DefaultCriticalDays);
}

bool SettingsDialog::thresholdsValid() const
{
    return m_criticalDays->value() <= m_warningDays->value();
}

bool SettingsDialog::dirty() const
{
    return m_warningDays->value() != m_savedWarning || m_criticalDays->value() != m_savedCritical ||
           m_keepLast->value() != m_savedKeepLast || m_keepDays->value() != m_savedKeepDays ||
           m_notificationsEnabled->isChecked() != m_savedNotificationsEnabled ||
           enteredNotificationThresholds() != std::optional<QList<int>>(m_savedNotificationThresholds) ||
           m_startAtLogin->isChecked() != m_savedStartAtLogin ||
           enteredConnectionTestHours() != m_savedConnectionTestHours;
}

void SettingsDialog::updateValidity()
{
    const bool valid = thresholdsValid();
    m_thresholdError->setText(valid ? QString()
                                    : tr("The critical threshold (%1 days) must not be more than the warning "
                                         "threshold (%2 days).")
                                          .arg(m_criticalDays->value())
                                          .arg(m_warningDays->value()));
    m_thresholdError->setVisible(!valid);
    m_restoreDefaultsButton->setEnabled(m_warningDays->value() != ExpiryPolicy::DefaultWarningDays ||
                                        m_criticalDays->value() != ExpiryPolicy::DefaultCriticalDays);
    const bool notificationsValid = enteredNotificationThresholds().has_value();
    m_notificationThresholdError->setText(
        notificationsValid ? QString()
                           : tr("Enter whole numbers of days from 0 to %1, separated by commas (at most %2).")
                                 .arg(NotificationSettings::MaximumDays)
                                 .arg(NotificationSettings::MaximumThresholds));
    m_notificationThresholdError->setVisible(!notificationsValid);
    if (valid && notificationsValid && dirty())
        m_saveTimer.start();
    else
        m_saveTimer.stop();
}

bool SettingsDialog::apply()
{
    return save(true);
}

bool SettingsDialog::save(bool explain)
{
    m_saveTimer.stop();
    // An invalid entry is not saved; its error shows beside it. Only an explicit apply() turns to
    // the page with the problem: a save while typing must not move the user around.
    if (!thresholdsValid()) {
        if (explain) {
            showPage(Page::Expiry);
            m_criticalDays->setFocus();
        }
        return false;
    }
    const std::optional<QList<int>> notificationThresholds = enteredNotificationThresholds();
    if (!notificationThresholds) {
        if (explain) {
            showPage(Page::Notifications);
            m_notificationThresholds->setFocus();
        }
        return false;
    }
    if (!dirty())
        return true;
    QSettings settings;
    if (m_notificationsEnabled->isChecked() != m_savedNotificationsEnabled ||
        *notificationThresholds != m_savedNotificationThresholds) {
        NotificationSettings notifications = NotificationSettings::read(settings);
        notifications.enabled = m_notificationsEnabled->isChecked();
        notifications.thresholdDays = *notificationThresholds;
        notifications.write(settings);
    }
    if (enteredConnectionTestHours() != m_savedConnectionTestHours)
        ConnectionWatch::writeIntervalHours(settings, enteredConnectionTestHours());
    if (m_startAtLogin->isChecked() != m_savedStartAtLogin) {
        QString error;
        if (!Autostart::setEnabled(m_startAtLogin->isChecked(), m_executable, &error)) {
            showPage(Page::General);
            m_generalMessage->showMessage(MessageBar::Kind::Error, error);
            m_startAtLogin->setChecked(m_savedStartAtLogin); // what is true now
            return false;
        }
    }
    const bool thresholdsChanged =
        m_warningDays->value() != m_savedWarning || m_criticalDays->value() != m_savedCritical;
    if (thresholdsChanged)
        ThresholdSettings::write(settings, m_warningDays->value(), m_criticalDays->value());
    if (m_keepLast->value() != m_savedKeepLast || m_keepDays->value() != m_savedKeepDays)
        RetentionPolicy{m_keepLast->value(), m_keepDays->value()}.write(settings);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        const bool onExpiry = thresholdsChanged && currentPage() != Page::Backups;
        (onExpiry ? m_expiryMessage : m_backupsMessage)
            ->showMessage(
                MessageBar::Kind::Error,
                tr("Could not save the settings in %1. Check that the file and its folder are writable, "
                   "then try again.")
                    .arg(settings.fileName()));
        return false;
    }
    m_expiryMessage->clear();
    m_backupsMessage->clear();
    m_savedWarning = m_warningDays->value();
    m_savedCritical = m_criticalDays->value();
    m_savedKeepLast = m_keepLast->value();
    m_savedKeepDays = m_keepDays->value();
    m_savedNotificationsEnabled = m_notificationsEnabled->isChecked();
    m_savedNotificationThresholds = *notificationThresholds;
    m_savedStartAtLogin = m_startAtLogin->isChecked();
    m_savedConnectionTestHours = enteredConnectionTestHours();
    m_notificationsMessage->clear();
    updateValidity();
    emit settingsChanged();
    return true;
}

void SettingsDialog::done(int result)
{
    // Closing saves what is still waiting for the typing to stop; an invalid entry stays unsaved.
    if (m_saveTimer.isActive() || dirty())
        save(false);
    QDialog::done(result);
}

} // namespace kubeminder
