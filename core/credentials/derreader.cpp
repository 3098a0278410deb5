#include "derreader.h"

#include <openssl/asn1.h>

namespace kubeminder {

DerReader::DerReader(const unsigned char *begin, const unsigned char *end)
    : m_pos(begin)
    , m_end(end)
{}

DerReader::DerReader(const DerElement &constructed)
    : DerReader(constructed.content, constructed.end())
{}

// ASN1_get_object only decodes the header. It is cheap, and it is what OpenSSL's own decoders use,
// so tag and length parsing stays OpenSSL's rather than a second, home-made implementation.
std::optional<DerElement> DerReader::next()
{
    if (atEnd())
        return std::nullopt;
    DerElement e;
    e.start = m_pos;
    const unsigned char *p = m_pos;
    long length = 0;
    const int flags = ASN1_get_object(&p, &length, &e.tag, &e.tagClass, long(m_end - m_pos));
    // 0x80: error; 0x21: constructed with indefinite length.
    // The explicit length checks do not rely on OpenSSL's flags alone: they are what keeps the
    // pointer arithmetic below inside the buffer, whatever a hostile length field says.
    if ((flags & 0x80) || flags == 0x21 || length < 0 || length > m_end - p)
        return std::nullopt;
    e.content = p;
    e.contentLength = length;
    e.constructed = flags & V_ASN1_CONSTRUCTED;
    m_pos = p + length;
    return e;
}

// Consumes the element even when the tag does not match: callers give up on the whole structure
// then, so there is nothing to rewind for.
std::optional<DerElement> DerReader::next(int universalTag)
{
    auto e = next();
    if (!e || e->tagClass != V_ASN1_UNIVERSAL || e->tag != universalTag)
        return std::nullopt;
    return e;
}

// Optional fields ([0] version, [3] extensions) are context-specific and may be absent, so this
// must look first and consume only on a match, or the next mandatory field would be lost.
std::optional<DerElement> DerReader::nextIfContext(int tag)
{
    const auto e = peek();
    if (!e || e->tagClass != V_ASN1_CONTEXT_SPECIFIC || e->tag != tag)
        return std::nullopt;
    return next();
}

std::optional<DerElement> DerReader::peek() const
{
    // The reader is two pointers; copying it is the cheapest way to look ahead without a rewind.
    DerReader copy = *this;
    return copy.next();
}

} // namespace kubeminder
