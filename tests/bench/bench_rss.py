#!/usr/bin/python3
"""Peak memory of the real profiledesk executable once a person has signed in, as a user gets it.

    tests/bench/bench_rss.py --app build/ui/profiledesk --minimal build/tests/bench/minimal_dialog \
        --server http://127.0.0.1:PORT [--runs 3]

On a private X display (Xvfb, the xcb platform plugin as on a desktop), with a private HOME each start:
- minimal_dialog (the smallest comparable Qt dialog): its VmHWM when it quits after its first paint;
- profiledesk --server URL --app-id demo-app-id --api-key demo-rest-key (an external profiledesk-server,
  as a Backendless user has it) and profiledesk --demo (the server in process): the credentials are typed
  with real X key events (xdotool), and one second after the main window is mapped the VmHWM is read
  from /proc.
Medians of --runs starts each. Prints "figure" rows for scripts/bench.sh, and for the external run the
biggest resident mappings (smaps), to show where the memory is.
"""

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

TITLE_LOGIN = "Sign in to ProfileDesk"
TITLE_MAIN = re.compile(r" – ProfileDesk$")


def start_xvfb():
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24",
                             "-nolisten", "tcp", "-noreset"], pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        number = reader.readline().strip()
    if not number:
        raise RuntimeError("Xvfb did not report a display")
    return xvfb, ":" + number


def environment(display, home):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "XDG_", "QT_", "WAYLAND"))}
    env.update(DISPLAY=display, HOME=home, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=home + "/config",
               XDG_DATA_HOME=home + "/data", XDG_CACHE_HOME=home + "/cache", XDG_RUNTIME_DIR=home)
    # No session bus: nothing of the person running the benchmark (keychain, a11y bus) is touched.
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    return env


def xdotool(*args, env):
    return subprocess.run(["xdotool", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          timeout=20).stdout.decode().strip()


def window_titled(pid, env, wanted):
    for wid in xdotool("search", "--onlyvisible", "--pid", str(pid), env=env).split():
        name = xdotool("getwindowname", wid, env=env)
        if (wanted.search(name) if hasattr(wanted, "search") else name == wanted):
            return wid
    return None


def wait_for(what, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = what()
        if found:
            return found
        time.sleep(0.05)
    return None


def status_kb(pid, field):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


def biggest_mappings(pid, count=12):
    """Resident kB per mapped file (or [heap], [anon]) from /proc/PID/smaps, largest first."""
    sizes, name = {}, None
    with open("/proc/%d/smaps" % pid) as f:
        for line in f:
            head = line.split()
            if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
                name = head[5] if len(head) > 5 else "[anon]"
            elif head and head[0] == "Rss:":
                sizes[name] = sizes.get(name, 0) + int(head[1])
    return sorted(sizes.items(), key=lambda kv: -kv[1])[:count]


def signed_in_peak(app, arguments, display, identity, password, show_mappings=False):
    home = tempfile.mkdtemp(prefix="bench-rss-")
    env = environment(display, home)
    process = subprocess.Popen([app, *arguments], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        login = wait_for(lambda: window_titled(process.pid, env, TITLE_LOGIN))
        if not login:
            raise RuntimeError("no login dialog: " + process.stderr.read1().decode(errors="replace")[-500:])
        time.sleep(0.3)  # the dialog puts the focus on the identity field after it is shown
        xdotool("windowfocus", "--sync", login, env=env)
        xdotool("type", "--delay", "5", identity, env=env)
        xdotool("key", "Tab", env=env)
        xdotool("type", "--delay", "5", password, env=env)
        xdotool("key", "Return", env=env)
        if not wait_for(lambda: window_titled(process.pid, env, TITLE_MAIN)):
            raise RuntimeError("the main window did not open after signing in")
        time.sleep(1.0)  # the schema arrives, the editor is built and painted
        peak, rss = status_kb(process.pid, "VmHWM"), status_kb(process.pid, "VmRSS")
        if show_mappings:
            print("biggest resident mappings after sign-in (%s):" % " ".join(arguments))
            for name, kb in biggest_mappings(process.pid):
                print("  %8.1f MiB  %s" % (kb / 1024.0, name))
        return peak, rss
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(home, ignore_errors=True)


def minimal_peak(minimal, display):
    home = tempfile.mkdtemp(prefix="bench-rss-")
    try:
        out = subprocess.run([minimal], env=environment(display, home), stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, timeout=30, check=True).stdout.decode()
        return int(re.search(r"peak-rss-kb (\d+)", out).group(1))
    finally:
        shutil.rmtree(home, ignore_errors=True)


def figure(name, value, unit, floor, floor_name):
    print("figure\t%s\t%.2f\t%s\t%.2f\t%.2f\t%s" % (name, value, unit, floor, value / floor if floor else 0,
                                                     floor_name))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", required=True)
    parser.add_argument("--minimal", required=True)
    parser.add_argument("--server", required=True, help="base URL of a running profiledesk-server --demo")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            print("bench_rss: %s is not installed (scripts/setup.sh installs it)" % tool, file=sys.stderr)
            return 2

    xvfb, display = start_xvfb()
    try:
        external_args = ["--server", args.server, "--app-id", "demo-app-id", "--api-key", "demo-rest-key"]
        minimal, external, demo = [], [], []
        minimal_peak(args.minimal, display)  # warm the file cache
        for run in range(args.runs):
            minimal.append(minimal_peak(args.minimal, display))
            external.append(signed_in_peak(args.app, external_args, display, "alice@example.com", "Alice-pass-1",
                                           show_mappings=run == 0))
            demo.append(signed_in_peak(args.app, ["--demo"], display, "alice@example.com", "Alice-pass-1"))
    finally:
        xvfb.terminate()
        xvfb.wait()

    floor = statistics.median(minimal) / 1024.0
    ext_peak = statistics.median(p for p, _ in external) / 1024.0
    demo_peak = statistics.median(p for p, _ in demo) / 1024.0
    print("peak RSS (VmHWM), median of %d starts each, xcb on Xvfb: minimal dialog %.1f MiB; profiledesk signed in "
          "to an external server %.1f MiB (VmRSS %.1f); profiledesk --demo signed in %.1f MiB (VmRSS %.1f); "
          "target: external <= minimal + 15 MiB = %.1f MiB"
          % (args.runs, floor, ext_peak, statistics.median(r for _, r in external) / 1024.0, demo_peak,
             statistics.median(r for _, r in demo) / 1024.0, floor + 15))
    figure("peak RSS after sign-in, external server (real app, xcb)", ext_peak, "MiB", floor, "minimal Qt dialog")
    figure("peak RSS after sign-in, --demo (real app, xcb)", demo_peak, "MiB", floor, "minimal Qt dialog")
    return 0


if __name__ == "__main__":
    sys.exit(main())
