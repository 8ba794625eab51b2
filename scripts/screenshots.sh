#!/usr/bin/env bash
# Builds and runs the screenshot program, which grabs the real windows (login dialog, editor,
# editor with an inline 3018 error) into docs/screenshots/. Uses a virtual X server when one is
# available, so that the pictures show the platform style; the offscreen platform otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BUILD_DIR:-build}
[ -f "$dir/build.ninja" ] || cmake --preset default >/dev/null
cmake --build "$dir" --target profiledesk_screenshots
out=docs/screenshots
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A private HOME so that the user's own settings, drafts and keychain are never touched.
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
if command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1280x1024x24" "$dir/tests/ui/profiledesk_screenshots" "$out"
else
    QT_QPA_PLATFORM=offscreen "$dir/tests/ui/profiledesk_screenshots" "$out"
fi
