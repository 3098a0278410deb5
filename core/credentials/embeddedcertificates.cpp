#include "embeddedcertificates.h"

#include "kubeconfig/kubeconfigset.h"
#include "support/credentialfile.h"

namespace kubeminder {

EmbeddedCertificates EmbeddedCertificates::collect(const KubeconfigSet &set)
{
    EmbeddedCertificates result;
    const auto add = [&](const QString &file, EmbeddedCertificate::Kind kind, const QString &entry,
                         const QByteArray &inlineData, const QString &path) {
        if (inlineData.isEmpty() && path.isEmpty())
            return;
        QString error;
        const std::optional<QByteArray> pem = CredentialFile::read(inlineData, path, QString(), &error);
        const std::vector<Certificate> bundle =
            pem ? Certificate::parsePemBundle(*pem, &error) : std::vector<Certificate>();
        if (bundle.empty()) {
            ++result.readErrors;
            return;
        }
        for (const Certificate &certificate : bundle)
            result.certificates.push_back({file, kind, entry, certificate});
    };
    for (const KubeconfigDocument &document : set.documents()) {
        for (const ClusterEntry &cluster : document.clusters())
            add(document.path(), EmbeddedCertificate::Kind::Cluster, cluster.name,
                cluster.certificateAuthorityData, cluster.certificateAuthority);
        for (const UserEntry &user : document.users())
            add(document.path(), EmbeddedCertificate::Kind::User, user.name, user.clientCertificateData,
                user.clientCertificate);
    }
    return result;
}

} // namespace kubeminder
