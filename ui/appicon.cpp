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

QPixmap drawRefreshCredentials(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor blue(0x32, 0x6c, 0xe5);
    const double line = std::max(1.5, size * 0.1);

    // The turning arrow: three quarters of a ring with a head at its open end.
    const double r = size * 0.4;
    const QRectF ring(size / 2.0 - r, size / 2.0 - r, 2 * r, 2 * r);
    p.setPen(QPen(blue, line, Qt::SolidLine, Qt::FlatCap));
    p.drawArc(ring, 90 * 16, 270 * 16); // from twelve o'clock, counter-clockwise to three
    QPainterPath head;
    const QPointF tip(size / 2.0 + r, size / 2.0);
    head.moveTo(tip + QPointF(-size * 0.17, -size * 0.02));
    head.lineTo(tip + QPointF(size * 0.17, -size * 0.02));
    head.lineTo(tip + QPointF(0, size * 0.18));
    head.closeSubpath();
    p.fillPath(head, blue);

    // The key inside: a bow and a short bit.
    const QColor key(0x3c, 0x3c, 0x3c);
    const double bow = size * 0.12;
    const QPointF bowCentre(size * 0.38, size * 0.5);
    p.setPen(QPen(key, std::max(1.0, size * 0.07)));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(bowCentre, bow, bow);
    p.setPen(QPen(key, std::max(1.0, size * 0.08), Qt::SolidLine, Qt::FlatCap));
    const QPointF shaftStart = bowCentre + QPointF(bow, 0);
    const QPointF shaftEnd(size * 0.7, size * 0.5);
    p.drawLine(shaftStart, shaftEnd);
    p.drawLine(shaftEnd, shaftEnd + QPointF(0, size * 0.1));
    return pixmap;
}

} // namespace

QIcon AppIcon::refreshCredentials()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(drawRefreshCredentials(size));
    return icon;
}

QIcon AppIcon::icon(std::optional<Status> badge)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(draw(size, badge));
    return icon;
}

} // namespace kubeminder
