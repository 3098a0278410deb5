#!/usr/bin/env bash
# Renders the README screenshots: the real window on the demo set, under Xvfb, driven with the
# keyboard through xdotool as a user would.
#   tests/screenshots/render.sh [BUILD_DIR]     (default build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
app="$build/app/kubeminder"
out=resources/screenshots
for tool in Xvfb import xdotool; do
    command -v "$tool" >/dev/null || {
        echo "render.sh needs Xvfb, ImageMagick's import and xdotool (apt-get install xvfb imagemagick xdotool)" >&2
        exit 1
    }
done

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
files=$("$app" demo "$work/demo" 2>/dev/null | paste -sd:)

display=:97
Xvfb "$display" -screen 0 1180x700x24 -nolisten tcp &
sleep 1
export DISPLAY=$display HOME="$work/home" KUBECONFIG="$files" QT_QPA_PLATFORM=xcb LC_ALL=en_GB.UTF-8 LANG=en_GB.UTF-8
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
mkdir -p "$HOME"

# A remembered SSH source for the expired demo context, so the details offer the one-click refresh.
mkdir -p "$XDG_CONFIG_HOME/Kubeminder"
cat >"$XDG_CONFIG_HOME/Kubeminder/kubeminder.conf" <<CONF
[importSources]
homelab-pi\\kind=ssh
homelab-pi\\location=ssh://pi@pi.lan:22/etc/rancher/k3s/k3s.yaml
homelab-pi\\lastImported=$(date -u -d '-377 days' +%Y-%m-%dT%H:%M:%SZ)
CONF

shot() { # shot NAME: the whole screen, after the window settled
    sleep 1.5
    import -window root "$out/$1.png"
    echo "wrote $out/$1.png"
}
key() { xdotool key --clearmodifiers "$@"; sleep 0.6; }

"$app" &
sleep 4
window=$(xdotool search --sync --onlyvisible --name '^Kubeminder$' | head -1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1180 700
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
# The most urgent context is the first row: select it, so the details show a problem and its fix.
xdotool mousemove 300 140 click 1
key ctrl+Home
key Down
shot main-window

key ctrl+i
shot import-dialog
key Escape

xdotool windowfocus --sync "$window"
key ctrl+comma
shot settings-files
key Escape
