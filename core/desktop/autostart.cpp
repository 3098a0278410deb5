#include "autostart.h"

#include "support/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace kubeminder {

namespace {

// The application id, the same name as the installed desktop entry, so a system-wide autostart
// entry and the user's one override each other as the XDG autostart spec intends.
const QString EntryName = QStringLiteral("io.kubeminder.Kubeminder.desktop");
/// An autostart entry is a few hundred bytes; one far larger is not worth reading to the end.
constexpr qint64 MaximumEntrySize = 64 * 1024;

const char *const CommentText = QT_TRANSLATE_NOOP("Autostart", "Keeps your Kubernetes credentials alive");

/// The base directory spec: an unset, empty or relative variable counts as not set.
QString xdgDirectory(const char *variable, const QString &fallback)
{
    const QString value = qEnvironmentVariable(variable);
    return QDir::isAbsolutePath(value) ? QDir::cleanPath(value) : fallback;
}

/// The first entry of our name in $XDG_CONFIG_DIRS/autostart, which ours overrides; empty if none.
QString systemEntryPath()
{
    const QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    const QStringList candidates =
        dirs.isEmpty() ? QStringList{QStringLiteral("/etc/xdg")} : dirs.split(QLatin1Char(':'));
    for (const QString &dir : candidates) {
        if (!QDir::isAbsolutePath(dir))
            continue;
        const QString path = QDir(dir).absoluteFilePath(QStringLiteral("autostart/") + EntryName);
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

/// Whether the entry at `path` starts the program: it is not Hidden and GNOME's switch is not off.
bool entryStartsSession(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.read(MaximumEntrySize);
    bool inMainGroup = false;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.startsWith('[')) {
            inMainGroup = line == "[Desktop Entry]";
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (!inMainGroup || equals < 0)
            continue;
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        // Hidden=true is the spec's way to say "deleted"; GNOME also honours its own switch. Either one
        // stops the entry.
        if (key == "Hidden" && value == "true")
            return false;
        if (key == "X-GNOME-Autostart-enabled" && value == "false")
            return false;
    }
    return true;
}

/// One argument of Exec, quoted when it holds a reserved character; inside the quotes ", `, $ and
/// \ are escaped with a backslash (Desktop Entry spec, "The Exec key").
QString quoteExecArgument(const QString &argument)
{
    // The characters the Desktop Entry spec reserves: an argument holding one must be quoted.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    static const QString escapedInQuotes = QStringLiteral("\"`$\\");
    const bool needsQuotes = argument.isEmpty() || std::any_of(argument.begin(), argument.end(),
                                                               [](QChar c) { return reserved.contains(c); });
    if (!needsQuotes)
        return argument;
    QString quoted = QStringLiteral("\"");
    for (const QChar c : argument) {
        if (escapedInQuotes.contains(c))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return quoted + QLatin1Char('"');
}

/// A value of type string: a backslash is written as two (the spec applies this before the Exec
/// quoting, which is why a literal backslash in a quoted argument ends up as four).
QString escapeString(QString value)
{
    return value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
}

QString execValue(const QString &executable)
{
    // A literal % would start a field code such as %f.
    QString program = quoteExecArgument(executable);
    program.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return escapeString(program) + QStringLiteral(" --minimized");
}

QByteArray entryContents(const QString &executable, bool hidden)
{
    QString text = QStringLiteral("[Desktop Entry]\n"
                                  "Type=Application\n"
                                  "Version=1.4\n"
                                  "Name=Kubeminder\n");
    text += QStringLiteral("Comment=") + QLatin1String(CommentText) + QLatin1Char('\n');
    const QString translated = Autostart::tr(CommentText);
    // The comment in the current language as well, so a session manager's list shows it in the
    // user's language; the untranslated one stays as the fallback the spec requires.
    if (translated != QLatin1String(CommentText))
        text += QStringLiteral("Comment[%1]=%2\n").arg(QLocale().name(), escapeString(translated));
    // --minimized: at login the app goes to the tray instead of opening its window.
    text += QStringLiteral("Exec=") + execValue(executable) + QLatin1Char('\n');
    // When Kubeminder is uninstalled but this file stays, session managers skip it quietly.
    text += QStringLiteral("TryExec=") + escapeString(executable) + QLatin1Char('\n');
    text += QStringLiteral("Icon=io.kubeminder.Kubeminder\n"
                           "Terminal=false\n"
                           "NoDisplay=false\n");
    text += hidden ? QStringLiteral("Hidden=true\nX-GNOME-Autostart-enabled=false\n")
                   : QStringLiteral("X-GNOME-Autostart-enabled=true\n");
    return text.toUtf8();
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString Autostart::entryPath()
{
    const QString configHome = xdgDirectory("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
    return configHome + QStringLiteral("/autostart/") + EntryName;
}

bool Autostart::isEnabled()
{
    const QString path = entryPath();
    if (QFileInfo::exists(path))
        return entryStartsSession(path);
    const QString system = systemEntryPath();
    return !system.isEmpty() && entryStartsSession(system);
}

bool Autostart::setEnabled(bool enabled, const QString &executable, QString *error)
{
    // Removing our entry would uncover a system-wide one; Hidden=true switches that off instead.
    const QString system = systemEntryPath();
    const bool hideSystemEntry = !enabled && !system.isEmpty() && entryStartsSession(system);
    if (enabled || hideSystemEntry) {
        if (!QDir::isAbsolutePath(executable)) {
            return fail(error, tr("Cannot set up the start at login: “%1” is not the full path of the "
                                  "Kubeminder program.")
                                   .arg(executable));
        }
        // Tabs and line breaks could be escaped, but no real program path has them; refusing keeps
        // the entry one that every session manager reads the same way.
        if (std::any_of(executable.begin(), executable.end(),
                        [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; })) {
            return fail(error, tr("Cannot set up the start at login: the program path %1 contains a control "
                                  "character. Move Kubeminder to a folder with a plain name.")
                                   .arg(executable));
        }
        return write(entryContents(executable, hideSystemEntry), error);
    }

    const QString path = entryPath();
    QFile file(path);
    // A symlink in the entry's place, even a dangling one, is removed too: the user asked for no entry.
    if ((file.exists() || QFileInfo(path).isSymLink()) && !file.remove()) {
        return fail(error,
                    tr("Cannot remove the autostart entry %1: %2. Delete it by hand to stop Kubeminder "
                       "from starting at login.")
                        .arg(path, file.errorString()));
    }
    return true;
}

bool Autostart::write(const QByteArray &contents, QString *error)
{
    const QString path = entryPath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(error, tr("Cannot create the folder %1 for the autostart entry.").arg(folder));
    // Written atomically, so a session manager that reads it at the same moment never sees half an
    // entry. 0644 like any desktop entry: it holds no secret.
    const AtomicFile::Result saved = AtomicFile::save(path, contents,
                                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                          QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!saved.ok())
        return fail(error, tr("Cannot write the autostart entry %1: %2.").arg(path, saved.systemError));
    return true;
}

} // namespace kubeminder
