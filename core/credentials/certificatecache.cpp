#include "certificatecache.h"

namespace kubeminder {

std::optional<Certificate> CertificateCache::fromPem(const PemBlock &block)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_certificates.constFind(block.body);
        if (it != m_certificates.cend())
            return *it;
    }
    // Parsed outside the lock: two workers may parse the same bytes once each, which is cheaper
    // than making every other worker wait.
    const std::optional<QByteArray> der = block.decode();
    std::optional<Certificate> parsed = der ? Certificate::fromDer(*der, nullptr) : std::nullopt;
    QMutexLocker lock(&m_mutex);
    m_certificates.insert(block.body, parsed);
    return parsed;
}

} // namespace kubeminder
