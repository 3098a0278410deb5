#!/usr/bin/env bash
# Renders the README screenshots: the real window on the demo set, under Xvfb.
#   tests/screenshots/render.sh [BUILD_DIR]     (default build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
app="$build/app/kubeminder"
out=resources/screenshots
command -v Xvfb >/dev/null && command -v import >/dev/null || {
    echo "render.sh needs Xvfb and ImageMagick's import (apt-get install xvfb imagemagick)" >&2
    exit 1
}

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
files=$("$app" demo "$work/demo" 2>/dev/null | paste -sd:)

display=:97
Xvfb "$display" -screen 0 1180x640x24 -nolisten tcp &
sleep 1
export DISPLAY=$display HOME="$work/home" KUBECONFIG="$files" QT_QPA_PLATFORM=xcb LC_ALL=en_GB.UTF-8 LANG=en_GB.UTF-8
mkdir -p "$HOME"
"$app" &
sleep 4
import -window root "$out/main-window.png"
echo "wrote $out/main-window.png"
