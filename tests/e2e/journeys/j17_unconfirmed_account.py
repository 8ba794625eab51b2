"""J17: an account whose email is not confirmed yet cannot sign in, and the person is told why.

Backendless refuses a user in EMAIL_CONFIRMATION_PENDING with 3087 (issue 22; docs "About User
Statuses"). The app keeps the person in the dialog with what they typed and says what to do; the
server made no session (lastLogin stays empty). A wrong password says only "wrong", so the dialog
tells nothing about the account's state to someone without it. Another account then signs in.
"""

import json
import os

from pdesk_e2e.app import LOGIN_TITLE

PENDING = "pending@example.com"
PENDING_PASSWORD = "Pending-pass-1"


def run(journey):
    config = os.path.join(journey.artifacts, "pending-config.json")
    with open(config, "w") as out:
        json.dump({"users": [{"email": PENDING, "name": "Pat Pending", "password": PENDING_PASSWORD,
                              "userStatus": "EMAIL_CONFIRMATION_PENDING"}]}, out)
    server = journey.start_server("--config", config)
    app = journey.start_app(server=server)

    app.sign_in(PENDING, password="not-the-password", expect_editor=False)
    app.wait_for_banner("Wrong Email or password.")
    journey.step("a wrong password: only 'wrong', nothing about the account")

    dialog = app.login_dialog()
    app.ui.fill(app.ui.find("password text", "Password", within=dialog), PENDING_PASSWORD)
    app.ui.key("Return")
    app.wait_for_banner("email address is not confirmed yet")
    journey.screenshot("login-email-not-confirmed")
    journey.check(app.alive() and app.ui.has_window(LOGIN_TITLE), "the dialog closed on 3087")
    email = app.ui.find("text", "Email", within=app.login_dialog())
    journey.check_equal(app.ui.text(email), PENDING, "the email after the refusal")
    stored = server.user(PENDING)
    journey.check_equal(stored["userStatus"], "EMAIL_CONFIRMATION_PENDING", "the stored status")
    journey.check_equal(stored["lastLogin"], None, "lastLogin of the refused account")
    journey.step("the right password: 3087 in the banner, no session, the email kept")

    app.ui.fill(email, "alice@example.com")
    app.ui.fill(app.ui.find("password text", "Password", within=app.login_dialog()), "Alice-pass-1")
    app.ui.key("Return")
    app.editor_window("alice@example.com")
    journey.check(server.user("alice@example.com")["lastLogin"] is not None, "alice's lastLogin after signing in")
    journey.step("another account signs in from the same dialog")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code after Quit")
