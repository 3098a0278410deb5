#pragma once

#include "certificate.h"
#include "pemreader.h"

#include <QHash>
#include <QMutex>

namespace kubeminder {

/// Parsed certificates by their DER bytes, shared by the workers of one check. K3s copies repeat
/// the same CA in every cluster entry and at the end of every client certificate, so most of the
/// certificates in a large set are the same few.
class CertificateCache
{
public:
    /// The certificate in a PEM block, remembered by the block's text (failures included), so a
    /// block seen before is neither decoded nor parsed again. Thread-safe.
    std::optional<Certificate> fromPem(const PemBlock &block);

private:
    QMutex m_mutex;
    QHash<QByteArray, std::optional<Certificate>> m_certificates;
};

} // namespace kubeminder
