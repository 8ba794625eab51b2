"""J5: the session ends while the person edits: the login dialog comes over the form, and after
signing in the same edits are saved. The focus stays where the person was."""

import time

from pdesk_e2e import ui


def run(journey):
    server = journey.start_server("--session-timeout", "5")
    app = journey.start_app(server=server)
    app.sign_in("alice")
    app.ui.fill(app.field("address"), "5 Expiry Avenue")
    app.ui.fill(app.field("phone"), "+44 20 7946 0000")
    time.sleep(6.5)
    app.ui.key("ctrl+s")

    dialog = app.login_dialog()
    journey.step("the login dialog is over the form")
    journey.screenshot("reauthenticate")
    email = app.ui.find("text", "Email", within=dialog)
    journey.check_equal(app.ui.text(email), "alice@example.com", "the identity in the re-sign-in dialog")
    app.ui.fill(app.ui.find("password text", "Password", within=dialog), "Alice-pass-1")
    app.ui.key("Return")
    ui.wait_until(lambda: server.user("alice@example.com").get("address") == "5 Expiry Avenue", 20,
                  "the replayed save on the server")
    journey.check_equal(server.user("alice@example.com").get("phone"), "+44 20 7946 0000", "phone on the server")
    journey.step("signed in again: the same edits are saved")
    app.wait_for_banner("Your changes were saved.")
    # A window manager gives the focus back to the window under a closed dialog; here we do.
    app.ui.activate_window("alice@example.com – ProfileDesk")
    ui.wait_until(lambda: ui.is_focused(app.field("phone")), 10,
                  "focus back in Phone (where the person was) after signing in again")
    app.ui.type("1")
    ui.wait_until(lambda: app.field_text("phone") == "+44 20 7946 00001", 10,
                  "a keystroke after re-sign-in to add to Phone, not replace it")
    journey.check_equal(app.field_text("name"), "Alice Example", "Name after re-sign-in")
    app.ui.menu("File", "Quit")
    app.ui.press(app.ui.find("push button", "Discard", timeout=10))
    journey.check_equal(app.exit_code(), 0, "exit code")
