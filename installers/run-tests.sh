#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
#   installers/run-tests.sh            release build in build/release (warnings are errors in CI)
#   installers/run-tests.sh asan       the same suite under AddressSanitizer + UBSan, in build/asan
set -euo pipefail
cd "$(dirname "$0")/.."

preset=${1:-release}
if [[ "$preset" == "release" && "${CI:-}" == "true" ]]; then
    preset=ci # the same build with warnings as errors
fi

installers/setup-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset"
