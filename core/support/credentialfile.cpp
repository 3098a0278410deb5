#include "credentialfile.h"

#include "support/boundedfile.h"

namespace kubeminder {

std::optional<QByteArray> CredentialFile::read(const QByteArray &inlineData, const QString &path,
                                               const QString &what, QString *error)
{
    if (path.isEmpty() || !inlineData.isEmpty())
        return inlineData;
    BoundedFile::Result file = BoundedFile::read(path, MaximumSize);
    switch (file.failure) {
    case BoundedFile::Failure::None:
        return std::move(file.bytes);
    case BoundedFile::Failure::Missing:
        *error = tr("%1 file %2 does not exist").arg(what, path);
        break;
    case BoundedFile::Failure::NotAFile:
        *error = tr("%1 file %2 is not a regular file (a folder, pipe or device); name the file itself")
                     .arg(what, path);
        break;
    case BoundedFile::Failure::TooLarge:
        *error = tr("%1 file %2 is too large").arg(what, path);
        break;
    case BoundedFile::Failure::Unreadable:
        *error = tr("cannot read %1 file %2: %3").arg(what, path, file.systemError);
        break;
    }
    return std::nullopt;
}

} // namespace kubeminder
