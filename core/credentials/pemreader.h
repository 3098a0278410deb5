#pragma once

#include <QByteArray>

#include <optional>
#include <vector>

namespace kubeminder {

/// One "-----BEGIN LABEL----- ... -----END LABEL-----" block.
struct PemBlock
{
    QByteArray label;        ///< "CERTIFICATE", "EC PRIVATE KEY", ...
    QByteArray body;         ///< the base64 text, line breaks included
    bool hasHeaders = false; ///< RFC 1421 headers ("Proc-Type: 4,ENCRYPTED"): not for us

    /// The decoded body, or nothing when it is not base64. Secret for key blocks.
    std::optional<QByteArray> decode() const;
};

/// Splits PEM text into blocks. OpenSSL's PEM_read_bio reads line by line through a BIO and costs
/// more than parsing the certificate it yields; this reads the same format from memory. Text
/// around and between blocks is ignored, as OpenSSL does; a block that never ends ends the reading.
/// Bodies are decoded on request, so that a cache can recognise a block it has seen by its text.
class PemReader
{
public:
    static std::vector<PemBlock> blocks(const QByteArray &pem);
};

} // namespace kubeminder
