#include "backupreason.h"

#include <array>
#include <utility>

namespace kubeminder {

namespace {

// Written into index.json: never renamed, or older entries would read as Unknown.
constexpr std::array<std::pair<BackupReason::Kind, const char *>, 5> KindNames = {{
    {BackupReason::Kind::Manual, "manual"},
    {BackupReason::Kind::BeforeImport, "before-import"},
    {BackupReason::Kind::BeforeRefresh, "before-refresh"},
    {BackupReason::Kind::BeforeRestore, "before-restore"},
    {BackupReason::Kind::BeforeUseContext, "before-use-context"},
}};

} // namespace

QString BackupReason::kindName(Kind kind)
{
    for (const auto &[known, name] : KindNames) {
        if (known == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<BackupReason::Kind> BackupReason::kindFromName(const QString &name)
{
    for (const auto &[kind, known] : KindNames) {
        if (name == QLatin1String(known))
            return kind;
    }
    return std::nullopt;
}

QString BackupReason::describe(const std::function<QString(const QDateTime &)> &formatDate) const
{
    switch (kind) {
    case Kind::Unknown:
        return {};
    case Kind::Manual:
        return tr("Manual");
    case Kind::BeforeImport:
        return tr("Before import of %1").arg(subject);
    case Kind::BeforeRefresh:
        return tr("Before refresh of %1").arg(subject);
    case Kind::BeforeRestore:
        // A restored file the store did not know (restored with --kubeconfig) has only its name.
        return tr("Before restore of %1")
            .arg(subjectTakenAt.isValid() ? formatDate(subjectTakenAt) : subject);
    case Kind::BeforeUseContext:
        return tr("Before switching to %1").arg(subject);
    }
    return {};
}

} // namespace kubeminder
