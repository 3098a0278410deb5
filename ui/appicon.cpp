#include "appicon.h"

#include "statusstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

namespace kubeminder {

namespace {

QPixmap draw(int size, std::optional<Status> badge)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(size / 2.0, size / 2.0);
    const double radius = size * 0.48;

    QPainterPath heptagon;
    for (int i = 0; i < 7; ++i) {
        const double angle = -M_PI / 2 + i * 2 * M_PI / 7;
        const QPointF corner = centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
        if (i == 0)
            heptagon.moveTo(corner);
        else
            heptagon.lineTo(corner);
    }
    heptagon.closeSubpath();
    p.fillPath(heptagon, QColor(0x32, 0x6c, 0xe5));

    // The clock: a white ring and two hands.
    const double face = size * 0.27;
    p.setPen(QPen(Qt::white, std::max(1.0, size * 0.07)));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(centre, face, face);
    p.setPen(QPen(Qt::white, std::max(1.0, size * 0.07), Qt::SolidLine, Qt::RoundCap));
    p.drawLine(centre, centre + QPointF(0, -face * 0.7));
    p.drawLine(centre, centre + QPointF(face * 0.55, face * 0.2));

    if (badge) {
        const double r = size * 0.22;
        const QRectF target(size - 2 * r - size * 0.01, size - 2 * r - size * 0.01, 2 * r, 2 * r);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(target.adjusted(-size * 0.03, -size * 0.03, size * 0.03, size * 0.03));
        StatusStyle::icon(*badge).paint(&p, target.toAlignedRect());
    }
    return pixmap;
}

} // namespace

QIcon AppIcon::icon(std::optional<Status> badge)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(draw(size, badge));
    return icon;
}

} // namespace kubeminder
