#include "mainwindow.h"

#include "contexttablemodel.h"
#include "credentials/credentialchecker.h"
#include "credentials/expirypolicy.h"
#include "credentials/thresholdsettings.h"
#include "importdialog.h"
#include "kubeconfig/kubeconfigpaths.h"
#include "statusstyle.h"
#include "transfer/importsourceregistry.h"

#include <QAction>
#include <QBoxLayout>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace kubeminder {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

ExpiryPolicy savedPolicy(QStringList *problems)
{
    const ThresholdSettings::Saved saved = ThresholdSettings::read(QSettings());
    *problems << saved.problems;
    return ExpiryPolicy(saved.warningDays, saved.criticalDays);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ContextTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_emptyState(new QLabel)
    , m_tableOrEmpty(new QStackedWidget)
    , m_messageBar(new QFrame)
    , m_messageText(new QLabel)
    , m_details(new QTextBrowser)
    , m_filter(new QLineEdit)
    , m_summary(new QLabel)
{
    setWindowTitle(tr("Kubeminder"));
    resize(1180, 640);

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
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

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
    // list is still worth looking at.
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    const QColor warning = StatusStyle::color(Status::Warning);
    m_messageBar->setStyleSheet(
        QStringLiteral("QFrame#messageBar { background-color: rgba(%1, %2, %3, 40); border: 1px solid %4; "
                       "border-radius: 4px; }")
            .arg(warning.red())
            .arg(warning.green())
            .arg(warning.blue())
            .arg(warning.name()));
    auto *messageIcon = new QLabel;
    messageIcon->setPixmap(StatusStyle::icon(Status::Warning).pixmap(24, 24));
    messageIcon->setAlignment(Qt::AlignTop);
    m_messageText->setObjectName(QStringLiteral("messageText"));
    m_messageText->setTextFormat(Qt::PlainText);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->addWidget(messageIcon);
    messageLayout->addWidget(m_messageText, 1);
    m_messageBar->hide();

    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_details->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tableOrEmpty);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_messageBar);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *reloadAction =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Reload"));
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    // Only F5: QKeySequence::Refresh also means Ctrl+R on GNOME, which is Refresh credentials here.
    reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    reloadAction->setToolTip(tr("Read every kubeconfig again (F5)"));
    connect(reloadAction, &QAction::triggered, this, &MainWindow::reload);
    QAction *importAction =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import…"));
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setToolTip(tr("Import fresh credentials from a kubeconfig file (Ctrl+I)"));
    connect(importAction, &QAction::triggered, this, &MainWindow::openImportDialog);
    QAction *refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("emblem-synchronizing")),
                                         tr("Refresh credentials"), this);
    refreshAction->setObjectName(QStringLiteral("refreshCredentialsAction"));
    refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    refreshAction->setToolTip(tr("Fetch fresh credentials for the selected context from where they came "
                                 "from last time, else choose a source (Ctrl+R)"));
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refreshCredentials);
    toolbar->insertAction(importAction, refreshAction);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter contexts (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(280);
    toolbar->addWidget(m_filter);
    QAction *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(findAction);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    statusBar()->addWidget(m_summary, 1);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    connect(&m_watcher, &QFutureWatcher<CheckReport>::finished, this, &MainWindow::checkFinished);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showDetails);
}

MainWindow::~MainWindow()
{
    // The worker holds only copies, so it cannot touch this window, but it still uses Qt, yaml-cpp
    // and OpenSSL. The window is usually the last thing to go before QApplication and the static
    // destructors (OpenSSL's atexit clean-up among them); a check still running then would use
    // torn-down state. A check cannot be cancelled midway, but input sizes are capped, so the
    // wait is short.
    m_watcher.waitForFinished();
}

void MainWindow::setKubeconfigFiles(const QStringList &files)
{
    m_files = files;
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
    dialog->setTargetName(m_table->currentIndex().data(ContextTableModel::NameRole).toString());
    connect(dialog, &ImportDialog::imported, this, &MainWindow::reload);
    m_importDialog = dialog;
    dialog->open();
}

// With a remembered source the dialog opens pre-filled and previews at once, so one more click
// (Import) applies it; without one it is the plain Import dialog.
void MainWindow::refreshCredentials()
{
    const QString name = m_table->currentIndex().data(ContextTableModel::NameRole).toString();
    openImportDialog();
    if (!m_importDialog || name.isEmpty())
        return;
    QSettings settings;
    if (ImportSourceRegistry(settings).find(name))
        m_importDialog->preview();
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
    m_summary->setText(tr("Reading kubeconfig files…"));
    const QStringList files = m_files.isEmpty() ? KubeconfigPaths::resolveFromEnvironment().files : m_files;
    m_settingsProblems.clear();
    CheckOptions options;
    options.policy = savedPolicy(&m_settingsProblems);
    options.now = QDateTime::currentDateTimeUtc();
    m_watcher.setFuture(QtConcurrent::run(
        [files, options] { return CredentialChecker::check(KubeconfigSet::load(files), options); }));
}

void MainWindow::checkFinished()
{
    m_checking = false;
    // Taken before emitting: a slot that calls reload() starts its own run.
    const bool again = std::exchange(m_reloadQueued, false);
    showReport(m_watcher.result());
    emit reloaded();
    if (again)
        reload();
}

void MainWindow::showReport(const CheckReport &report)
{
    const QString selected = m_table->currentIndex().data(ContextTableModel::NameRole).toString();
    m_model->setReport(report);
    m_table->resizeColumnsToContents();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, ContextTableModel::NameColumn);
        if (index.data(ContextTableModel::NameRole).toString() == selected ||
            (selected.isEmpty() && row == 0)) {
            m_table->setCurrentIndex(index);
            break;
        }
    }

    int counts[int(Status::Error) + 1] = {};
    for (const ContextReport &c : report.contexts)
        ++counts[int(c.status)];
    const int total = int(report.contexts.size());
    QStringList parts{total == 1 ? tr("1 context") : tr("%1 contexts").arg(total)};
    if (counts[int(Status::Expired)])
        parts << tr("%1 expired").arg(counts[int(Status::Expired)]);
    if (counts[int(Status::Critical)] + counts[int(Status::Warning)])
        parts << tr("%1 expiring soon").arg(counts[int(Status::Critical)] + counts[int(Status::Warning)]);
    if (counts[int(Status::Error)])
        parts << tr("%1 with errors").arg(counts[int(Status::Error)]);
    int brokenFiles = 0;
    for (const FileReport &file : report.files)
        brokenFiles += file.status == KubeconfigDocument::Status::Error ? 1 : 0;
    if (brokenFiles)
        parts << (brokenFiles == 1 ? tr("1 file could not be read")
                                   : tr("%1 files could not be read").arg(brokenFiles));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    showMessages(report);
    showEmptyState(report);
    showDetails();
}

void MainWindow::showMessages(const CheckReport &report)
{
    QStringList errors;
    for (const FileReport &file : report.files) {
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
    m_messageText->setText(lines.join(QLatin1Char('\n')));
    m_messageBar->setVisible(!lines.isEmpty());
}

void MainWindow::showEmptyState(const CheckReport &report)
{
    // With nothing to select, the details pane would only be a blank box under the explanation.
    m_details->setVisible(!report.contexts.empty());
    if (!report.contexts.empty()) {
        m_tableOrEmpty->setCurrentWidget(m_table);
        return;
    }
    bool anyLoaded = false;
    bool anyBroken = false;
    QStringList files;
    for (const FileReport &file : report.files) {
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
    lines << files << QString() << tr("Set KUBECONFIG or create ~/.kube/config, then reload (F5).")
          << tr("Try “kubeminder demo DIR” to see Kubeminder with example files.");
    m_emptyState->setText(lines.join(QLatin1Char('\n')));
    m_tableOrEmpty->setCurrentWidget(m_emptyState);
}

void MainWindow::showDetails()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    const ContextReport *c = m_model->contextAt(index.row());
    if (!c) {
        m_details->clear();
        return;
    }
    const QDateTime now = m_model->report().generatedAt;
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(escaped(c->name));
    html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                .arg(StatusStyle::color(c->status).name(), escaped(statusLabel(c->status)));
    // Problems first: they are why the user selected this row.
    if (!c->problems.empty()) {
        html += QStringLiteral("<ul style=\"margin-left:0\">");
        for (const Problem &problem : c->problems) {
            html += QStringLiteral("<li><span style='color:%1'>%2</span></li>")
                        .arg(StatusStyle::color(problem.severity).name(), escaped(problem.message));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='color:gray;padding-right:12px'>%1</td><td>%2</td></tr>")
                        .arg(escaped(label), escaped(value));
    };
    row(tr("Cluster"), c->cluster);
    row(tr("Server"), c->server);
    row(tr("User"), c->user);
    row(tr("Namespace"), c->ns);
    row(tr("Context defined in"), c->file);
    if (c->clusterFile != c->file)
        row(tr("Cluster defined in"), c->clusterFile);
    if (c->userFile != c->file)
        row(tr("User defined in"), c->userFile);
    row(tr("Credential"), credentialKindLabel(c->credential.kind));
    if (const auto &cert = c->credential.certificate) {
        row(tr("Subject"), cert->commonName);
        row(tr("Groups"), cert->organizations.join(QStringLiteral(", ")));
        row(tr("Issuer"), cert->issuer);
        row(tr("Valid"), tr("%1 to %2")
                             .arg(ContextTableModel::formatDateTime(cert->notBefore),
                                  ContextTableModel::formatDateTime(cert->notAfter)));
        row(tr("Key"), cert->keyType);
        row(tr("SHA-256"), cert->sha256Fingerprint);
    } else if (c->credential.notAfter) {
        row(tr("Subject"), c->credential.subject);
        row(tr("Expires"), ContextTableModel::formatDateTime(*c->credential.notAfter));
    }
    if (c->credential.notAfter)
        row(tr("Left"), formatTimeLeft(*c->credential.notAfter, now));
    row(tr("Note"), c->credential.note);
    if (c->clusterCa)
        row(tr("Cluster CA"),
            tr("%1, expires %2")
                .arg(c->clusterCa->commonName, ContextTableModel::formatDateTime(c->clusterCa->notAfter)));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

} // namespace kubeminder
