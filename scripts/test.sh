#!/usr/bin/env bash
# Quick start, second command: set up, then run every test — the libFuzzer targets for a bounded time,
# the whole suite under ASan+UBSan, and the whole suite in the CI build (warnings are errors).
#   scripts/test.sh            everything (what CI runs)
#   scripts/test.sh --quick    only the CI build's suite
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ ! -d tests/sdk/node_modules/backendless ]; then
    (cd tests/sdk && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "${1:-}" != "--quick" ]; then
    echo "== fuzz targets (bounded) =="
    scripts/fuzz.sh "${PROFILEDESK_FUZZ_SECONDS:-15}"
    echo "== whole suite under ASan + UBSan =="
    scripts/build.sh asan
    ctest --preset asan -j2
fi

echo "== whole suite =="
scripts/build.sh ci
ctest --preset ci -j2
