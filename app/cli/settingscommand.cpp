#include "settingscommand.h"

#include "credentials/expirypolicy.h"
#include "credentials/thresholdsettings.h"
#include "desktop/autostart.h"
#include "jsonwriter.h"
#include "monitor/connectionwatch.h"
#include "monitor/notificationsettings.h"
#include "reportformatter.h"
#include "storage/backupstore.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QSettings>

#include <functional>
#include <optional>
#include <vector>

namespace kubeminder {

namespace {

// One setting as the command sees it. `set` validates and saves, or returns why it would not.
struct Setting
{
    QString name;
    QString description;
    QString defaultValue;
    std::function<QString(const QSettings &)> get;
    std::function<std::optional<QString>(QSettings &, const QString &value)> set;
};

std::optional<bool> parseSwitch(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("on") || value == QLatin1String("true") || value == QLatin1String("yes") ||
        value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("off") || value == QLatin1String("false") || value == QLatin1String("no") ||
        value == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QString switchText(bool on)
{
    return on ? QStringLiteral("on") : QStringLiteral("off");
}

std::optional<int> parseNumber(const QString &text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

QString notANumber(int minimum, int maximum)
{
    return SettingsCommand::tr("give a whole number from %1 to %2.").arg(minimum).arg(maximum);
}

std::optional<QString> saveThresholds(QSettings &settings, int warning, int critical)
{
    if (critical > warning) {
        return SettingsCommand::tr(
                   "the critical threshold (%1 days) must not be more than the warning threshold "
                   "(%2 days).")
            .arg(critical)
            .arg(warning);
    }
    ThresholdSettings::write(settings, warning, critical);
    return std::nullopt;
}

std::optional<QString> saveNotifications(QSettings &settings,
                                         const std::function<void(NotificationSettings &)> &change)
{
    NotificationSettings notifications = NotificationSettings::read(settings);
    change(notifications);
    if (!notifications.write(settings))
        return SettingsCommand::tr("the value is out of range.");
    return std::nullopt;
}

// A whole number from `minimum` to `maximum`, checked here and saved by `save` (which may still
// refuse it, saying why).
Setting numberSetting(const QString &name, const QString &description, int defaultValue, int minimum,
                      int maximum, const std::function<int(const QSettings &)> &get,
                      const std::function<std::optional<QString>(QSettings &, int)> &save)
{
    return {name, description, QString::number(defaultValue),
            [get](const QSettings &s) { return QString::number(get(s)); },
            [=](QSettings &s, const QString &value) -> std::optional<QString> {
                const std::optional<int> number = parseNumber(value, minimum, maximum);
                if (!number)
                    return notANumber(minimum, maximum);
                return save(s, *number);
            }};
}

// On or off ("yes", "true", "1" and their opposites too).
Setting switchSetting(const QString &name, const QString &description, bool defaultValue,
                      const std::function<bool(const QSettings &)> &get,
                      const std::function<std::optional<QString>(QSettings &, bool)> &save)
{
    return {name, description, switchText(defaultValue),
            [get](const QSettings &s) { return switchText(get(s)); },
            [save](QSettings &s, const QString &value) -> std::optional<QString> {
                const std::optional<bool> on = parseSwitch(value);
                if (!on)
                    return SettingsCommand::tr("give on or off.");
                return save(s, *on);
            }};
}

std::optional<QString> saveRetention(QSettings &settings,
                                     const std::function<void(RetentionPolicy &)> &change)
{
    RetentionPolicy policy = RetentionPolicy::fromSettings(settings);
    change(policy);
    policy.write(settings);
    return std::nullopt;
}

// `now`: the command's clock (the pause is relative to it), injected so tests pass their own.
std::vector<Setting> allSettings(const QDateTime &now)
{
    using Saved = std::optional<QString>;
    std::vector<Setting> settings;
    settings.push_back(numberSetting(
        QStringLiteral("warning-days"),
        SettingsCommand::tr("Days before expiry from which a credential shows as expiring soon."),
        ExpiryPolicy::DefaultWarningDays, 0, ThresholdSettings::MaximumDays,
        [](const QSettings &s) { return ThresholdSettings::read(s).warningDays; },
        [](QSettings &s, int days) {
            return saveThresholds(s, days, ThresholdSettings::read(s).criticalDays);
        }));
    settings.push_back(numberSetting(
        QStringLiteral("critical-days"),
        SettingsCommand::tr("Days before expiry from which a credential shows as critical."),
        ExpiryPolicy::DefaultCriticalDays, 0, ThresholdSettings::MaximumDays,
        [](const QSettings &s) { return ThresholdSettings::read(s).criticalDays; },
        [](QSettings &s, int days) {
            return saveThresholds(s, ThresholdSettings::read(s).warningDays, days);
        }));
    settings.push_back(numberSetting(
        QStringLiteral("keep-backups"),
        SettingsCommand::tr("Backups of each file always kept: the newest N."), RetentionPolicy().keepLast,
        RetentionPolicy::Minimum, RetentionPolicy::Maximum,
        [](const QSettings &s) { return RetentionPolicy::fromSettings(s).keepLast; },
        [](QSettings &s, int count) {
            return saveRetention(s, [&](RetentionPolicy &p) { p.keepLast = count; });
        }));
    settings.push_back(numberSetting(
        QStringLiteral("keep-backup-days"),
        SettingsCommand::tr("Backups younger than this many days are kept too."), RetentionPolicy().keepDays,
        RetentionPolicy::Minimum, RetentionPolicy::Maximum,
        [](const QSettings &s) { return RetentionPolicy::fromSettings(s).keepDays; },
        [](QSettings &s, int days) {
            return saveRetention(s, [&](RetentionPolicy &p) { p.keepDays = days; });
        }));
    settings.push_back(switchSetting(
        QStringLiteral("notifications"),
        SettingsCommand::tr("Desktop notifications before credentials expire (on or off)."),
        NotificationSettings().enabled,
        [](const QSettings &s) { return NotificationSettings::read(s).enabled; },
        [](QSettings &s, bool on) {
            return saveNotifications(s, [&](NotificationSettings &n) { n.enabled = on; });
        }));
    settings.push_back(
        {QStringLiteral("notify-days"),
         SettingsCommand::tr("Days before expiry at which to notify, e.g. \"30, 7, 1\"."),
         NotificationSettings::formatThresholds(NotificationSettings::defaultThresholdDays()),
         [](const QSettings &s) {
             return NotificationSettings::formatThresholds(NotificationSettings::read(s).thresholdDays);
         },
         [](QSettings &s, const QString &value) -> Saved {
             const auto days = NotificationSettings::parseThresholds(value);
             if (!days) {
                 return SettingsCommand::tr(
                            "give whole numbers of days from 0 to %1, separated by commas (at most "
                            "%2).")
                     .arg(NotificationSettings::MaximumDays)
                     .arg(NotificationSettings::MaximumThresholds);
             }
             return saveNotifications(s, [&](NotificationSettings &n) { n.thresholdDays = *days; });
         }});
    settings.push_back(
        {QStringLiteral("paused-until"),
         SettingsCommand::tr("Notifications held back until then, as the tray's Pause: 1h, tomorrow, a date "
                             "and time (ISO 8601), or off."),
         QStringLiteral("off"),
         [now](const QSettings &s) {
             const NotificationSettings n = NotificationSettings::read(s);
             return n.isPaused(now) ? n.pausedUntil->toString(Qt::ISODate) : QStringLiteral("off");
         },
         [now](QSettings &s, const QString &value) -> Saved {
             const QString text = value.trimmed();
             const QDateTime until = QDateTime::fromString(text, Qt::ISODate);
             if (text == QLatin1String("1h"))
                 return saveNotifications(
                     s, [&](NotificationSettings &n) { n.pauseFor(now, std::chrono::hours(1)); });
             if (text == QLatin1String("tomorrow"))
                 return saveNotifications(s, [&](NotificationSettings &n) { n.pauseUntilTomorrow(now); });
             if (parseSwitch(text) == false)
                 return saveNotifications(s, [](NotificationSettings &n) { n.resume(); });
             if (until.isValid() && until > now)
                 return saveNotifications(s, [&](NotificationSettings &n) { n.pausedUntil = until.toUTC(); });
             return SettingsCommand::tr("give 1h, tomorrow, off, or a date and time to come such as "
                                        "2026-12-24T18:00.");
         }});
    settings.push_back(numberSetting(
        QStringLiteral("connection-test-hours"),
        SettingsCommand::tr("Hours between the tray's connection tests of every context; 0 turns them off."),
        0, 0, ConnectionWatch::MaximumIntervalHours,
        [](const QSettings &s) { return ConnectionWatch::readIntervalHours(s); },
        [](QSettings &s, int hours) -> Saved {
            ConnectionWatch::writeIntervalHours(s, hours);
            return std::nullopt;
        }));
    settings.push_back(switchSetting(
        QStringLiteral("start-at-login"),
        SettingsCommand::tr("Start Kubeminder in the tray when you log in (on or off)."), false,
        [](const QSettings &) { return Autostart::isEnabled(); },
        [](QSettings &, bool on) -> Saved {
            QString error;
            if (!Autostart::setEnabled(on, QCoreApplication::applicationFilePath(), &error))
                return error;
            return std::nullopt;
        }));
    return settings;
}

const Setting *find(const std::vector<Setting> &settings, const QString &name)
{
    for (const Setting &setting : settings) {
        if (setting.name == name)
            return &setting;
    }
    return nullptr;
}

// Every saved value that is ignored, and why: the same sentences the window shows.
QStringList problems(const QSettings &settings)
{
    QStringList all = ThresholdSettings::read(settings).problems;
    NotificationSettings::read(settings, &all);
    ConnectionWatch::readIntervalHours(settings, &all);
    return all;
}

int list(const std::vector<Setting> &settings, bool json, CommandContext &context)
{
    const QSettings saved;
    if (json) {
        QString text;
        JsonWriter writer(text);
        writer.beginObject();
        for (const Setting &setting : settings) {
            writer.key(setting.name.toUtf8().constData());
            writer.value(setting.get(saved));
        }
        writer.endObject();
        context.out << text << '\n';
    } else {
        TextTable table;
        table.addRow({SettingsCommand::tr("NAME"), SettingsCommand::tr("VALUE"),
                      SettingsCommand::tr("DEFAULT"), SettingsCommand::tr("MEANING")});
        for (const Setting &setting : settings)
            table.addRow({setting.name, setting.get(saved), setting.defaultValue, setting.description});
        context.out << table.render();
    }
    context.out.flush();
    for (const QString &problem : problems(saved))
        context.err << SettingsCommand::tr("kubeminder settings: %1").arg(problem) << '\n';
    context.err.flush();
    return 0;
}

} // namespace

int SettingsCommand::run(const QStringList &arguments, CommandContext &context)
{
    const std::vector<Setting> settings = allSettings(context.now());
    QStringList names;
    for (const Setting &setting : settings)
        names << setting.name;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists, reads and changes Kubeminder's settings, as the Settings dialog does:\n"
           "  kubeminder settings                 every setting, its value and default\n"
           "  kubeminder settings get NAME        one value\n"
           "  kubeminder settings set NAME VALUE  change one (checked like the dialog)\n"
           "  kubeminder settings reset NAME      back to the default\n"
           "A running window reloads within a second of a change.\n"
           "Names: %1")
            .arg(names.join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("get|set|reset"), tr("What to do."),
                                 QStringLiteral("[get NAME | set NAME VALUE | reset NAME]"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Format of the list: table or json."), tr("FORMAT"),
                                    QStringLiteral("table"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({output, help});
    const auto usageError = [&context](const QString &message) {
        context.err << tr("kubeminder settings: %1").arg(message) << Qt::endl;
        return ExitUsageError;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("[options]"),
                                                 QStringLiteral("settings [options]"));
        context.out.flush();
        return 0;
    }
    const QString format = parser.value(output);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(
            tr("unknown output format “%1”: use table or json.").arg(ReportFormatter::terminalSafe(format)));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return list(settings, format == QLatin1String("json"), context);

    const QString action = positional.constFirst();
    const int expected = action == QLatin1String("set") ? 3 : 2;
    if (action != QLatin1String("get") && action != QLatin1String("set") && action != QLatin1String("reset"))
        return usageError(
            tr("unknown action “%1”: use get, set or reset.").arg(ReportFormatter::terminalSafe(action)));
    if (positional.size() != expected) {
        return usageError(action == QLatin1String("set")
                              ? tr("give a name and a value: settings set NAME VALUE.")
                              : tr("give one name: settings %1 NAME.").arg(action));
    }
    const Setting *setting = find(settings, positional.at(1));
    if (!setting) {
        return usageError(
            tr("no setting named “%1”. Names: %2")
                .arg(ReportFormatter::terminalSafe(positional.at(1)), names.join(QStringLiteral(", "))));
    }
    QSettings saved;
    if (action == QLatin1String("get")) {
        context.out << setting->get(saved) << '\n';
        context.out.flush();
        return 0;
    }
    const QString before = setting->get(saved);
    const QString value = action == QLatin1String("set") ? positional.at(2) : setting->defaultValue;
    if (const std::optional<QString> refused = setting->set(saved, value)) {
        return usageError(
            tr("%1 not changed: %2").arg(setting->name, ReportFormatter::terminalSafe(*refused)));
    }
    saved.sync();
    if (saved.status() != QSettings::NoError) {
        context.err << tr("kubeminder settings: could not save %1.").arg(saved.fileName()) << Qt::endl;
        return 1;
    }
    context.out << tr("%1: %2 → %3").arg(setting->name, before, setting->get(saved)) << '\n';
    context.out.flush();
    return 0;
}

} // namespace kubeminder
