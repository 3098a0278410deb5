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
    if ((flags & 0x80) || flags == 0x21 || length < 0 || length > m_end - p)
        return std::nullopt;
    e.content = p;
    e.contentLength = length;
    e.constructed = flags & V_ASN1_CONSTRUCTED;
    m_pos = p + length;
    return e;
}

std::optional<DerElement> DerReader::next(int universalTag)
{
    auto e = next();
    if (!e || e->tagClass != V_ASN1_UNIVERSAL || e->tag != universalTag)
        return std::nullopt;
    return e;
}

std::optional<DerElement> DerReader::nextIfContext(int tag)
{
    const auto e = peek();
    if (!e || e->tagClass != V_ASN1_CONTEXT_SPECIFIC || e->tag != tag)
        return std::nullopt;
    return next();
}

std::optional<DerElement> DerReader::peek() const
{
    DerReader copy = *this;
    return copy.next();
}

} // namespace kubeminder
