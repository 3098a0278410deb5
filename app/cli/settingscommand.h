#pragma once

#include "commandcontext.h"

#include <QCoreApplication>

namespace kubeminder {

/// `kubeminder settings`: what the Settings dialog shows and changes (expiry thresholds, backup
/// retention, notifications, regular connection tests, start at login), listed, read and changed
/// from the command line, validated by the same rules.
class SettingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)

public:
    static int run(const QStringList &arguments, CommandContext &context);
};

} // namespace kubeminder
