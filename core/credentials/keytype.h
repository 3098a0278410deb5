#pragma once

#include <QString>

namespace kubeminder {

/// "EC P-256", "EC P-384", ... for an elliptic curve's OpenSSL NID; "EC" when unknown (NID_undef).
/// The one naming of key types shared by certificates and private keys.
QString ecKeyTypeLabel(int curveNid);

} // namespace kubeminder
