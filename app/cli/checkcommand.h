#pragma once

#include "commandcontext.h"

#include <QCoreApplication>

namespace kubeminder {

/// `kubeminder check`: every context with its credential expiry, as a table, JSON or Prometheus
/// text. The exit status follows the monitoring-plugin convention (0 ok, 1 warning, 2 critical,
/// 3 unknown).
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static int run(const QStringList &arguments, CommandContext &context);
};

} // namespace kubeminder
