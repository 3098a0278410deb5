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
    // Every secret field's value on the line, wherever it stands (a block line, a flow mapping
    // "user: {token: x}", compact JSON), quoted or plain, up to what ends it: a comma, a closing
    // bracket, a comment or the end of the line.
    static const QRegularExpression field = [] {
        QStringList keys;
        for (const std::string_view key : SecretKeys)
            keys << QRegularExpression::escape(QString::fromLatin1(key.data(), qsizetype(key.size())));
        return QRegularExpression(
            QStringLiteral(
                R"((?<![\w-])(["']?)(?:%1)\1\s*:\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s,}\]#'"][^,}\]]*?)(?=\s*(?:[,}\]]|\s#|$)))")
                .arg(keys.join(QLatin1Char('|'))));
    }();
    QString text = QString::fromUtf8(line);
    QList<QRegularExpressionMatch> secrets;
    for (QRegularExpressionMatchIterator it = field.globalMatch(text); it.hasNext();)
        secrets << it.next();
    // From the end, so the earlier positions still hold.
    for (auto it = secrets.crbegin(); it != secrets.crend(); ++it) {
        QString value = it->captured(2);
        const bool quoted = value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''));
        const QString inner = quoted ? value.mid(1, value.size() - 2) : value;
        if (inner.isEmpty())
            continue;
        const QByteArray bytes = inner.toUtf8();
        const QString masked = QString::fromUtf8(bytes.size() >= LongRun ? shortened(bytes) : hidden());
        value = quoted ? value.front() + masked + value.back() : masked;
        text.replace(it->capturedStart(2), it->capturedLength(2), value);
    }
    // Every other long run (a certificate, a CA, a token in an unexpected place).
    static const QRegularExpression run(QStringLiteral("[A-Za-z0-9+/_.-]{%1,}={0,2}").arg(LongRun));
    qsizetype from = 0;
    QRegularExpressionMatch found;
    while ((found = run.match(text, from)).hasMatch()) {
        const QString replacement = QString::fromUtf8(shortened(found.captured(0).toUtf8()));
        text.replace(found.capturedStart(0), found.capturedLength(0), replacement);
        from = found.capturedStart(0) + replacement.size();
    }
    return text.toUtf8();
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
