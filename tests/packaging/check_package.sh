#!/usr/bin/env bash
# CTest "packaging_deb" (issue 7): builds the .deb with cpack from the build tree, unpacks it into a
# clean root and checks it as a user's machine would see it: the file list, the Depends field, the
# desktop file, the AppStream metainfo, the icons and the man pages, and then runs the programs from
# the unpacked files. No network is used; the local server answers on 127.0.0.1.
#
# check_package.sh BUILD_DIR CPACK VERSION QT_PLUGIN_DIR
set -euo pipefail

build_dir=$1 cpack=$2 version=$3 qt_plugins=$4

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
step() { echo "== $*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/profiledesk-packaging.XXXXXX")
server_pid=
cleanup() {
    [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
export XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
mkdir -m 0700 "$XDG_RUNTIME_DIR"

step "cpack -G DEB"
if ! "$cpack" -G DEB -B "$work/out" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack failed (build every target first: cmake --build $build_dir)" >&2
    exit 1
fi
deb=$work/out/profiledesk_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { ls -l "$work/out" >&2; echo "FAIL: no $deb" >&2; exit 1; }
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"

root=$work/root
dpkg-deb -x "$deb" "$root"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' | sort >"$work/files"
echo "-- files"
cat "$work/files"

# The application id is the desktop file's name; the metainfo, the icons and Icon= must all use it.
desktop_files=$(grep '^/usr/share/applications/.*\.desktop$' "$work/files" || true)
[ "$(wc -l <<<"$desktop_files")" -eq 1 ] && [ -n "$desktop_files" ] \
    || { echo "FAIL: expected one desktop file, found: $desktop_files" >&2; exit 1; }
app_id=$(basename "$desktop_files" .desktop)
echo "application id: $app_id"

step "control fields"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = profiledesk ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project's is $version"
depends=$(field Depends)
echo "Depends: $depends"
echo "Recommends: $(field Recommends)"
# One package name per line, alternatives included, versions dropped.
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed -e 's/(.*)//' -e 's/[[:space:]]//g' | grep -v '^$' | sort -u)
if grep -E -- '-dev$|-dev-' <<<"$depends_names"; then
    fail "Depends names development packages"
fi
# A virtual package (Qt's ABI guards, such as qt6-websockets-abi, which libqt6websockets6 provides
# and shlibdeps names for QtWebSockets) counts when an installed package provides it.
provided=$(dpkg-query -W -f='${Status}|${Provides}\n' 2>/dev/null | sed -n 's/^install ok installed|//p' \
    | tr ',' '\n' | sed -e 's/(.*)//' -e 's/[[:space:]]//g' | grep -v '^$' | sort -u)
for name in $depends_names; do
    dpkg-query -W -f='${Status}\n' "$name" 2>/dev/null | grep -q "install ok installed" \
        || grep -qx -- "$name" <<<"$provided" \
        || fail "Depends names '$name', which is not an installed Debian package here"
done

# The package of each library a program links directly, and of each Qt plugin it loads, must be a
# dependency: a clean Debian 12 would otherwise install the package and fail at start.
owner() {
    local path=$1 pkg
    pkg=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null \
        || dpkg -S "${path#/usr}" 2>/dev/null || dpkg -S "/usr$path" 2>/dev/null) || return 1
    echo "${pkg%%:*}"
}
requires() { # package why
    grep -qx -- "$1" <<<"$depends_names" || fail "$2 comes from package $1, which Depends lacks"
}
for program in profiledesk profiledesk-cli profiledesk-server; do
    binary=$root/usr/bin/$program
    [ -x "$binary" ] || { fail "usr/bin/$program is missing"; continue; }
    for soname in $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        path=$(ldd "$binary" | awk -v so="$soname" '$1 == so {print $3}')
        [ -n "$path" ] && [ "$path" != "not" ] || { fail "$program: $soname does not resolve"; continue; }
        if pkg=$(owner "$path"); then
            requires "$pkg" "$program's $soname"
        else
            fail "$program: no package owns $path"
        fi
    done
    if readelf -S "$binary" | grep -q '\.debug_info'; then
        fail "usr/bin/$program is not stripped"
    fi
done
# The server's database driver, and the platform plugin that shows windows on X11 (and XWayland).
for plugin in "$qt_plugins/sqldrivers/libqsqlite.so" "$qt_plugins/platforms/libqxcb.so"; do
    if pkg=$(owner "$plugin"); then
        requires "$pkg" "the Qt plugin $(basename "$plugin")"
    else
        fail "no package owns $plugin"
    fi
done

step "file list"
expected=(
    /usr/bin/profiledesk /usr/bin/profiledesk-cli /usr/bin/profiledesk-server
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/profiledesk.1.gz /usr/share/man/man1/profiledesk-cli.1.gz
    /usr/share/man/man1/profiledesk-server.1.gz
    /usr/share/doc/profiledesk/copyright /usr/share/doc/profiledesk/changelog.gz
)
png_sizes=(16 22 24 32 48 64 128 256)
for size in "${png_sizes[@]}"; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qxF -- "$path" "$work/files" || fail "the package lacks $path"
done
if grep -vE '^/usr/(bin|share)/' "$work/files"; then
    fail "files outside /usr/bin and /usr/share"
fi
if grep -E '\.(a|so|h|cmake)$|/tst_|/include/' "$work/files"; then
    fail "development or test files in the package"
fi

step "icons"
for size in "${png_sizes[@]}"; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -f "$png" ] || continue
    # PNG: 8-byte signature, then the IHDR chunk whose data starts with width and height (big-endian).
    read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "$(basename "$(dirname "$(dirname "$png")")") icon is ${w}x${h}"
done
grep -q '<svg' "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" || fail "the scalable icon is not SVG"

step "desktop file"
desktop=$root/usr/share/applications/$app_id.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate"
desktop_key() { sed -n "0,/^\[Desktop Action/s/^$1=//p" "$desktop" | head -n1; }
[ "$(desktop_key Icon)" = "$app_id" ] || fail "Icon=$(desktop_key Icon), expected $app_id"
exec_program=$(desktop_key Exec | awk '{print $1}')
[ -x "$root/usr/bin/$exec_program" ] || fail "Exec=$exec_program is not a packaged program"

step "metainfo"
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
grep -q "<id>$app_id</id>" "$metainfo" || fail "metainfo id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" || fail "metainfo launchable"
newest_release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)
[ "$newest_release" = "$version" ] || fail "newest metainfo release is '$newest_release', not $version"
for shot in login.png editor.png editor-3018.png; do
    grep -qE "<image>https://[^<]*/docs/screenshots/$shot</image>" "$metainfo" || fail "metainfo lacks screenshot $shot"
done

step "changelog"
changelog=$root/usr/share/doc/profiledesk/changelog.gz
if [ -f "$changelog" ]; then
    zcat "$changelog" >"$work/changelog"
    changelog_version=$(dpkg-parsechangelog -l "$work/changelog" -S Version) || fail "dpkg-parsechangelog"
    [ "$changelog_version" = "$version" ] || fail "the changelog's newest version is '$changelog_version'"
    [ "$(awk 'length > 80 && !/^ -- /' "$work/changelog" | wc -l)" -eq 0 ] || fail "changelog entries over 80 characters"
fi

step "man pages"
for program in profiledesk profiledesk-cli profiledesk-server; do
    page=$root/usr/share/man/man1/$program.1.gz
    [ -f "$page" ] || continue
    zcat "$page" >"$work/$program.1"
    warnings=$(groff -man -ww -z "$work/$program.1" 2>&1)
    [ -z "$warnings" ] || fail "$program.1: $warnings"
    grep -q "^\.TH .*\"ProfileDesk $version\"" "$work/$program.1" || fail "$program.1 does not carry version $version"
    # Every option that --help lists is documented (man writes '-' as '\-').
    help=$("$root/usr/bin/$program" --help 2>&1) || fail "$program --help exited with $?"
    for option in $(grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' <<<"$help" | grep -oE -- '--[a-z-]+'); do
        grep -qF -- "${option//-/\\-}" "$work/$program.1" || fail "$program.1 does not document $option"
    done
done

step "run the unpacked programs"
out=$("$root/usr/bin/profiledesk-cli" --version) || fail "profiledesk-cli --version exited with $?"
[ "$out" = "profiledesk-cli $version" ] || fail "profiledesk-cli --version said '$out'"
out=$("$root/usr/bin/profiledesk-server" --help) || fail "profiledesk-server --help exited with $?"
grep -q -- '--port <port>' <<<"$out" || fail "profiledesk-server --help lacks --port"
out=$("$root/usr/bin/profiledesk" --version) || fail "profiledesk --version exited with $?"
[ "$out" = "ProfileDesk $version" ] || fail "profiledesk --version said '$out'"

# The server (SQLite plugin included) and the client, both from the package, talking to each other.
"$root/usr/bin/profiledesk-server" --port 0 --demo --demo-users 0 >"$work/server.out" 2>&1 &
server_pid=$!
url=
for _ in $(seq 100); do
    url=$(sed -n 's/^listening on \(http:.*\)$/\1/p' "$work/server.out")
    [ -n "$url" ] || ! kill -0 "$server_pid" 2>/dev/null && break
    sleep 0.1
done
if [ -z "$url" ]; then
    fail "profiledesk-server did not start: $(cat "$work/server.out")"
else
    out=$(echo 'Alice-pass-1' | "$root/usr/bin/profiledesk-cli" --url "$url/api" --no-keychain --timeout 10 \
        --login alice@example.com --password-file - whoami) || fail "profiledesk-cli whoami exited with $?"
    grep -q '"email": *"alice@example.com"' <<<"$out" || fail "profiledesk-cli whoami said '$out'"
fi
kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
server_pid=

# What a person does first, on the programs as the package installs them: journey J1 (sign in,
# edit, save, sign out, sign in again, quit) over AT-SPI, checked against the server's state.
step "journey J1 on the unpacked programs"
e2e=$(cd "$(dirname "$0")/../e2e" && pwd)
if ! (unset XDG_RUNTIME_DIR QT_QPA_PLATFORM; dbus-run-session -- /usr/bin/python3 "$e2e/run.py" \
        j1_edit_and_sign_out --app "$root/usr/bin/profiledesk" --server "$root/usr/bin/profiledesk-server" \
        --cli "$root/usr/bin/profiledesk-cli" --artifacts "$build_dir/tests/packaging/e2e-j1" 2>&1 \
        | grep -v '^dbus-daemon\|^SpiRegistry'); then
    fail "journey J1 on the unpacked programs (see $build_dir/tests/packaging/e2e-j1)"
fi

if ((failures)); then
    echo "$failures failed check(s)" >&2
    exit 1
fi
echo "package checks passed"
