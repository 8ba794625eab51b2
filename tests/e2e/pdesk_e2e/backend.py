"""The real profiledesk-server as a process, and a small REST client to read its state.

Journeys check what the server holds, not only what the screen shows. The client signs in as the
support account and reads users through the Data API, so that it never ends the session of the
user the app is signed in as (Backendless's default: a new login ends the user's previous one).
"""

import base64
import json
import os
import re
import signal
import struct
import subprocess
import time
import urllib.error
import urllib.request
import zlib

APP_ID = "demo-app-id"
API_KEY = "demo-rest-key"

ACCOUNTS = {
    "alice": ("alice@example.com", "Alice-pass-1"),
    "bob": ("bob@example.com", "Bob-pass-1"),
    "support": ("support@example.com", "Support-pass-1"),
}


def png(width, height, colour_at):
    """A PNG of width x height whose pixel (x, y) is colour_at(x, y), an (r, g, b) tuple."""
    rows = b"".join(b"\0" + b"".join(bytes(colour_at(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


class ServerError(Exception):
    def __init__(self, status, body):
        super().__init__("HTTP %s: %s" % (status, body))
        self.status = status
        self.body = body
        try:
            self.code = json.loads(body).get("code")
        except ValueError:
            self.code = None


class LocalServer:
    def __init__(self, executable, workdir, extra_args=(), port=0):
        self.executable = executable
        self.db = os.path.join(workdir, "server.sqlite")
        self.extra_args = list(extra_args)
        self.port = port
        self.process = None
        self.base_url = None

    def start(self):
        args = [self.executable, "--port", str(self.port), "--demo", "--demo-users", "20", "--db", self.db]
        self.process = subprocess.Popen(args + self.extra_args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True)
        line = self.process.stdout.readline()
        match = re.search(r"listening on (http://\S+)", line)
        if not match:
            raise RuntimeError("profiledesk-server did not start: %r %s" % (line, self.process.stderr.read()))
        self.base_url = match.group(1)
        self.port = int(self.base_url.rsplit(":", 1)[1])
        return self

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        return False

    @property
    def api(self):
        return "%s/%s/%s" % (self.base_url, APP_ID, API_KEY)

    def request(self, method, path, body=None, token=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.api + "/" + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("user-token", token)
        try:
            with urllib.request.urlopen(req, timeout=15) as reply:
                return json.loads(reply.read().decode() or "null")
        except urllib.error.HTTPError as error:
            raise ServerError(error.code, error.read().decode()) from None

    def login(self, who):
        identity, password = ACCOUNTS[who]
        return self.request("POST", "users/login", {"login": identity, "password": password})

    def own_profile(self, who):
        """A user's stored profile as that user reads it (their login answer): for journeys in which
        the app is signed in as the support account, whose session another login would end."""
        user = self.login(who)
        user.pop("user-token", None)
        return user

    def as_staff(self, method, path, body=None):
        """A Data API call as the support account; signs in again when its session has ended."""
        for attempt in (1, 2):
            if not getattr(self, "_staff_token", None):
                self._staff_token = self.login("support")["user-token"]
            try:
                return self.request(method, path, body, token=self._staff_token)
            except ServerError as error:
                if error.code not in (3064, 3028) or attempt == 2:
                    raise
                self._staff_token = None

    def set_user(self, email, **values):
        """Stores values on a user through the support account, as another device would."""
        return self.as_staff("PUT", "data/Users/" + self.user(email)["objectId"], values)

    def upload_picture(self, email, png_bytes, name="picture.png", token=None):
        """A picture under users/{objectId}/ through the Files API (PUT files/binary, base64, as the
        SDK's Files.saveFile does), stored in the user's `avatar` (FILE_REF) as ProfileDesk stores
        it: the REST key replaced by its placeholder. As the support account unless `token`."""
        object_id = self.user(email)["objectId"]
        path = "files/binary/users/%s/%s?overwrite=true" % (object_id, name)
        req = urllib.request.Request(self.api + "/" + path, data=base64.b64encode(png_bytes), method="PUT")
        req.add_header("Content-Type", "text/plain")
        if token is None:
            self.as_staff("GET", "data/Users/count")  # a staff session to write with
            token = self._staff_token
        req.add_header("user-token", token)
        with urllib.request.urlopen(req, timeout=15) as reply:
            url = json.loads(reply.read().decode())
        stored = url.replace("/%s/files/" % API_KEY, "/REST-API-KEY/files/")
        self.set_user(email, avatar=stored)
        return stored

    def user(self, email):
        """The stored user with this email, read through the support account (Data API)."""
        found = self.as_staff("POST", "data/Users/find", {"where": "email = '%s'" % email, "pageSize": 1})
        if not found:
            raise AssertionError("no user with email %s on the server" % email)
        return found[0]


def wait_for_exit(process, timeout):
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    return process.poll()
