#pragma once

#include <QtGlobal>

class QCoreApplication;

// Release builds make no core dumps (see forbidCoreDumps()). Debug and sanitizer builds keep them,
// and keep debuggers working. GCC says -fsanitize=address with a macro, clang with a feature.
#if defined(__SANITIZE_ADDRESS__)
#define KUBEMINDER_SANITIZED
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KUBEMINDER_SANITIZED
#endif
#endif
#if defined(NDEBUG) && !defined(KUBEMINDER_SANITIZED) && defined(Q_OS_LINUX)
#define KUBEMINDER_FORBID_CORE_DUMPS
#endif

namespace kubeminder::startup {

/// Whether forbidCoreDumps() does anything in this build (tests ask; see KUBEMINDER_FORBID_CORE_DUMPS).
#ifdef KUBEMINDER_FORBID_CORE_DUMPS
inline constexpr bool ForbidsCoreDumps = true;
#else
inline constexpr bool ForbidsCoreDumps = false;
#endif

/// First thing in main(), before any secret is read or typed: a release build makes no core dumps.
void forbidCoreDumps();

/// The names QSettings and QStandardPaths build their paths from, and the version.
void describeApplication();

/// The user's language, from LANG / LC_ALL / LC_MESSAGES: Kubeminder's own catalogue (embedded)
/// and Qt's (the system's qtbase_<lang>.qm, for standard buttons and dialogs). English needs none.
void installTranslations(QCoreApplication &app);

} // namespace kubeminder::startup
