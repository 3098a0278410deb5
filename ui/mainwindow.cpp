#include "mainwindow.h"

#include "appicon.h"
#include "backupsdialog.h"
#include "contextdetails.h"
#include "contexttablemodel.h"
#include "credentials/checkjob.h"
#include "credentials/expirypolicy.h"
#include "credentials/thresholdsettings.h"
#include "desktop/about.h"
#include "importdialog.h"
#include "kubeconfig/kubeconfigpaths.h"
#include "kubeconfig/kubeconfigwatcher.h"
#include "monitor/connectionwatch.h"
#include "monitor/notificationledger.h"
#include "probe/probejob.h"
#include "settingsdialog.h"
#include "statusstyle.h"
#include "storage/backupjob.h"
#include "storage/currentcontextwriter.h"
#include "transfer/importsourceregistry.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QCloseEvent>
#include <QDataStream>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

#include <utility>

namespace kubeminder {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString HeaderKey = QStringLiteral("window/tableHeader");
const QString SplitterKey = QStringLiteral("window/splitter");
ExpiryPolicy savedPolicy(QStringList *problems)
{
    const ThresholdSettings::Saved saved = ThresholdSettings::read(QSettings());
    *problems << saved.problems;
    return ExpiryPolicy(saved.warningDays, saved.criticalDays);
}

QStringList filesOf(const ContextReport &c)
{
    QStringList files{c.file};
    for (const QString &file : {c.clusterFile, c.userFile}) {
        if (!file.isEmpty() && !files.contains(file))
            files << file;
    }
    return files;
}
// Every saved value but the window's layout and the notification ledgers, which the window itself
// writes as it runs: what a change by another process (kubeminder settings, files) shows in.
QByteArray settingsFingerprint()
{
    const QSettings settings;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    for (const QString &key : settings.allKeys()) {
        if (key.startsWith(QLatin1String("window/")) || key == NotificationLedger::key() ||
            key == ConnectionWatch::ledgerKey())
            continue;
        stream << key << settings.value(key);
    }
    return bytes;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ContextTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_emptyState(new QLabel)
    , m_tableOrEmpty(new QStackedWidget)
    , m_messageBar(new MessageBar)
    , m_actionBar(new MessageBar)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_details(new ContextDetails)
    , m_filter(new QLineEdit)
    , m_summary(new QLabel)
    , m_watcher(new KubeconfigWatcher(this))
    , m_load(
          this, [this](const LoadBatch &) { checkFinished(); },
          [this](const LoadBatch &batch) { batchReady(batch); })
    , m_action(this, [this](const ActionOutcome &outcome) { actionDone(outcome); })
    , m_probe(this, [this](const std::vector<ProbeResult> &results) { probeDone(results); })
    , m_settingsWatcher(new KubeconfigWatcher(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Kubeminder"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("security-high"), StatusStyle::icon(Status::Ok)));
    resize(1180, 660);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContextTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_table->setObjectName(QStringLiteral("contextTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContextTableModel::StatusColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    // The row menu from the keyboard too, at the selected row: Shift+F10 and the Menu key.
    auto *rowMenu = new QAction(m_table);
    rowMenu->setObjectName(QStringLiteral("rowMenuAction"));
    rowMenu->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)});
    rowMenu->setShortcutContext(Qt::WidgetShortcut);
    connect(rowMenu, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_table->currentIndex(); current.isValid())
            showContextMenu(m_table->visualRect(current).center());
    });
    m_table->addAction(rowMenu);
    connect(m_table, &QTableView::activated, this, [this] { m_details->setFocus(Qt::OtherFocusReason); });

    // Shown instead of the table when no context was loaded: an empty grid explains nothing.
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyState->setMargin(24);
    m_tableOrEmpty->addWidget(m_table);
    m_tableOrEmpty->addWidget(m_emptyState);

    // Problems with the loaded data go in a bar above the table, not a dialog: the rest of the
    // list is still worth looking at. They last until the files are fixed, so no close button.
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setClosable(false);
    connect(m_messageBar, &MessageBar::actionTriggered, this, &MainWindow::openFilesView);
    m_actionBar->setObjectName(QStringLiteral("actionBar"));

    connect(m_details, &ContextDetails::refreshRequested, this, &MainWindow::refreshCredentials);
    connect(m_details, &ContextDetails::keepFreshRequested, this, [this](bool keep) {
        if (m_keepFreshAction->isChecked() != keep)
            m_keepFreshAction->trigger();
    });
    connect(m_details, &ContextDetails::importRequested, this, &MainWindow::openImportDialog);
    connect(m_details, &ContextDetails::testRequested, this, &MainWindow::testSelectedConnection);
    connect(m_details, &ContextDetails::testWithExecRequested, this, [this] {
        if (const QString name = selectedContext(); !name.isEmpty())
            probe({name}, true);
    });
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tableOrEmpty);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 0);
    centralLayout->addWidget(m_messageBar);
    centralLayout->addWidget(m_actionBar);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
    createMenus();

    statusBar()->addWidget(m_summary, 1);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // A row the user picked stays picked across reloads; a reset's empty selection does not count.
        if (const QString name = selectedContext(); !name.isEmpty())
            m_wantedSelection = name;
        showDetails();
        updateActions();
    });
    // kubectl, an editor or Kubeminder itself changed a file: show the new state.
    connect(m_watcher, &KubeconfigWatcher::changed, this, &MainWindow::reload);
    // Another process changed the settings: reload when a value that matters changed (the window's
    // own writes, its layout and the notification ledgers, do not count, so it never feeds itself).
    m_settingsWatcher->setPaths({QSettings().fileName()}, {});
    connect(m_settingsWatcher, &KubeconfigWatcher::changed, this, [this] {
        if (settingsFingerprint() != m_settingsSeen)
            reload();
    });
    restoreLayout();
    updateActions();
}

MainWindow::~MainWindow() = default; // the tasks wait for their workers

void MainWindow::createActions()
{
    // Theme icons where the desktop has them, else the style's own, so the toolbar is never bare.
    const auto action = [this](const QString &objectName, const QString &icon, const QString &text,
                               const QString &toolTip, void (MainWindow::*slot)(),
                               QStyle::StandardPixmap fallback = QStyle::SP_CustomBase) {
        const QIcon themed = QIcon::fromTheme(icon);
        auto *a = new QAction(
            themed.isNull() && fallback != QStyle::SP_CustomBase ? style()->standardIcon(fallback) : themed,
            text, this);
        a->setObjectName(objectName);
        a->setToolTip(toolTip);
        a->setStatusTip(toolTip);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_refreshAction = action(QStringLiteral("refreshCredentialsAction"),
                             QStringLiteral("emblem-synchronizing"), tr("Refresh credentials"),
                             tr("Fetch fresh credentials for the selected context from where they came from "
                                "last time, else choose a source (Ctrl+R)"),
                             &MainWindow::refreshCredentials);
    if (m_refreshAction->icon().isNull())
        m_refreshAction->setIcon(AppIcon::refreshCredentials()); // never Reload's arrow
    m_refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_keepFreshAction = new QAction(tr("&Keep fresh automatically"), this);
    m_keepFreshAction->setObjectName(QStringLiteral("keepFreshAction"));
    m_keepFreshAction->setCheckable(true);
    connect(m_keepFreshAction, &QAction::triggered, this, [this](bool keep) {
        if (const ContextReport *c = selectedReport()) {
            QSettings settings;
            ImportSourceRegistry(settings).setKeepFresh(c->name, keep);
        }
        updateActions();
        showDetails();
    });
    m_importAction = action(QStringLiteral("importAction"), QStringLiteral("document-import"), tr("Import…"),
                            tr("Import fresh credentials from a kubeconfig file or over SSH (Ctrl+I)"),
                            &MainWindow::openImportDialog, QStyle::SP_DialogOpenButton);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_backupAction = action(QStringLiteral("backupAction"), QStringLiteral("document-save"), tr("Back up"),
                            tr("Save a copy of every loaded kubeconfig file (Ctrl+B)"),
                            &MainWindow::backUpAllFiles, QStyle::SP_DialogSaveButton);
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_backupsAction = action(QStringLiteral("backupsAction"), QStringLiteral("document-open-recent"),
                             tr("Backups…"), tr("List backups and restore one (Ctrl+Shift+B)"),
                             &MainWindow::openBackupsDialog, QStyle::SP_FileDialogDetailedView);
    m_backupsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_addFileAction =
        action(QStringLiteral("addFileAction"), QStringLiteral("list-add"), tr("Add kubeconfig…"),
               tr("Also read a kubeconfig file that kubectl does not (Ctrl+O)"), nullptr,
               QStyle::SP_FileDialogNewFolder);
    m_addFileAction->setShortcut(QKeySequence::Open);
    connect(m_addFileAction, &QAction::triggered, this, [this] {
        addKubeconfigs(QFileDialog::getOpenFileNames(this, tr("Add kubeconfig files"), QDir::homePath()));
    });
    m_addFolderAction = action(QStringLiteral("addFolderAction"), QStringLiteral("folder-new"),
                               tr("Add folder…"), tr("Also read every kubeconfig file in a folder"), nullptr);
    connect(m_addFolderAction, &QAction::triggered, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Add a folder of kubeconfig files"), QDir::homePath());
        if (!folder.isEmpty())
            addKubeconfigs({folder});
    });
    m_reloadAction =
        action(QStringLiteral("reloadAction"), QStringLiteral("view-refresh"), tr("Reload"),
               tr("Read every kubeconfig again (F5)"), &MainWindow::reload, QStyle::SP_BrowserReload);
    // Only F5: QKeySequence::Refresh also means Ctrl+R on GNOME, which is Refresh credentials here.
    m_reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_filesAction =
        action(QStringLiteral("filesAction"), QStringLiteral("document-multiple"), tr("Kubeconfig files…"),
               tr("Every file read, its status, and the ones you added"), &MainWindow::openFilesView);
    m_settingsAction =
        action(QStringLiteral("settingsAction"), QStringLiteral("preferences-system"), tr("Settings…"),
               tr("Expiry thresholds, added files, backup retention"), &MainWindow::openSettings);
    // QKeySequence::Preferences is empty on most Linux desktops: Ctrl+, is the common choice.
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_useAction = action(QStringLiteral("useContextAction"), QStringLiteral("object-select"),
                         tr("Set as current context"),
                         tr("Make this kubectl's current context (the file is backed up first)"),
                         &MainWindow::useSelectedContext);
    m_copyNameAction = action(QStringLiteral("copyNameAction"), QStringLiteral("edit-copy"), tr("Copy name"),
                              tr("Copy the context's name"), &MainWindow::copySelectedName);
    m_copyNameAction->setShortcut(QKeySequence::Copy);
    m_copyNameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_copyNameAction);
    m_openFolderAction = action(QStringLiteral("openFolderAction"), QStringLiteral("folder-open"),
                                tr("Open containing folder"), tr("Show the file that defines this context"),
                                &MainWindow::openSelectedFolder);
    m_backupFileAction =
        action(QStringLiteral("backupFileAction"), QStringLiteral("document-save"), tr("Back up this file"),
               tr("Save a copy of the files that define this context"), &MainWindow::backUpSelectedFiles);

    m_testAction = action(QStringLiteral("testConnectionAction"), QStringLiteral("network-server"),
                          tr("Test connection"),
                          tr("Ask the cluster whether it accepts this context's credentials (Ctrl+T)"),
                          &MainWindow::testSelectedConnection, QStyle::SP_DriveNetIcon);
    m_testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_testAllAction = action(QStringLiteral("testAllConnectionsAction"), QStringLiteral("network-server"),
                             tr("Test all connections"),
                             tr("Ask every cluster whether it accepts the credentials (Ctrl+Shift+T)"),
                             &MainWindow::testAllConnections, QStyle::SP_DriveNetIcon);
    m_testAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    // The only toolbar: a right click must not offer to hide it.
    toolbar->toggleViewAction()->setVisible(false);
    setContextMenuPolicy(Qt::NoContextMenu);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_testAction);
    toolbar->addSeparator();
    toolbar->addAction(m_backupAction);
    toolbar->addAction(m_backupsAction);
    toolbar->addSeparator();
    toolbar->addAction(m_addFileAction);
    toolbar->addAction(m_reloadAction);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter contexts (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    toolbar->addWidget(m_filter);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(findAction);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    // Escape in the filter clears it; a second Escape (or one in an empty filter) goes back to the
    // table.
    auto *clearFilter = new QAction(m_filter);
    clearFilter->setObjectName(QStringLiteral("clearFilterAction"));
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, this, [this] {
        if (m_filter->text().isEmpty())
            m_table->setFocus(Qt::ShortcutFocusReason);
        else
            m_filter->clear();
    });
    m_filter->addAction(clearFilter);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_addFileAction);
    file->addAction(m_addFolderAction);
    file->addAction(m_filesAction);
    file->addSeparator();
    file->addAction(m_backupAction);
    file->addAction(m_backupsAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    // Quit ends the application even when closing the window would only hide it in the tray.
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                                    &MainWindow::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *context = menuBar()->addMenu(tr("&Context"));
    context->addAction(m_refreshAction);
    context->addAction(m_keepFreshAction);
    context->addAction(m_testAction);
    context->addAction(m_testAllAction);
    context->addAction(m_useAction);
    context->addSeparator();
    context->addAction(m_copyNameAction);
    context->addAction(m_openFolderAction);
    context->addAction(m_backupFileAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_reloadAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual =
        help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&Manual"), this, [this] {
            const QUrl url(About::homepage() + QStringLiteral("#readme"));
            if (!m_openUrl(url))
                m_actionBar->showMessage(MessageBar::Kind::Warning,
                                         tr("No web browser could open %1.").arg(url.toString()));
        });
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    QAction *about =
        help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Kubeminder"), this,
                        [this] { QMessageBox::about(this, tr("About Kubeminder"), aboutText()); });
    about->setObjectName(QStringLiteral("aboutAction"));
}

QString MainWindow::aboutText()
{
    QString libraries;
    for (const About::Library &library : About::libraries())
        libraries += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                         .arg(library.name.toHtmlEscaped(), library.version.toHtmlEscaped());
    return QStringLiteral(
               "<h3>Kubeminder %1</h3><p>%2</p><table>%3</table><p>%4</p><p><a href=\"%5\">%5</a></p>")
        .arg(About::version().toHtmlEscaped(),
             tr("Keeps the credentials in your kubeconfig files alive: it shows when they expire, warns "
                "before they do, and refreshes them from the cluster.")
                 .toHtmlEscaped(),
             libraries, tr("Licence: %1.").arg(About::licence()).toHtmlEscaped(), About::homepage());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    // The header's state holds column widths, order and the sort column; widths are measured from
    // the first rows only when nothing was saved.
    if (header->restoreState(settings.value(HeaderKey).toByteArray())) {
        m_headerRestored = true;
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_closeToTray && !QCoreApplication::closingDown()) {
        hide();
        event->ignore();
        emit hiddenToTray();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::quit()
{
    saveLayout();
    // exit(), not quit(): since Qt 6, quit() first asks every window to close, and the window
    // that hides in the tray says no. exit() leaves every event loop, a dialog's exec() too; the
    // background tasks and dialogs finish their writes as they are destroyed.
    QCoreApplication::exit(0);
}

void MainWindow::showContext(const QString &context)
{
    if (!context.isEmpty()) {
        m_wantedSelection = context;
        selectContext(context);
    }
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::setKubeconfigFiles(const QStringList &files)
{
    m_files = files;
}

QString MainWindow::selectedContext() const
{
    return m_table->currentIndex().data(ContextTableModel::NameRole).toString();
}

const ContextReport *MainWindow::selectedReport() const
{
    return m_model->contextAt(m_proxy->mapToSource(m_table->currentIndex()).row());
}

void MainWindow::selectContext(const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, ContextTableModel::NameColumn);
        if (index.data(ContextTableModel::NameRole).toString() == name) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return;
        }
    }
}

void MainWindow::openImportDialog()
{
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    auto *dialog = new ImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKubeconfigFiles(m_files);
    if (const ContextReport *c = selectedReport())
        dialog->setTargetContext(*c);
    connect(dialog, &ImportDialog::imported, this, &MainWindow::reload);
    m_importDialog = dialog;
    dialog->open();
}

// With a remembered source the dialog opens pre-filled and previews at once, so one more click
// (Import) applies it; without one it is the plain Import dialog.
void MainWindow::refreshCredentials()
{
    const QString name = selectedContext();
    openImportDialog();
    if (!m_importDialog || name.isEmpty())
        return;
    QSettings settings;
    if (ImportSourceRegistry(settings).find(name))
        m_importDialog->preview();
}

void MainWindow::openBackupsDialog()
{
    if (m_backupsDialog) {
        m_backupsDialog->raise();
        m_backupsDialog->activateWindow();
        return;
    }
    auto *dialog =
        new BackupsDialog(BackupStore::defaultDirectory(), KubeconfigSources::paths(m_sources), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const ContextReport *c = selectedReport())
        dialog->setOriginal(c->file);
    dialog->setOpenUrl(m_openUrl);
    connect(dialog, &BackupsDialog::restored, this, &MainWindow::reload);
    m_backupsDialog = dialog;
    dialog->open();
}

void MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        auto *dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFiles(m_sources, m_report.files);
        dialog->setOpenUrl(m_openUrl);
        connect(dialog, &SettingsDialog::filesChanged, this, &MainWindow::reload);
        connect(dialog, &SettingsDialog::settingsChanged, this, &MainWindow::reload);
        connect(this, &MainWindow::reloaded, dialog,
                [this, dialog] { dialog->setFiles(m_sources, m_report.files); });
        m_settingsDialog = dialog;
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
}

void MainWindow::openFilesView()
{
    openSettings();
    m_settingsDialog->showPage(SettingsDialog::Page::Files);
}

void MainWindow::addKubeconfigs(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QSettings settings;
    QStringList added = KubeconfigSources::added(settings);
    for (const QString &path : paths) {
        const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        if (!added.contains(absolute))
            added << absolute;
    }
    KubeconfigSources::setAdded(settings, added);
    m_actionBar->showMessage(
        MessageBar::Kind::Positive,
        paths.size() == 1 ? tr("Added %1. Kubeminder reads it from now on; kubectl does not.")
                                .arg(QDir::toNativeSeparators(paths.constFirst()))
                          : tr("Added %1 files and folders. Kubeminder reads them from now on; kubectl "
                               "does not.")
                                .arg(paths.size()));
    reload();
}

void MainWindow::reload()
{
    // A request during a check may come from a change the running check has not seen: run once
    // more afterwards. One queued run covers any number of requests.
    if (m_checking) {
        m_reloadQueued = true;
        return;
    }
    m_checking = true;
    m_firstBatch = true;
    m_settingsSeen = settingsFingerprint();
    m_summary->setText(tr("Reading kubeconfig files…"));
    m_settingsProblems.clear();
    CheckJob::Setup setup;
    setup.options.policy = savedPolicy(&m_settingsProblems);
    setup.options.now = QDateTime::currentDateTimeUtc();
    setup.paths = kubectlFiles();
    setup.added = KubeconfigSources::added(QSettings());
    m_load.start([setup](const BackgroundTask<LoadBatch>::Sink &report) {
        CheckJob job(setup);
        bool any = false;
        job.setBatchHandler([&](const CheckJob::Result &partial, const CheckReport &batch) {
            report(LoadBatch{partial.sources, batch});
            any = true;
        });
        const CheckJob::Result all = job.run();
        if (!any)
            report(LoadBatch{all.sources, all.report});
        return LoadBatch{}; // everything went out as batches
    });
}

KubeconfigPaths::Resolved MainWindow::kubectlFiles() const
{
    // Tests hand the window its files; they stand for $KUBECONFIG.
    return m_files.isEmpty() ? KubeconfigPaths::resolveFromEnvironment()
                             : KubeconfigPaths::Resolved{m_files, KubeconfigPaths::Origin::Environment};
}

void MainWindow::batchReady(const LoadBatch &batch)
{
    if (std::exchange(m_firstBatch, false)) {
        if (m_wantedSelection.isEmpty() && !m_everLoaded)
            m_wantedSelection = batch.report.currentContext; // first start: kubectl's current context
        m_report = batch.report;
        m_sources = batch.sources;
        m_model->setReport(batch.report);
        QStringList files;
        QStringList folders;
        for (const KubeconfigSources::File &file : m_sources) {
            files << file.path;
            if (!file.folder.isEmpty() && !folders.contains(file.folder))
                folders << file.folder;
        }
        for (const QString &path : KubeconfigSources::added(QSettings())) {
            if (QFileInfo(path).isDir() && !folders.contains(path))
                folders << path;
        }
        m_watcher->setPaths(files, folders);
        showMessages();
    } else {
        m_report.contexts.insert(m_report.contexts.end(), batch.report.contexts.begin(),
                                 batch.report.contexts.end());
        m_model->appendContexts(batch.report.contexts);
    }
    if (!m_everLoaded && !m_headerRestored && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        m_headerRestored = true; // measured once; the user's widths win from then on
    }
    // The wanted row may be in a later batch; only when the check is done does another row stand in.
    if (selectedContext() != m_wantedSelection)
        selectContext(m_wantedSelection);
    m_summary->setText(tr("Checking… %1 contexts so far").arg(m_report.contexts.size()));
}

void MainWindow::checkFinished()
{
    m_checking = false;
    m_everLoaded = true;
    dropStaleProbeResults();
    // Taken before emitting: a slot that calls reload() starts its own run.
    const bool again = std::exchange(m_reloadQueued, false);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, ContextTableModel::NameColumn));
    showSummary();
    showEmptyState();
    showDetails();
    updateActions();
    emit reloaded();
    if (again)
        reload();
}

void MainWindow::dropStaleProbeResults()
{
    // A refresh or a restore changed what a connection test was about: its answer ("refused the
    // credentials") no longer describes the context, in the details or in the bar.
    QHash<QString, QString> now;
    for (const ContextReport &c : m_report.contexts)
        now.insert(c.name, c.connectionId());
    bool dropped = false;
    for (auto it = m_probeResults.begin(); it != m_probeResults.end();) {
        const auto current = now.constFind(it.key());
        if (current == now.cend() || *current != it->testedConnection) {
            it = m_probeResults.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    }
    if (dropped && std::exchange(m_actionBarShowsProbe, false))
        m_actionBar->clear();
}

void MainWindow::showSummary()
{
    const CheckReport::Counts counts = m_report.counts();
    QStringList parts{counts.contexts == 1 ? tr("1 context") : tr("%1 contexts").arg(counts.contexts)};
    if (counts.expired)
        parts << tr("%1 expired").arg(counts.expired);
    if (counts.expiringSoon)
        parts << tr("%1 expiring soon").arg(counts.expiringSoon);
    if (counts.withErrors)
        parts << tr("%1 with errors").arg(counts.withErrors);
    if (counts.brokenFiles)
        parts << (counts.brokenFiles == 1 ? tr("1 file could not be read")
                                          : tr("%1 files could not be read").arg(counts.brokenFiles));
    parts << (counts.files == 1 ? tr("1 kubeconfig file") : tr("%1 kubeconfig files").arg(counts.files));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::showMessages()
{
    QStringList errors;
    for (const FileReport &file : m_report.files) {
        if (file.status != KubeconfigDocument::Status::Error)
            continue;
        // The error names the file (and line and column for YAML); fall back to the path alone.
        errors << (file.error.isEmpty() ? tr("%1 could not be read.").arg(file.path) : file.error);
    }
    QStringList lines;
    if (!errors.isEmpty()) {
        lines << (errors.size() == 1
                      ? tr("A kubeconfig file could not be read; its contexts are not in the list:")
                      : tr("%1 kubeconfig files could not be read; their contexts are not in the list:")
                            .arg(errors.size()));
        for (const QString &error : std::as_const(errors))
            lines << QStringLiteral("• ") + error;
    }
    lines << m_settingsProblems;
    if (lines.isEmpty())
        m_messageBar->clear();
    else
        m_messageBar->showMessage(MessageBar::Kind::Warning, lines.join(QLatin1Char('\n')),
                                  errors.isEmpty() ? QString() : tr("Kubeconfig files…"));
}

void MainWindow::showEmptyState()
{
    // With nothing to select, the details pane would only be a blank box under the explanation.
    m_details->setVisible(!m_report.contexts.empty());
    if (!m_report.contexts.empty()) {
        m_tableOrEmpty->setCurrentWidget(m_table);
        return;
    }
    bool anyLoaded = false;
    bool anyBroken = false;
    QStringList files;
    for (const FileReport &file : m_report.files) {
        anyLoaded |=
            file.status == KubeconfigDocument::Status::Ok || file.status == KubeconfigDocument::Status::Empty;
        anyBroken |= file.status == KubeconfigDocument::Status::Error;
        files << QStringLiteral("    ") + file.path;
    }
    QStringList lines;
    if (anyLoaded)
        lines << tr("The kubeconfig files hold no contexts.");
    else if (anyBroken)
        lines << tr("No kubeconfig could be read.");
    else
        lines << tr("No kubeconfig found.");
    lines << QString() << tr("Looked at:");
    if (files.isEmpty())
        files << QStringLiteral("    ") + tr("(no files)");
    lines << files << QString()
          << tr("Set KUBECONFIG or create ~/.kube/config, or add a file with “Add kubeconfig…”; then reload "
                "(F5).")
          << tr("Try “kubeminder demo DIR” to see Kubeminder with example files.");
    m_emptyState->setText(lines.join(QLatin1Char('\n')));
    m_tableOrEmpty->setCurrentWidget(m_emptyState);
}

void MainWindow::updateActions()
{
    const ContextReport *c = selectedReport();
    const bool busy = m_action.isRunning();
    m_refreshAction->setEnabled(c != nullptr);
    // Kept fresh by the tray: only a context whose source is remembered (imported once).
    {
        QSettings settings;
        const ImportSourceRegistry registry(settings);
        const std::optional<ImportSource> source = c ? registry.find(c->name) : std::nullopt;
        m_keepFreshAction->setEnabled(source.has_value());
        m_keepFreshAction->setChecked(source && registry.keepsFresh(c->name));
        m_keepFreshAction->setToolTip(
            source ? tr("Refresh this context %1 by itself when it is about to run out, "
                        "asking nothing; say what needs you")
                         .arg(source->describe())
                   : tr("Import or refresh the context once, so Kubeminder knows where "
                        "its credentials come from"));
    }
    m_testAction->setEnabled(c != nullptr && !m_probe.isRunning());
    m_testAllAction->setEnabled(!m_report.contexts.empty() && !m_probe.isRunning());
    m_copyNameAction->setEnabled(c != nullptr);
    m_openFolderAction->setEnabled(c != nullptr);
    m_backupFileAction->setEnabled(c != nullptr && !busy);
    m_backupAction->setEnabled(!m_report.files.empty() && !busy);
    // kubectl reads only its own files: a context from an added file cannot become its current one.
    bool kubectlSees = false;
    if (c) {
        for (const KubeconfigSources::File &file : m_sources) {
            if (file.path == c->file)
                kubectlSees = file.origin != KubeconfigSources::Origin::Added &&
                              file.origin != KubeconfigSources::Origin::AddedFolder;
        }
    }
    m_useAction->setEnabled(c != nullptr && !c->current && kubectlSees && !busy);
    m_useAction->setToolTip(c && !kubectlSees
                                ? tr("kubectl does not read %1; add it to KUBECONFIG to use this "
                                     "context with kubectl")
                                      .arg(c->file)
                                : tr("Make this kubectl's current context (the file is backed up "
                                     "first)"));
}

void MainWindow::showContextMenu(const QPoint &position)
{
    if (!m_table->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_refreshAction);
    menu.addAction(m_keepFreshAction);
    menu.addAction(m_testAction);
    menu.addAction(m_useAction);
    menu.addSeparator();
    menu.addAction(m_copyNameAction);
    menu.addAction(m_openFolderAction);
    menu.addAction(m_backupFileAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::copySelectedName()
{
    // Only the name: never anything from the user entry.
    if (const QString name = selectedContext(); !name.isEmpty())
        QGuiApplication::clipboard()->setText(name);
}

void MainWindow::openSelectedFolder()
{
    const ContextReport *c = selectedReport();
    if (!c)
        return;
    const QString folder = QFileInfo(c->file).absolutePath();
    if (!m_openUrl(QUrl::fromLocalFile(folder)))
        m_actionBar->showMessage(MessageBar::Kind::Warning,
                                 tr("No file manager could open %1. The file is %2.").arg(folder, c->file));
}

void MainWindow::runAction(std::function<ActionOutcome()> work)
{
    if (m_action.start(std::move(work)))
        updateActions();
}

void MainWindow::actionDone(const ActionOutcome &outcome)
{
    m_actionBar->showMessage(outcome.kind, outcome.text);
    m_actionBarShowsProbe = false;
    updateActions();
    reload(); // a write changed a file (the watcher would notice too, a little later)
    emit actionFinished();
}

void MainWindow::useSelectedContext()
{
    const ContextReport *c = selectedReport();
    if (!c)
        return;
    const QString name = c->name;
    const KubeconfigPaths::Resolved paths = kubectlFiles();
    runAction([name, paths] {
        const WriteResult result =
            UseContextJob({paths, name, BackupStore::defaultDirectory(),
                           RetentionPolicy::fromSettings(QSettings()), QDateTime::currentDateTimeUtc()})
                .run()
                .write;
        if (!result.ok)
            return ActionOutcome{MessageBar::Kind::Error,
                                 tr("“%1” was not made the current context: %2").arg(name, result.error)};
        QString message = result.backupPath.isEmpty()
                              ? tr("“%1” is kubectl's current context.").arg(name)
                              : tr("“%1” is now kubectl's current context (written to %2; the previous "
                                   "file is backed up as %3).")
                                    .arg(name, result.writtenPath, result.backupPath);
        if (!result.layoutKept)
            message += QLatin1Char(' ') + result.layoutNote;
        return ActionOutcome{MessageBar::Kind::Positive, message};
    });
}

void MainWindow::backUpSelectedFiles()
{
    if (const ContextReport *c = selectedReport())
        backUp(filesOf(*c));
}

void MainWindow::backUpAllFiles()
{
    QStringList files;
    for (const FileReport &file : m_report.files) {
        if (file.status != KubeconfigDocument::Status::Missing)
            files << file.path;
    }
    backUp(files);
}

void MainWindow::backUp(const QStringList &files)
{
    if (files.isEmpty())
        return;
    runAction([files] {
        BackupJob::Setup setup;
        // The window lists files it has seen: one that is gone by now is worth an error.
        for (const QString &path : files)
            setup.files.push_back({path, true});
        setup.retention = RetentionPolicy::fromSettings(QSettings());
        setup.now = QDateTime::currentDateTimeUtc();
        const QString directory = setup.directory;
        const BackupJob::Result result = BackupJob(std::move(setup)).run();
        const int saved = int(result.saved.size());
        if (!result.errors.isEmpty())
            return ActionOutcome{MessageBar::Kind::Error,
                                 tr("Not every file was backed up (%1 of %2 were):\n%3")
                                     .arg(saved)
                                     .arg(result.attempted)
                                     .arg(result.errors.join(QLatin1Char('\n')))};
        if (saved == 0)
            return ActionOutcome{MessageBar::Kind::Information,
                                 tr("There was no kubeconfig file to back up.")};
        return ActionOutcome{MessageBar::Kind::Positive,
                             (saved == 1 ? tr("Backed up %1 to %2.").arg(files.constFirst(), directory)
                                         : tr("Backed up %1 files to %2.").arg(saved).arg(directory)) +
                                 QLatin1Char(' ') + tr("Backups… lists them and restores one.")};
    });
}

void MainWindow::testSelectedConnection()
{
    if (const QString name = selectedContext(); !name.isEmpty())
        probe({name}, false);
}

void MainWindow::testAllConnections()
{
    QStringList names;
    for (const ContextReport &c : m_report.contexts)
        names << c.name;
    probe(names, false);
}

std::optional<ProbeResult> MainWindow::probeResult(const QString &context) const
{
    const auto it = m_probeResults.constFind(context);
    return it == m_probeResults.cend() ? std::nullopt : std::optional<ProbeResult>(*it);
}

void MainWindow::probe(const QStringList &contexts, bool runExec)
{
    if (m_probe.isRunning() || contexts.isEmpty())
        return;
    m_actionBar->showMessage(MessageBar::Kind::Information,
                             contexts.size() == 1
                                 ? tr("Asking the API server of “%1”…").arg(contexts.constFirst())
                                 : tr("Asking the API servers of %1 contexts…").arg(contexts.size()));
    ProbeJob::Setup setup;
    setup.check.paths = kubectlFiles();
    setup.check.added = KubeconfigSources::added(QSettings());
    QStringList ignoredProblems; // the message bar shows them after each reload already
    setup.check.options.policy = savedPolicy(&ignoredProblems);
    setup.check.options.now = QDateTime::currentDateTimeUtc();
    setup.check.options.onlyContexts = contexts;
    setup.runExec = runExec;
    setup.surface = Surface::Window;
    QHash<QString, QString> hints;
    QSettings settings;
    const ImportSourceRegistry registry(settings);
    for (const QString &name : contexts) {
        const std::optional<ImportSource> source = registry.find(name);
        hints.insert(name, source ? tr("refresh it %1 (Ctrl+R)").arg(source->describe())
                                  : tr("import fresh credentials (Ctrl+I)"));
    }
    setup.refreshHint = [hints](const QString &name) {
        return hints.value(name);
    };
    // Sockets, TLS and exec plugins block: everything runs on a worker, never on this thread.
    m_probe.start([setup] { return ProbeJob(setup).run().results; });
    updateActions();
}

void MainWindow::probeDone(const std::vector<ProbeResult> &probed)
{
    m_lastProbeResults = probed;
    const std::vector<ProbeResult> &results = m_lastProbeResults;
    int accepted = 0;
    int rejected = 0;
    int unreachable = 0;
    int notProbed = 0;
    for (const ProbeResult &r : results) {
        m_probeResults.insert(r.context, r);
        switch (r.outcome) {
        case ProbeResult::Outcome::Ok:
            ++accepted;
            break;
        case ProbeResult::Outcome::Unauthorized:
        case ProbeResult::Outcome::Forbidden:
            ++rejected;
            break;
        case ProbeResult::Outcome::NotProbed:
            ++notProbed;
            break;
        default:
            ++unreachable;
            break;
        }
    }
    if (results.size() == 1) {
        const ProbeResult &r = results.front();
        m_actionBar->showMessage(r.ok() ? MessageBar::Kind::Positive
                                 : r.outcome == ProbeResult::Outcome::NotProbed
                                     ? MessageBar::Kind::Information
                                     : MessageBar::Kind::Error,
                                 tr("%1: %2").arg(r.context, r.message));
    } else {
        QStringList parts;
        if (accepted)
            parts << tr("%1 accepted").arg(accepted);
        if (rejected)
            parts << tr("%1 rejected").arg(rejected);
        if (unreachable)
            parts << tr("%1 unreachable or failing").arg(unreachable);
        if (notProbed)
            parts << tr("%1 not tested").arg(notProbed);
        m_actionBar->showMessage(rejected + unreachable ? MessageBar::Kind::Warning
                                                        : MessageBar::Kind::Positive,
                                 tr("Tested %1 contexts: %2. Select one to see why.")
                                     .arg(results.size())
                                     .arg(parts.join(QStringLiteral(", "))));
    }
    m_actionBarShowsProbe = true;
    showDetails();
    updateActions();
    emit probesFinished();
}

void MainWindow::showDetails()
{
    const ContextReport *c = selectedReport();
    if (!c) {
        m_details->clear();
        return;
    }
    QSettings settings;
    m_details->showContext(*c, m_report, probeResult(c->name), ImportSourceRegistry(settings).find(c->name));
}

} // namespace kubeminder
