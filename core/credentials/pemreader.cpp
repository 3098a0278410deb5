#include "pemreader.h"

namespace kubeminder {

namespace {
constexpr QByteArrayView Begin = "-----BEGIN ";
constexpr QByteArrayView End = "-----END ";
constexpr QByteArrayView Dashes = "-----";

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
} // namespace

std::vector<PemBlock> PemReader::blocks(const QByteArray &pem)
{
    std::vector<PemBlock> result;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype begin = pem.indexOf(Begin, pos);
        if (begin < 0)
            break;
        const qsizetype labelStart = begin + Begin.size();
        const qsizetype labelEnd = pem.indexOf(Dashes, labelStart);
        const qsizetype bodyStart = pem.indexOf('\n', labelStart);
        if (labelEnd < 0 || bodyStart < 0 || labelEnd > bodyStart)
            break;
        PemBlock block;
        block.label = pem.mid(labelStart, labelEnd - labelStart);
        const QByteArray endMarker = QByteArray(End.toByteArray()).append(block.label).append(Dashes);
        const qsizetype bodyEnd = pem.indexOf(endMarker, bodyStart);
        if (bodyEnd < 0)
            break;
        block.body = pem.mid(bodyStart + 1, bodyEnd - bodyStart - 1);
        block.hasHeaders = block.body.left(block.body.indexOf('\n')).contains(':');
        result.push_back(std::move(block));
        pos = bodyEnd + endMarker.size();
    }
    return result;
}

std::optional<QByteArray> PemBlock::decode() const
{
    QByteArray text = body;
    text.removeIf(isSpace);
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || hasHeaders)
        return std::nullopt;
    return std::move(decoded.decoded);
}

} // namespace kubeminder
