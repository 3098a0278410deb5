#!/usr/bin/env bash
# Renders the PNG sizes of the app icon from the scalable SVG, into the hicolor tree beside it.
# The PNGs are committed, so a build needs no SVG renderer; run this again after changing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"

svg=hicolor/scalable/apps/io.kubeminder.Kubeminder.svg
for size in 16 22 24 32 48 64 128 256; do
    out="hicolor/${size}x${size}/apps/io.kubeminder.Kubeminder.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --format png --output "$out" "$svg"
    echo "$out"
done
