#pragma once

#include <QString>

namespace kubeminder {

/// `text` as one word of a POSIX shell command line, quoted only when it has to be: what is shown
/// (a hint to paste into a terminal, a plugin's command line to check) means what it says there.
QString shellWord(const QString &text);

} // namespace kubeminder
