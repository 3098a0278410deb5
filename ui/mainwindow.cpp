#include "mainwindow.h"

#include "contexttablemodel.h"
#include "credentials/credentialchecker.h"
#include "credentials/expirypolicy.h"
#include "kubeconfig/kubeconfigpaths.h"
#include "statusstyle.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

namespace kubeminder {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ContextTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
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

    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_details->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *reloadAction =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Reload"));
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    reloadAction->setToolTip(tr("Read every kubeconfig again (F5)"));
    connect(reloadAction, &QAction::triggered, this, &MainWindow::reload);
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

    connect(&m_watcher, &QFutureWatcher<CheckReport>::finished, this, [this] {
        showReport(m_watcher.result());
        emit reloaded();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showDetails);
}

MainWindow::~MainWindow()
{
    m_watcher.waitForFinished();
}

void MainWindow::setKubeconfigFiles(const QStringList &files)
{
    m_files = files;
}

void MainWindow::reload()
{
    if (m_watcher.isRunning())
        return;
    m_summary->setText(tr("Reading kubeconfig files…"));
    const QStringList files = m_files.isEmpty() ? KubeconfigPaths::resolveFromEnvironment().files : m_files;
    QSettings settings;
    CheckOptions options;
    options.policy = ExpiryPolicy(
        settings.value(QStringLiteral("thresholds/warningDays"), ExpiryPolicy::DefaultWarningDays).toInt(),
        settings.value(QStringLiteral("thresholds/criticalDays"), ExpiryPolicy::DefaultCriticalDays).toInt());
    options.now = QDateTime::currentDateTimeUtc();
    m_watcher.setFuture(QtConcurrent::run(
        [files, options] { return CredentialChecker::check(KubeconfigSet::load(files), options); }));
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
    showDetails();
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
    const QLocale locale;
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
                             .arg(locale.toString(cert->notBefore.toLocalTime(), QLocale::ShortFormat),
                                  locale.toString(cert->notAfter.toLocalTime(), QLocale::ShortFormat)));
        row(tr("Key"), cert->keyType);
        row(tr("SHA-256"), cert->sha256Fingerprint);
    } else if (c->credential.notAfter) {
        row(tr("Subject"), c->credential.subject);
        row(tr("Expires"), locale.toString(c->credential.notAfter->toLocalTime(), QLocale::ShortFormat));
    }
    if (c->credential.notAfter)
        row(tr("Left"), formatTimeLeft(*c->credential.notAfter, now));
    row(tr("Note"), c->credential.note);
    if (c->clusterCa)
        row(tr("Cluster CA"),
            tr("%1, expires %2")
                .arg(c->clusterCa->commonName,
                     locale.toString(c->clusterCa->notAfter.toLocalTime(), QLocale::ShortFormat)));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

} // namespace kubeminder
