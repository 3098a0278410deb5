#include "statusstyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPointer>

#include <algorithm>
#include <cmath>

namespace kubeminder {

namespace {
// Pixmaps must not outlive the QGuiApplication: a function-static QHash<int, QIcon> would be
// destroyed after main() returns. A child of the application dies with it, and the next
// application (tests create several) gets a fresh one.
class IconCache : public QObject
{
public:
    using QObject::QObject;
    QHash<int, QIcon> icons;
};

QHash<int, QIcon> &iconCache()
{
    static QPointer<IconCache> cache;
    if (!cache) {
        cache = new IconCache(QCoreApplication::instance());
        cache->setObjectName(QStringLiteral("statusIconCache"));
    }
    return cache->icons;
}
} // namespace

namespace {

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

} // namespace

double StatusStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusStyle::color(Status status, const QPalette &palette)
{
    // The table asks on every paint of every cell: remember the answer for this palette. A new
    // palette (a theme switch) has a new cache key.
    static QHash<QPair<qint64, int>, QColor> known;
    const QPair<qint64, int> key(palette.cacheKey(), int(status));
    if (const auto it = known.constFind(key); it != known.cend())
        return *it;
    if (known.size() > 64)
        known.clear(); // palettes come and go with themes; a handful is all that is ever live
    QColor &remembered = known[key];
    constexpr double Needed = 4.6; // WCAG AA is 4.5; a little over, for rounding in the theme's colours
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const bool dark = relativeLuminance(window) < 0.18;
    QColor colour = hue(status).toHsl();
    // Move the lightness away from the background, keeping hue and saturation, until both
    // backgrounds are far enough; 40 steps of 2.5% reach black or white at worst.
    for (int step = 0; step < 40; ++step) {
        if (contrast(colour, base) >= Needed && contrast(colour, window) >= Needed)
            break;
        const int lightness = colour.lightness() + (dark ? 6 : -6);
        colour.setHsl(colour.hslHue(), colour.hslSaturation(), std::clamp(lightness, 0, 255));
    }
    remembered = colour.toRgb();
    return remembered;
}

QColor StatusStyle::hue(Status status)
{
    switch (status) {
    case Status::Ok:
        return QColor(0x2e, 0x9d, 0x4f);
    case Status::Unknown:
        return QColor(0x80, 0x86, 0x8f);
    case Status::Warning:
        return QColor(0xd4, 0x8a, 0x00);
    case Status::Critical:
        return QColor(0xe0, 0x5a, 0x1c);
    case Status::Expired:
        return QColor(0xd0, 0x2b, 0x2b);
    case Status::Error:
        return QColor(0xb0, 0x2b, 0x8a);
    }
    return {};
}

QIcon StatusStyle::icon(Status status)
{
    QHash<int, QIcon> &cache = iconCache();
    if (const auto it = cache.constFind(int(status)); it != cache.cend())
        return *it;

    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = hue(status);
        const QRectF r(1, 1, size - 2, size - 2);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        QPen mark(Qt::white, qMax(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        switch (status) {
        case Status::Ok: {
            p.drawEllipse(r);
            p.setPen(mark);
            QPainterPath tick;
            tick.moveTo(size * 0.28, size * 0.52);
            tick.lineTo(size * 0.44, size * 0.68);
            tick.lineTo(size * 0.72, size * 0.36);
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
            break;
        }
        case Status::Unknown:
            p.drawEllipse(r);
            p.setPen(mark);
            p.drawLine(QPointF(size * 0.3, size * 0.5), QPointF(size * 0.7, size * 0.5));
            break;
        case Status::Warning:
        case Status::Critical: {
            QPainterPath triangle;
            triangle.moveTo(size / 2.0, 1);
            triangle.lineTo(size - 1, size - 2);
            triangle.lineTo(1, size - 2);
            triangle.closeSubpath();
            p.drawPath(triangle);
            p.setPen(mark);
            p.drawLine(QPointF(size / 2.0, size * 0.38), QPointF(size / 2.0, size * 0.64));
            p.drawPoint(QPointF(size / 2.0, size * 0.8));
            break;
        }
        case Status::Expired:
        case Status::Error:
            p.drawEllipse(r);
            p.setPen(mark);
            p.drawLine(QPointF(size * 0.33, size * 0.33), QPointF(size * 0.67, size * 0.67));
            p.drawLine(QPointF(size * 0.67, size * 0.33), QPointF(size * 0.33, size * 0.67));
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(status), icon);
    return icon;
}

QString StatusStyle::panelStyleSheet(const QString &selector, Status status)
{
    const QColor c = hue(status);
    return QStringLiteral(
               "%1 { background-color: rgba(%2, %3, %4, 40); border: 1px solid %5; border-radius: 4px; }")
        .arg(selector)
        .arg(c.red())
        .arg(c.green())
        .arg(c.blue())
        .arg(c.name());
}

} // namespace kubeminder
