#include "contextdetails.h"

#include "credentials/distribution.h"
#include "statusstyle.h"
#include "support/timetext.h"
#include "transfer/importsourceregistry.h"

#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QTextDocument>

#include <algorithm>

namespace kubeminder {

namespace {

const QString RefreshLink = QStringLiteral("kubeminder:refresh");
const QString KeepFreshLink = QStringLiteral("kubeminder:keep-fresh");
const QString StopKeepingFreshLink = QStringLiteral("kubeminder:stop-keeping-fresh");
const QString ImportLink = QStringLiteral("kubeminder:import");
const QString TestLink = QStringLiteral("kubeminder:test");
const QString TestWithExecLink = QStringLiteral("kubeminder:test-exec");
const QString LifetimeImage = QStringLiteral("kubeminder:lifetime");
constexpr QSize LifetimeBarSize(160, 10);

// A small horizontal gauge: the used share in the status colour, the rest empty, framed.
QImage lifetimeBar(double used, const QColor &color)
{
    QImage image(LifetimeBarSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.fillRect(QRectF(0, 0, used * LifetimeBarSize.width(), LifetimeBarSize.height()), color);
    painter.setPen(QColor(128, 128, 128));
    painter.drawRect(QRect(QPoint(0, 0), LifetimeBarSize - QSize(1, 1)));
    return image;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ContextDetails::ContextDetails(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ContextDetails::linkActivated);
}

void ContextDetails::showContext(const ContextReport &context, const CheckReport &report,
                                 const std::optional<ProbeResult> &probe,
                                 const std::optional<ImportSource> &remembered)
{
    setHtml(html(context, report, probe, remembered));
}

void ContextDetails::linkActivated(const QUrl &link)
{
    const QString target = link.toString();
    if (target == RefreshLink)
        emit refreshRequested();
    else if (target == KeepFreshLink || target == StopKeepingFreshLink)
        emit keepFreshRequested(target == KeepFreshLink);
    else if (target == ImportLink)
        emit importRequested();
    else if (target == TestLink)
        emit testRequested();
    else if (target == TestWithExecLink)
        emit testWithExecRequested();
}

QString ContextDetails::html(const ContextReport &c, const CheckReport &report,
                             const std::optional<ProbeResult> &probe,
                             const std::optional<ImportSource> &remembered)
{
    const QDateTime now = report.generatedAt;
    QString html =
        QStringLiteral("<h3 style='margin:0'>%1%2</h3>")
            .arg(escaped(c.name),
                 c.current
                     ? QStringLiteral(" <small>(%1)</small>").arg(escaped(tr("kubectl's current context")))
                     : QString());
    html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                .arg(StatusStyle::color(c.status).name(), escaped(statusLabel(c.status)));

    // Problems first, with what to do about them: they are why the user selected this row.
    if (!c.problems.empty()) {
        html += QStringLiteral("<ul style=\"margin-left:0\">");
        for (const Problem &problem : c.problems) {
            html += QStringLiteral("<li><span style='color:%1'>%2</span></li>")
                        .arg(StatusStyle::color(problem.severity).name(), escaped(problem.message));
        }
        html += QStringLiteral("</ul>");
    }
    if (c.needsAttention()) {
        const QString action = remembered ? tr("Refresh %1 (Ctrl+R)").arg(remembered->describe())
                                          : tr("Import fresh credentials… (Ctrl+I)");
        html += QStringLiteral("<p>→ <a href='%1'>%2</a></p>")
                    .arg(remembered ? RefreshLink : ImportLink, escaped(action));
    }

    // The server's own answer, when it was asked: the cause of a 401 that kubectl never names.
    if (const std::optional<ProbeResult> &probed = probe) {
        const Status look = probed->ok()                                         ? Status::Ok
                            : probed->outcome == ProbeResult::Outcome::NotProbed ? Status::Unknown
                            : probed->outcome == ProbeResult::Outcome::Forbidden ? Status::Warning
                                                                                 : Status::Expired;
        html += QStringLiteral("<p><b>%1</b> <span style='color:%2'>%3</span> — %4</p>")
                    .arg(escaped(tr("Connection test:")), StatusStyle::color(look).name(),
                         escaped(probeOutcomeLabel(probed->outcome)), escaped(probed->message));
        if (probed->outcome == ProbeResult::Outcome::NotProbed && c.credential.kind == CredentialKind::Exec)
            html += QStringLiteral("<p>→ <a href='%1'>%2</a></p>")
                        .arg(TestWithExecLink, escaped(tr("Run the exec plugin and test again")));
    } else {
        html += QStringLiteral("<p>→ <a href='%1'>%2</a></p>")
                    .arg(TestLink, escaped(tr("Test the connection (Ctrl+T)")));
    }

    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='color:gray;padding-right:12px'>%1</td><td>%2</td></tr>")
                        .arg(escaped(label), escaped(value));
    };
    const auto rawRow = [&html](const QString &label, const QString &valueHtml) {
        html += QStringLiteral("<tr><td style='color:gray;padding-right:12px'>%1</td><td>%2</td></tr>")
                    .arg(escaped(label), valueHtml);
    };
    row(tr("Cluster"), c.cluster);
    row(tr("Server"), c.server);
    row(tr("User"), c.user);
    row(tr("Namespace"), c.ns);
    row(tr("Context defined in"), c.file);
    if (c.clusterFile != c.file)
        row(tr("Cluster defined in"), c.clusterFile);
    if (c.userFile != c.file)
        row(tr("User defined in"), c.userFile);
    row(tr("Credential"), credentialKindLabel(c.credential.kind));
    if (const auto &cert = c.credential.certificate) {
        row(tr("Subject"), cert->commonName);
        row(tr("Groups"), cert->organizations.join(QStringLiteral(", ")));
        row(tr("Issuer"), cert->issuer);
        row(tr("Valid"),
            tr("%1 to %2").arg(TimeText::local(cert->notBefore), TimeText::local(cert->notAfter)));
        // A bar of the lifetime used: at a glance, a fresh year-long certificate from an old one.
        const qint64 lifetime = cert->notBefore.secsTo(cert->notAfter);
        if (lifetime > 0) {
            const double used = std::clamp(double(cert->notBefore.secsTo(now)) / double(lifetime), 0.0, 1.0);
            document()->addResource(QTextDocument::ImageResource, QUrl(LifetimeImage),
                                    lifetimeBar(used, StatusStyle::color(c.credential.status)));
            rawRow(tr("Lifetime used"),
                   QStringLiteral("<img src='%1' width='%2' height='%3'> ")
                           .arg(LifetimeImage)
                           .arg(LifetimeBarSize.width())
                           .arg(LifetimeBarSize.height()) +
                       escaped(tr("%1% of %2 days").arg(int(used * 100.0 + 0.5)).arg(lifetime / 86400)));
        }
        row(tr("Key"), cert->keyType);
        row(tr("SHA-256"), cert->sha256Fingerprint);
        // Which distribution issued it, and that distribution's own way of renewing it.
        const Distribution distribution = DistributionRules::of(c);
        row(tr("Issued by"), DistributionRules::displayName(distribution));
        row(tr("Renewal"), DistributionRules::renewal(distribution, cert->commonName));
    } else if (c.credential.notAfter) {
        row(tr("Subject"), c.credential.subject);
        row(tr("Expires"), TimeText::local(*c.credential.notAfter));
    }
    if (c.credential.notAfter)
        row(tr("Left"), TimeText::timeLeft(*c.credential.notAfter, now));
    row(tr("Note"), c.credential.note);
    if (c.clusterCa)
        row(tr("Cluster CA"),
            tr("%1, expires %2").arg(c.clusterCa->commonName, TimeText::local(c.clusterCa->notAfter)));
    if (remembered) {
        row(tr("Refresh source"),
            tr("%1 (last imported %2)").arg(remembered->location, TimeText::local(remembered->lastImported)));
        // Whether the tray refreshes it by itself, and the link that changes that.
        QSettings settings;
        const bool kept = ImportSourceRegistry(settings).keepsFresh(c.name);
        html +=
            QStringLiteral(
                "<tr><td style='color:gray;padding-right:12px'>%1</td><td>%2 <a href='%3'>%4</a></td></tr>")
                .arg(escaped(tr("Automatic refresh")),
                     escaped(kept ? tr("on: the tray refreshes it by itself when it is about to run out.")
                                  : tr("off.")),
                     kept ? StopKeepingFreshLink : KeepFreshLink,
                     escaped(kept ? tr("Turn off") : tr("Keep it fresh automatically")));
    }
    for (const KubeconfigSet::Shadowed &s : report.shadowed) {
        const bool mine = (s.kind == KubeconfigSet::Shadowed::Kind::Context && s.name == c.name) ||
                          (s.kind == KubeconfigSet::Shadowed::Kind::Cluster && s.name == c.cluster) ||
                          (s.kind == KubeconfigSet::Shadowed::Kind::User && s.name == c.user);
        if (!mine)
            continue;
        const QString what = s.kind == KubeconfigSet::Shadowed::Kind::Context ? tr("context “%1”").arg(s.name)
                             : s.kind == KubeconfigSet::Shadowed::Kind::Cluster
                                 ? tr("cluster “%1”").arg(s.name)
                                 : tr("user “%1”").arg(s.name);
        row(tr("Shadowed"), tr("%1 is also defined in %2, which kubectl ignores: %3 comes first")
                                .arg(what, s.file, s.ownerFile));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace kubeminder
