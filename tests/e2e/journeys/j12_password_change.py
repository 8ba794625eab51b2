"""J12: the password change, its own action (issue 13). Sign in as Alice; a wrong current password
gets its message under that field; the right one with a too-short new one: the rule says so and
the button stays disabled; a good new password twice, Change password, its own success message;
sign out and sign in with the new password. The server agrees: the old password is refused (3003).
"""

from pdesk_e2e import backend, ui

NEW_PASSWORD = "Journey-pass-12"


def enter(app, node, text):
    """Types into a password field as a person does after tabbing to it: the group may start below
    the scroll area's edge, so the focus goes in first (the editor then scrolls it into view)."""
    app.ui.activate_window(ui.name_of(app.ui.toplevel_of(node)))
    node.queryComponent().grabFocus()
    ui.wait_until(lambda: ui.is_focused(node), 5, "focus in %r" % ui.name_of(node))
    app.ui.key("ctrl+a")
    if text:
        app.ui.type(text)
    else:
        app.ui.key("BackSpace")


def run(journey):
    server = journey.start_server()
    app = journey.start_app(server=server)
    app.sign_in("alice")
    # Behind its button, as in GNOME's, KDE's and Keycloak's pages.
    journey.check(not app.ui.find_all("password text", "Current password"), "the password change is open at first")
    current = app.open_password_change()
    new = app.ui.find("password text", "New password")
    confirm = app.ui.find("password text", "Confirm new password")
    button = app.ui.find("push button", "Change password")
    rule = app.ui.find("label", "Password rule")
    app.ui.find("check box", "Show passwords")
    journey.check("• At least 8 characters" in app.ui.description(rule),
                  "the rule is stated before typing: %r" % app.ui.description(rule))
    journey.check(not ui.is_enabled(button), "Change password is enabled on an empty form")

    # A wrong current password: the message under it, and everything typed stays.
    enter(app, current, "Not-alices-1")
    enter(app, new, NEW_PASSWORD)
    enter(app, confirm, NEW_PASSWORD)
    ui.wait_until(lambda: ui.is_enabled(button), 10, "Change password to be enabled")
    app.ui.click(button)
    app.wait_for_banner("The current password is wrong.", timeout=20)
    ui.wait_until(lambda: app.ui.description(current) == "The current password is wrong.", 10,
                  "the message to belong to Current password")
    # A password field reads empty over AT-SPI; the enabled button says all three are still filled.
    journey.check(ui.is_enabled(button), "what was typed was lost after the error (Change password disabled)")
    journey.step("a wrong current password is named under its field")

    # The right current password and a too-short new one: the rule says so, no button.
    enter(app, current, backend.ACCOUNTS["alice"][1])
    enter(app, new, "Abc12")
    enter(app, confirm, "Abc12")
    ui.wait_until(lambda: "✗ At least 8 characters" in app.ui.description(rule), 10,
                  "the rule to mark the short password (reads %r)" % app.ui.description(rule))
    journey.check(not ui.is_enabled(button), "Change password is enabled for a 5-character password")
    journey.step("a short password: the rule says so, the button is disabled")

    # A good one twice, shown in clear to check it, then changed.
    enter(app, new, NEW_PASSWORD)
    enter(app, confirm, NEW_PASSWORD)
    ui.wait_until(lambda: "✓ At least 8 characters" in app.ui.description(rule), 10, "the rule to be met")
    app.ui.click(app.ui.find("check box", "Show passwords"))
    ui.wait_until(lambda: app.ui.find_all("text", "New password"), 10, "New password to show in clear text")
    journey.check_equal(app.ui.text(app.ui.find("text", "New password")), NEW_PASSWORD, "New password shown")
    journey.screenshot("password-change-ready")
    app.ui.click(app.ui.find("push button", "Change password"))
    app.wait_for_banner("Your password was changed.", timeout=20)
    ui.wait_until(lambda: app.ui.find_all("password text", "Current password"), 10,
                  "the fields to hide their text again after the change")
    journey.check_equal(app.ui.text(app.ui.find("password text", "Current password")), "", "Current password after")
    journey.screenshot("password-change")
    journey.step("the password was changed, with its own message")

    # The session the check started carries on: the profile still saves.
    # Address is above the fold now (the picture and the open password change are below it): the
    # focus goes in first, as Shift+Tab would take it, and the editor scrolls it into view.
    enter(app, app.field("address"), "12 Password Lane")
    app.ui.key("ctrl+s")
    ui.wait_until(lambda: server.user("alice@example.com").get("address") == "12 Password Lane", 20,
                  "the profile to save after the password change")

    app.ui.menu("File", "Sign out")
    app.login_dialog()
    app.sign_in("alice", password=NEW_PASSWORD)
    journey.step("signed in with the new password")
    try:
        server.login("alice")
        journey.check(False, "the old password still signs in")
    except backend.ServerError as error:
        journey.check_equal(error.code, 3003, "the server's answer to the old password")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code after Quit")
