#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace kubeminder {

/// What Kubeminder is and what it runs on, for Help → About and `kubeminder --version`: the
/// first thing to ask for in a bug report is which OpenSSL, libssh and Qt answered.
class About
{
    Q_DECLARE_TR_FUNCTIONS(About)

public:
    struct Library
    {
        QString name;
        QString version; ///< of the library loaded at run time where it says so, else the build's
                         ///< (also for OpenSSL and libssh while the command has not loaded them)
    };

    static QString version();
    static QString licence() { return QStringLiteral("MIT"); }
    static QString homepage() { return QStringLiteral("https://github.com/kubeminder/kubeminder"); }
    /// Qt, OpenSSL, libssh and yaml-cpp, in that order.
    static std::vector<Library> libraries();
    /// "Qt 6.4.2, OpenSSL 3.0.15, libssh 0.10.6, yaml-cpp 0.7.0".
    static QString librariesLine();
};

} // namespace kubeminder
