"""J14: Backendless Pro addressed as people run it: profiledesk-server listening on every address,
the app given this machine's own non-loopback address in the Pro form (http://HOST:PORT/api with
the app id and key). Plain http to another machine is refused until the person ticks the opt-in;
then the sign-in works, and the choice is remembered for that server.

Exits with 77 (CTest: skipped) on a machine with no non-loopback IPv4 address."""

import subprocess
import sys

from pdesk_e2e import ui
from pdesk_e2e.backend import API_KEY, APP_ID

SKIP = 77


def own_address():
    out = subprocess.run(["hostname", "-I"], stdout=subprocess.PIPE, text=True, timeout=10).stdout.split()
    return next((a for a in out if "." in a and not a.startswith("127.")), None)


def run(journey):
    address = own_address()
    if not address:
        print("SKIP: this machine has no non-loopback IPv4 address")
        sys.exit(SKIP)
    server = journey.start_server("--host", "0.0.0.0")
    pro_url = "http://%s:%d/api" % (address, server.port)
    args = ["--server", pro_url, "--app-id", APP_ID, "--api-key", API_KEY]

    app = journey.start_app(*args)
    dialog = app.login_dialog()
    app.ui.fill(app.ui.find("text", "Email", within=dialog), "alice@example.com")
    app.ui.fill(app.ui.find("password text", "Password", within=dialog), "Alice-pass-1")
    app.ui.key("Return")
    # Refused before anything is sent: the panel opens with the opt-in and says why.
    opt_in = app.ui.find("check box", "Allow unencrypted connection", timeout=10)
    journey.check(not opt_in.getState().contains(ui.pyatspi.STATE_CHECKED), "the opt-in is ticked by itself")
    journey.check(app.ui.has_window("Sign in to ProfileDesk"), "signed in over plain http without the opt-in")
    journey.screenshot("login-insecure-optin")
    journey.step("plain http to %s refused without the opt-in" % address)

    app.ui.focus(opt_in)
    app.ui.key("space")
    ui.wait_until(lambda: app.ui.find_all(name="Warning: your password and session will cross the network "
                                               "unencrypted; anyone on the way can read them. Allow this only "
                                               "for a server on a network you trust."), 10, "the warning")
    app.ui.focus(app.ui.find("password text", "Password", within=app.login_dialog()))
    app.ui.key("Return")
    app.editor_window("alice@example.com")
    journey.step("signed in through %s in the Pro form after the opt-in" % pro_url)
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")

    # Remembered for this server: the next start signs in with no opt-in to tick.
    app = journey.start_app(*args)
    app.sign_in("alice")
    journey.step("the opt-in is remembered for %s" % pro_url)
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
