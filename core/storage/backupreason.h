#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace kubeminder {

/// Why a backup was taken: the action that was about to change the file, so a tired person can
/// pick "the one before I imported homelab" from a list of timestamps. Names a context or a
/// backup, never anything from inside a credential.
struct BackupReason
{
    Q_DECLARE_TR_FUNCTIONS(BackupReason)

public:
    enum class Kind {
        Unknown,          ///< not recorded: a backup from before reasons were kept, or an index entry lost
        Manual,           ///< "Back up" in the window, `kubeminder backup`
        BeforeImport,     ///< an import that adds the context `subject`
        BeforeRefresh,    ///< an import that refreshes the context `subject` in place
        BeforeRestore,    ///< a restore of the backup `subject` (its file name)
        BeforeUseContext, ///< making `subject` the current context
    };

    Kind kind = Kind::Unknown;
    /// The context imported, refreshed or switched to; for a restore, the backup's file name.
    QString subject;
    /// For a restore of a backup the store knows: when that backup was taken (UTC), which says
    /// more to a person than its file name.
    QDateTime subjectTakenAt;

    static BackupReason manual() { return {Kind::Manual, {}, {}}; }
    static BackupReason beforeImport(const QString &context) { return {Kind::BeforeImport, context, {}}; }
    static BackupReason beforeRefresh(const QString &context) { return {Kind::BeforeRefresh, context, {}}; }
    static BackupReason beforeUseContext(const QString &context)
    {
        return {Kind::BeforeUseContext, context, {}};
    }
    static BackupReason beforeRestore(const QString &backupFileName, const QDateTime &takenAt)
    {
        return {Kind::BeforeRestore, backupFileName, takenAt};
    }

    bool known() const { return kind != Kind::Unknown; }

    /// Stable machine name, as the backup index stores it: "manual", "before-import",
    /// "before-refresh", "before-restore", "before-use-context"; empty for Unknown.
    static QString kindName(Kind kind);
    /// The kind a machine name stands for; nothing for a name this version does not know.
    static std::optional<Kind> kindFromName(const QString &name);

    /// One phrase for the Backups window and `kubeminder backups`: "Manual", "Before import of
    /// homelab", "Before restore of 2026-11-04 15:34", "Before switching to prod"; empty when
    /// unknown. `formatDate` writes the restored backup's time their way.
    QString describe(const std::function<QString(const QDateTime &)> &formatDate) const;

    friend bool operator==(const BackupReason &, const BackupReason &) = default;
};

} // namespace kubeminder
