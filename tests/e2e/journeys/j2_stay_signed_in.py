"""J2: "Stay signed in" end to end, with the real keychain (gnome-keyring through QtKeychain).

Sign in with the box ticked, quit, start again: the editor opens with the complete profile and no
login dialog; a save raises no false conflict; Sign out removes the keychain entry, so the next
start asks to sign in.
"""

from pdesk_e2e import ui
from pdesk_e2e.app import LOGIN_TITLE


def run(journey):
    server = journey.start_server()
    alice = server.set_user("alice@example.com", address="7 Keychain Lane")

    app = journey.start_app(server=server)
    app.sign_in("alice", stay_signed_in=True)
    ui.wait_until(lambda: journey.desktop.keyring_items(), 20, "the session in the keychain")
    journey.step("the session is in the keychain: %s" % journey.desktop.keyring_items())
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code after Quit")

    app = journey.start_app(server=server)
    window = app.editor_window("alice@example.com")
    journey.check(not app.ui.has_window(LOGIN_TITLE), "the login dialog showed although a session was kept")
    journey.step("restarted straight into the editor")
    # The complete profile, not only the email the keychain entry names.
    for label, key in (("Name", "name"), ("Address", "address"), ("Phone", "phone")):
        ui.wait_until(lambda: app.field_text(label) == (alice.get(key) or ""), 10,
                      "%s to read %r (reads %r)" % (label, alice.get(key), app.field_text(label)))
    journey.check(app.field_text("Created") not in ("", "Not set"), "Created reads %r" % app.field_text("Created"))
    journey.screenshot("editor-restored")

    app.ui.fill(app.field("Phone"), "+1 555 0102")
    app.ui.key("ctrl+s")
    ui.wait_until(lambda: server.user("alice@example.com").get("phone") == "+1 555 0102", 20,
                  "the server to hold the new phone number")
    journey.check(not app.ui.find_all("dialog", "Profile changed on the server"),
                  "a conflict dialog appeared on the first save after restoring the session")
    journey.check(not any("changed" in n and "server" in n for n in app.ui.window_names()),
                  "a conflict dialog appeared: %s" % app.ui.window_names())
    journey.step("saved without a conflict; the server has it")

    app.ui.menu("File", "Sign out")
    app.login_dialog()
    ui.wait_until(lambda: not journey.desktop.keyring_items(), 20, "the keychain entry to be removed")
    app.ui.press(app.ui.find("push button", "Cancel"))
    journey.check_equal(app.exit_code(), 0, "exit code after Cancel on the login dialog")

    app = journey.start_app(server=server)
    app.login_dialog()
    journey.check(not app.ui.has_window("alice@example.com – ProfileDesk"), "the editor opened after sign out")
    journey.step("after sign out the next start asks to sign in")
    app.ui.key("Escape")
    journey.check_equal(app.exit_code(), 0, "exit code after Escape on the login dialog")
