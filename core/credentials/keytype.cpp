#include "keytype.h"

#include <openssl/objects.h>

namespace kubeminder {

QString ecKeyTypeLabel(int curveNid)
{
    switch (curveNid) {
    // The three NIST curves are the ones K3s, kubeadm and cert-manager actually issue; they get the short
    // names kubectl users know from `openssl x509 -text` ("P-256"), not OpenSSL's "prime256v1".
    case NID_X9_62_prime256v1:
        return QStringLiteral("EC P-256");
    case NID_secp384r1:
        return QStringLiteral("EC P-384");
    case NID_secp521r1:
        return QStringLiteral("EC P-521");
    // A key with explicit curve parameters has no NID. Saying just "EC" is honest; guessing is not.
    case NID_undef:
        return QStringLiteral("EC");
    // Any other named curve (brainpool, secp256k1) still works with OpenSSL, so name it rather than
    // calling it unknown.
    default:
        return QStringLiteral("EC ") + QString::fromLatin1(OBJ_nid2sn(curveNid));
    }
}

} // namespace kubeminder
