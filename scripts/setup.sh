#!/usr/bin/env bash
# Installs what ProfileDesk needs on Debian 12, by package name, and only what is missing.
# Safe to run again: when everything is there it does nothing but check.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    libsqlite3-dev   # the server's Unicode NOCASE collation uses the SQLite C API
    libicu-dev   # the server's identity checks: NFC, invisible characters, UTS #39 confusable skeletons
    qt6-httpserver-dev qt6-websockets-dev   # Qt6HttpServer's CMake config needs WebSockets
    qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    libgl-dev
    xvfb xauth
    desktop-file-utils appstream dpkg-dev groff-base   # tests/packaging: validators, cpack's dpkg-shlibdeps, man lint
    nodejs npm
    openssl clang libclang-rt-14-dev   # tests/security: a self-signed test certificate; scripts/fuzz.sh: clang and its libFuzzer runtime
    # tests/e2e: the real programs driven over AT-SPI in a private session bus, with a real Secret
    # Service, keystrokes and clicks as X events, screenshots, and valgrind for the memcheck journey
    dbus-daemon dbus-bin at-spi2-core python3-pyatspi python3-gi xdotool gnome-keyring libsecret-tools
    imagemagick valgrind
    qt6-gtk-platformtheme   # tests/e2e J11: a dark GTK desktop that the app follows
    universal-ctags clang-format   # tests/structure reads the headers; the format target
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# nodejs from another source may ship npm itself; do not ask apt for npm then.
if command -v npm >/dev/null 2>&1; then
    missing=("${missing[@]/npm}")
fi
if command -v node >/dev/null 2>&1; then
    missing=("${missing[@]/nodejs}")
fi
read -r -a missing <<< "${missing[*]:-}"

if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
