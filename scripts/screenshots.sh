#!/usr/bin/env bash
# The README's screenshots, grabbed from the real programs by the end-to-end journeys (tests/e2e):
# each journey saves what the screen showed at its named steps into docs/screenshots/.
#   scripts/screenshots.sh [build directory, default build]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build}
[ -f "$dir/build.ninja" ] || cmake --preset default >/dev/null
cmake --build "$dir" --target profiledesk profiledesk-server profiledesk-cli
out=docs/screenshots
mkdir -p "$out"
for journey in j1_edit_and_sign_out j3_sign_in_errors j4_identity_taken j5_session_expiry j7_support_staff j8_german \
        j9_form_details j10_scaled_screen j11_dark_desktop j12_password_change j13_server_panel \
        j14_pro_insecure_optin j15_silent_drop j16_changes_from_elsewhere j_actions_account j_actions_no_service \
        j_teamdata_export j_pagehead_head j_pagehead_directory; do
    dbus-run-session -- /usr/bin/python3 tests/e2e/run.py "$journey" --app "$dir/ui/profiledesk" \
        --server "$dir/server/profiledesk-server" --cli "$dir/app/cli/profiledesk-cli" \
        --artifacts "$dir/screenshots/$journey" --screenshots "$out" 2>&1 | grep -v '^dbus-daemon\|^SpiRegistry'
done
ls -l "$out"
