#include "colorscheme.h"

#include <QApplication>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#include <QStyleFactory>

namespace kubeminder {

ColorScheme::Preference ColorScheme::preference(const QDBusConnection &bus)
{
    const QByteArray forced = qgetenv("KUBEMINDER_COLOR_SCHEME").trimmed().toLower();
    if (forced == "dark")
        return Preference::Dark;
    if (forced == "light")
        return Preference::Light;
    if (!bus.isConnected())
        return Preference::None;
    QDBusMessage read = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"), QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    read << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    // 300 ms: a portal answers in a few; a desktop without one answers "no such service" at once.
    // BlockWithGui: at start-up nothing else runs yet, and an answer from this thread (tests) gets
    // through.
    const QDBusMessage reply = bus.call(read, QDBus::BlockWithGui, 300);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return Preference::None;
    // Read() wraps the value in a variant, which some portals wrap once more.
    QVariant value = reply.arguments().constFirst();
    for (int depth = 0; depth < 2 && value.canConvert<QDBusVariant>(); ++depth)
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    if (!ok)
        return Preference::None;
    // The spec: 0 no preference, 1 prefer dark, 2 prefer light.
    return scheme == 1 ? Preference::Dark : scheme == 2 ? Preference::Light : Preference::None;
}

QPalette ColorScheme::darkPalette()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x90, 0x90, 0x90);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x31, 0x31, 0x31));
    palette.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6a, 0x69));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x2f, 0x2f, 0x2f));
    palette.setColor(QPalette::Dark, QColor(0x23, 0x23, 0x23));
    palette.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

bool ColorScheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void ColorScheme::apply(QApplication &app, Preference preference)
{
    if (preference != Preference::Dark || isDark(QApplication::palette()))
        return;
    // Fusion draws with the palette alone; other styles may paint light parts of their own.
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
}

} // namespace kubeminder
