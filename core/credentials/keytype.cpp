#include "keytype.h"

#include <openssl/objects.h>

namespace kubeminder {

QString ecKeyTypeLabel(int curveNid)
{
    switch (curveNid) {
    case NID_X9_62_prime256v1:
        return QStringLiteral("EC P-256");
    case NID_secp384r1:
        return QStringLiteral("EC P-384");
    case NID_secp521r1:
        return QStringLiteral("EC P-521");
    case NID_undef:
        return QStringLiteral("EC");
    default:
        return QStringLiteral("EC ") + QString::fromLatin1(OBJ_nid2sn(curveNid));
    }
}

} // namespace kubeminder
