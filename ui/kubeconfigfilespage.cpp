#include "kubeconfigfilespage.h"

#include "messagebar.h"
#include "statusstyle.h"
#include "support/homepath.h"

#include <QAction>
#include <QBoxLayout>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTreeWidget>

#include <algorithm>

namespace kubeminder {

namespace {

using Origin = KubeconfigSources::Origin;
using FileStatus = KubeconfigFilesPage::FileStatus;

QString cleanPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// The same file under any name, as KubeconfigSources tells files apart.
QString identity(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? cleanPath(path) : canonical;
}

QString displayPath(const QString &path)
{
    return homeRelativePath(path);
}

Status statusLook(FileStatus status)
{
    switch (status) {
    case FileStatus::Ok:
        return Status::Ok;
    case FileStatus::Missing:
    case FileStatus::NoFiles:
        return Status::Warning;
    case FileStatus::Error:
        return Status::Error;
    default:
        return Status::Unknown;
    }
}

QString statusText(FileStatus status)
{
    switch (status) {
    case FileStatus::Ok:
        return KubeconfigFilesPage::tr("OK");
    case FileStatus::Empty:
        return KubeconfigFilesPage::tr("Empty");
    case FileStatus::Missing:
        return KubeconfigFilesPage::tr("Missing");
    case FileStatus::Error:
        return KubeconfigFilesPage::tr("Error");
    case FileStatus::NotLoaded:
        return KubeconfigFilesPage::tr("Not loaded yet");
    case FileStatus::NoFiles:
        return KubeconfigFilesPage::tr("No kubeconfig files");
    case FileStatus::Duplicate:
        return KubeconfigFilesPage::tr("Already listed");
    case FileStatus::Ignored:
        break;
    }
    return KubeconfigFilesPage::tr("Not read");
}

// What a status means when the report gives no reason of its own.
QString statusExplanation(FileStatus status)
{
    switch (status) {
    case FileStatus::Ok:
        break;
    case FileStatus::Empty:
        return KubeconfigFilesPage::tr("The file is empty: it defines no contexts.");
    case FileStatus::Missing:
        return KubeconfigFilesPage::tr("The file does not exist.");
    case FileStatus::Error:
        return KubeconfigFilesPage::tr("The file could not be read.");
    case FileStatus::NotLoaded:
        return KubeconfigFilesPage::tr("Added just now: it is read with the next reload.");
    case FileStatus::NoFiles:
        return KubeconfigFilesPage::tr("The folder holds no kubeconfig files (hidden, lock, backup and "
                                       "temporary files are skipped, and sub-folders are not read).");
    case FileStatus::Duplicate:
        return KubeconfigFilesPage::tr("This file is already read through another entry of the list, and a "
                                       "file is read once.");
    case FileStatus::Ignored:
        return KubeconfigFilesPage::tr("Kubeminder was started with --kubeconfig, so it reads only the files "
                                       "named there.");
    }
    return {};
}

FileStatus fileStatus(KubeconfigDocument::Status status)
{
    switch (status) {
    case KubeconfigDocument::Status::Ok:
        return FileStatus::Ok;
    case KubeconfigDocument::Status::Empty:
        return FileStatus::Empty;
    case KubeconfigDocument::Status::Missing:
        return FileStatus::Missing;
    case KubeconfigDocument::Status::Error:
        break;
    }
    return FileStatus::Error;
}

QString originText(const QString &path, Origin origin, const QString &folder)
{
    switch (origin) {
    case Origin::CommandLine:
        return KubeconfigFilesPage::tr("--kubeconfig");
    case Origin::Environment:
        return KubeconfigFilesPage::tr("KUBECONFIG");
    case Origin::Default:
        return KubeconfigFilesPage::tr("~/.kube/config (default)");
    case Origin::Added:
        return KubeconfigFilesPage::tr("Added");
    case Origin::AddedFolder:
        if (path == folder)
            return KubeconfigFilesPage::tr("Added folder");
        return KubeconfigFilesPage::tr("In added folder %1").arg(displayPath(folder));
    }
    return {};
}

QString originExplanation(const QString &path, Origin origin, const QString &folder)
{
    if (origin == Origin::AddedFolder && path == folder)
        return KubeconfigFilesPage::tr(
            "A folder added to Kubeminder: only Kubeminder reads the kubeconfig files in "
            "it, kubectl does not.");
    switch (origin) {
    case Origin::CommandLine:
        return KubeconfigFilesPage::tr("Named with --kubeconfig when Kubeminder was started.");
    case Origin::Environment:
        return KubeconfigFilesPage::tr("kubectl reads this file too: it is listed in KUBECONFIG.");
    case Origin::Default:
        return KubeconfigFilesPage::tr("kubectl reads this file too: it is the default kubeconfig, read when "
                                       "KUBECONFIG is not set.");
    case Origin::Added:
        return KubeconfigFilesPage::tr("Added to Kubeminder: only Kubeminder reads it, kubectl does not.");
    case Origin::AddedFolder:
        return KubeconfigFilesPage::tr(
                   "In the folder %1 added to Kubeminder: only Kubeminder reads it, kubectl "
                   "does not.")
            .arg(folder);
    }
    return {};
}

} // namespace

QString KubeconfigFilesPage::statusName(FileStatus status)
{
    using Document = KubeconfigDocument::Status;
    switch (status) {
    case FileStatus::Ok:
        return KubeconfigDocument::statusName(Document::Ok);
    case FileStatus::Empty:
        return KubeconfigDocument::statusName(Document::Empty);
    case FileStatus::Missing:
        return KubeconfigDocument::statusName(Document::Missing);
    case FileStatus::Error:
        return KubeconfigDocument::statusName(Document::Error);
    case FileStatus::NotLoaded:
        return QStringLiteral("not-loaded");
    case FileStatus::NoFiles:
        return QStringLiteral("no-files");
    case FileStatus::Duplicate:
        return QStringLiteral("duplicate");
    case FileStatus::Ignored:
        return QStringLiteral("ignored");
    }
    return {};
}

KubeconfigFilesPage::KubeconfigFilesPage(QWidget *parent)
    : QWidget(parent)
    , m_chooseFiles([](QWidget *owner, const QString &caption, const QString &dir) {
        return QFileDialog::getOpenFileNames(owner, caption, dir, tr("All files (*)"));
    })
    , m_chooseFolder([](QWidget *owner, const QString &caption, const QString &dir) {
        return QFileDialog::getExistingDirectory(owner, caption, dir);
    })
{
    setObjectName(QStringLiteral("filesPage"));

    auto *note =
        new QLabel(tr("kubectl reads the files listed in KUBECONFIG, or ~/.kube/config when KUBECONFIG "
                      "is not set. Files and folders added here are read by Kubeminder only; kubectl "
                      "does not see them. Changes on this page are saved at once."));
    note->setObjectName(QStringLiteral("filesNote"));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("filesTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("File"), tr("Origin"), tr("Status")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(OriginColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);

    m_fileDetails = new QLabel;
    m_fileDetails->setObjectName(QStringLiteral("fileDetails"));
    m_fileDetails->setTextFormat(Qt::PlainText);
    m_fileDetails->setWordWrap(true);
    m_fileDetails->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fileDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_fileDetails->setMinimumHeight(fontMetrics().lineSpacing() * 4);

    m_filesMessage = new MessageBar;
    m_filesMessage->setObjectName(QStringLiteral("filesMessageBar"));

    m_addFileButton = new QPushButton(tr("Add &file…"));
    m_addFileButton->setObjectName(QStringLiteral("addFileButton"));
    m_addFileButton->setToolTip(tr("Add kubeconfig files for Kubeminder to read"));
    m_addFolderButton = new QPushButton(tr("Add f&older…"));
    m_addFolderButton->setObjectName(QStringLiteral("addFolderButton"));
    m_addFolderButton->setToolTip(tr("Add a folder: Kubeminder reads every kubeconfig directly in it"));
    m_removeButton = new QPushButton(tr("Re&move"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_openContainingButton = new QPushButton(tr("Open &containing folder"));
    m_openContainingButton->setObjectName(QStringLiteral("openContainingFolderButton"));
    m_openContainingButton->setToolTip(tr("Show the folder of the selected file in the file manager"));
    for (QPushButton *button : {m_addFileButton, m_addFolderButton, m_removeButton, m_openContainingButton})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addFileButton);
    buttons->addWidget(m_addFolderButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_openContainingButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_fileDetails);
    layout->addWidget(m_filesMessage);
    layout->addLayout(buttons);

    auto *removeAction = new QAction(m_tree);
    removeAction->setObjectName(QStringLiteral("removeAction"));
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(removeAction);

    connect(removeAction, &QAction::triggered, this, &KubeconfigFilesPage::removeSelected);
    connect(m_addFileButton, &QPushButton::clicked, this, &KubeconfigFilesPage::addFiles);
    connect(m_addFolderButton, &QPushButton::clicked, this, &KubeconfigFilesPage::addFolder);
    connect(m_removeButton, &QPushButton::clicked, this, &KubeconfigFilesPage::removeSelected);
    connect(m_openContainingButton, &QPushButton::clicked, this, &KubeconfigFilesPage::openContainingFolder);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &KubeconfigFilesPage::updateFileButtons);
    m_added = KubeconfigSources::added(QSettings());
    showRows({});
}

void KubeconfigFilesPage::setFiles(const std::vector<KubeconfigSources::File> &files,
                                   const std::vector<FileReport> &reports)
{
    const QString selected = selectedPath();
    m_files = files;
    m_reports = reports;
    // The window reloads after a change here: the list it loaded replaces the one shown.
    m_added = KubeconfigSources::added(QSettings());
    showRows(selected);
}

void KubeconfigFilesPage::reloadAdded()
{
    m_added = KubeconfigSources::added(QSettings());
    showRows(selectedPath());
}

// The files the window loaded, less the added entries removed since, then the entries added since
// (a folder's files read from disk now, marked not loaded). An added entry that brings no file of
// its own still gets a row, so it can be seen and removed.
std::vector<KubeconfigFilesPage::Row> KubeconfigFilesPage::rows() const
{
    std::vector<Row> result;
    QSet<QString> seen;
    QSet<QString> represented;
    bool commandLine = false;
    for (const KubeconfigSources::File &file : m_files) {
        commandLine = commandLine || file.origin == Origin::CommandLine;
        QString entry;
        if (file.origin == Origin::Added)
            entry = cleanPath(file.path);
        else if (file.origin == Origin::AddedFolder)
            entry = cleanPath(file.folder);
        if (!entry.isEmpty() && !m_added.contains(entry))
            continue;
        Row row{file.path, file.origin, file.folder, entry, FileStatus::NotLoaded, {}};
        const auto report = std::find_if(m_reports.cbegin(), m_reports.cend(),
                                         [&file](const FileReport &r) { return r.path == file.path; });
        if (report != m_reports.cend()) {
            row.status = fileStatus(report->status);
            row.error = report->error;
        }
        result.push_back(row);
        seen.insert(identity(file.path));
        represented.insert(entry);
    }
    for (const QString &entry : m_added) {
        if (represented.contains(entry))
            continue;
        const bool folder = QFileInfo(entry).isDir();
        const Origin origin = folder ? Origin::AddedFolder : Origin::Added;
        const QString folderPath = folder ? entry : QString();
        if (commandLine) {
            result.push_back({entry, origin, folderPath, entry, FileStatus::Ignored, {}});
            continue;
        }
        if (!folder) {
            const bool duplicate = seen.contains(identity(entry));
            result.push_back(
                {entry, origin, {}, entry, duplicate ? FileStatus::Duplicate : FileStatus::NotLoaded, {}});
            seen.insert(identity(entry));
            continue;
        }
        const QStringList inside = KubeconfigSources::filesInFolder(entry);
        bool any = false;
        for (const QString &file : inside) {
            if (seen.contains(identity(file)))
                continue;
            seen.insert(identity(file));
            result.push_back({cleanPath(file), origin, entry, entry, FileStatus::NotLoaded, {}});
            any = true;
        }
        if (!any)
            result.push_back({entry,
                              origin,
                              entry,
                              entry,
                              inside.isEmpty() ? FileStatus::NoFiles : FileStatus::Duplicate,
                              {}});
    }
    return result;
}

void KubeconfigFilesPage::showRows(const QString &selectPath)
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QTreeWidgetItem *select = nullptr;
    for (const Row &row : rows()) {
        auto *item = new QTreeWidgetItem(m_tree);
        const Status look = statusLook(row.status);
        const QString why = row.error.isEmpty() ? statusExplanation(row.status) : row.error;
        item->setText(FileColumn, displayPath(row.path));
        item->setText(OriginColumn, originText(row.path, row.origin, row.folder));
        item->setText(StatusColumn, statusText(row.status));
        item->setIcon(StatusColumn, StatusStyle::icon(look));
        item->setForeground(StatusColumn, StatusStyle::color(look));
        item->setData(FileColumn, PathRole, row.path);
        item->setData(FileColumn, OriginRole, int(row.origin));
        item->setData(FileColumn, StatusRole, statusName(row.status));
        item->setData(FileColumn, FileStatusRole, int(row.status));
        item->setData(FileColumn, AddedRole, row.addedEntry);
        item->setData(FileColumn, ErrorRole, why);
        // A tooltip that looks like markup is shown as rich text: always make it rich text, with the
        // path and the error escaped, so they show as written.
        QString tip = row.path.toHtmlEscaped();
        if (!why.isEmpty())
            tip += QStringLiteral("<br>") + why.toHtmlEscaped();
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, QStringLiteral("<p>%1</p>").arg(tip));
        if (!select && !selectPath.isEmpty() && row.path == selectPath)
            select = item;
    }
    if (!select)
        select = m_tree->topLevelItem(0);
    m_tree->setCurrentItem(select);
    updateFileButtons();
}

QTreeWidgetItem *KubeconfigFilesPage::selectedItem() const
{
    return m_tree->currentItem();
}

QString KubeconfigFilesPage::selectedPath() const
{
    const QTreeWidgetItem *item = selectedItem();
    return item ? item->data(FileColumn, PathRole).toString() : QString();
}

void KubeconfigFilesPage::updateFileButtons()
{
    const QTreeWidgetItem *item = selectedItem();
    m_openContainingButton->setEnabled(item != nullptr);
    if (!item) {
        m_fileDetails->setText(m_tree->topLevelItemCount() == 0 ? tr("No kubeconfig files.") : QString());
        m_removeButton->setEnabled(false);
        m_removeButton->setText(tr("Re&move"));
        m_removeButton->setToolTip({});
        return;
    }
    const QString path = item->data(FileColumn, PathRole).toString();
    const auto origin = Origin(item->data(FileColumn, OriginRole).toInt());
    const QString entry = item->data(FileColumn, AddedRole).toString();
    const auto status = FileStatus(item->data(FileColumn, FileStatusRole).toInt());
    const QString why = item->data(FileColumn, ErrorRole).toString();
    const bool wholeFolder = origin == Origin::AddedFolder;

    QStringList details{path, originExplanation(path, origin, entry)};
    details << tr("Status: %1").arg(statusText(status));
    if (!why.isEmpty())
        details << why;
    m_fileDetails->setText(details.join(QLatin1Char('\n')));

    m_removeButton->setEnabled(!entry.isEmpty());
    m_removeButton->setText(wholeFolder ? tr("Re&move folder") : tr("Re&move"));
    if (entry.isEmpty()) {
        m_removeButton->setToolTip(
            origin == Origin::CommandLine
                ? tr("This file was named with --kubeconfig when Kubeminder was started")
                : tr("kubectl reads this file; change KUBECONFIG to stop reading it"));
    } else if (wholeFolder) {
        m_removeButton->setToolTip(
            tr("Stop reading the folder %1 and every file in it. No file is deleted.").arg(entry));
    } else {
        m_removeButton->setToolTip(tr("Stop reading %1. The file is not deleted.").arg(entry));
    }
}

void KubeconfigFilesPage::addFiles()
{
    const QString kube = QDir::home().filePath(QStringLiteral(".kube"));
    const QString start = QFileInfo(kube).isDir() ? kube : QDir::homePath();
    addPaths(m_chooseFiles(window(), tr("Add kubeconfig files"), start));
}

void KubeconfigFilesPage::addFolder()
{
    const QString folder = m_chooseFolder(window(), tr("Add a folder of kubeconfig files"), QDir::homePath());
    addPaths(folder.isEmpty() ? QStringList() : QStringList{folder});
}

void KubeconfigFilesPage::addPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return; // cancelled
    QSet<QString> listed;
    for (const Row &row : rows())
        listed.insert(identity(row.path));
    QStringList added = m_added;
    QStringList fresh;
    QStringList already;
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        const QString clean = cleanPath(path);
        if (added.contains(clean) || (!QFileInfo(clean).isDir() && listed.contains(identity(clean)))) {
            already << displayPath(clean);
            continue;
        }
        added << clean;
        fresh << clean;
    }
    if (already.isEmpty())
        m_filesMessage->clear();
    else
        m_filesMessage->showMessage(
            MessageBar::Kind::Warning,
            tr("Already in the list, so not added again: %1").arg(already.join(QStringLiteral(", "))));
    if (fresh.isEmpty() || !saveAdded(added))
        return;
    showRows({});
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(FileColumn, AddedRole).toString() == fresh.constFirst()) {
            m_tree->setCurrentItem(item);
            break;
        }
    }
    emit filesChanged();
}

void KubeconfigFilesPage::removeSelected()
{
    QTreeWidgetItem *item = selectedItem();
    if (!item)
        return;
    const QString entry = item->data(FileColumn, AddedRole).toString();
    if (entry.isEmpty())
        return; // kubectl's own file: only KUBECONFIG says what it reads
    const int index = m_tree->indexOfTopLevelItem(item);
    QStringList added = m_added;
    added.removeAll(entry);
    m_filesMessage->clear();
    if (!saveAdded(added))
        return;
    showRows({});
    const int count = m_tree->topLevelItemCount();
    if (count > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(std::min(index, count - 1)));
    emit filesChanged();
}

bool KubeconfigFilesPage::saveAdded(const QStringList &added)
{
    QSettings settings;
    KubeconfigSources::setAdded(settings, added);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        m_filesMessage->showMessage(
            MessageBar::Kind::Error,
            tr("Could not save the list of added files in %1. Check that the file and its folder "
               "are writable, then try again.")
                .arg(settings.fileName()));
        return false;
    }
    m_added = KubeconfigSources::added(settings);
    return true;
}

void KubeconfigFilesPage::openContainingFolder()
{
    const QTreeWidgetItem *item = selectedItem();
    if (!item)
        return;
    const QString path = item->data(FileColumn, PathRole).toString();
    const QFileInfo info(path);
    if (m_openFolder)
        m_openFolder(info.isDir() ? path : info.absolutePath(), m_filesMessage);
}

} // namespace kubeminder
