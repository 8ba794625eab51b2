#!/usr/bin/env bash
# Developer tool, not part of the build: renders the PNG sizes of the application icon from its SVG
# into the hicolor tree beside this script. Run it after changing the SVG and commit the PNGs, so that
# building and packaging need neither librsvg nor ImageMagick. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
id=io.github.profiledesk.ProfileDesk
svg=hicolor/scalable/apps/$id.svg
for size in 16 22 24 32 48 64 128 256; do
    dir=hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$dir/$id.png"
done
