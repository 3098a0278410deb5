#pragma once

#include "support/secretlinereader.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTextStream>

#include <functional>

namespace kubeminder {

/// Exit status for bad arguments or nothing to check (monitoring-plugin "unknown"). Here, not in
/// CommandLine, so that the commands need not include the command line that includes them.
inline constexpr int ExitUsageError = 3;

/// What a command may touch of the outside world, passed in so tests can run commands in-process
/// with their own streams, environment and clock.
struct CommandContext
{
    QTextStream &out;
    QTextStream &err;
    bool outputIsTerminal = false;
    bool noColor = false;                ///< NO_COLOR is set
    QString kubeconfigVariable = {};     ///< $KUBECONFIG
    QString home = {};                   ///< the user's home directory
    std::function<QDateTime()> now = {}; ///< the clock
    QString backupDirectory = {}; ///< where backups live (BackupStore::defaultDirectory() outside tests)
    std::function<QByteArray()> readStandardInput = [] {
        return QByteArray();
    }; ///< for "import -"
    /// For --sudo-password-stdin: the first line of standard input, and not a byte more.
    std::function<SecretLineReader::Result()> readSecretLine = [] {
        return SecretLineReader::readStandardInput();
    };
};

} // namespace kubeminder
