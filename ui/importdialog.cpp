#include "importdialog.h"

#include "contexttablemodel.h"
#include "dialoginteraction.h"
#include "kubeconfig/kubeconfigpaths.h"
#include "statusstyle.h"
#include "storage/backupstore.h"
#include "support/secretbytes.h"
#include "support/shellword.h"
#include "support/timetext.h"
#include "transfer/commandsource.h"
#include "transfer/importjob.h"
#include "transfer/importsourceregistry.h"
#include "transfer/kubeconfigimporter.h"
#include "transfer/privilegedreader.h"
#include "transfer/sshsource.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTextBrowser>

#include <algorithm>
#include <utility>

namespace kubeminder {

/// What a run of the worker found or did: the job's result, and what the dialog asked. No secrets.
struct ImportOutcome : ImportJob::Result
{
    bool apply = false;
    QString sourcePath;
    QString name;
    QDateTime now;
    QString applyError; ///< the write stopped (files written before it stay written, backed up)
};

namespace {

void wipe(QByteArray &bytes);

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString changeText(const ImportChange &change)
{
    return change.describe([](const QDateTime &when) { return TimeText::local(when); });
}

QString htmlList(const QStringList &items, const QColor &color = {})
{
    QString html = QStringLiteral("<ul style=\"margin-left:0\">");
    for (const QString &item : items) {
        html +=
            color.isValid()
                ? QStringLiteral("<li><span style='color:%1'>%2</span></li>").arg(color.name(), escaped(item))
                : QStringLiteral("<li>%1</li>").arg(escaped(item));
    }
    return html + QStringLiteral("</ul>");
}

// A unified diff as the preview shows it: removed lines in the critical colour, added ones in the
// healthy one, the hunk headers grey, long lines wrapped.
QString diffHtml(const QString &diff)
{
    QString html = QStringLiteral("<pre style='white-space:pre-wrap'>");
    for (const QString &line : diff.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QColor color;
        if (line.startsWith(QLatin1String("@@")) || line.startsWith(QLatin1String("---")) ||
            line.startsWith(QLatin1String("+++")))
            color = QColor(Qt::gray);
        else if (line.startsWith(QLatin1Char('-')))
            color = StatusStyle::color(Status::Critical);
        else if (line.startsWith(QLatin1Char('+')))
            color = StatusStyle::color(Status::Ok);
        html += color.isValid()
                    ? QStringLiteral("<span style='color:%1'>%2</span>\n").arg(color.name(), escaped(line))
                    : escaped(line) + QLatin1Char('\n');
    }
    return html + QStringLiteral("</pre>");
}

QString stepText(ImportJob::Step step)
{
    switch (step) {
    case ImportJob::Step::Reading:
        return ImportDialog::tr("Reading the kubeconfig…");
    case ImportJob::Step::Fetching:
        return ImportDialog::tr("Fetching over SSH…");
    case ImportJob::Step::Planning:
        return ImportDialog::tr("Checking the fresh credentials…");
    case ImportJob::Step::Writing:
        return ImportDialog::tr("Backing up and writing…");
    case ImportJob::Step::Checking:
        return ImportDialog::tr("Checking the result…");
    }
    return {};
}

// Runs on the worker: the job prepares (the preview) or writes what it prepared.
ImportOutcome runJob(const std::shared_ptr<ImportJob> &job, bool apply, bool consent)
{
    ImportOutcome outcome;
    static_cast<ImportJob::Result &>(outcome) = apply ? job->commit(consent) : job->prepare();
    outcome.apply = apply;
    outcome.sourcePath = job->setup().source.location;
    outcome.name = job->setup().request.name;
    outcome.now = job->setup().now;
    if (apply && outcome.prepared && !outcome.written) {
        outcome.applyError = outcome.error;
        outcome.error.clear();
    }
    return outcome;
}

void wipe(QByteArray &bytes)
{
    // SecretBytes::adopt wipes an unshared buffer and empties it: the one way secrets are wiped.
    SecretBytes::adopt(std::move(bytes));
}

} // namespace

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget)
    , m_source(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_name(new QLineEdit)
    , m_server(new QLineEdit)
    , m_namespace(new QLineEdit)
    , m_setCurrent(new QCheckBox(tr("Make it the &current context")))
    , m_force(new QCheckBox(tr("Import even an &expired, older, not yet valid or mismatched certificate")))
    , m_messageBar(new QFrame)
    , m_messageIcon(new QLabel)
    , m_message(new QLabel)
    , m_pkexecButton(new QPushButton(tr("Read it with &administrator rights")))
    , m_reader(new PrivilegedReader(this))
    , m_preview(new QTextBrowser)
    , m_allowGuarded(new QCheckBox(tr("I checked the lines marked above and trust them: &write them too")))
    , m_progress(new QProgressBar)
    , m_progressLabel(new QLabel)
    , m_previewButton(new QPushButton(tr("&Preview")))
    , m_importButton(new QPushButton(tr("&Import")))
    , m_closeButton(new QPushButton(tr("Close")))
    , m_cancelButton(new QPushButton(tr("Cancel")))
    , m_fields(new QFormLayout)
    , m_sourceKind(new QComboBox)
    , m_sshHost(new QLineEdit)
    , m_sshUser(new QLineEdit)
    , m_sshPort(new QSpinBox)
    , m_preset(new QComboBox)
    , m_sshPath(new QLineEdit)
    , m_identity(new QLineEdit)
    , m_identityRow(new QWidget)
    , m_identityBrowse(new QPushButton(tr("&Browse…")))
    , m_sudo(new QComboBox)
    , m_commandTool(new QComboBox)
    , m_commandCluster(new QLineEdit)
    , m_command(new QLineEdit)
    , m_localRow(new QWidget)
    , m_resultIcon(new QLabel)
    , m_resultLabel(new QLabel)
    , m_keepFresh(new QCheckBox)
    , m_resultDetails(new QTextBrowser)
    , m_backButton(new QPushButton(tr("&Back")))
    , m_doneButton(new QPushButton(tr("Close")))
    , m_task(this, [this](const ImportOutcome &outcome) { workerFinished(outcome); })
    , m_interaction(new DialogInteraction(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a Kubeconfig"));
    resize(1100, 620);

    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setPlaceholderText(QStringLiteral("/etc/rancher/k3s/k3s.yaml"));
    m_source->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("The context to refresh or create"));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(tr("Keep the context’s server (a new context: the source’s)"));
    m_namespace->setObjectName(QStringLiteral("namespaceEdit"));
    m_namespace->setPlaceholderText(tr("For a new context (default: the source’s)"));
    m_setCurrent->setObjectName(QStringLiteral("setCurrentCheck"));
    m_force->setObjectName(QStringLiteral("forceCheck"));

    m_sourceKind->setObjectName(QStringLiteral("sourceKindCombo"));
    m_sourceKind->addItem(QIcon::fromTheme(QStringLiteral("document-open")), tr("Local file"));
    m_sourceKind->addItem(QIcon::fromTheme(QStringLiteral("network-server")), tr("SSH"));
    m_sourceKind->addItem(QIcon::fromTheme(QStringLiteral("utilities-terminal")), tr("Command"));
    m_commandTool->setObjectName(QStringLiteral("commandToolCombo"));
    // The tools' own names: they are what the person types in a terminal.
    m_commandTool->addItem(QStringLiteral("kind"), QStringLiteral("kind"));
    m_commandTool->addItem(QStringLiteral("k3d"), QStringLiteral("k3d"));
    m_commandTool->addItem(QStringLiteral("Talos"), QStringLiteral("talos"));
    m_commandTool->addItem(QStringLiteral("vcluster"), QStringLiteral("vcluster"));
    m_commandTool->addItem(QStringLiteral("MicroK8s"), QStringLiteral("microk8s"));
    m_commandTool->addItem(tr("Another command"), QString());
    m_commandCluster->setObjectName(QStringLiteral("commandClusterEdit"));
    m_commandCluster->setPlaceholderText(tr("The tool’s default cluster"));
    m_command->setObjectName(QStringLiteral("commandEdit"));
    m_command->setPlaceholderText(
        tr("For example: %1").arg(QStringLiteral("kind get kubeconfig --name dev")));
    m_command->setToolTip(tr("Runs on this computer without a shell: quotes group words, nothing else is "
                             "interpreted. What it prints is treated like a fetched file."));
    m_sshHost->setObjectName(QStringLiteral("sshHostEdit"));
    m_sshHost->setPlaceholderText(tr("A host name, address or ~/.ssh/config alias"));
    m_sshHost->setClearButtonEnabled(true);
    m_sshUser->setObjectName(QStringLiteral("sshUserEdit"));
    m_sshUser->setPlaceholderText(tr("From ~/.ssh/config, else your user name"));
    m_sshPort->setObjectName(QStringLiteral("sshPortSpin"));
    m_sshPort->setRange(0, 65535);
    m_sshPort->setSpecialValueText(tr("Default"));
    m_sshPort->setValue(0);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    const std::pair<QString, SshOptions::Preset> presets[] = {
        {tr("K3s"), SshOptions::Preset::K3s},         {tr("RKE2"), SshOptions::Preset::Rke2},
        {tr("kubeadm"), SshOptions::Preset::Kubeadm}, {tr("MicroK8s"), SshOptions::Preset::MicroK8s},
        {tr("k0s"), SshOptions::Preset::K0s},
    };
    for (const auto &[label, preset] : presets)
        m_preset->addItem(label, SshSource::presetName(preset));
    m_sshPath->setObjectName(QStringLiteral("sshPathEdit"));
    m_sshPath->setClearButtonEnabled(true);
    m_identity->setObjectName(QStringLiteral("identityEdit"));
    m_identity->setPlaceholderText(tr("Optional: the SSH agent and your usual keys are tried too"));
    m_identity->setClearButtonEnabled(true);
    m_identityBrowse->setObjectName(QStringLiteral("identityBrowseButton"));
    m_identityBrowse->setAutoDefault(false);
    auto *identityRow = new QHBoxLayout(m_identityRow);
    identityRow->setContentsMargins(0, 0, 0, 0);
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(m_identityBrowse);
    m_sudo->setObjectName(QStringLiteral("sudoCombo"));
    m_sudo->addItem(tr("When needed"), SshSource::sudoName(SshOptions::Sudo::Auto));
    m_sudo->addItem(tr("Never"), SshSource::sudoName(SshOptions::Sudo::Never));
    m_sudo->addItem(tr("Always"), SshSource::sudoName(SshOptions::Sudo::Always));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->hide();
    auto *completer = new QCompleter(this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_sshHost->setCompleter(completer);

    auto *intro = new QLabel(
        tr("Takes fresh credentials from a kubeconfig — a local file, one fetched over SSH from the server "
           "(for K3s, /etc/rancher/k3s/k3s.yaml), or one a command prints (kind, k3d, Talos, vcluster) — and "
           "puts them into the context named below. An existing "
           "context keeps its server, namespace and everything else: only its certificate, key or token and "
           "its cluster CA are replaced. Every file is backed up before it is written."));
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto *sourceRow = new QHBoxLayout(m_localRow);
    sourceRow->setContentsMargins(0, 0, 0, 0);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_browse);
    QFormLayout *fields = m_fields;
    fields->addRow(tr("Sou&rce:"), m_sourceKind);
    // A row holding a layout gets no buddy from QFormLayout: the mnemonic needs one.
    auto *sourceLabel = new QLabel(tr("&Source file:"));
    sourceLabel->setBuddy(m_source);
    fields->addRow(sourceLabel, m_localRow);
    fields->addRow(tr("&Host:"), m_sshHost);
    fields->addRow(tr("&User:"), m_sshUser);
    fields->addRow(tr("P&ort:"), m_sshPort);
    fields->addRow(tr("&Kind of server:"), m_preset);
    fields->addRow(tr("Remote &file:"), m_sshPath);
    auto *identityLabel = new QLabel(tr("I&dentity file:"));
    identityLabel->setBuddy(m_identity);
    fields->addRow(identityLabel, m_identityRow);
    fields->addRow(tr("&Sudo:"), m_sudo);
    fields->addRow(tr("&Tool:"), m_commandTool);
    fields->addRow(tr("C&luster or node:"), m_commandCluster);
    fields->addRow(tr("Comman&d:"), m_command);
    fields->addRow(tr("Context &name:"), m_name);
    fields->addRow(tr("Ser&ver:"), m_server);
    fields->addRow(tr("Na&mespace:"), m_namespace);
    fields->addRow(QString(), m_setCurrent);
    fields->addRow(QString(), m_force);

    // Problems appear here, next to the fields they are about, not in a box over the dialog.
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    m_messageIcon->setAlignment(Qt::AlignTop);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pkexecButton->setObjectName(QStringLiteral("pkexecButton"));
    m_pkexecButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-password")));
    m_pkexecButton->setAutoDefault(false);
    auto *messageText = new QVBoxLayout;
    messageText->addWidget(m_message);
    messageText->addWidget(m_pkexecButton, 0, Qt::AlignLeft);
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->addWidget(m_messageIcon);
    messageLayout->addLayout(messageText, 1);
    m_messageBar->hide();
    m_pkexecButton->hide();

    m_allowGuarded->setObjectName(QStringLiteral("allowGuardedCheck"));
    m_allowGuarded->hide();
    m_preview->setObjectName(QStringLiteral("previewView"));
    m_preview->setOpenLinks(false);
    m_preview->setPlaceholderText(
        tr("Preview shows what the import would change. Nothing is written until you click Import."));

    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setDefault(true);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setAutoDefault(false);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_progress);
    formButtons->addWidget(m_progressLabel, 1);
    formButtons->addWidget(m_cancelButton);
    formButtons->addWidget(m_previewButton);
    formButtons->addWidget(m_importButton);
    formButtons->addWidget(m_closeButton);

    auto *formPage = new QWidget;
    formPage->setObjectName(QStringLiteral("formPage"));
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    // The fields on the left, the preview on the right at the dialog's full height: what would
    // change and what is kept is what the user reads before saying yes, so it gets the most room.
    auto *left = new QVBoxLayout;
    left->addWidget(intro);
    left->addLayout(fields);
    left->addWidget(m_messageBar);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addWidget(m_allowGuarded);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 4);
    columns->addLayout(right, 5);
    formLayout->addLayout(columns, 1);
    formLayout->addLayout(formButtons);

    m_resultIcon->setObjectName(QStringLiteral("resultIcon"));
    m_resultIcon->setAlignment(Qt::AlignTop);
    m_keepFresh->setObjectName(QStringLiteral("keepFreshCheck"));
    // The choice is stored at once, with the remembered source: there is nothing to confirm.
    connect(m_keepFresh, &QCheckBox::toggled, this, [this](bool keep) {
        QSettings settings;
        ImportSourceRegistry(settings).setKeepFresh(m_keepFreshContext, keep);
    });
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultDetails->setObjectName(QStringLiteral("resultDetails"));
    m_resultDetails->setOpenLinks(false);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAutoDefault(false);
    m_doneButton->setObjectName(QStringLiteral("doneButton"));
    m_doneButton->setDefault(true);
    auto *resultHeader = new QHBoxLayout;
    resultHeader->addWidget(m_resultIcon);
    resultHeader->addWidget(m_resultLabel, 1);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_backButton);
    resultButtons->addStretch(1);
    resultButtons->addWidget(m_doneButton);
    auto *resultPage = new QWidget;
    resultPage->setObjectName(QStringLiteral("resultPage"));
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addLayout(resultHeader);
    resultLayout->addWidget(m_resultDetails, 1);
    resultLayout->addWidget(m_keepFresh);
    resultLayout->addLayout(resultButtons);

    m_pages->addWidget(formPage);
    m_pages->addWidget(resultPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_identityBrowse, &QPushButton::clicked, this, [this] {
        const QString current = m_identity->text().trimmed();
        const QString start = current.isEmpty() ? QDir::home().filePath(QStringLiteral(".ssh")) : current;
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose an SSH private key"), start);
        if (!chosen.isEmpty())
            m_identity->setText(chosen);
    });
    connect(m_previewButton, &QPushButton::clicked, this, [this] { start(Action::Preview); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { start(Action::Import); });
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_pkexecButton, &QPushButton::clicked, this, &ImportDialog::readWithPkexec);
    connect(m_reader, &PrivilegedReader::finished, this, &ImportDialog::elevatedReadFinished);
    connect(m_backButton, &QPushButton::clicked, this, &ImportDialog::backToForm);
    connect(m_doneButton, &QPushButton::clicked, this, &ImportDialog::accept);
    connect(m_source, &QLineEdit::textChanged, this, &ImportDialog::sourceEdited);
    // A preview describes the fields it was made from: once they change it no longer holds.
    for (QLineEdit *edit : {m_name, m_server, m_namespace}) {
        connect(edit, &QLineEdit::textChanged, this, &ImportDialog::fieldsChanged);
        connect(edit, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    }
    for (QCheckBox *check : {m_setCurrent, m_force})
        connect(check, &QCheckBox::toggled, this, &ImportDialog::fieldsChanged);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelFetch);
    connect(m_allowGuarded, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    connect(m_sourceKind, &QComboBox::currentIndexChanged, this, &ImportDialog::sourceKindChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImportDialog::presetChanged);
    for (QLineEdit *edit : {m_sshHost, m_sshUser, m_sshPath, m_identity}) {
        connect(edit, &QLineEdit::textChanged, this, &ImportDialog::fieldsChanged);
        connect(edit, &QLineEdit::textChanged, this, &ImportDialog::clearMessage);
        connect(edit, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    }
    connect(m_sshPort, &QSpinBox::valueChanged, this, &ImportDialog::fieldsChanged);
    connect(m_commandTool, &QComboBox::currentIndexChanged, this, &ImportDialog::commandToolChanged);
    connect(m_commandCluster, &QLineEdit::textChanged, this, &ImportDialog::commandToolChanged);
    // A command typed by hand is the person's own: the tool's line no longer overwrites it.
    connect(m_command, &QLineEdit::textEdited, this, [this] {
        const QSignalBlocker blocker(m_commandTool);
        m_commandTool->setCurrentIndex(m_commandTool->count() - 1);
        m_commandCluster->setEnabled(false);
    });
    connect(m_command, &QLineEdit::textChanged, this, &ImportDialog::fieldsChanged);
    connect(m_command, &QLineEdit::textChanged, this, &ImportDialog::clearMessage);
    connect(m_command, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    for (QComboBox *combo : {m_preset, m_sudo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::fieldsChanged);
    m_interaction->setCancelFlag(&m_cancel);
    updateHostCompletion();
    presetChanged();
    commandToolChanged();
    sourceKindChanged();
}

ImportDialog::~ImportDialog()
{
    // The worker holds copies only, but it uses Qt, yaml-cpp and OpenSSL, which must outlive it;
    // and a write, once started, is finished rather than abandoned. Inputs are size-capped. An SSH
    // fetch (or a question it waits on) stops at the cancel flag.
    m_cancel = true;
    if (m_job)
        m_job->cancel();
    m_task.waitForFinished();
    wipeElevatedBytes();
}

void ImportDialog::setKubeconfigFiles(const QStringList &files)
{
    m_files = files;
}

void ImportDialog::setTargetContext(const ContextReport &context)
{
    setTargetName(context.name);
    if (m_remembered || !m_source->text().isEmpty() || !m_sshHost->text().isEmpty())
        return;
    const std::optional<ImportSource> suggested = ImportSource::suggestedFor(context);
    if (!suggested)
        return;
    m_sourceKind->setCurrentIndex(1);
    m_sshHost->setText(QUrl(suggested->location).host());
    m_preset->setCurrentIndex(std::max(m_preset->findData(suggested->preset), 0));
}

void ImportDialog::setTargetName(const QString &name)
{
    m_name->setText(name);
    if (name.isEmpty() || !m_source->text().isEmpty())
        return;
    // Refreshing a context that was imported before: start from where it came from.
    QSettings settings;
    const auto source = ImportSourceRegistry(settings).find(name);
    if (!source)
        return;
    if (source->kind == QLatin1String("ssh")) {
        QString error;
        const auto target = SshTarget::parse(source->location, &error);
        if (!target || !m_sshHost->text().isEmpty())
            return;
        m_remembered = source;
        m_rememberedName = name;
        m_sourceKind->setCurrentIndex(1);
        m_sshHost->setText(target->host);
        m_sshUser->setText(target->user);
        m_sshPort->setValue(target->port);
        const int preset =
            m_preset->findData(source->preset.isEmpty() ? QStringLiteral("k3s") : source->preset);
        m_preset->setCurrentIndex(std::max(preset, 0));
        if (target->path !=
            SshSource::defaultPath(SshSource::presetFromName(m_preset->currentData().toString())
                                       .value_or(SshOptions::Preset::K3s)))
            m_sshPath->setText(target->path);
        m_identity->setText(source->identityFile);
        m_sudo->setCurrentIndex(std::max(m_sudo->findData(source->sudo), 0));
        m_server->setText(source->server);
        m_namespace->setText(source->ns);
        return;
    }
    if (source->kind == QLatin1String("cmd")) {
        QString error;
        const auto target = CommandTarget::parse(source->location, &error);
        if (!target)
            return;
        m_remembered = source;
        m_rememberedName = name;
        m_sourceKind->setCurrentIndex(2);
        m_commandTool->setCurrentIndex(m_commandTool->count() - 1); // the command as it was
        m_command->setText(target->display());
        m_server->setText(source->server);
        m_namespace->setText(source->ns);
        return;
    }
    if (source->kind != QLatin1String("file"))
        return;
    m_remembered = source;
    m_rememberedName = name;
    m_source->setText(source->location);
    m_server->setText(source->server);
    m_namespace->setText(source->ns);
}

void ImportDialog::setSource(const QString &path)
{
    m_sourceKind->setCurrentIndex(0); // a file, whatever the dialog guessed before
    m_source->setText(path);
}

void ImportDialog::setPkexecProgram(const QString &program)
{
    m_pkexecOverride = program;
}

void ImportDialog::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void ImportDialog::setSshConfigFile(const QString &file)
{
    m_sshConfigFile = file;
    updateHostCompletion();
}

void ImportDialog::updateHostCompletion()
{
    const QString config =
        m_sshConfigFile.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/config") : m_sshConfigFile;
    QCompleter *completer = m_sshHost->completer();
    auto *model = qobject_cast<QStringListModel *>(completer->model());
    if (!model) {
        model = new QStringListModel(completer);
        completer->setModel(model);
    }
    model->setStringList(SshSource::configHosts(config));
}

bool ImportDialog::isSsh() const
{
    return m_sourceKind->currentIndex() == 1;
}

bool ImportDialog::isCommand() const
{
    return m_sourceKind->currentIndex() == 2;
}

void ImportDialog::sourceKindChanged()
{
    const bool ssh = isSsh();
    const bool command = isCommand();
    m_fields->setRowVisible(m_localRow, !ssh && !command);
    for (QWidget *field : std::initializer_list<QWidget *>{m_sshHost, m_sshUser, m_sshPort, m_preset,
                                                           m_sshPath, m_identityRow, m_sudo})
        m_fields->setRowVisible(field, ssh);
    for (QWidget *field : std::initializer_list<QWidget *>{m_commandTool, m_commandCluster, m_command})
        m_fields->setRowVisible(field, command);
    clearMessage();
    fieldsChanged();
    updateButtons();
}

void ImportDialog::commandToolChanged()
{
    const QString tool = m_commandTool->currentData().toString();
    // Another command: the line is the person's own, and there is no cluster to name.
    m_commandCluster->setEnabled(!tool.isEmpty() && !m_busy);
    if (tool.isEmpty())
        return;
    m_commandCluster->setPlaceholderText(
        tool == QLatin1String("talos")      ? tr("The control-plane node’s address")
        : tool == QLatin1String("microk8s") ? tr("No cluster name needed")
                                            : tr("The tool’s default cluster"));
    if (const std::optional<CommandTarget> target =
            CommandTarget::preset(tool, m_commandCluster->text().trimmed()))
        m_command->setText(target->display());
}

void ImportDialog::presetChanged()
{
    const auto preset =
        SshSource::presetFromName(m_preset->currentData().toString()).value_or(SshOptions::Preset::K3s);
    const QString path = SshSource::defaultPath(preset);
    // MicroK8s and k0s print their kubeconfig with a command: there is no file to name.
    m_sshPath->setEnabled(!path.isEmpty() && !m_busy);
    m_sshPath->setPlaceholderText(path.isEmpty() ? tr("Printed by the server’s own command") : path);
}

void ImportDialog::cancelFetch()
{
    if (!m_busy || !m_runningSsh)
        return;
    m_cancel = true;
    if (m_job)
        m_job->cancel();
    m_cancelButton->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling…"));
}

QString ImportDialog::sshUrl(QString *error) const
{
    SshTarget target;
    target.host = m_sshHost->text().trimmed();
    target.user = m_sshUser->text().trimmed();
    target.port = m_sshPort->value();
    if (m_sshPath->isEnabled())
        target.path = m_sshPath->text().trimmed();
    // Through the parser, so that the dialog accepts exactly what the command line does.
    const QString url = target.toUrl();
    if (!SshTarget::parse(url, error))
        return {};
    return url;
}

void ImportDialog::reject()
{
    // A write in progress is finished, not abandoned: it takes moments and leaves either the old
    // or the new file, but the result page must say which.
    // An SSH fetch is only reading: Cancel stops it, and so does closing the dialog.
    if (m_busy && m_runningSsh)
        cancelFetch();
    if (m_busy && m_running == Action::Import && m_task.isRunning() && !m_runningSsh)
        return;
    if (m_reader->isRunning()) {
        m_reader->cancel();
        setBusy(false);
    }
    QDialog::reject();
}

QString ImportDialog::pkexecProgram() const
{
    if (m_pkexecOverride)
        return *m_pkexecOverride;
    // By absolute path, never through PATH: whatever runs here is handed the administrator password.
    return PrivilegedReader::defaultProgram();
}

QString ImportDialog::sourcePath() const
{
    QString text = m_source->text().trimmed();
    if (text.isEmpty())
        return {};
    if (text == QLatin1String("~") || text.startsWith(QLatin1String("~/")))
        text = QDir::homePath() + text.mid(1);
    return QDir::cleanPath(QFileInfo(text).absoluteFilePath());
}

void ImportDialog::preview()
{
    start(Action::Preview);
}

void ImportDialog::start(Action action)
{
    if (m_busy)
        return;
    const bool ssh = isSsh();
    QString path;
    std::optional<SshTarget> target;
    if (ssh) {
        if (m_sshHost->text().trimmed().isEmpty()) {
            showMessage(tr("Enter the host to fetch the kubeconfig from."));
            return;
        }
        QString error;
        path = sshUrl(&error);
        if (!path.isEmpty())
            target = SshTarget::parse(path, &error);
        if (!target) {
            showMessage(error.isEmpty() ? tr("This is no SSH address Kubeminder can use.") : error);
            return;
        }
    } else if (isCommand()) {
        const QString line = m_command->text().trimmed();
        if (line.isEmpty()) {
            showMessage(tr("Enter the command that prints the kubeconfig."));
            return;
        }
        QString error;
        const std::optional<CommandTarget> command =
            CommandTarget::parse(QLatin1String("cmd:") + line, &error);
        if (!command) {
            showMessage(error);
            return;
        }
        path = command->toSource();
    } else {
        path = sourcePath();
    }
    const QString name = m_name->text().trimmed();
    if (path.isEmpty()) {
        showMessage(tr("Choose the kubeconfig file to import."));
        return;
    }
    if (name.isEmpty()) {
        showMessage(tr("Enter the name of the context to refresh or create."));
        return;
    }
    const bool apply = action == Action::Import;
    // Import after a Preview of the same fields writes what was previewed: nothing is fetched or
    // asked again. Any change of a field dropped that job (fieldsChanged).
    if (!m_job) {
        const bool remembered = m_remembered && m_rememberedName == name && m_remembered->location == path;
        ImportJob::Setup setup;
        setup.request.surface = Surface::Window;
        setup.source.location = path;
        if (ssh) {
            setup.source.kind = ImportJob::Source::Kind::Ssh;
            const QString identity = m_identity->text().trimmed();
            setup.source.ssh.identityFile =
                identity.startsWith(QLatin1String("~/")) ? QDir::homePath() + identity.mid(1) : identity;
            setup.source.ssh.configFile = m_sshConfigFile;
            setup.source.ssh.preset = SshSource::presetFromName(m_preset->currentData().toString())
                                          .value_or(SshOptions::Preset::K3s);
            setup.source.ssh.sudo =
                SshSource::sudoFromName(m_sudo->currentData().toString()).value_or(SshOptions::Sudo::Auto);
            if (remembered) {
                setup.source.ssh.knownHostsFile = m_remembered->knownHostsFile;
                if (m_remembered->timeoutSeconds > 0)
                    setup.source.ssh.timeoutSeconds = m_remembered->timeoutSeconds;
            }
        } else if (isCommand()) {
            setup.source.kind = ImportJob::Source::Kind::Command;
            if (remembered && m_remembered->timeoutSeconds > 0)
                setup.source.ssh.timeoutSeconds = m_remembered->timeoutSeconds;
        } else if (path == m_elevatedPath && !m_elevatedBytes.isEmpty()) {
            setup.source.kind = ImportJob::Source::Kind::Bytes;
            setup.source.bytes = m_elevatedBytes;
        }
        setup.request.name = name;
        setup.request.server = m_server->text().trimmed();
        setup.request.ns = m_namespace->text().trimmed();
        // The source's context chosen at an earlier import (`--context`) holds while the source does.
        if (remembered)
            setup.request.sourceContext = m_remembered->sourceContext;
        setup.request.setCurrent = m_setCurrent->isChecked();
        setup.request.force = m_force->isChecked();
        setup.paths = m_files.isEmpty()
                          ? KubeconfigPaths::resolveFromEnvironment()
                          : KubeconfigPaths::Resolved{m_files, KubeconfigPaths::Origin::CommandLine};
        setup.backupDirectory = BackupStore::defaultDirectory();
        setup.now = m_clock();
        m_job = std::make_shared<ImportJob>(std::move(setup), m_interaction);
        // Steps arrive on the worker; the label is the GUI thread's (gone with the dialog, the
        // queued call is dropped).
        m_job->setProgress([this](ImportJob::Step step) {
            QMetaObject::invokeMethod(
                this, [this, step] { m_progressLabel->setText(stepText(step)); }, Qt::QueuedConnection);
        });
    }

    clearMessage();
    m_running = action;
    // Only a job that has not fetched yet goes to the network (and can be cancelled there).
    m_runningSsh = (ssh || isCommand()) && !m_job->result().prepared;
    m_cancel = false;
    const QString what = m_runningSsh && ssh         ? tr("Fetching from %1 over SSH…").arg(target->host)
                         : m_runningSsh              ? tr("Running %1…").arg(m_command->text().trimmed())
                         : action == Action::Preview ? tr("Reading %1…").arg(path)
                                                     : tr("Importing into “%1”…").arg(name);
    setBusy(true, what);
    const bool consent = !m_allowGuarded->isHidden() && m_allowGuarded->isChecked();
    m_task.start([job = m_job, apply, consent] { return runJob(job, apply, consent); });
}

void ImportDialog::workerFinished(const ImportOutcome &outcome)
{
    setBusy(false);
    m_runningSsh = false;
    // A job that could not plan is no use for Import: the next try reads (or fetches) again.
    if (!outcome.prepared)
        m_job.reset();
    if (outcome.cancelled) {
        m_preview->clear();
        showMessage(tr("Cancelled. Nothing was written."), Status::Warning);
        return;
    }
    if (outcome.sourceUnreadable) {
        m_preview->clear();
        showUnreadable(outcome.sourcePath);
        return;
    }
    if (!outcome.error.isEmpty() || !outcome.prepared) {
        m_preview->clear();
        showMessage(outcome.error);
        return;
    }
    if (!outcome.apply) {
        showPreview(outcome);
        // The buttons were disabled while the worker ran, and focus went to whatever was left.
        if (m_importButton->isEnabled())
            m_importButton->setFocus();
        return;
    }
    if (!outcome.written && outcome.writes.empty() && !outcome.guarded.empty() &&
        !m_allowGuarded->isChecked()) {
        // More than credentials: shown first, written only after the box is ticked.
        showPreview(outcome);
        showMessage(tr("This import would write more than credentials. Check the lines marked below; if you "
                       "trust them, tick the box and click Import again."),
                    Status::Warning);
        return;
    }
    showResult(outcome);
    const bool wrote =
        std::any_of(outcome.writes.begin(), outcome.writes.end(), [](const WriteResult &w) { return w.ok; });
    if (wrote)
        emit imported(outcome.name);
}

void ImportDialog::showPreview(const ImportOutcome &outcome)
{
    QString html =
        QStringLiteral("<p><b>%1</b></p>")
            .arg(escaped(
                outcome.refresh
                    ? tr("“%1” exists: its credentials would be refreshed in place.").arg(outcome.name)
                    : tr("“%1” is new: it would be added.").arg(outcome.name)));
    if (outcome.notNewer) {
        const Status severity = outcome.notNewer->refused() ? Status::Critical : Status::Warning;
        html +=
            htmlList(outcome.notNewer->describe([](const QDateTime &when) { return TimeText::local(when); }),
                     StatusStyle::color(severity));
    }
    QStringList changes;
    for (const ImportChange &change : outcome.changes)
        changes << changeText(change);
    html += QStringLiteral("<p>%1</p>").arg(escaped(tr("The import would:"))) + htmlList(changes);
    if (!outcome.kept.isEmpty())
        html +=
            QStringLiteral("<p>%1</p>").arg(escaped(tr("It keeps, as they are:"))) + htmlList(outcome.kept);
    const CredentialReport &fresh = outcome.newCredential;
    QStringList freshLines{tr("The fresh credential: %1.").arg(credentialKindLabel(fresh.kind))};
    if (!fresh.subject.isEmpty())
        freshLines << tr("Issued to %1.").arg(fresh.subject);
    if (fresh.notAfter)
        freshLines << tr("Expires %1 (%2).")
                          .arg(TimeText::local(*fresh.notAfter),
                               TimeText::timeLeft(*fresh.notAfter, outcome.now));
    html += QStringLiteral("<p>%1</p>").arg(escaped(freshLines.join(QLatin1Char(' '))));
    if (!outcome.warnings.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Warnings:")));
        html += htmlList(outcome.warnings, StatusStyle::color(Status::Warning));
    }
    if (!outcome.guarded.empty()) {
        QStringList guarded;
        for (const GuardedField &field : outcome.guarded)
            guarded << field.describe();
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(tr("More than credentials, written only if you tick the box below:")));
        html += htmlList(guarded, StatusStyle::color(Status::Critical));
    }
    for (const KubeconfigEdit::Preview &file : outcome.files) {
        if (!file.layoutKept)
            html += htmlList({file.layoutNote}, StatusStyle::color(Status::Warning));
        if (file.diff.isEmpty())
            continue;
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("The lines that change in %1 (secrets shortened):").arg(file.path)));
        html += diffHtml(file.diff);
    }
    html += QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(escaped(tr("Nothing has been written. Click Import to make these changes; every file "
                                "is backed up first.")));
    m_preview->setHtml(html);
    m_allowGuarded->setChecked(false);
    m_allowGuarded->setVisible(!outcome.guarded.empty());
    updateButtons();
}

void ImportDialog::showResult(const ImportOutcome &outcome)
{
    QStringList lines;
    Status status = Status::Error;
    if (!outcome.applyError.isEmpty()) {
        lines << tr("The import stopped: %1").arg(outcome.applyError);
    } else if (!outcome.after) {
        lines << tr("“%1” is not in the kubeconfig after the import.").arg(outcome.name);
    } else {
        const ContextReport &after = *outcome.after;
        status = after.status;
        lines << (outcome.refresh ? tr("“%1” was refreshed.").arg(outcome.name)
                                  : tr("“%1” was added.").arg(outcome.name));
        lines << tr("Status: %1").arg(statusLabel(after.status));
        if (after.credential.notAfter)
            lines << tr("Expires %1 (%2).")
                         .arg(TimeText::local(*after.credential.notAfter),
                              TimeText::timeLeft(*after.credential.notAfter, outcome.now));
    }
    m_resultLabel->setText(lines.join(QLatin1Char('\n')));
    m_resultIcon->setPixmap(StatusStyle::icon(status).pixmap(32, 32));

    // Offered once the import worked and its source is remembered: from now on the tray can repeat it.
    QSettings settings;
    const ImportSourceRegistry registry(settings);
    const std::optional<ImportSource> source = outcome.after ? registry.find(outcome.name) : std::nullopt;
    m_keepFreshContext = outcome.name;
    {
        const QSignalBlocker blocker(m_keepFresh);
        m_keepFresh->setChecked(source && registry.keepsFresh(outcome.name));
    }
    m_keepFresh->setText(
        source ? tr("&Keep “%1” fresh: refresh it %2 by itself when it is about to run out, asking nothing")
                     .arg(outcome.name, source->describe())
               : QString());
    m_keepFresh->setVisible(source.has_value());

    QString html;
    if (outcome.after && !outcome.after->problems.empty()) {
        QStringList problems;
        for (const Problem &problem : outcome.after->problems)
            problems << problem.message;
        html += htmlList(problems, StatusStyle::color(outcome.after->status));
    }
    QStringList written;
    for (const WriteResult &write : outcome.writes) {
        if (!write.ok)
            continue;
        written << (write.backupPath.isEmpty()
                        ? tr("%1 (a new file)").arg(write.writtenPath)
                        : tr("%1 — backup: %2").arg(write.writtenPath, write.backupPath));
        if (write.permissionsTightened)
            written << tr("%1 was readable by other users; now it is readable by you only.")
                           .arg(write.writtenPath);
        if (!write.layoutKept)
            written << write.layoutNote;
    }
    if (!written.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Files written:"))) + htmlList(written);
        const bool layoutKept = std::all_of(outcome.writes.begin(), outcome.writes.end(),
                                            [](const WriteResult &w) { return !w.ok || w.layoutKept; });
        if (layoutKept)
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("Only the changed values were written: the rest of each file, comments "
                                    "included, is as it was.")));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No file was changed.")));
    }
    if (outcome.applyError.isEmpty()) {
        html += QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(escaped(
                        tr("Refresh will read %1 again for “%2”.").arg(outcome.sourcePath, outcome.name)));
    } else if (!written.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("The files above were written before the failure; their backups hold "
                                    "the previous contents.")));
    }
    m_resultDetails->setHtml(html);
    m_backButton->setVisible(!outcome.applyError.isEmpty());
    m_pages->setCurrentIndex(1);
    m_doneButton->setFocus();
}

void ImportDialog::showUnreadable(const QString &path)
{
    const QString name =
        m_name->text().trimmed().isEmpty() ? QStringLiteral("NAME") : m_name->text().trimmed();
    QStringList lines{
        tr("%1 exists, but only its owner may read it (K3s writes its kubeconfig for root only).").arg(path)};
    const bool canElevate = !pkexecProgram().isEmpty();
    if (canElevate) {
        lines << tr("Kubeminder can read it once with administrator rights; you will be asked for the "
                    "password. Only “cat” runs as administrator.");
    } else {
        lines << tr("Read it in a terminal and pipe it in:")
              << QStringLiteral("    sudo cat %1 | kubeminder import - --name %2")
                     .arg(shellWord(path), shellWord(name))
              << tr("or start K3s with --write-kubeconfig-mode 0640 and a group you are in, then try again.");
    }
    showMessage(lines.join(QLatin1Char('\n')), Status::Warning);
    m_pkexecButton->setVisible(canElevate);
    m_pkexecButton->setProperty("path", path);
}

void ImportDialog::showMessage(const QString &message, Status severity)
{
    m_messageBar->setStyleSheet(StatusStyle::panelStyleSheet(QStringLiteral("QFrame#messageBar"), severity));
    m_messageIcon->setPixmap(StatusStyle::icon(severity).pixmap(24, 24));
    m_message->setText(message);
    m_pkexecButton->hide();
    m_messageBar->show();
}

void ImportDialog::clearMessage()
{
    m_message->clear();
    m_pkexecButton->hide();
    m_messageBar->hide();
}

void ImportDialog::browse()
{
    QString start = sourcePath();
    if (start.isEmpty()) {
        const QString k3s = QStringLiteral("/etc/rancher/k3s");
        start = QFileInfo::exists(k3s) ? k3s : QDir::homePath();
    }
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a Kubeconfig"), start,
                                                      tr("Kubeconfig files (*.yaml *.yml *.conf config);;"
                                                         "All files (*)"));
    if (!file.isEmpty())
        m_source->setText(QDir::toNativeSeparators(file));
}

void ImportDialog::readWithPkexec()
{
    const QString program = pkexecProgram();
    const QString path = m_pkexecButton->property("path").toString();
    if (m_busy || program.isEmpty() || path.isEmpty())
        return;
    clearMessage();
    m_running = Action::Preview;
    setBusy(true, tr("Waiting for the administrator password…"));
    m_reader->start(program, path);
}

void ImportDialog::elevatedReadFinished(const QString &path, const QString &error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        showMessage(error);
        return;
    }
    wipeElevatedBytes();
    m_elevatedBytes = m_reader->takeBytes();
    m_elevatedPath = path;
    start(Action::Preview);
}

void ImportDialog::sourceEdited()
{
    if (sourcePath() != m_elevatedPath)
        wipeElevatedBytes();
    clearMessage();
    fieldsChanged();
}

void ImportDialog::fieldsChanged()
{
    // A preview, and the bytes fetched for it, describe the fields they were made from.
    if (!m_busy)
        m_job.reset();
    m_preview->clear();
    m_allowGuarded->setChecked(false);
    m_allowGuarded->hide();
    updateButtons();
}

void ImportDialog::backToForm()
{
    m_pages->setCurrentIndex(0);
    fieldsChanged();
}

void ImportDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progressLabel->setText(busy ? what : QString());
    for (QWidget *input : std::initializer_list<QWidget *>{
             m_source, m_browse, m_name, m_server, m_namespace, m_setCurrent, m_force, m_pkexecButton,
             m_sourceKind, m_sshHost, m_sshUser, m_sshPort, m_preset, m_identity, m_identityBrowse, m_sudo,
             m_commandTool, m_command, m_allowGuarded})
        input->setEnabled(!busy);
    presetChanged();
    m_commandCluster->setEnabled(!busy && !m_commandTool->currentData().toString().isEmpty());
    m_cancelButton->setVisible(busy && m_runningSsh);
    m_cancelButton->setEnabled(busy && m_runningSsh);
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const QLineEdit *source = isSsh() ? m_sshHost : isCommand() ? m_command : m_source;
    const bool ready = !m_busy && !source->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty();
    m_previewButton->setEnabled(ready);
    // A source older than what the context has is not imported unless forced (the force box is
    // one of the fields: ticking it makes a new preview).
    const bool older = m_job && m_job->result().prepared && m_job->result().notNewer &&
                       m_job->result().notNewer->refused() && !m_job->setup().request.force;
    m_importButton->setEnabled(ready && !older &&
                               (m_allowGuarded->isHidden() || m_allowGuarded->isChecked()));
    m_closeButton->setEnabled(!m_busy || m_running != Action::Import || m_runningSsh);
    m_backButton->setEnabled(!m_busy);
    m_doneButton->setEnabled(!m_busy);
    // Once a preview stands for the fields, the next step is Import: Enter does it. Any edit drops
    // the preview (fieldsChanged), and Preview is the step again.
    const bool previewed = !m_busy && m_job && m_job->result().prepared && m_importButton->isEnabled();
    (previewed ? m_importButton : m_previewButton)->setDefault(true);
}

void ImportDialog::wipeElevatedBytes()
{
    wipe(m_elevatedBytes);
    m_elevatedPath.clear();
}

} // namespace kubeminder
