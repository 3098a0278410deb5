#include "reportformatter.h"

#include "credentials/expirypolicy.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace kubeminder {

namespace {

QString isoUtc(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QJsonValue optionalDate(const std::optional<QDateTime> &when)
{
    return when ? QJsonValue(isoUtc(*when)) : QJsonValue(QJsonValue::Null);
}

QString ansiColor(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("\x1b[32m");
    case Status::Unknown:
        return QStringLiteral("\x1b[2m");
    case Status::Warning:
        return QStringLiteral("\x1b[33m");
    case Status::Critical:
        return QStringLiteral("\x1b[1;31m");
    case Status::Expired:
    case Status::Error:
        return QStringLiteral("\x1b[1;37;41m");
    }
    return {};
}

QString shortenPath(const QString &path, const QString &home)
{
    if (!home.isEmpty()) {
        const QString prefix = QDir(home).absolutePath() + QLatin1Char('/');
        if (path.startsWith(prefix))
            return QStringLiteral("~/") + path.mid(prefix.size());
    }
    return path;
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

QJsonObject certificateJson(const CertificateInfo &info)
{
    return {{QStringLiteral("subject"), info.subject},
            {QStringLiteral("issuer"), info.issuer},
            {QStringLiteral("serialNumber"), info.serialNumber},
            {QStringLiteral("sha256Fingerprint"), info.sha256Fingerprint},
            {QStringLiteral("notBefore"), isoUtc(info.notBefore)},
            {QStringLiteral("notAfter"), isoUtc(info.notAfter)},
            {QStringLiteral("keyType"), info.keyType}};
}

} // namespace

QString ReportFormatter::table(const CheckReport &report, bool color, const QString &home)
{
    const QStringList headers{tr("CURRENT"), tr("NAME"),    tr("STATUS"), tr("EXPIRES"), tr("LEFT"),
                              tr("KIND"),    tr("CLUSTER"), tr("SERVER"), tr("FILE")};
    constexpr int StatusColumn = 2;
    std::vector<QStringList> rows;
    std::vector<Status> statuses;
    for (const ContextReport &c : report.contexts) {
        const auto &notAfter = c.credential.notAfter;
        rows.push_back(
            {c.current ? QStringLiteral("*") : QString(), c.name, statusName(c.status),
             notAfter ? notAfter->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-"),
             notAfter ? formatTimeLeft(*notAfter, report.generatedAt) : QStringLiteral("-"),
             credentialKindName(c.credential.kind), c.cluster, c.server, shortenPath(c.file, home)});
        statuses.push_back(c.status);
    }
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths << header.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    const auto line = [&](const QStringList &cells, const Status *status) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i == cells.size() - 1;
            const QString cell = last ? cells[i] : cells[i].leftJustified(widths[i]);
            if (status && color && i == StatusColumn)
                text += ansiColor(*status) + cells[i] + QStringLiteral("\x1b[0m") + cell.mid(cells[i].size());
            else
                text += cell;
            if (!last)
                text += QStringLiteral("   ");
        }
        return text + QLatin1Char('\n');
    };

    QString text;
    if (!rows.empty()) {
        text += line(headers, nullptr);
        for (std::size_t i = 0; i < rows.size(); ++i)
            text += line(rows[i], &statuses[i]);
    }
    QString problems;
    for (const ContextReport &c : report.contexts) {
        for (const Problem &problem : c.problems)
            problems +=
                QStringLiteral("  %1 (%2): %3\n").arg(c.name, statusName(problem.severity), problem.message);
    }
    if (!problems.isEmpty())
        text += QLatin1Char('\n') + tr("Problems:") + QLatin1Char('\n') + problems;
    QString files;
    for (const FileReport &file : report.files) {
        if (file.status == KubeconfigDocument::Status::Error)
            files += QStringLiteral("  ") + file.error + QLatin1Char('\n');
    }
    if (!files.isEmpty())
        text += QLatin1Char('\n') + tr("Files that could not be loaded:") + QLatin1Char('\n') + files;
    return text;
}

QJsonObject ReportFormatter::jsonObject(const CheckReport &report)
{
    QJsonArray files;
    for (const FileReport &file : report.files) {
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("status"), KubeconfigDocument::statusName(file.status)},
                                 {QStringLiteral("error"), file.error.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                : QJsonValue(file.error)}});
    }
    QJsonArray contexts;
    for (const ContextReport &c : report.contexts) {
        const CredentialReport &cred = c.credential;
        QJsonObject credential{
            {QStringLiteral("kind"), credentialKindName(cred.kind)},
            {QStringLiteral("status"), statusName(cred.status)},
            {QStringLiteral("notBefore"), optionalDate(cred.notBefore)},
            {QStringLiteral("notAfter"), optionalDate(cred.notAfter)},
            {QStringLiteral("daysLeft"), cred.notAfter
                                             ? QJsonValue(daysLeft(*cred.notAfter, report.generatedAt))
                                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("subject"), cred.subject},
            {QStringLiteral("groups"), QJsonArray::fromStringList(cred.groups)},
            {QStringLiteral("issuer"), cred.issuer},
        };
        if (cred.certificate)
            credential.insert(QStringLiteral("certificate"), certificateJson(*cred.certificate));
        if (!cred.note.isEmpty())
            credential.insert(QStringLiteral("note"), cred.note);
        QJsonArray problems;
        for (const Problem &problem : c.problems) {
            problems.append(QJsonObject{{QStringLiteral("severity"), statusName(problem.severity)},
                                        {QStringLiteral("message"), problem.message}});
        }
        QJsonObject context{{QStringLiteral("name"), c.name},
                            {QStringLiteral("cluster"), c.cluster},
                            {QStringLiteral("user"), c.user},
                            {QStringLiteral("namespace"), c.ns},
                            {QStringLiteral("server"), c.server},
                            {QStringLiteral("file"), c.file},
                            {QStringLiteral("clusterFile"), c.clusterFile},
                            {QStringLiteral("userFile"), c.userFile},
                            {QStringLiteral("current"), c.current},
                            {QStringLiteral("status"), statusName(c.status)},
                            {QStringLiteral("credential"), credential},
                            {QStringLiteral("problems"), problems}};
        if (c.clusterCa) {
            QJsonObject ca = certificateJson(*c.clusterCa);
            ca.insert(QStringLiteral("status"), statusName(c.clusterCaStatus));
            context.insert(QStringLiteral("clusterCa"), ca);
        }
        contexts.append(context);
    }
    return {{QStringLiteral("generatedAt"), isoUtc(report.generatedAt)},
            {QStringLiteral("currentContext"), report.currentContext.isEmpty()
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(report.currentContext)},
            {QStringLiteral("status"), statusName(report.worst())},
            {QStringLiteral("kubeconfigFiles"), files},
            {QStringLiteral("contexts"), contexts}};
}

QString ReportFormatter::json(const CheckReport &report)
{
    return QString::fromUtf8(QJsonDocument(jsonObject(report)).toJson(QJsonDocument::Indented));
}

QString ReportFormatter::prometheus(const CheckReport &report)
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
    family("kubeminder_check_timestamp_seconds", "Unix time of this check.");
    text +=
        QStringLiteral("kubeminder_check_timestamp_seconds %1\n").arg(report.generatedAt.toSecsSinceEpoch());
    return text;
}

} // namespace kubeminder
