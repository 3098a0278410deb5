#include "certificatecache.h"

namespace kubeminder {

std::optional<Certificate> CertificateCache::fromDer(const QByteArray &der)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_certificates.constFind(der);
        if (it != m_certificates.cend())
            return *it;
    }
    // Parsed outside the lock: two workers may parse the same bytes once each, which is cheaper
    // than making every other worker wait.
    std::optional<Certificate> parsed = Certificate::fromDer(der, nullptr);
    QMutexLocker lock(&m_mutex);
    m_certificates.insert(der, parsed);
    return parsed;
}

} // namespace kubeminder
