#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kubeminder {

/// A certificate, key or token that a kubeconfig gives inline or names by path
/// (client-certificate, client-key, certificate-authority, tokenFile).
class CredentialFile
{
    Q_DECLARE_TR_FUNCTIONS(CredentialFile)

public:
    /// Certificates, keys and tokens are small; the bound keeps a wrong path (a log, a disk image) cheap.
    static constexpr qint64 MaximumSize = 1024 * 1024;

    /// The inline data when there is any (as client-go, which prefers it), else the named file's
    /// bytes. Only a regular file is read: a FIFO or /dev/stdin would hang a check. On failure,
    /// `error` gets a sentence naming `what` ("client certificate") and the path.
    static std::optional<QByteArray> read(const QByteArray &inlineData, const QString &path,
                                          const QString &what, QString *error);
};

} // namespace kubeminder
