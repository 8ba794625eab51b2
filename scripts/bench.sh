#!/usr/bin/env bash
# Builds the benchmark programs of tests/bench that exist (bench_client, bench_gui, bench_directory,
# bench_server), runs each once with bounded settings, prints one table of every figure next to
# its floor, and writes build/bench.json (figures, the commands, each program's full output).
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
    "bench_client|300"
    "bench_server|100 3"
    "bench_gui|--runs 9"
    "bench_directory|9 100000"
)
available=$(cmake --build "$dir" --target help 2>/dev/null | sed -n 's/^\(bench_[a-z_]*\):.*/\1/p' | sort -u)
targets=()
for entry in "${plan[@]}"; do
    name=${entry%%|*}
    grep -qx "$name" <<<"$available" && targets+=("$name")
done
[ ${#targets[@]} -gt 0 ] || { echo "bench: no bench_* target in $dir" >&2; exit 2; }
cmake --build "$dir" --target "${targets[@]}" -j2

out="$dir/bench-output"
mkdir -p "$out"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
status=0
for entry in "${plan[@]}"; do
    name=${entry%%|*}
    args=${entry#*|}
    [[ " ${targets[*]} " == *" $name "* ]] || continue
    exe=$(find "$dir/tests/bench" -maxdepth 1 -type f -name "$name" -perm -u+x | head -1)
    echo "bench: $name $args" >&2
    start=$(date +%s%N)
    # shellcheck disable=SC2086  # the arguments are words
    if "$exe" $args >"$out/$name.txt" 2>"$out/$name.err"; then code=0; else code=$?; status=1; fi
    end=$(date +%s%N)
    printf '%s\n%s\n%s\n' "$exe $args" "$code" "$(((end - start) / 1000000))" >"$out/$name.meta"
done

python3 - "$out" "$dir/bench.json" "${targets[@]}" <<'PY'
import json, os, platform, re, sys, datetime

out, json_path, names = sys.argv[1], sys.argv[2], sys.argv[3:]
figures, runs = [], {}

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
    seen = {}
    for line in text.splitlines():
        # The common form: figure<TAB>name<TAB>value<TAB>unit<TAB>floor<TAB>ratio[<TAB>what the floor is]
        if line.startswith('figure\t'):
            fields = line.split('\t')
            _, figure, value, unit, floor, ratio = fields[:6]
            floor_name = fields[6] if len(fields) > 6 else 'same run'
            row(name, figure, float(value), unit, float(floor) or None, floor_name, float(ratio) or None)
            continue
        m = re.search(r'UserService::update\s+median\s+' + num + r' us', line)
        if m:
            seen['service'] = float(m.group(1))
        m = re.search(r'bare QNAM PUT\s+median\s+' + num + r' us', line)
        if m and 'service' in seen:
            row(name, 'save round-trip: UserService::update (median)', seen['service'], 'us', float(m.group(1)),
                'bare QNAM PUT')
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
    if len(figures) == before:
        row(name, 'no figure recognised (see bench.json output)', float('nan'), '')

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
