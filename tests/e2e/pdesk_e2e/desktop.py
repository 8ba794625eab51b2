"""A private desktop session for one journey: an X server, the accessibility bus and a keyring.

The journey's process runs inside `dbus-run-session`, so the session bus is its own. Here we add
what a desktop session would have: Xvfb (a free display, chosen by the server itself through
-displayfd), the AT-SPI bus launcher, and an unlocked gnome-keyring so that QtKeychain talks to a
real Secret Service.
"""

import os
import shutil
import subprocess
import tempfile
import time


class Desktop:
    def __init__(self, artifacts, own_display=True, size="1280x1024x24"):
        self.artifacts = artifacts
        self.own_display = own_display
        self.size = size
        self.processes = []
        self.display = None

    def __enter__(self):
        if self.own_display:
            self._start_xvfb()
        elif not os.environ.get("DISPLAY"):
            raise RuntimeError("--watch needs a DISPLAY to show the journey on")
        self._start_accessibility_bus()
        self._start_keyring()
        return self

    def __exit__(self, *exc):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        return False

    def _spawn(self, args, **kwargs):
        process = subprocess.Popen(args, **kwargs)
        self.processes.append(process)
        return process

    def _start_xvfb(self):
        # -noreset: the accessibility bus launcher connects to X and leaves; a server reset then
        # would refuse the app's connection in that instant.
        read_end, write_end = os.pipe()
        self._spawn(["Xvfb", "-displayfd", str(write_end), "-screen", "0", self.size, "-nolisten", "tcp",
                     "-noreset"],
                    pass_fds=(write_end,), stderr=open(os.path.join(self.artifacts, "xvfb.log"), "w"))
        os.close(write_end)
        with os.fdopen(read_end) as reader:
            number = reader.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not report a display")
        self.display = ":" + number
        os.environ["DISPLAY"] = self.display
        socket = "/tmp/.X11-unix/X" + number
        deadline = time.monotonic() + 10
        while not os.path.exists(socket) and time.monotonic() < deadline:
            time.sleep(0.05)

    def _start_accessibility_bus(self):
        launcher = "/usr/libexec/at-spi-bus-launcher"
        if not os.path.exists(launcher):
            raise RuntimeError("at-spi2-core is not installed (scripts/setup.sh installs it)")
        self._spawn([launcher, "--launch-immediately"], stderr=subprocess.DEVNULL)
        # The launcher owns org.a11y.Bus on the session bus once the a11y bus is up.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            probe = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                                    "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            if probe.returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError("the accessibility bus did not come up")

    def _start_keyring(self):
        # An unlocked login keyring from the start: no prompt can appear under Xvfb.
        keyring_home = tempfile.mkdtemp(prefix="keyring-", dir=self.artifacts)
        env = dict(os.environ, HOME=keyring_home, XDG_DATA_HOME=keyring_home + "/data",
                   XDG_RUNTIME_DIR=keyring_home)
        os.chmod(keyring_home, 0o700)
        daemon = subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets", "--daemonize"],
                                input=b"e2e-keyring-password", stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env, timeout=20)
        for line in daemon.stdout.decode().splitlines():
            if line.startswith("GNOME_KEYRING_CONTROL="):
                os.environ["GNOME_KEYRING_CONTROL"] = line.split("=", 1)[1]
        self._wait_for_secret_service()

    def _wait_for_secret_service(self):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            probe = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                                    "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                                    "string:org.freedesktop.secrets"], stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL)
            if b"boolean true" in probe.stdout:
                return
            time.sleep(0.1)
        raise RuntimeError("gnome-keyring's Secret Service did not appear on the session bus")

    def keyring_items(self, service="ProfileDesk"):
        """The keychain entries that the app stored (their attributes, never the secrets)."""
        result = subprocess.run(["secret-tool", "search", "--all", "server", service],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=10)
        return [line for line in (result.stdout + result.stderr).decode().splitlines()
                if line.startswith("attribute.")]

    def screenshot(self, path, area=None):
        """The screen as a person would see it, cropped to `area` (x, y, width, height) if given."""
        if not shutil.which("import"):
            return None
        command = ["import", "-window", "root"]
        if area:
            command += ["-crop", "%dx%d+%d+%d" % (area[2], area[3], area[0], area[1]), "+repage"]
        subprocess.run(command + [path], check=False, timeout=20, stderr=subprocess.DEVNULL)
        return path if os.path.exists(path) else None
