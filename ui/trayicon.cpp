#include "trayicon.h"

#include "appicon.h"
#include "contexttablemodel.h"
#include "credentials/expirypolicy.h"
#include "statusstyle.h"
#include "support/timetext.h"
#include "transfer/importsourceregistry.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

namespace kubeminder {

namespace {
// The badge: the worst status among the contexts; a broken file counts as an error.
Status badgeStatus(const CheckReport &report)
{
    const Status worst = report.worst();
    return worst == Status::Unknown ? Status::Ok : worst;
}
} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_tray->setIcon(AppIcon::icon());
    m_tray->setToolTip(tr("Kubeminder"));
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
    rebuildMenu();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu has no parent: QSystemTrayIcon does not own it
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::hide()
{
    m_tray->hide();
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

QString TrayIcon::summary(const CheckReport &report, int warningDays)
{
    const CheckReport::Counts counts = report.counts();
    const int errors = counts.withErrors + counts.brokenFiles; // a broken file is an error here
    QStringList parts;
    if (counts.expired)
        parts << tr("%n expired", nullptr, counts.expired);
    if (counts.expiringSoon)
        parts << tr("%n expiring within %1 days", nullptr, counts.expiringSoon).arg(warningDays);
    if (errors)
        parts << tr("%n with errors", nullptr, errors);
    if (parts.isEmpty())
        return report.contexts.empty()
                   ? tr("No contexts loaded")
                   : tr("All %n credentials are fine", nullptr, int(report.contexts.size()));
    return parts.join(QStringLiteral(" · "));
}

void TrayIcon::setReport(const CheckReport &report, int warningDays)
{
    m_report = report;
    m_warningDays = warningDays;
    m_tray->setIcon(AppIcon::icon(badgeStatus(report)));
    m_tray->setToolTip(tr("Kubeminder") + QLatin1Char('\n') + summary(report, warningDays));
    rebuildMenu();
}

void TrayIcon::setPausedUntil(const QDateTime &until)
{
    m_pausedUntil = until;
    rebuildMenu();
}

void TrayIcon::showMessage(const QString &title, const QString &body, Status status)
{
    const QSystemTrayIcon::MessageIcon icon = status == Status::Expired || status == Status::Critical
                                                  ? QSystemTrayIcon::Critical
                                              : status == Status::Warning ? QSystemTrayIcon::Warning
                                                                          : QSystemTrayIcon::Information;
    m_tray->showMessage(title, body, icon);
}

void TrayIcon::rebuildMenu()
{
    m_menu->clear();
    QAction *open = m_menu->addAction(AppIcon::icon(), tr("Open Kubeminder"), this, &TrayIcon::openRequested);
    open->setObjectName(QStringLiteral("trayOpen"));
    QFont bold = open->font();
    bold.setBold(true);
    open->setFont(bold);
    m_menu->addSeparator();

    std::vector<const ContextReport *> attention;
    for (const ContextReport &c : m_report.contexts) {
        if (c.needsAttention())
            attention.push_back(&c);
    }
    std::stable_sort(attention.begin(), attention.end(), [](const ContextReport *a, const ContextReport *b) {
        return ContextTableModel::urgencyKey(*a) > ContextTableModel::urgencyKey(*b);
    });
    if (attention.empty()) {
        m_menu->addAction(StatusStyle::icon(Status::Ok), summary(m_report, m_warningDays))->setEnabled(false);
    } else {
        m_menu->addSection(tr("Needs attention"));
        for (std::size_t i = 0; i < attention.size() && i < std::size_t(MaxListed); ++i) {
            const ContextReport &c = *attention[i];
            const QString when = c.credential.notAfter && c.status != Status::Error
                                     ? TimeText::timeLeft(*c.credential.notAfter, m_report.generatedAt)
                                     : statusLabel(c.status);
            QMenu *sub = m_menu->addMenu(StatusStyle::icon(c.status), tr("%1 — %2").arg(c.name, when));
            sub->setObjectName(QStringLiteral("trayContext:") + c.name);
            const QString name = c.name;
            sub->addAction(tr("Refresh credentials…"), this, [this, name] { emit refreshRequested(name); });
            // For a context whose source is remembered: the tray may refresh it by itself.
            QSettings settings;
            const ImportSourceRegistry registry(settings);
            if (registry.find(name)) {
                QAction *keep = sub->addAction(tr("Keep fresh automatically"));
                keep->setObjectName(QStringLiteral("trayKeepFresh:") + name);
                keep->setCheckable(true);
                keep->setChecked(registry.keepsFresh(name));
                connect(keep, &QAction::toggled, this, [name](bool on) {
                    QSettings settings;
                    ImportSourceRegistry(settings).setKeepFresh(name, on);
                });
            }
            sub->addAction(tr("Show details"), this, [this, name] { emit detailsRequested(name); });
        }
        if (attention.size() > std::size_t(MaxListed))
            m_menu->addAction(tr("%n more…", nullptr, int(attention.size()) - MaxListed), this,
                              &TrayIcon::openRequested);
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("Check now"), this, &TrayIcon::checkNowRequested)
        ->setObjectName(QStringLiteral("trayCheckNow"));
    if (m_pausedUntil.isValid()) {
        m_menu
            ->addAction(tr("Resume notifications (paused until %1)").arg(TimeText::local(m_pausedUntil)),
                        this, &TrayIcon::resumeRequested)
            ->setObjectName(QStringLiteral("trayResume"));
    } else {
        QMenu *pause = m_menu->addMenu(tr("Pause notifications"));
        pause->setObjectName(QStringLiteral("trayPause"));
        pause->addAction(tr("For 1 hour"), this, &TrayIcon::pauseForAnHourRequested);
        pause->addAction(tr("Until tomorrow"), this, &TrayIcon::pauseUntilTomorrowRequested);
    }
    m_menu->addSeparator();
    m_menu
        ->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("Settings…"), this,
                    &TrayIcon::settingsRequested)
        ->setObjectName(QStringLiteral("traySettings"));
    m_menu
        ->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("Quit"), this,
                    &TrayIcon::quitRequested)
        ->setObjectName(QStringLiteral("trayQuit"));
}

} // namespace kubeminder
