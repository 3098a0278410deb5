#pragma once

#include "certificate.h"

#include <QString>

#include <vector>

namespace kubeminder {

class KubeconfigSet;

/// One certificate a kubeconfig file holds: a user's client certificate or a cluster's CA, inline
/// or by path. A PEM bundle gives one per certificate in it (K3s's client certificate is followed
/// by its client CA).
struct EmbeddedCertificate
{
    enum class Kind { User, Cluster };

    QString file; ///< the kubeconfig's absolute path
    Kind kind = Kind::User;
    QString entry; ///< the user's or cluster's name in that file
    Certificate certificate;
};

/// Every certificate of every loaded file, entry by entry and file by file, shadowed entries
/// included: what enix's x509-certificate-exporter reports for a watched kubeconfig, so that
/// `check -o prometheus` feeds the dashboards and alerts made for it.
struct EmbeddedCertificates
{
    std::vector<EmbeddedCertificate> certificates;
    /// Entries whose certificate could not be read or parsed (the exporter's x509_read_errors).
    int readErrors = 0;

    static EmbeddedCertificates collect(const KubeconfigSet &set);
};

} // namespace kubeminder
