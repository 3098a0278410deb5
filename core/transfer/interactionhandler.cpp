#include "interactionhandler.h"

#include <QRegularExpression>

namespace kubeminder {

QString InteractionHandler::passwordQuestion(const QString &user, const QString &host, const QString &prompt)
{
    const QString asked = prompt.trimmed();
    static const QRegularExpression plainPassword(QStringLiteral("^(\\S+'s )?password( for \\S+)?:?$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    if (asked.isEmpty() || plainPassword.match(asked).hasMatch())
        return tr("Password for %1@%2:").arg(user, host);
    return tr("%1@%2 asks: %3").arg(user, host, asked);
}

} // namespace kubeminder
