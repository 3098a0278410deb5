#pragma once

namespace kubeminder {

/// Who reads a message, so its advice names what that person can use: the command line's options
/// ("name it with --identity") or the window's fields and buttons ("choose it under Identity
/// file"). A window message never names a command-line flag.
enum class Surface { CommandLine, Window };

} // namespace kubeminder
