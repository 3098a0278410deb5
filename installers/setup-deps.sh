#!/usr/bin/env bash
# Installs what Kubeminder needs to build, test and run on Debian 12 / Ubuntu 24.04.
# Installs only what is missing; uses sudo when not root. Safe to run again.
#   setup-deps.sh            build + run + test dependencies
#   setup-deps.sh --print    only print the package list
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libyaml-cpp-dev libssl-dev libssh-dev
    # run
    qt6-qpa-plugins libqt6svg6 qt6-translations-l10n fonts-dejavu-core fonts-nanum
    # test
    openssl openssh-server openssh-client dbus desktop-file-utils clang-format xvfb xauth faketime
    # packages: CPack's shlibdeps (dpkg-dev, file) and the package checks
    dpkg-dev file lintian appstream
)

if [[ "${1:-}" == "--print" ]]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-deps: this script knows Debian and Ubuntu (apt). On other systems install:" >&2
    echo "  Qt 6.4+ (Core, Gui, Widgets, Network, DBus, Concurrent, Test), yaml-cpp, OpenSSL 3, libssh, CMake, Ninja" >&2
    exit 1
fi

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "setup-deps: missing packages (${missing[*]}) and no sudo: run this script as root." >&2
        exit 1
    fi
    sudo=(sudo)
fi
echo "setup-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
