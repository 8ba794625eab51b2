"""J4: an email another account uses: 3018 under the Email field, and nothing changes on the server."""

from pdesk_e2e import ui

TAKEN = "Another account already uses this email address."


def run(journey):
    server = journey.start_server()
    alice_before = server.user("alice@example.com")
    bob_before = server.user("bob@example.com")

    app = journey.start_app(server=server)
    app.sign_in("alice")
    app.ui.fill(app.field("email"), "bob@example.com")
    app.ui.fill(app.field("address"), "1 Taken Street")
    app.ui.key("ctrl+s")
    ui.wait_until(lambda: app.ui.description(app.field("email")) == TAKEN, 20,
                  "3018's message as the Email field's accessible description")
    app.wait_for_banner(TAKEN)
    journey.check(ui.is_focused(app.field("email")), "focus is not on the Email field after 3018")
    journey.check_equal(app.field_text("email"), "bob@example.com", "what was typed in Email")
    journey.check_equal(app.field_text("address"), "1 Taken Street", "what was typed in Address")
    journey.screenshot("editor-3018")
    journey.step("3018 under Email; the typed values stay")

    journey.check_equal(stored(server, "alice@example.com"), stored_values(alice_before), "Alice on the server")
    journey.check_equal(stored(server, "bob@example.com"), stored_values(bob_before), "Bob on the server")
    journey.step("nothing changed on the server")
    app.ui.menu("File", "Quit")
    # Unsaved edits: the guard asks; Discard quits.
    discard = app.ui.find("push button", "Discard", timeout=10)
    app.ui.press(discard)
    journey.check_equal(app.exit_code(), 0, "exit code after Quit and Discard")


def stored_values(user):
    """A user's profile without lastLogin, which each sign-in moves."""
    return {key: value for key, value in user.items() if key != "lastLogin"}


def stored(server, email):
    return stored_values(server.user(email))
