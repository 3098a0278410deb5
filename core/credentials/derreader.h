#pragma once

#include <optional>

namespace kubeminder {

/// One DER element: where it starts (header included), its content, its tag.
struct DerElement
{
    const unsigned char *start = nullptr;
    const unsigned char *content = nullptr;
    long contentLength = 0;
    int tag = 0;
    int tagClass = 0; ///< V_ASN1_UNIVERSAL, V_ASN1_CONTEXT_SPECIFIC, ...
    bool constructed = false;

    long size() const { return long(content - start) + contentLength; }
    const unsigned char *end() const { return content + contentLength; }
};

/// Steps through the elements of a DER buffer or of one constructed element, for reading the few
/// fields Kubeminder needs without OpenSSL's full (and, in 3.0, slow) object decoders. Bounds are
/// checked by ASN1_get_object; indefinite lengths, which DER forbids, are refused.
class DerReader
{
public:
    DerReader(const unsigned char *begin, const unsigned char *end);
    explicit DerReader(const DerElement &constructed);

    bool atEnd() const { return m_pos >= m_end; }
    /// The next element, or nothing at the end or on malformed input.
    std::optional<DerElement> next();
    /// The next element if it is the universal type `universalTag` (V_ASN1_SEQUENCE, ...).
    std::optional<DerElement> next(int universalTag);
    /// The next context-specific element [tag], consumed only if present.
    std::optional<DerElement> nextIfContext(int tag);
    std::optional<DerElement> peek() const;

private:
    const unsigned char *m_pos;
    const unsigned char *m_end;
};

} // namespace kubeminder
