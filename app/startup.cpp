#include "startup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

#ifdef KUBEMINDER_FORBID_CORE_DUMPS
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace kubeminder::startup {

// A core dump is a copy of the process's memory: decrypted private keys, tokens, and the SSH and
// sudo passwords typed into Kubeminder, written to a file or handed to a crash collector. So a
// release build makes none. RLIMIT_CORE 0 stops core files; PR_SET_DUMPABLE 0 also stops a
// core_pattern pipe (systemd-coredump, apport), which the kernel starts whatever RLIMIT_CORE says.
// The price: the same user can no longer attach a debugger or strace (ptrace), and /proc/<pid>
// files become root's; that is why debug and sanitizer builds keep both. The limit is inherited by
// what Kubeminder starts (exec plugins, ssh, the window); the dumpable flag is not (execve resets
// it), so the window's main() calls this again.
void forbidCoreDumps()
{
#ifdef KUBEMINDER_FORBID_CORE_DUMPS
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kubeminder"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kubeminder.io"));
    QCoreApplication::setApplicationName(QStringLiteral("kubeminder"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KUBEMINDER_VERSION));
}

void installTranslations(QCoreApplication &app)
{
    // Kubeminder and Qt are written in English: a user who reads only English (or the C locale,
    // as scripts and CI run) needs no catalogue, and the command skips looking for Qt's on disk.
    const QStringList languages = QLocale().uiLanguages();
    const bool englishOnly = std::all_of(languages.cbegin(), languages.cend(), [](const QString &language) {
        return language == QLatin1String("C") || language == QLatin1String("en") ||
               language.startsWith(QLatin1String("en-"));
    });
    if (englishOnly)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("kubeminder"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace kubeminder::startup
