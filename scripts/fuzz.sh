#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang, ASan+UBSan) and runs each for a bounded time on
# its committed seed corpus: scripts/fuzz.sh [seconds per target, default 20]
# Fails on any finding; the crashing input is kept under build-fuzz/fuzz-artifacts/<target>/.
# New corpus entries go to build-fuzz/fuzz-corpus/<target>/, never into the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
dir=build-fuzz

if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ is needed (scripts/setup.sh installs it)" >&2
    exit 2
fi
if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DPROFILEDESK_FUZZ=ON >/dev/null
fi
cmake --build "$dir" --target fuzzers -j2

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

failed=0
rows=()
for seeds in tests/fuzz/corpus/*/; do
    target=$(basename "$seeds")
    exe="$dir/tests/fuzz/$target"
    [ -x "$exe" ] || { echo "fuzz: $exe was not built" >&2; failed=1; continue; }
    work="$dir/fuzz-corpus/$target"
    artifacts="$dir/fuzz-artifacts/$target"
    log="$dir/fuzz-logs/$target.log"
    mkdir -p "$work" "$artifacts" "$(dirname "$log")"
    echo "fuzz: $target for ${seconds}s"
    status=ok
    if ! "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$work" "$seeds" >"$log" 2>&1; then
        status=FINDING
        failed=1
        grep -E "FUZZ FINDING|ERROR: |runtime error|SUMMARY" "$log" | head -5 >&2 || true
        echo "fuzz: $target: see $log and $artifacts/" >&2
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    corpus=$(find "$work" "$seeds" -type f | wc -l)
    rows+=("$(printf '%-14s %12s %10s %8s  %s' "$target" "${runs:-?}" "${rate:-?}" "$corpus" "$status")")
done

printf '\n%-14s %12s %10s %8s  %s\n' target execs "execs/s" corpus result
printf '%s\n' "${rows[@]}"
exit $failed
