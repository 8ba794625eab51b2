"""J15: a server whose dynamic schema silently drops unknown properties (as real Backendless has
been seen to): the added property keeps its row, stays unsaved with a message under it, and the
rest of the save lands. Adding a property creates a column on every account, so it is a support
staff tool (issue 19): support adds it on Bob's profile; Alice's own form does not offer it."""

from pdesk_e2e import ui

DROPPED = "The server did not store this property. Its dynamic schema may be off."
REASON = "Ticket 15: nickname"


def run(journey):
    server = journey.start_server("--dynamic-schema", "drop")
    app = journey.start_app(server=server)
    app.sign_in("alice")
    app.field("address")
    journey.check(not app.ui.find_all("text", "New property name"), "Alice's own form offers to add a property")
    app.ui.menu("File", "Sign out")

    app.sign_in("support")
    app.ui.click(app.ui.find("page tab", "Directory"))
    app.ui.fill(app.ui.find("text", "Search users by email or name"), "bob")
    ui.wait_until(lambda: not app.ui.find_all("table cell", "alice@example.com"), 10, "the search for bob")
    app.ui.click(app.ui.find("table cell", "bob@example.com"))
    app.ui.press(app.ui.find("push button", "Open"))
    ui.wait_until(lambda: app.field_text("name") == "Bob Example", 10, "Bob's name in his tab")
    app.ui.fill(app.field("address"), "15 Drop Street")
    # Add a property is the page's last section, below the fold: reached from the keyboard, as
    # Tab reaches it, and typed into.
    for label, text in (("New property name", "nickname"), ("New property value", "Ally")):
        node = app.ui.find("text", label)
        node.queryComponent().grabFocus()
        ui.wait_until(lambda: ui.is_focused(node), 5, "focus in %s" % label)
        app.ui.key("ctrl+a")
        app.ui.type(text)
        ui.wait_until(lambda: app.ui.text(node) == text, 10, "%s to read %r" % (label, text))
    app.ui.press(app.ui.find("push button", "Add"))
    nickname = app.field("Nickname")
    journey.check_equal(app.ui.text(nickname), "Ally", "the added property's value")
    app.ui.key("ctrl+s")
    dialog = app.ui.window("Reason for this change")
    app.ui.fill(app.ui.find("text", "Reason for the change", within=dialog), REASON)
    app.ui.key("Return")
    ui.wait_until(lambda: server.own_profile("bob").get("address") == "15 Drop Street", 20, "the address saved")
    ui.wait_until(lambda: app.ui.description(app.field("Nickname")) == DROPPED, 20,
                  "the message under the dropped property")
    journey.check_equal(app.field_text("Nickname"), "Ally", "what was typed in the dropped property")
    journey.check("nickname" not in server.own_profile("bob"), "the server stored nickname after all")
    ui.wait_until(lambda: app.ui.find_all(name="Revert Nickname"), 10, "Nickname still marked unsaved")
    journey.screenshot("editor-silent-drop")
    journey.step("the dropped property kept its row, its value and its unsaved mark")
    app.ui.menu("File", "Quit")
    app.ui.press(app.ui.find("push button", "Discard", timeout=10))
    journey.check_equal(app.exit_code(), 0, "exit code")
