#!/usr/bin/env bash
# Builds the benchmark programs of tests/bench that exist (bench_client, bench_gui, bench_directory,
# bench_export, bench_realtime, bench_server, bench_thumbnails, bench_picture, and profiledesk-server),
# runs each with bounded settings, prints one table of every figure next to its floor, and writes
# build/bench.json (figures, the commands, each program's output).
#
# bench_picture: choose -> crop shown for a 12-megapixel JPEG made in the run (floor: QImageReader's
# decode alone, with the longest GUI-thread stall against one 60 Hz frame), and the upload of the
# cropped result through FileService (floor: a bare QNAM multipart POST of the same bytes).
#
# One profiledesk-server process (--port 0 --demo, a SQLite file) serves bench_client --server and
# tests/bench/bench_sdk.mjs (the official JS SDK; needs node and `npm ci` in tests/sdk) in alternating
# rounds, and the real app in tests/bench/bench_rss.py (needs Xvfb and xdotool).
#
#   scripts/bench.sh [build directory, default build]
#
# Figures depend on the machine and on what else runs on it: compare ratios, not absolutes.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build}
command -v python3 >/dev/null || { echo "bench: python3 is needed to assemble the table" >&2; exit 2; }

if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
# Release-like flags matter for figures; a Debug tree would measure the wrong thing.
grep -q '^CMAKE_BUILD_TYPE:STRING=\(Release\|RelWithDebInfo\)$' "$dir/CMakeCache.txt" \
    || echo "bench: warning: $dir is not a Release/RelWithDebInfo build" >&2

# name|arguments: each run bounded to well under a minute or two on a small machine.
declare -a plan=(
    "bench_server|100 3"
    "bench_gui|--runs 9"
    "bench_directory|9 100000"
    "bench_thumbnails|300 2000"
    "bench_picture|7 40"
    "bench_export|100000"
    "bench_realtime|200"
)
available=$(cmake --build "$dir" --target help 2>/dev/null | sed -n 's/^\(bench_[a-z_]*\|profiledesk-server\):.*/\1/p' | sort -u)
targets=()
for name in bench_client "${plan[@]%%|*}" profiledesk-server; do
    grep -qx "$name" <<<"$available" && targets+=("$name")
done
[ ${#targets[@]} -gt 0 ] || { echo "bench: no bench_* target in $dir" >&2; exit 2; }
cmake --build "$dir" --target "${targets[@]}" -j2

out="$dir/bench-output"
rm -rf "$out"
mkdir -p "$out"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
status=0
ran=()
exe_of() { find "$dir" -type f -name "$1" -perm -u+x -not -path '*/CMakeFiles/*' | head -1; }

# Runs one program, appending its output to $out/NAME.txt; NAME.meta keeps the commands, the worst
# exit code and the total time of all of NAME's runs.
run() {
    local name=$1 code=0 start end
    shift
    echo "bench: $name ${*:2}" >&2
    start=$(date +%s%N)
    "$@" >>"$out/$name.txt" 2>>"$out/$name.err" || { code=$?; status=1; }
    end=$(date +%s%N)
    if [ -f "$out/$name.meta" ]; then
        local meta
        mapfile -t meta <"$out/$name.meta"
        [ "$code" -ne 0 ] || code=${meta[1]}
        printf '%s\n%s\n%s\n' "${meta[0]}; $*" "$code" "$((meta[2] + (end - start) / 1000000))" >"$out/$name.meta"
    else
        printf '%s\n%s\n%s\n' "$*" "$code" "$(((end - start) / 1000000))" >"$out/$name.meta"
        ran+=("$name")
    fi
}

# One profiledesk-server process, as a user of Backendless or Backendless Pro has it, for the client
# against the official JS SDK (rounds interleaved, so that both see the same machine and the same
# database) and for the app's memory against an external server.
server_exe=$(exe_of profiledesk-server)
url=
if [ -n "$server_exe" ]; then
    "$server_exe" --port 0 --demo --demo-users 200 --db "$out/server.sqlite" >"$out/server.log" 2>&1 &
    server_pid=$!
    trap 'kill "$server_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 300); do
        url=$(sed -n 's/^listening on \(http:[^ ]*\)$/\1/p' "$out/server.log")
        [ -n "$url" ] && break
        sleep 0.1
    done
    [ -n "$url" ] || { echo "bench: profiledesk-server did not start: $(tail -3 "$out/server.log")" >&2; status=1; }
fi
client_exe=$(exe_of bench_client)
sdk=tests/bench/bench_sdk.mjs
have_sdk=0
if command -v node >/dev/null && [ -d tests/sdk/node_modules/backendless ]; then
    have_sdk=1
else
    echo "bench: no JS SDK comparison: needs node and (cd tests/sdk && npm ci)" >&2
fi
if [ -n "$url" ] && [ -n "$client_exe" ]; then
    # 3 rounds of 100 updates and 10 logins each, alternating which client goes first.
    for round in 1 2 3; do
        if [ $((round % 2)) -eq 1 ] || [ $have_sdk -eq 0 ]; then
            run bench_client "$client_exe" 100 --logins 10 --server "$url"
            [ $have_sdk -eq 0 ] || run bench_sdk node "$sdk" "$url" 100 10
        else
            run bench_sdk node "$sdk" "$url" 100 10
            run bench_client "$client_exe" 100 --logins 10 --server "$url"
        fi
    done
fi

for entry in "${plan[@]}"; do
    name=${entry%%|*}
    args=${entry#*|}
    [[ " ${targets[*]} " == *" $name "* ]] || continue
    # shellcheck disable=SC2086  # the arguments are words
    run "$name" "$(exe_of "$name")" $args
done

app_exe=$(exe_of profiledesk)
minimal_exe=$(exe_of minimal_dialog)
if [ -n "$url" ] && [ -n "$app_exe" ] && [ -n "$minimal_exe" ]; then
    if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
        run bench_rss python3 tests/bench/bench_rss.py --app "$app_exe" --minimal "$minimal_exe" --server "$url" --runs 3
    else
        echo "bench: no memory figure against an external server: needs Xvfb and xdotool" >&2
    fi
fi
[ -z "${server_pid:-}" ] || kill "$server_pid" 2>/dev/null || true

python3 - "$out" "$dir/bench.json" "${ran[@]}" <<'PY'
import json, os, platform, re, sys, datetime

out, json_path, names = sys.argv[1], sys.argv[2], sys.argv[3:]
figures, runs, samples = [], {}, {}

def row(bench, figure, value, unit, floor=None, floor_name=None, ratio=None):
    if ratio is None and floor:
        ratio = value / floor
    figures.append(dict(bench=bench, figure=figure, value=value, unit=unit, floor=floor,
                        floor_name=floor_name, ratio=ratio))

num = r'([0-9]+(?:\.[0-9]+)?)'
for name in names:
    meta = open(os.path.join(out, name + '.meta')).read().split('\n')
    text = open(os.path.join(out, name + '.txt')).read()
    runs[name] = dict(command=meta[0], exit=int(meta[1]), seconds=int(meta[2] or 0) / 1000.0,
                      output=text.splitlines(), stderr=open(os.path.join(out, name + '.err')).read().splitlines()[-20:])
    before = len(figures)
    for line in text.splitlines():
        # The common form: figure<TAB>name<TAB>value<TAB>unit<TAB>floor<TAB>ratio[<TAB>what the floor is]
        if line.startswith('figure\t'):
            fields = line.split('\t')
            _, figure, value, unit, floor, ratio = fields[:6]
            floor_name = fields[6] if len(fields) > 6 else 'same run'
            row(name, figure, float(value), unit, float(floor) or None, floor_name, float(ratio) or None)
            continue
        # Every call's time, pooled over the rounds of bench_client and bench_sdk (see below).
        if line.startswith('samples\t'):
            _, sample_name, values = line.split('\t')
            samples.setdefault(sample_name, []).extend(float(v) for v in values.split(',') if v)
            continue
        m = re.search(r'start -> login dialog painted: profiledesk ' + num + r' ms, minimal dialog ' + num + ' ms', line)
        if m:
            row(name, 'start -> login dialog painted (median)', float(m.group(1)), 'ms', float(m.group(2)), 'minimal Qt dialog')
        m = re.search(r'longest GUI-thread stall with every reply delayed (\d+) ms.*?: sign-in ' + num +
                      r' ms, schema load \+ editor built ' + num + r' ms, save incl\. conflict re-read ' + num + ' ms', line)
        if m:
            for label, value in (('sign-in', m.group(2)), ('schema load + editor', m.group(3)), ('save', m.group(4))):
                row(name, 'longest GUI stall, %s (server delay %s ms)' % (label, m.group(1)), float(value), 'ms',
                    16.0, 'one 60 Hz frame')
        m = re.match(r'\s+(.+?)\s+(rows in view|count):\s+median\s+' + num + r' ms\s+\(cold\s+' + num + ' ms', line)
        if m:
            row(name, 'directory @100k: %s, %s (median)' % (m.group(1), m.group(2)), float(m.group(3)), 'ms',
                float(m.group(4)), 'cold first run')
        m = re.search(r'the last 10 pages.*median ' + num + ' ms', line)
        if m:
            row(name, 'directory @100k: a page deep in the table (median)', float(m.group(1)), 'ms')
    if len(figures) == before and name not in ('bench_client', 'bench_sdk'):
        row(name, 'no figure recognised (see bench.json output)', float('nan'), '')

def pooled(name):
    values = sorted(samples.get(name, []))
    n = len(values)
    return None if n == 0 else (values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2)

# The client against its own floor and against the official JS SDK, on the same server in the same rounds.
client, bare, sdk = pooled('client-update'), pooled('bare-put'), pooled('sdk-update')
if client is not None:
    row('bench_client', 'save round-trip: UserService::update (median of %d)' % len(samples['client-update']),
        client, 'us', bare, 'bare QNAM PUT')
if client is not None and sdk is not None:
    row('bench_sdk', 'save round-trip: UserService::update vs JS SDK UserService.update (median)', client, 'us',
        sdk, 'JS SDK update')
client_login, sdk_login = pooled('client-login'), pooled('sdk-login')
if client_login is not None and sdk_login is not None:
    row('bench_sdk', 'login: UserService::login vs JS SDK UserService.login (median of %d)'
        % len(samples['client-login']), client_login, 'us', sdk_login, 'JS SDK login')

result = dict(date=datetime.datetime.now().astimezone().isoformat(timespec='seconds'),
              machine=dict(host=platform.node(), system=platform.platform(), cpus=os.cpu_count(),
                           load=list(os.getloadavg())),
              figures=figures, runs=runs)
with open(json_path, 'w') as f:
    json.dump(result, f, indent=1, allow_nan=True)

def fmt(v):
    return '-' if v is None or v != v else ('%.2f' % v if abs(v) < 100 else '%.0f' % v)
width = max(len(f['figure']) for f in figures)
print('%-16s %-*s %10s %-4s %10s  %-18s %7s' % ('bench', width, 'figure', 'value', '', 'floor', 'floor is', 'ratio'))
for f in figures:
    print('%-16s %-*s %10s %-4s %10s  %-18s %7s' % (f['bench'], width, f['figure'], fmt(f['value']), f['unit'],
          fmt(f['floor']), f['floor_name'] or '', (fmt(f['ratio']) + 'x') if f['ratio'] else '-'))
for name, run in runs.items():
    if run['exit']:
        print('%s FAILED (exit %d): %s' % (name, run['exit'], ' | '.join(run['stderr'][-3:])))
print('written: ' + json_path)
PY
exit $status
