#pragma once

#include "commandcontext.h"
#include "probe/proberesult.h"

#include <QCoreApplication>

#include <vector>

namespace kubeminder {

/// `kubeminder probe [CONTEXT]...`: asks each context's API server whether it accepts the
/// credentials, and says why not.
class ProbeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)

public:
    static int run(const QStringList &arguments, CommandContext &context);
    /// 0 every answered probe succeeded (not probed counts as fine), 1 authenticated but forbidden,
    /// 2 a server rejected credentials or could not be reached, 3 nothing to probe.
    static int exitCode(const std::vector<ProbeResult> &results);
};

} // namespace kubeminder
