#pragma once

#include "credentials/status.h"

#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

namespace kubeminder {

/// One look per status, used by every view: a colour that reads on light and dark palettes and an
/// icon with a distinct shape, so the status never depends on colour alone.
class StatusStyle
{
public:
    /// The status as text colour on `palette`: the status's hue, darkened on a light palette and
    /// lightened on a dark one until it meets WCAG AA (4.5:1) against both the palette's Base (table
    /// cells) and Window (labels). Any theme, not only the two we tried.
    static QColor color(Status status, const QPalette &palette = QGuiApplication::palette());
    /// The status's own hue, for shapes (icons, badges, panel borders), which need no text contrast.
    static QColor hue(Status status);
    /// WCAG 2 contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    static QIcon icon(Status status);
    /// A style sheet for a message panel: a tint of the status colour over the palette's own
    /// background (so it reads on light and dark themes) and a border in the colour. `selector`
    /// names the frame ("QFrame#messageBar").
    static QString panelStyleSheet(const QString &selector, Status status);
};

} // namespace kubeminder
