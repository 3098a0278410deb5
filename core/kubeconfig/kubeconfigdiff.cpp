#include "kubeconfigdiff.h"

#include "support/linediff.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <array>
#include <string_view>

namespace kubeminder {

namespace {

// Base64 (standard or URL-safe) and JWT runs this long are credentials or certificates, not words.
constexpr qsizetype LongRun = 32;

// Fields whose value is a secret whatever its length. "value" is an exec plugin's env value, which
// may hold one.
constexpr std::array<std::string_view, 9> SecretKeys = {
    "token",        "password",      "client-key-data",
    "id-token",     "refresh-token", "client-secret",
    "access-token", "value",         "idp-certificate-authority-data"};

QByteArray shortened(const QByteArray &value)
{
    const QByteArray fingerprint =
        QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex().left(8);
    return value.left(4) + "…" + value.right(4) + " (sha256 " + fingerprint + ", " +
           QByteArray::number(value.size()) + " characters)";
}

QByteArray hidden()
{
    return KubeconfigDiff::tr("(hidden)").toUtf8();
}

} // namespace

QByteArray KubeconfigDiff::maskLine(const QByteArray &line)
{
    QByteArray out = line;
    // A secret field's value, quoted or plain, up to a trailing comma (JSON) or comment.
    static const QRegularExpression field(QStringLiteral(
        R"(^(\s*(?:-\s+)?["']?)([A-Za-z-]+)(["']?\s*:\s+)(["']?)(.*?)(["']?)(\s*,?\s*(?:\s#.*)?)$)"));
    const QString text = QString::fromUtf8(line);
    const QRegularExpressionMatch match = field.match(text);
    if (match.hasMatch() && !match.captured(5).isEmpty()) {
        const QByteArray key = match.captured(2).toUtf8();
        const bool secret =
            std::find(SecretKeys.begin(), SecretKeys.end(),
                      std::string_view(key.constData(), std::size_t(key.size()))) != SecretKeys.end();
        if (secret) {
            const QByteArray value = match.captured(5).toUtf8();
            out = (match.captured(1) + match.captured(2) + match.captured(3) + match.captured(4)).toUtf8() +
                  (value.size() >= LongRun ? shortened(value) : hidden()) +
                  (match.captured(6) + match.captured(7)).toUtf8();
        }
    }
    // Every other long run (a certificate, a CA, a token in an unexpected place).
    static const QRegularExpression run(QStringLiteral("[A-Za-z0-9+/_.-]{%1,}={0,2}").arg(LongRun));
    QString masked = QString::fromUtf8(out);
    qsizetype from = 0;
    QRegularExpressionMatch found;
    while ((found = run.match(masked, from)).hasMatch()) {
        const QString replacement = QString::fromUtf8(shortened(found.captured(0).toUtf8()));
        masked.replace(found.capturedStart(0), found.capturedLength(0), replacement);
        from = found.capturedStart(0) + replacement.size();
    }
    return masked.toUtf8();
}

QString KubeconfigDiff::unified(const QString &path, const QByteArray &before, const QByteArray &after)
{
    int omitted = 0;
    QByteArray diff = LineDiff::unified(before, after, (path + tr(" (now)")).toUtf8(),
                                        (path + tr(" (after the change)")).toUtf8(),
                                        &KubeconfigDiff::maskLine, 400, &omitted);
    QString text = QString::fromUtf8(diff);
    if (omitted > 0)
        text += tr("… and %n more lines\n", nullptr, omitted);
    return text;
}

} // namespace kubeminder
