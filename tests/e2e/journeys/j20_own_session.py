"""J20: the signed-in person's own session ending (issue 20). Quit with edits, Save, and the session
turns out ended: Cancel the sign-in, edit on, Ctrl+S and sign in: the save goes through and the
window stays open ("Save, then leave" does not stay armed). The password change after the session
ended asks for the sign-in and then goes through. Resize, Quit, start again: the same geometry.
"""

import subprocess
import time

from pdesk_e2e import backend, ui

NEW_PASSWORD = "Journey-pass-18"
TITLE = "alice@example.com – ProfileDesk"


def enter(app, node, text):
    app.ui.activate_window(ui.name_of(app.ui.toplevel_of(node)))
    node.queryComponent().grabFocus()
    ui.wait_until(lambda: ui.is_focused(node), 5, "focus in %r" % ui.name_of(node))
    app.ui.key("ctrl+a")
    app.ui.type(text)


def sign_in_again(app, journey, password):
    dialog = app.login_dialog(timeout=20)
    journey.check_equal(app.ui.text(app.ui.find("text", "Email", within=dialog)), "alice@example.com",
                        "the identity in the sign-in dialog")
    app.ui.fill(app.ui.find("password text", "Password", within=dialog), password)
    app.ui.key("Return")


def geometry(app):
    wid = ui.wait_until(lambda: app.ui._x_window_named(TITLE), 10, "the main window")
    out = subprocess.run(["xdotool", "getwindowgeometry", "--shell", wid], stdout=subprocess.PIPE,
                         timeout=10).stdout.decode()
    values = dict(line.split("=", 1) for line in out.split() if "=" in line)
    return wid, (int(values["WIDTH"]), int(values["HEIGHT"]))


def run(journey):
    server = journey.start_server()
    app = journey.start_app(server=server)
    app.sign_in("alice")
    password = backend.ACCOUNTS["alice"][1]

    # Quit with edits, Save, the session has ended: Cancel the sign-in, edit, Ctrl+S.
    app.ui.fill(app.field("address"), "18 Leave Lane")
    server.login("alice")  # alice signs in elsewhere: the app's session ends
    app.ui.menu("File", "Quit")
    box = app.ui.window("Unsaved changes", timeout=10)
    app.ui.press(app.ui.find("push button", "Save", within=box))
    app.login_dialog(timeout=20)
    journey.screenshot("save-then-leave-sign-in")
    app.ui.key("Escape")
    ui.wait_until(lambda: not app.ui.has_window(app.labels["login_title"]), 10, "the sign-in to close")
    app.ui.activate_window(TITLE)
    app.ui.fill(app.field("phone"), "+44 20 7946 0018")
    app.ui.key("ctrl+s")
    sign_in_again(app, journey, password)
    ui.wait_until(lambda: server.user("alice@example.com").get("phone") == "+44 20 7946 0018", 20,
                  "the phone on the server")
    journey.check_equal(server.user("alice@example.com").get("address"), "18 Leave Lane", "address on the server")
    app.wait_for_banner("Your changes were saved.")
    time.sleep(2)
    journey.check(app.alive() and app.ui.has_window(TITLE), "the window closed after a later save")
    journey.step("Save, then leave: Cancel disarmed it; the later save kept the window open")

    # The password change after the session ended: one sign-in, then the change.
    server.login("alice")
    app.ui.fill(app.field("address"), "18 Password Place")
    app.ui.key("ctrl+s")
    app.login_dialog(timeout=20)
    app.ui.key("Escape")
    ui.wait_until(lambda: not app.ui.has_window(app.labels["login_title"]), 10, "the sign-in to close")
    enter(app, app.open_password_change(), password)
    enter(app, app.ui.find("password text", "New password"), NEW_PASSWORD)
    enter(app, app.ui.find("password text", "Confirm new password"), NEW_PASSWORD)
    button = app.ui.find("push button", "Change password")
    ui.wait_until(lambda: ui.is_enabled(button), 10, "Change password to be enabled")
    app.ui.click(button)
    sign_in_again(app, journey, password)
    app.wait_for_banner("Your password was changed.", timeout=20)
    ui.wait_until(lambda: server.user("alice@example.com").get("address") == "18 Password Place", 20,
                  "the waiting save on the server")
    try:
        server.request("POST", "users/login", {"login": "alice@example.com", "password": password})
        journey.check(False, "the old password still signs in")
    except backend.ServerError as error:
        journey.check_equal(error.code, 3003, "the old password's refusal")
    journey.step("the password change waited for the sign-in and went through")

    # Resize, Quit, start again: the same geometry.
    app.ui.activate_window(TITLE)
    wid, _ = geometry(app)
    subprocess.run(["xdotool", "windowsize", "--sync", wid, "930", "610"], timeout=10)
    ui.wait_until(lambda: geometry(app)[1] == (930, 610), 10, "the window to take 930x610")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
    again = journey.start_app(server=server)
    again.sign_in("alice", password=NEW_PASSWORD)
    time.sleep(1)
    journey.check_equal(geometry(again)[1], (930, 610), "the window's size after Quit and start")
    journey.screenshot("geometry-restored")
    journey.step("Quit kept the window's geometry")
    again.ui.menu("File", "Quit")
    journey.check_equal(again.exit_code(), 0, "exit code")
