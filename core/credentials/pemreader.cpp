#include "pemreader.h"

namespace kubeminder {

namespace {
// Only the dashed markers matter. Text before, between and after the blocks (the "Bag Attributes"
// that `openssl pkcs12` writes, or a comment) is skipped, as PEM_read_bio skips it.
constexpr QByteArrayView Begin = "-----BEGIN ";
constexpr QByteArrayView End = "-----END ";
constexpr QByteArrayView Dashes = "-----";

// The blanks a base64 body may hold once it has been wrapped at 64 columns, with either line ending.
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
} // namespace

std::vector<PemBlock> PemReader::blocks(const QByteArray &pem)
{
    std::vector<PemBlock> result;
    qsizetype pos = 0;
    // Stops at the first malformed block rather than skipping it, as PEM_read_bio does: inside a
    // broken block there is no reliable place to resume.
    for (;;) {
        const qsizetype begin = pem.indexOf(Begin, pos);
        if (begin < 0)
            break;
        const qsizetype labelStart = begin + Begin.size();
        const qsizetype labelEnd = pem.indexOf(Dashes, labelStart);
        const qsizetype bodyStart = pem.indexOf('\n', labelStart);
        // The label must close on the BEGIN line itself. Otherwise the dashes found belong to a later
        // line, and the "label" would swallow part of the body.
        if (labelEnd < 0 || bodyStart < 0 || labelEnd > bodyStart)
            break;
        PemBlock block;
        block.label = pem.mid(labelStart, labelEnd - labelStart);
        // The END marker must repeat the label. A "BEGIN CERTIFICATE" closed by "END PRIVATE KEY" is not a
        // block; matching any END would pair a certificate body with the key that follows it.
        const QByteArray endMarker = QByteArray(End.toByteArray()).append(block.label).append(Dashes);
        const qsizetype bodyEnd = pem.indexOf(endMarker, bodyStart);
        if (bodyEnd < 0)
            break;
        block.body = pem.mid(bodyStart + 1, bodyEnd - bodyStart - 1);
        // RFC 1421 headers ("Proc-Type: 4,ENCRYPTED", "DEK-Info: ...") sit on the first body line and
        // always hold a colon, which base64 never does.
        block.hasHeaders = block.body.left(block.body.indexOf('\n')).contains(':');
        result.push_back(std::move(block));
        pos = bodyEnd + endMarker.size();
    }
    return result;
}

std::optional<QByteArray> PemBlock::decode() const
{
    // The copy is needed because the body is kept as read: a cache keys on that exact text.
    QByteArray text = body;
    text.removeIf(isSpace);
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    // A block with headers is a legacy encrypted key. Its body is ciphertext, and decoding it as if it
    // were DER would only give a confusing "malformed key" instead of the caller's clear message.
    if (!decoded || hasHeaders)
        return std::nullopt;
    return std::move(decoded.decoded);
}

} // namespace kubeminder
