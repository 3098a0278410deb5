#include "backupsdialog.h"

#include "contexttablemodel.h"
#include "statusstyle.h"
#include "storage/backupjob.h"
#include "support/homepath.h"
#include "support/timetext.h"

#include <QAction>
#include <QBoxLayout>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFrame>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTreeView>

#include <algorithm>
#include <utility>

namespace kubeminder {

namespace {

/// The backups of one kubeconfig, as the dialog lists them.
struct Group
{
    QString original;                 ///< the kubeconfig (empty: backups whose original the index lost)
    bool given = false;               ///< one of the files the dialog was opened for
    std::vector<BackupEntry> backups; ///< newest first
};

// The same file under any name: what the BackupStore matches backups to their original by.
QString samePathKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QString countText(const QString &path, std::size_t count)
{
    if (count == 0)
        return BackupsDialog::tr("%1 — no backups yet").arg(path);
    if (count == 1)
        return BackupsDialog::tr("%1 — 1 backup").arg(path);
    return BackupsDialog::tr("%1 — %2 backups").arg(path).arg(count);
}

} // namespace

struct BackupsDialog::Listing
{
    std::vector<Group> groups;
    std::size_t total = 0;
};

// Runs on the worker: reading the index may parse backups it does not know yet.
BackupsDialog::Listing BackupsDialog::readListing(const QString &directory, const QStringList &files)
{
    Listing listing;
    const std::vector<BackupEntry> all = BackupStore(directory).list();
    QHash<QString, std::size_t> byKey;
    for (const QString &file : files) {
        const QString key = samePathKey(file);
        if (byKey.contains(key))
            continue;
        byKey.insert(key, listing.groups.size());
        listing.groups.push_back({QFileInfo(file).absoluteFilePath(), true, {}});
    }
    const std::size_t firstFound = listing.groups.size();
    for (const BackupEntry &entry : all) {
        const QString key = entry.original.isEmpty() ? QString() : samePathKey(entry.original);
        auto found = byKey.constFind(key);
        if (found == byKey.constEnd()) {
            found = byKey.insert(key, listing.groups.size());
            listing.groups.push_back({entry.original, false, {}});
        }
        // The store lists newest first, so each group stays newest first.
        listing.groups[*found].backups.push_back(entry);
    }
    listing.total = all.size();
    // The window's files first, in their order; the others by path; backups of an unknown file last.
    std::stable_sort(listing.groups.begin() + qsizetype(firstFound), listing.groups.end(),
                     [](const Group &a, const Group &b) {
                         if (a.original.isEmpty() != b.original.isEmpty())
                             return b.original.isEmpty();
                         return a.original < b.original;
                     });
    return listing;
}

BackupsDialog::BackupsDialog(const QString &storeDirectory, const QStringList &kubeconfigFiles,
                             QWidget *parent)
    : QDialog(parent)
    , m_directory(QFileInfo(storeDirectory).absoluteFilePath())
    , m_files(kubeconfigFiles)
    , m_model(new QStandardItemModel(this))
    , m_tree(new QTreeView)
    , m_emptyState(new QLabel)
    , m_listOrEmpty(new QStackedWidget)
    , m_messageBar(new QFrame)
    , m_messageIcon(new QLabel)
    , m_message(new QLabel)
    , m_busyLabel(new QLabel)
    , m_restoreButton(new QPushButton(tr("&Restore…")))
    , m_openFolderButton(new QPushButton(tr("Open &folder")))
    , m_closeButton(new QPushButton(tr("Close")))
    , m_listing(this, [this](const Listing &listing) { listingFinished(listing); })
    , m_preview(this, [this](const RestoreJob::Preview &preview) { previewFinished(preview); })
    , m_restore(this, [this](const WriteResult &result) { restoreFinished(result); })
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    resize(760, 480);

    auto *intro = new QLabel(tr("Kubeminder backs up a kubeconfig before every change it makes. Restoring a "
                                "backup backs up the current file first, so a restore can be undone too."));
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_model->setColumnCount(ColumnCount);
    m_model->setHorizontalHeaderLabels({tr("Taken"), tr("Reason"), tr("Size"), tr("Contexts")});
    m_tree->setObjectName(QStringLiteral("backupTree"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ContextsColumn, QHeaderView::ResizeToContents);

    // Shown instead of the list when there is nothing to list: an empty tree explains nothing.
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(24);
    m_emptyState->setText(tr("Looking for backups…"));
    m_listOrEmpty->addWidget(m_tree);
    m_listOrEmpty->addWidget(m_emptyState);
    m_listOrEmpty->setCurrentWidget(m_emptyState);

    // Results and problems appear here, next to the list they are about, not in a box over it.
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    m_messageIcon->setAlignment(Qt::AlignTop);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->addWidget(m_messageIcon);
    messageLayout->addWidget(m_message, 1);
    m_messageBar->hide();

    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setTextFormat(Qt::PlainText);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setToolTip(tr("Put the selected backup back in place; the current file is backed up "
                                   "first"));
    m_restoreButton->setDefault(true);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->setToolTip(tr("Show the backup folder in the file manager"));
    m_openFolderButton->setAutoDefault(false);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busyLabel, 1);
    buttons->addWidget(m_restoreButton);
    buttons->addWidget(m_openFolderButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_listOrEmpty, 1);
    layout->addWidget(m_messageBar);
    layout->addLayout(buttons);

    auto *refreshAction = new QAction(this);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    addAction(refreshAction);

    connect(refreshAction, &QAction::triggered, this, &BackupsDialog::refresh);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_openFolderButton, &QPushButton::clicked, this, &BackupsDialog::openFolder);
    connect(m_closeButton, &QPushButton::clicked, this, &BackupsDialog::reject);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BackupsDialog::updateButtons);
    // Not `activated`: Enter in the tree already reaches the default button, Restore….
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.parent().isValid())
            restoreSelected();
    });

    updateButtons();
    refresh();
}

// The workers hold copies only, but a restore, once started, is finished rather than abandoned: the
// tasks wait for them.
BackupsDialog::~BackupsDialog() = default;

void BackupsDialog::setOriginal(const QString &path)
{
    m_pendingOriginal = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_pendingBackup.clear();
    if (m_listed)
        selectPending();
}

void BackupsDialog::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void BackupsDialog::setConfirmRestore(ConfirmRestore confirm)
{
    m_confirm = std::move(confirm);
}

void BackupsDialog::setChooseTarget(ChooseTarget choose)
{
    m_chooseTarget = std::move(choose);
}

void BackupsDialog::setOpenUrl(OpenUrl open)
{
    m_openUrl = std::move(open);
}

QString BackupsDialog::confirmationQuestion(const BackupEntry &backup, const QString &target,
                                            const RestorePreview &changes)
{
    QStringList lines = changes.describe(&TimeText::local);
    // A file of many contexts must not grow the question past the screen; the command line's
    // `restore --dry-run` lists them all.
    constexpr qsizetype MaximumLines = 12;
    if (lines.size() > MaximumLines) {
        const qsizetype more = lines.size() - (MaximumLines - 1);
        lines.resize(MaximumLines - 1);
        lines << tr("… and %1 more").arg(more);
    }
    return tr("Replace %1 with the backup from %2? The current file is backed up first.")
               .arg(displayPath(target), TimeText::local(backup.createdAt)) +
           QStringLiteral("\n\n") + tr("What the restore changes:") + QStringLiteral("\n• ") +
           lines.join(QStringLiteral("\n• "));
}

QString BackupsDialog::reasonText(const BackupReason &reason)
{
    const QString text = reason.describe(&TimeText::local);
    // A dash, not an empty cell: an empty one reads as "still loading".
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString BackupsDialog::displayPath(const QString &path)
{
    return homeRelativePath(path);
}

void BackupsDialog::refresh()
{
    if (m_listing.isRunning()) {
        m_refreshQueued = true;
        return;
    }
    m_refreshQueued = false;
    const QString directory = m_directory;
    const QStringList files = m_files;
    m_listing.start([directory, files] { return readListing(directory, files); });
}

void BackupsDialog::listingFinished(const Listing &listing)
{
    // A refresh asked for while this one ran may see a newer state: show that one instead.
    if (m_refreshQueued) {
        refresh();
        return;
    }
    showListing(listing);
    m_listed = true;
    selectPending();
    emit refreshed();
}

void BackupsDialog::showListing(const Listing &listing)
{
    // The selection survives a refresh unless something else is to be selected.
    QString target;
    if (m_pendingBackup.isEmpty() && m_pendingOriginal.isEmpty()) {
        if (const auto current = selectedBackup(&target))
            m_pendingBackup = current->path;
        else if (m_tree->currentIndex().isValid())
            m_pendingOriginal =
                m_tree->currentIndex().siblingAtColumn(TimeColumn).data(OriginalRole).toString();
    }

    m_model->removeRows(0, m_model->rowCount());
    if (listing.total == 0) {
        m_emptyState->setText(
            tr("No backups yet. Kubeminder backs a file up before every change; use Back up "
               "to make one now."));
        m_listOrEmpty->setCurrentWidget(m_emptyState);
        updateButtons();
        return;
    }

    const QLocale locale;
    for (const Group &group : listing.groups) {
        const QString name = group.original.isEmpty() ? tr("Unknown file") : displayPath(group.original);
        auto *groupItem = new QStandardItem(countText(name, group.backups.size()));
        groupItem->setData(group.original, OriginalRole);
        groupItem->setToolTip(group.original.isEmpty()
                                  ? tr("The backup index does not say which file these are copies of: "
                                       "Restore… asks which kubeconfig to put one back into.")
                                  : group.original);
        QFont font = groupItem->font();
        font.setBold(true);
        groupItem->setFont(font);
        for (const BackupEntry &entry : group.backups) {
            QList<QStandardItem *> row = {
                new QStandardItem(TimeText::local(entry.createdAt)),
                new QStandardItem(reasonText(entry.reason)),
                new QStandardItem(locale.formattedDataSize(entry.size)),
                new QStandardItem(locale.toString(entry.contexts)),
            };
            row[SizeColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row[ContextsColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            for (QStandardItem *item : row) {
                item->setData(entry.path, BackupPathRole);
                item->setData(group.original, OriginalRole);
                item->setData(entry.createdAt, CreatedAtRole);
                item->setData(entry.size, SizeRole);
                item->setData(entry.contexts, ContextsRole);
                item->setToolTip(entry.path);
            }
            groupItem->appendRow(row);
        }
        m_model->appendRow(groupItem);
        m_tree->setFirstColumnSpanned(m_model->rowCount() - 1, QModelIndex(), true);
    }
    m_tree->expandAll();
    m_listOrEmpty->setCurrentWidget(m_tree);
    updateButtons();
}

QStandardItem *BackupsDialog::groupItem(const QString &original) const
{
    if (original.isEmpty())
        return nullptr;
    const QString key = samePathKey(original);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        const QString candidate = item->data(OriginalRole).toString();
        if (!candidate.isEmpty() && (candidate == original || samePathKey(candidate) == key))
            return item;
    }
    return nullptr;
}

void BackupsDialog::selectPending()
{
    const QString backup = std::exchange(m_pendingBackup, QString());
    const QString original = std::exchange(m_pendingOriginal, QString());
    QModelIndex wanted;
    for (int row = 0; row < m_model->rowCount() && !backup.isEmpty() && !wanted.isValid(); ++row) {
        const QStandardItem *group = m_model->item(row);
        for (int child = 0; child < group->rowCount(); ++child) {
            if (group->child(child)->data(BackupPathRole).toString() == backup) {
                wanted = group->child(child)->index();
                break;
            }
        }
    }
    QStandardItem *group = groupItem(original);
    // By default the first of the window's files that has a backup, else the first that has one.
    for (int row = 0; row < m_model->rowCount() && !group; ++row) {
        if (m_model->item(row)->hasChildren())
            group = m_model->item(row);
    }
    if (!wanted.isValid() && group)
        wanted = group->hasChildren() ? group->child(0)->index() : group->index();
    if (!wanted.isValid())
        return;
    m_tree->setCurrentIndex(wanted);
    m_tree->scrollTo(wanted);
    updateButtons();
}

std::optional<BackupEntry> BackupsDialog::selectedBackup(QString *target) const
{
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(TimeColumn);
    if (!index.isValid() || !index.parent().isValid())
        return std::nullopt;
    BackupEntry entry;
    entry.path = index.data(BackupPathRole).toString();
    entry.original = index.data(OriginalRole).toString();
    entry.createdAt = index.data(CreatedAtRole).toDateTime();
    entry.size = index.data(SizeRole).toLongLong();
    entry.contexts = index.data(ContextsRole).toInt();
    *target = entry.original;
    return entry;
}

void BackupsDialog::updateButtons()
{
    QString target;
    const bool restoring = m_preview.isRunning() || m_restore.isRunning();
    const auto backup = selectedBackup(&target);
    m_restoreButton->setEnabled(!restoring && backup);
    if (backup && target.isEmpty()) {
        m_restoreButton->setToolTip(tr("Kubeminder does not know which file this backup is a copy of: "
                                       "Restore… asks which kubeconfig to put it back into."));
    } else {
        m_restoreButton->setToolTip(tr("Put the selected backup back in place; the current file is backed "
                                       "up first"));
    }
}

void BackupsDialog::restoreSelected()
{
    if (m_preview.isRunning() || m_restore.isRunning())
        return;
    QString target;
    const auto backup = selectedBackup(&target);
    if (!backup)
        return;
    // A backup whose original the index lost: the person says where it goes back, as the command
    // line's --kubeconfig does; the confirmation that follows names that file and what changes.
    if (target.isEmpty()) {
        target = m_chooseTarget
                     ? m_chooseTarget(*backup)
                     : QFileDialog::getSaveFileName(this, tr("Restore the Backup Into…"),
                                                    QDir::homePath() + QLatin1String("/.kube/config"),
                                                    QString(), nullptr, QFileDialog::DontConfirmOverwrite);
        if (target.isEmpty())
            return;
        target = QFileInfo(target).absoluteFilePath();
    }
    clearMessage();
    m_restoringTarget = target;
    m_restoringBackup = backup->path;
    m_restoringCreatedAt = backup->createdAt;
    // The question says what the restore changes, which takes reading both files and their
    // certificates: on the worker, then asked.
    m_busyLabel->setText(tr("Comparing the backup with %1…").arg(displayPath(target)));
    const QString directory = m_directory;
    const QString backupPath = backup->path;
    const QDateTime now = m_clock();
    m_preview.start([directory, backupPath, target, now] {
        return RestoreJob({backupPath, target, directory, {}, now}).preview();
    });
    updateButtons();
}

void BackupsDialog::previewFinished(const RestoreJob::Preview &preview)
{
    m_busyLabel->clear();
    if (!preview.ok()) {
        // The backup went away or cannot be used: say so, and list again without it.
        m_pendingBackup = m_restoringBackup;
        m_pendingOriginal = m_restoringTarget;
        refresh();
        updateButtons();
        showMessage(preview.error, Status::Error);
        return;
    }
    BackupEntry backup;
    backup.path = m_restoringBackup;
    backup.createdAt = m_restoringCreatedAt;
    const QString target = m_restoringTarget;
    const QString question = confirmationQuestion(backup, target, preview.changes);
    bool confirmed = false;
    if (m_confirm) {
        confirmed = m_confirm(question, target);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Restore a Backup"), question, QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("restoreConfirmation"));
        box.setTextFormat(Qt::PlainText);
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(restore);
        box.exec();
        confirmed = box.clickedButton() == restore;
    }
    if (!confirmed) {
        updateButtons();
        return;
    }

    m_busyLabel->setText(tr("Restoring %1…").arg(displayPath(target)));
    const QString directory = m_directory;
    const QString backupPath = m_restoringBackup;
    const RetentionPolicy retention = RetentionPolicy::fromSettings(QSettings());
    const QDateTime now = m_clock();
    m_restore.start([directory, backupPath, target, retention, now] {
        return RestoreJob({backupPath, target, directory, retention, now}).run().write;
    });
    updateButtons();
}

void BackupsDialog::restoreFinished(const WriteResult &result)
{
    m_busyLabel->clear();
    // Keep the restored backup selected, or (when it is gone) its file's newest.
    m_pendingBackup = m_restoringBackup;
    m_pendingOriginal = m_restoringTarget;
    refresh();
    updateButtons();
    if (!result.ok) {
        showMessage(result.error, Status::Error);
        return;
    }
    QStringList lines{tr("Restored %1 from the backup from %2.")
                          .arg(displayPath(m_restoringTarget), TimeText::local(m_restoringCreatedAt))};
    if (result.backupPath.isEmpty())
        lines << tr("There was no file there before, so there was nothing to back up.");
    else
        lines << tr("The state before the restore is saved as %1.").arg(displayPath(result.backupPath));
    if (result.permissionsTightened)
        lines << tr("It was readable by other users; it is now readable by you only.");
    showMessage(lines.join(QLatin1Char(' ')), Status::Ok);
    emit restored(m_restoringTarget);
}

void BackupsDialog::openFolder()
{
    if (!QFileInfo(m_directory).isDir()) {
        showMessage(tr("There is no backup folder yet: Kubeminder creates %1 with the first backup.")
                        .arg(displayPath(m_directory)),
                    Status::Warning);
        return;
    }
    const QUrl url = QUrl::fromLocalFile(m_directory);
    const bool opened = m_openUrl ? m_openUrl(url) : QDesktopServices::openUrl(url);
    if (!opened) {
        showMessage(tr("Could not open a file manager. The backups are in %1.").arg(displayPath(m_directory)),
                    Status::Warning);
    }
}

void BackupsDialog::showMessage(const QString &message, Status severity)
{
    m_messageBar->setStyleSheet(StatusStyle::panelStyleSheet(QStringLiteral("QFrame#messageBar"), severity));
    m_messageIcon->setPixmap(StatusStyle::icon(severity).pixmap(24, 24));
    m_message->setText(message);
    m_messageBar->setProperty("severity", statusName(severity));
    m_messageBar->show();
}

void BackupsDialog::clearMessage()
{
    m_message->clear();
    m_messageBar->hide();
}

} // namespace kubeminder
