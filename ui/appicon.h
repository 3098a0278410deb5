#pragma once

#include "credentials/status.h"

#include <QIcon>

#include <optional>

namespace kubeminder {

/// Kubeminder's icon, drawn rather than loaded so it needs no image plug-in: a blue heptagon (the
/// Kubernetes shape) holding a clock. With a status, a badge in the status's colour and shape
/// (StatusStyle) sits in the corner: the tray shows the worst status at a glance.
class AppIcon
{
public:
    static QIcon icon(std::optional<Status> badge = std::nullopt);

    /// "Refresh credentials": a key inside a turning arrow, for desktops whose icon theme has no
    /// emblem-synchronizing. Without it the action borrowed the style's reload arrow, the same as
    /// Reload beside it on the toolbar.
    static QIcon refreshCredentials();
};

} // namespace kubeminder
