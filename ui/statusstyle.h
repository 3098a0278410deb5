#pragma once

#include "credentials/status.h"

#include <QColor>
#include <QIcon>

namespace kubeminder {

/// One look per status, used by every view: a colour that reads on light and dark palettes and an
/// icon with a distinct shape, so the status never depends on colour alone.
class StatusStyle
{
public:
    static QColor color(Status status);
    static QIcon icon(Status status);
    /// A style sheet for a message panel: a tint of the status colour over the palette's own
    /// background (so it reads on light and dark themes) and a border in the colour. `selector`
    /// names the frame ("QFrame#messageBar").
    static QString panelStyleSheet(const QString &selector, Status status);
};

} // namespace kubeminder
