#!/usr/bin/env bash
# Checks the .deb that build-packages.sh made, then installs it, runs the installed kubeminder on the
# demo set, and removes it again.
#   installers/check-package.sh [PACKAGE.deb]    default: build/package/kubeminder_*.deb
# Validates the desktop entry (desktop-file-validate) and the AppStream metainfo (appstreamcli,
# offline) as packaged, runs lintian (fails on errors only; installers/debian/lintian-overrides
# says why), and needs root or sudo for apt. A kubeminder package that was installed before is
# replaced by this one and left installed.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "check-package: $*" >&2
    exit 1
}
step() {
    echo "== $*"
}

deb=${1:-}
if [[ -z "$deb" ]]; then
    shopt -s nullglob
    debs=(build/package/kubeminder_*.deb)
    shopt -u nullglob
    [[ ${#debs[@]} -eq 1 ]] || fail "expected one build/package/kubeminder_*.deb (found ${#debs[@]}): run installers/build-packages.sh, or name the package"
    deb=${debs[0]}
fi
[[ -f "$deb" ]] || fail "no such package: $deb"
deb=$(realpath "$deb")

for tool in dpkg-deb desktop-file-validate appstreamcli lintian apt-get; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing: run installers/setup-deps.sh"
done
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || fail "installing the package needs root: run this as root or install sudo"
    sudo=(sudo)
fi

work=$(mktemp -d)
installed=false
cleanup() {
    if [[ "$installed" == true ]]; then
        step "Removing the package"
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq kubeminder >"$work/apt.log" 2>&1 ||
            { cat "$work/apt.log" >&2; echo "check-package: could not remove kubeminder" >&2; }
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "Package: $deb"
dpkg-deb --field "$deb"
version=$(dpkg-deb --field "$deb" Version)
upstream=${version%-*}
depends=$(dpkg-deb --field "$deb" Depends)
[[ "$depends" == *libqt6core6* ]] || fail "Depends lacks the Qt libraries: did dpkg-shlibdeps run? ($depends)"
[[ "$depends" == *qt6-qpa-plugins* ]] || fail "Depends lacks qt6-qpa-plugins ($depends)"

dpkg-deb --extract "$deb" "$work/root"
share=$work/root/usr/share
app=io.kubeminder.Kubeminder
for file in usr/bin/kubeminder usr/libexec/kubeminder/kubeminder-window usr/libexec/kubeminder/kubeminder-probe \
    usr/share/applications/$app.desktop usr/share/metainfo/$app.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$app.svg usr/share/icons/hicolor/256x256/apps/$app.png \
    usr/share/icons/hicolor/16x16/apps/$app.png usr/share/man/man1/kubeminder.1.gz \
    usr/share/bash-completion/completions/kubeminder usr/share/zsh/vendor-completions/_kubeminder \
    usr/share/doc/kubeminder/copyright usr/share/doc/kubeminder/changelog.Debian.gz; do
    [[ -f "$work/root/$file" ]] || fail "the package lacks /$file"
done

# No RUNPATH: the libraries are the system's, and a $ORIGIN one made the loader search /usr/bin.
for program in usr/bin/kubeminder usr/libexec/kubeminder/kubeminder-window usr/libexec/kubeminder/kubeminder-probe; do
    ! readelf -d "$work/root/$program" | grep -qE 'RUNPATH|RPATH' ||
        fail "/$program has a library search path: $(readelf -d "$work/root/$program" | grep -E 'RUNPATH|RPATH')"
done

step "Versions agree on $upstream"
grep -q "<release version=\"$upstream\"" "$share/metainfo/$app.metainfo.xml" ||
    fail "the metainfo has no <release version=\"$upstream\">"
zcat "$share/man/man1/kubeminder.1.gz" | grep -q "^\.TH .*\"Kubeminder $upstream\"" ||
    fail "the man page's .TH line does not name Kubeminder $upstream"
zcat "$share/doc/kubeminder/changelog.Debian.gz" | head -n 1 | grep -qF "kubeminder ($version)" ||
    fail "the newest Debian changelog entry is not $version"

step "desktop-file-validate"
desktop-file-validate "$share/applications/$app.desktop"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$share/metainfo/$app.metainfo.xml"

step "man page"
if command -v man >/dev/null 2>&1; then
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
        "$share/man/man1/kubeminder.1.gz" 2>&1 >/dev/null)
    [[ -z "$warnings" ]] || fail "the man page has groff warnings: $warnings"
    echo "no groff warnings"
else
    echo "man is not installed: skipped"
fi

step "shell completions"
bash -c 'source "$1" && complete -p kubeminder' _ "$share/bash-completion/completions/kubeminder"
if command -v zsh >/dev/null 2>&1; then
    zsh -n "$share/zsh/vendor-completions/_kubeminder" && echo "zsh: the completion parses"
else
    echo "zsh is not installed: the zsh completion was not parsed"
fi

step "lintian (fails on errors)"
lintianStatus=0
report=$(lintian --fail-on error --display-level '>=warning' --show-overrides "$deb" 2>&1) || lintianStatus=$?
# lintian warns that it runs as root; CI machines are root.
grep -v 'running with root privileges is not recommended' <<< "$report" || true
((lintianStatus == 0)) || fail "lintian reported errors (above)"
echo "lintian: no errors"

tarball=${deb%/*}/kubeminder-$upstream-Linux.tar.gz
if [[ -f "$tarball" ]]; then
    step "Tarball: $tarball"
    listing=$(tar -tzf "$tarball")
    grep -qx "kubeminder-$upstream-Linux/bin/kubeminder" <<< "$listing" || fail "the tarball lacks bin/kubeminder"
    grep -qx "kubeminder-$upstream-Linux/share/applications/$app.desktop" <<< "$listing" ||
        fail "the tarball lacks the desktop entry"
    ! grep -q 'changelog\.Debian\|lintian' <<< "$listing" || fail "the tarball holds the Debian-only files"
    echo "$(wc -l <<< "$listing") entries"
fi

step "Installing with apt-get"
# One that was installed before is replaced, and this one is left installed instead of removed.
replaced=false
if [[ "$(dpkg-query -W -f='${Status}' kubeminder 2>/dev/null || true)" == "install ok installed" ]]; then
    replaced=true
    echo "kubeminder was installed before: this package replaces it and stays installed"
fi
# apt reads a local package as its sandbox user; a copy in a folder it can enter avoids the notice.
mkdir -m 0755 "$work/apt"
install -m 0644 "$deb" "$work/apt/"
chmod 0755 "$work"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$work/apt/${deb##*/}" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log" >&2; fail "apt-get could not install the package"; }
[[ "$replaced" == true ]] || installed=true
[[ "$(dpkg-query -W -f='${Version}' kubeminder)" == "$version" ]] || fail "dpkg does not list kubeminder $version"

step "The installed kubeminder"
# A home of its own: the settings and backups a command may write stay out of the caller's.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_STATE_HOME=$work/home/.local/state
mkdir -p "$HOME"
unset KUBECONFIG
cd "$work"
reported=$(/usr/bin/kubeminder --version)
echo "$reported"
# The first line is the version; the next names the libraries it runs on (Help → About too).
[[ "$(head -n 1 <<<"$reported")" == "kubeminder $upstream" ]] ||
    fail "kubeminder --version says \"$reported\", not kubeminder $upstream"
grep -q "^Qt .*OpenSSL .*libssh .*yaml-cpp " <<<"$reported" ||
    fail "kubeminder --version does not name the libraries it runs on"
demo=$(/usr/bin/kubeminder demo "$work/demo" 2>&1) || fail "kubeminder demo failed: $demo"
rc=0
KUBECONFIG=$work/demo/config:$work/demo/team.yaml /usr/bin/kubeminder check || rc=$?
# The demo set has expired and broken credentials on purpose: 2 is the expected status.
((rc <= 2)) || fail "kubeminder check on the demo set exited with $rc"
echo "kubeminder check exited with $rc (0-2 expected; the demo set holds expired credentials)"
# probe speaks TLS through Qt Network, which only /usr/libexec/kubeminder/kubeminder-probe links.
probeHelp=$(/usr/bin/kubeminder probe --help 2>&1) || fail "kubeminder probe --help failed: $probeHelp"
grep -q "^Usage: /usr/bin/kubeminder probe " <<<"$probeHelp" ||
    fail "kubeminder probe --help did not come from the probe program: $probeHelp"

# The window is a program of its own, out of PATH; `kubeminder` without a command (the desktop
# entry, autostart) replaces itself with it.
step "kubeminder without a command opens the window"
mkdir -p -m 700 "$work/runtime"
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/runtime KUBECONFIG=$work/demo/config \
    /usr/bin/kubeminder --minimized >"$work/window.log" 2>&1 &
window=$!
exe=
for _ in $(seq 100); do
    exe=$(readlink "/proc/$window/exe" 2>/dev/null || true)
    [[ "$exe" == */kubeminder-window ]] && break
    sleep 0.1
done
kill "$window" 2>/dev/null || true
wait "$window" 2>/dev/null || true
[[ "$exe" == /usr/libexec/kubeminder/kubeminder-window ]] ||
    fail "kubeminder without a command did not become /usr/libexec/kubeminder/kubeminder-window ($exe): $(cat "$work/window.log")"
echo "it became $exe"

echo "check-package: $deb is fine"
