#!/usr/bin/env bash
# Builds the Linux packages: a release build without tests in build/package, then a .deb and a
# .tar.gz made by CPack. Prints the paths of the packages.
#   installers/build-packages.sh              DEB and TGZ
#   installers/build-packages.sh DEB          only the generators named
#   installers/build-packages.sh --from DIR   package the build in DIR, made by run-tests.sh (same
#                                             flags; CI packages the build it tested)
# KUBEMINDER_PACKAGE_DIR overrides the build folder (default build/package).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${KUBEMINDER_PACKAGE_DIR:-build/package}
from=
if [[ "${1:-}" == "--from" ]]; then
    [[ -n "${2:-}" ]] || { echo "usage: installers/build-packages.sh [--from DIR] [GENERATOR...]" >&2; exit 2; }
    from=$2
    build=$2
    shift 2
fi
generators=("$@")
[[ ${#generators[@]} -gt 0 ]] || generators=(DEB TGZ)

installers/setup-deps.sh
if [[ -n "$from" ]]; then
    # The packaged build must install to /usr, as a package build does.
    grep -q '^CMAKE_INSTALL_PREFIX:PATH=/usr$' "$build/CMakeCache.txt" ||
        { echo "build-packages: $build was not configured with CMAKE_INSTALL_PREFIX=/usr" >&2; exit 1; }
    cmake --build "$build" --target kubeminder
else
    # shellcheck source=hardening-flags.sh
    source installers/hardening-flags.sh
    # Warnings are not errors here (the CI test build holds that line with the same flags).
    cmake -S . -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX=/usr \
        "${hardening_cmake_args[@]}" \
        -DKUBEMINDER_BUILD_TESTS=OFF \
        -DKUBEMINDER_BUILD_GUI=ON \
        -DKUBEMINDER_WERROR=OFF >/dev/null
    cmake --build "$build"
fi

# Only this run's packages are listed: the old ones go first.
rm -f "$build"/kubeminder[_-]*.deb "$build"/kubeminder[_-]*.tar.gz "$build"/kubeminder[_-]*.sha256
for generator in "${generators[@]}"; do
    (cd "$build" && cpack -G "$generator" >/dev/null)
done

shopt -s nullglob
packages=("$build"/kubeminder[_-]*.deb "$build"/kubeminder[_-]*.tar.gz)
if [[ ${#packages[@]} -eq 0 ]]; then
    echo "build-packages: cpack made no package in $build" >&2
    exit 1
fi
for package in "${packages[@]}"; do
    echo "$package"
done
