#!/usr/bin/env bash
# Quick start, first command: set up, build, and run ProfileDesk on its embedded demo backend.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh default
exec build/ui/profiledesk --demo "$@"
