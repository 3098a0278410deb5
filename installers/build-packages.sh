#!/usr/bin/env bash
# Builds the Linux packages: a release build without tests in build/package, then a .deb and a
# .tar.gz made by CPack. Prints the paths of the packages.
#   installers/build-packages.sh              DEB and TGZ
#   installers/build-packages.sh DEB          only the generators named
# KUBEMINDER_PACKAGE_DIR overrides the build folder (default build/package).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${KUBEMINDER_PACKAGE_DIR:-build/package}
generators=("$@")
[[ ${#generators[@]} -gt 0 ]] || generators=(DEB TGZ)

installers/setup-deps.sh

# Debian's hardening flags, as a Debian package build takes them from dpkg-buildflags: fortified libc
# calls, the stack protector, full RELRO. Not -g: the package is stripped anyway. Warnings are not
# errors here (the CI test build holds that line): fortified glibc adds warnings of its own.
cxxflags=()
ldflags=()
if command -v dpkg-buildflags >/dev/null 2>&1; then
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    for flag in $(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS); do
        [[ "$flag" == -g ]] || cxxflags+=("$flag")
    done
    read -r -a ldflags <<< "$(dpkg-buildflags --get LDFLAGS)"
fi

cmake -S . -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX=/usr \
    -DCMAKE_CXX_FLAGS="${cxxflags[*]}" \
    -DCMAKE_EXE_LINKER_FLAGS="${ldflags[*]}" \
    -DKUBEMINDER_BUILD_TESTS=OFF \
    -DKUBEMINDER_BUILD_GUI=ON \
    -DKUBEMINDER_WERROR=OFF >/dev/null
cmake --build "$build"

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
