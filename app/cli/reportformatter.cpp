#include "reportformatter.h"

#include "credentials/distribution.h"
#include "credentials/expirypolicy.h"
#include "jsonwriter.h"
#include "support/homepath.h"
#include "support/timetext.h"
#include "texttable.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace kubeminder {

namespace {

// ISO 8601 in UTC ("2026-06-15T12:00:00Z"). Written by hand: QDateTime::toString is the single
// largest cost of a large JSON report.
QString isoUtc(const QDateTime &when)
{
    const QDateTime utc = when.timeSpec() == Qt::UTC ? when : when.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(),
                                d.day(), t.hour(), t.minute(), t.second());
    return QString::fromLatin1(buffer, n);
}

QString ansiColor(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("32");
    case Status::Unknown:
        return QStringLiteral("2");
    case Status::Warning:
        return QStringLiteral("33");
    case Status::Critical:
        return QStringLiteral("1;31");
    case Status::Expired:
    case Status::Error:
        return QStringLiteral("1;37;41");
    }
    return {};
}

// Prometheus label values escape backslash, double quote and line feed.
QString label(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString ReportFormatter::terminalSafe(const QString &text)
{
    const auto isControl = [](char16_t c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString safe;
    safe.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            safe += QStringLiteral("\\x%1").arg(uint(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe;
}

QString ReportFormatter::table(const CheckReport &report, bool color, const QString &home,
                               const QHash<QString, QString> &nextSteps)
{
    const QStringList headers{tr("CURRENT"), tr("NAME"),    tr("STATUS"), tr("EXPIRES (UTC)"), tr("LEFT"),
                              tr("KIND"),    tr("CLUSTER"), tr("SERVER"), tr("FILE")};
    constexpr int StatusColumn = 2;
    std::vector<QStringList> rows;
    std::vector<Status> statuses;
    for (const ContextReport &c : report.contexts) {
        const auto &notAfter = c.credential.notAfter;
        rows.push_back(
            {c.current ? QStringLiteral("*") : QString(), terminalSafe(c.name), statusName(c.status),
             notAfter ? notAfter->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-"),
             notAfter ? TimeText::timeLeft(*notAfter, report.generatedAt) : QStringLiteral("-"),
             credentialKindName(c.credential.kind), terminalSafe(c.cluster), terminalSafe(c.server),
             terminalSafe(homeRelativePath(c.file, home))});
        statuses.push_back(c.status);
    }
    TextTable table(QStringLiteral("   "));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i == 0)
            table.addRow(headers);
        QStringList colors;
        if (color) {
            colors = QStringList(rows[i].size());
            colors[StatusColumn] = ansiColor(statuses[i]);
        }
        table.addRow(rows[i], colors);
    }
    QString text = table.render();
    QString problems;
    for (const ContextReport &c : report.contexts) {
        for (const Problem &problem : c.problems)
            problems +=
                QStringLiteral("  %1 (%2): %3\n")
                    .arg(terminalSafe(c.name), statusName(problem.severity), terminalSafe(problem.message));
    }
    if (!problems.isEmpty())
        text += QLatin1Char('\n') + tr("Problems:") + QLatin1Char('\n') + problems;
    QString files;
    for (const FileReport &file : report.files) {
        if (file.status == KubeconfigDocument::Status::Error)
            files += QStringLiteral("  ") + terminalSafe(file.error) + QLatin1Char('\n');
    }
    if (!files.isEmpty())
        text += QLatin1Char('\n') + tr("Files that could not be loaded:") + QLatin1Char('\n') + files;
    QString next;
    for (const ContextReport &c : report.contexts) {
        if (const auto it = nextSteps.constFind(c.name); it != nextSteps.cend()) {
            next += QStringLiteral("  ") + terminalSafe(*it) + QLatin1Char('\n');
            // What renews it where it comes from: a refresh alone gets the same certificate again
            // from a K3s that has not restarted.
            const Distribution distribution = DistributionRules::of(c);
            if (const QString renewal = DistributionRules::renewal(distribution, c.credential.subject);
                !renewal.isEmpty())
                next += QStringLiteral("    ") + terminalSafe(renewal) + QLatin1Char('\n');
        }
    }
    if (!next.isEmpty())
        text += QLatin1Char('\n') + tr("To refresh:") + QLatin1Char('\n') + next;
    return text;
}

QString ReportFormatter::json(const CheckReport &report)
{
    QString text;
    QTextStream out(&text);
    writeJson(report, out);
    out.flush();
    return text;
}

void ReportFormatter::writeJson(const CheckReport &report, QTextStream &out)
{
    // About 2 KB a context: the text goes out every 32 contexts or so.
    constexpr qsizetype Chunk = 64 * 1024;
    QString text;
    text.reserve(Chunk + 8 * 1024);
    JsonWriter w(text);
    const auto date = [&w](const std::optional<QDateTime> &when) {
        if (when)
            w.value(isoUtc(*when));
        else
            w.null();
    };
    const auto certificate = [&w](const CertificateInfo &info) {
        w.key("subject"), w.value(info.subject);
        w.key("issuer"), w.value(info.issuer);
        w.key("serialNumber"), w.value(info.serialNumber);
        w.key("sha256Fingerprint"), w.value(info.sha256Fingerprint);
        w.key("notBefore"), w.value(isoUtc(info.notBefore));
        w.key("notAfter"), w.value(isoUtc(info.notAfter));
        w.key("keyType"), w.value(info.keyType);
    };

    w.beginObject();
    w.key("generatedAt"), w.value(isoUtc(report.generatedAt));
    w.key("currentContext"), w.valueOrNull(report.currentContext);
    w.key("status"), w.value(statusName(report.worst()));
    w.key("kubeconfigFiles");
    w.beginArray();
    for (const FileReport &file : report.files) {
        w.beginObject();
        w.key("path"), w.value(file.path);
        w.key("status"), w.value(KubeconfigDocument::statusName(file.status));
        w.key("error"), w.valueOrNull(file.error);
        w.endObject();
    }
    w.endArray();
    w.key("contexts");
    w.beginArray();
    for (const ContextReport &c : report.contexts) {
        const CredentialReport &cred = c.credential;
        w.beginObject();
        w.key("name"), w.value(c.name);
        w.key("cluster"), w.value(c.cluster);
        w.key("user"), w.value(c.user);
        w.key("namespace"), w.value(c.ns);
        w.key("server"), w.value(c.server);
        w.key("file"), w.value(c.file);
        w.key("clusterFile"), w.value(c.clusterFile);
        w.key("userFile"), w.value(c.userFile);
        w.key("current"), w.value(c.current);
        w.key("status"), w.value(statusName(c.status));
        w.key("credential");
        w.beginObject();
        w.key("kind"), w.value(credentialKindName(cred.kind));
        w.key("status"), w.value(statusName(cred.status));
        w.key("notBefore"), date(cred.notBefore);
        w.key("notAfter"), date(cred.notAfter);
        w.key("daysLeft"),
            w.valueOrNull(cred.notAfter ? std::optional<qint64>(daysLeft(*cred.notAfter, report.generatedAt))
                                        : std::nullopt);
        w.key("subject"), w.value(cred.subject);
        w.key("groups");
        w.value(cred.groups);
        w.key("issuer"), w.value(cred.issuer);
        // "k3s", "rke2", "kubeadm", "kind", "microk8s", "minikube" or "unknown", and how it renews.
        const Distribution distribution = DistributionRules::of(c);
        w.key("distribution"), w.value(DistributionRules::id(distribution));
        w.key("renewal"), w.value(DistributionRules::renewal(distribution, cred.subject));
        if (cred.certificate) {
            w.key("certificate");
            w.beginObject();
            certificate(*cred.certificate);
            w.endObject();
        }
        if (!cred.note.isEmpty())
            w.key("note"), w.value(cred.note);
        w.endObject();
        if (c.clusterCa) {
            w.key("clusterCa");
            w.beginObject();
            certificate(*c.clusterCa);
            w.key("status"), w.value(statusName(c.clusterCaStatus));
            w.endObject();
        }
        w.key("problems");
        w.beginArray();
        for (const Problem &problem : c.problems) {
            w.beginObject();
            w.key("severity"), w.value(statusName(problem.severity));
            w.key("message"), w.value(problem.message);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        if (text.size() >= Chunk) {
            out << text;
            text.clear(); // keeps its capacity
        }
    }
    w.endArray();
    w.endObject();
    out << text;
}

QString ReportFormatter::prometheus(const CheckReport &report, const EmbeddedCertificates &certificates)
{
    QString text;
    const auto family = [&text](const char *name, const char *help) {
        text +=
            QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n").arg(QLatin1String(name), QLatin1String(help));
    };
    const auto contextLabels = [](const ContextReport &c) {
        return QStringLiteral("context=%1,cluster=%2,user=%3,file=%4")
            .arg(label(c.name), label(c.cluster), label(c.user), label(c.file));
    };

    family("kubeminder_credential_expiry_timestamp_seconds",
           "Unix time at which the context's credential stops working.");
    for (const ContextReport &c : report.contexts) {
        if (c.credential.notAfter) {
            text += QStringLiteral("kubeminder_credential_expiry_timestamp_seconds{%1,kind=%2} %3\n")
                        .arg(contextLabels(c), label(credentialKindName(c.credential.kind)))
                        .arg(c.credential.notAfter->toSecsSinceEpoch());
        }
    }
    family("kubeminder_cluster_ca_expiry_timestamp_seconds",
           "Unix time at which the context's cluster CA expires.");
    for (const ContextReport &c : report.contexts) {
        if (c.clusterCa) {
            text += QStringLiteral("kubeminder_cluster_ca_expiry_timestamp_seconds{%1} %2\n")
                        .arg(contextLabels(c))
                        .arg(c.clusterCa->notAfter.toSecsSinceEpoch());
        }
    }
    family("kubeminder_context_status",
           "Credential status of the context: 1 for its current state, 0 otherwise.");
    const Status all[] = {Status::Ok,       Status::Unknown, Status::Warning,
                          Status::Critical, Status::Expired, Status::Error};
    for (const ContextReport &c : report.contexts) {
        for (Status status : all) {
            text += QStringLiteral("kubeminder_context_status{%1,status=%2} %3\n")
                        .arg(contextLabels(c), label(statusName(status)))
                        .arg(c.status == status ? 1 : 0);
        }
    }
    family("kubeminder_kubeconfig_file_ok",
           "1 when the kubeconfig file loaded (ok or empty), 0 when it is missing "
           "or broken.");
    for (const FileReport &file : report.files) {
        const bool ok =
            file.status == KubeconfigDocument::Status::Ok || file.status == KubeconfigDocument::Status::Empty;
        text += QStringLiteral("kubeminder_kubeconfig_file_ok{path=%1,status=%2} %3\n")
                    .arg(label(file.path), label(KubeconfigDocument::statusName(file.status)))
                    .arg(ok ? 1 : 0);
    }
    family("kubeminder_credential_info",
           "1 for every context, with its credential's kind, subject and issuer (tokens, OIDC and exec "
           "plugins included, which x509 series cannot describe).");
    for (const ContextReport &c : report.contexts) {
        text += QStringLiteral("kubeminder_credential_info{context=%1,cluster=%2,user=%3,kind=%4,subject=%5,"
                               "issuer=%6} 1\n")
                    .arg(label(c.name), label(c.cluster), label(c.user),
                         label(credentialKindName(c.credential.kind)), label(c.credential.subject),
                         label(c.credential.issuer));
    }

    // enix's x509-certificate-exporter, watching kubeconfig files, gives these three series per
    // certificate with exactly these labels (sorted, as its Go client writes them); dashboards and
    // alerts made for it (x509_cert_not_after - time() < 28*86400) read ours unchanged. Its "ST"
    // labels hold the street address, not the state: so do ours.
    const auto x509Labels = [](const EmbeddedCertificate &embedded) {
        const Certificate::NameParts issuer = embedded.certificate.issuerParts();
        const Certificate::NameParts subject = embedded.certificate.subjectParts();
        const QString kind = embedded.kind == EmbeddedCertificate::Kind::User ? QStringLiteral("user")
                                                                              : QStringLiteral("cluster");
        const auto name = [](const char *prefix, const Certificate::NameParts &parts) {
            return QStringLiteral("%1_C=%2,%1_CN=%3,%1_L=%4,%1_O=%5,%1_OU=%6,%1_ST=%7")
                .arg(QLatin1String(prefix), label(parts.country), label(parts.commonName),
                     label(parts.locality), label(parts.organization), label(parts.organizationalUnit),
                     label(parts.streetAddress));
        };
        return QStringLiteral(
                   "embedded_key=%1,embedded_kind=%2,filename=%3,filepath=%4,%5,serial_number=%6,%7")
            .arg(label(embedded.entry), label(kind), label(QFileInfo(embedded.file).fileName()),
                 label(embedded.file), name("issuer", issuer), label(embedded.certificate.serialDecimal()),
                 name("subject", subject));
    };
    QStringList labels;
    labels.reserve(qsizetype(certificates.certificates.size()));
    for (const EmbeddedCertificate &embedded : certificates.certificates)
        labels << x509Labels(embedded);
    const auto x509Family = [&](const char *name, const char *help, const auto &value) {
        family(name, help);
        for (std::size_t i = 0; i < certificates.certificates.size(); ++i)
            text += QStringLiteral("%1{%2} %3\n")
                        .arg(QLatin1String(name), labels.at(qsizetype(i)))
                        .arg(value(certificates.certificates[i].certificate.info()));
    };
    x509Family("x509_cert_not_after", "Unix time after which the certificate is no longer valid.",
               [](const CertificateInfo &info) { return info.notAfter.toSecsSinceEpoch(); });
    x509Family("x509_cert_not_before", "Unix time before which the certificate is not yet valid.",
               [](const CertificateInfo &info) { return info.notBefore.toSecsSinceEpoch(); });
    x509Family("x509_cert_expired", "1 when the certificate has expired, else 0.",
               [&report](const CertificateInfo &info) {
                   return qint64(info.notAfter < report.generatedAt ? 1 : 0);
               });
    family("x509_read_errors", "Certificates of the kubeconfig files that could not be read or parsed.");
    text += QStringLiteral("x509_read_errors %1\n").arg(certificates.readErrors);

    family("kubeminder_check_timestamp_seconds", "Unix time of this check.");
    text +=
        QStringLiteral("kubeminder_check_timestamp_seconds %1\n").arg(report.generatedAt.toSecsSinceEpoch());
    return text;
}

} // namespace kubeminder
