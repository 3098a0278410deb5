#include "shellword.h"

#include <QRegularExpression>

namespace kubeminder {

QString shellWord(const QString &text)
{
    // Characters no POSIX shell treats specially in a word. Anything else ($, `, *, spaces, quotes,
    // non-ASCII) gets quoted, so a word can never expand, glob or split when pasted.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./+:@%=,-]+$"));
    // Left bare when it is safe, so the common case (a path, a host) reads as the user would type it.
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    // Single quotes take everything literally, except a single quote itself, which has to close the
    // quote, be escaped, and reopen it. The empty string becomes '' and stays one word.
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace kubeminder
