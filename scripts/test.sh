#!/usr/bin/env bash
# Quick start, second command: set up, build with warnings as errors, and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ ! -d tests/sdk/node_modules/backendless ]; then
    (cd tests/sdk && npm ci --no-audit --no-fund --loglevel=error)
fi
scripts/build.sh ci
ctest --preset ci -j2 "$@"
