#!/usr/bin/python3
"""Runs one end-to-end journey against the real ProfileDesk executables.

    dbus-run-session -- /usr/bin/python3 tests/e2e/run.py JOURNEY --app build/ui/profiledesk \
        --server build/server/profiledesk-server [--cli build/app/cli/profiledesk-cli] \
        [--artifacts DIR] [--valgrind] [--watch]

The journey gets a private desktop (Xvfb, the AT-SPI bus, an unlocked gnome-keyring), a fresh
profiledesk-server on a free port and a private HOME. On failure the screen, the accessible tree and
the app's output are left in the artifacts folder. `--watch` uses the current DISPLAY instead of a
virtual one, so that a person can see the journey on a real screen.
"""

import argparse
import importlib
import os
import shutil
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pdesk_e2e.desktop import Desktop  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("journey", help="module name under journeys/, e.g. j1_edit_and_sign_out")
    parser.add_argument("--app", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--cli")
    parser.add_argument("--artifacts", default=None)
    parser.add_argument("--valgrind", action="store_true", help="run the app under valgrind memcheck")
    parser.add_argument("--watch", action="store_true", help="use the current display")
    parser.add_argument("--screenshots", help="also save the journey's named screenshots here")
    args = parser.parse_args()

    artifacts = os.path.abspath(args.artifacts or tempfile.mkdtemp(prefix="e2e-"))
    shutil.rmtree(artifacts, ignore_errors=True)
    os.makedirs(artifacts)
    started = time.monotonic()
    with Desktop(artifacts, own_display=not args.watch) as desktop:
        # pyatspi reads the accessibility bus's address when it is imported: after the bus is up.
        module = importlib.import_module("journeys." + args.journey)
        from pdesk_e2e.context import Journey
        journey = Journey(args, artifacts, desktop)
        try:
            module.run(journey)
            outcome = 0
        except Exception:  # noqa: BLE001  (any failure: record what the screen showed)
            traceback.print_exc()
            journey.record_failure()
            outcome = 1
        finally:
            journey.close()
    print("journey %s: %s in %.1f s (artifacts: %s)" % (args.journey, "passed" if outcome == 0 else "FAILED",
                                                       time.monotonic() - started, artifacts))
    return outcome


if __name__ == "__main__":
    sys.exit(main())
