"""What a journey works with: the programs under test, its servers, its apps, its artifacts."""

import os
import shutil
import subprocess
import time

from .app import App, server_args
from .backend import ACCOUNTS, LocalServer
from . import ui

VALGRIND = ["valgrind", "--tool=memcheck", "--leak-check=no", "--track-origins=no",
            "--num-callers=30", "--gen-suppressions=no"]


class Journey:
    def __init__(self, args, artifacts, desktop):
        self.args = args
        self.artifacts = artifacts
        self.desktop = desktop
        self.home = os.path.join(artifacts, "home")
        self.servers = []
        self.apps = []
        self.started = time.monotonic()
        self.valgrind_log = None

    # --- the programs ----------------------------------------------------------------------

    def start_server(self, *extra_args, port=0):
        workdir = os.path.join(self.artifacts, "server%d" % len(self.servers))
        os.makedirs(workdir, exist_ok=True)
        server = LocalServer(self.args.server, workdir, extra_args, port).start()
        self.servers.append(server)
        self.step("server on %s %s" % (server.base_url, " ".join(extra_args)))
        return server

    def start_app(self, *args, server=None, language="en", env=None):
        """The app with this journey's HOME; `server` adds --server/--app-id/--api-key for it."""
        full = (server_args(server) if server else []) + list(args)
        wrapper = []
        timeout = 60
        if self.args.valgrind:
            self.valgrind_log = os.path.join(self.artifacts, "valgrind-%d.log" % len(self.apps))
            wrapper = VALGRIND + ["--log-file=" + self.valgrind_log]
            timeout = 240
        app = App(self.args.app, self.home, full, os.path.join(self.artifacts, "app.log"), wrapper, timeout,
                  language, env)
        self.apps.append(app)
        self.step("app started: %s" % " ".join(full))
        return app

    def cli(self, *args, password=None):
        """profiledesk-cli, with a password file when one is needed; returns (exit code, output)."""
        command = [self.args.cli] + list(args)
        if password is not None:
            path = os.path.join(self.artifacts, "cli-password")
            with open(path, "w") as handle:
                handle.write(password)
            command += ["--password-file", path]
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60,
                                env=dict(os.environ, HOME=os.path.join(self.artifacts, "cli-home")))
        return result.returncode, result.stdout.decode()

    def cli_update(self, server, who, **values):
        """`profiledesk-cli update` of `who`'s own profile on `server`, as another device of theirs."""
        identity, password = ACCOUNTS[who]
        code, output = self.cli("update", *server_args(server), "--login", identity,
                                *["%s=%s" % item for item in values.items()], password=password)
        self.check_equal(code, 0, "profiledesk-cli update %s: %s" % (values, output))
        return output

    @staticmethod
    def local_midnight_ms(year, month, day):
        """A date at local midnight as Backendless stores a DATETIME (epoch milliseconds)."""
        import datetime
        return int(datetime.datetime(year, month, day).timestamp() * 1000)

    # --- evidence --------------------------------------------------------------------------

    def step(self, what):
        print("[%6.1f s] %s" % (time.monotonic() - self.started, what), flush=True)

    def check(self, condition, message):
        if not condition:
            raise ui.JourneyFailure(message)

    def check_equal(self, actual, expected, what):
        if actual != expected:
            raise ui.JourneyFailure("%s: expected %r, got %r" % (what, expected, actual))

    def screenshot(self, name):
        """The screen now, into the artifacts (and into --screenshots, for the README)."""
        live = [app for app in self.apps if app.alive()]
        area = live[-1].ui.screen_area() if live else None
        path = self.desktop.screenshot(os.path.join(self.artifacts, name + ".png"), area)
        if path and self.args.screenshots:
            os.makedirs(self.args.screenshots, exist_ok=True)
            shutil.copy(path, os.path.join(self.args.screenshots, name + ".png"))
        return path

    def record_failure(self):
        self.screenshot("failure")
        for index, app in enumerate(self.apps):
            if app.alive():
                try:
                    with open(os.path.join(self.artifacts, "tree-%d.txt" % index), "w") as out:
                        out.write(app.ui.dump())
                except Exception as error:  # noqa: BLE001
                    print("could not dump the accessible tree: %s" % error)
        log = os.path.join(self.artifacts, "app.log")
        if os.path.exists(log):
            with open(log) as handle:
                print("--- app output (last 40 lines) ---\n" + "".join(handle.readlines()[-40:]))

    def check_valgrind(self):
        """No invalid read or write in the app's valgrind log(s)."""
        if not self.valgrind_log:
            return
        for app in self.apps:
            app.exit_code(timeout=120)
        for name in sorted(os.listdir(self.artifacts)):
            if not name.startswith("valgrind-"):
                continue
            with open(os.path.join(self.artifacts, name)) as handle:
                text = handle.read()
            self.check("ERROR SUMMARY:" in text, "%s has no error summary: valgrind did not finish" % name)
            bad = [line for line in text.splitlines() if "Invalid read" in line or "Invalid write" in line
                   or "Invalid free" in line]
            self.check(not bad, "valgrind found errors (%s):\n%s" % (name, "\n".join(bad[:10])))
            self.step("valgrind %s: %s" % (name, [l for l in text.splitlines() if "ERROR SUMMARY" in l][-1]))

    def close(self):
        for app in self.apps:
            app.stop()
        for server in self.servers:
            server.stop()
