#pragma once

#include "certificate.h"

#include <QHash>
#include <QMutex>

namespace kubeminder {

/// Parsed certificates by their DER bytes, shared by the workers of one check. K3s copies repeat
/// the same CA in every cluster entry and at the end of every client certificate, so most of the
/// certificates in a large set are the same few.
class CertificateCache
{
public:
    /// As Certificate::fromDer, remembering the answer (failures included). Thread-safe.
    std::optional<Certificate> fromDer(const QByteArray &der);

private:
    QMutex m_mutex;
    QHash<QByteArray, std::optional<Certificate>> m_certificates;
};

} // namespace kubeminder
