"""J9: the details a demanding user notices in the form (issue 13): the title marks unsaved edits,
Ctrl+S on an invalid form says why and goes to the field, dates read with a four-digit year and no
midnight time, the account state reads in words, and the Help menu's pages open. For support staff,
a user's tab says whose profile it is, and the unsaved-changes question names that user and answers
from the keyboard."""

import re

from pdesk_e2e import ui

EDITOR = "alice@example.com – ProfileDesk"


def run(journey):
    server = journey.start_server()
    # A birthday at local midnight (a date, no time), stored as another device would.
    server.set_user("alice@example.com", birthday=journey.local_midnight_ms(1985, 11, 15))
    app = journey.start_app(server=server)
    app.sign_in("alice")
    window = app.editor_window("alice@example.com")
    journey.check_equal(ui.name_of(window), EDITOR, "the title before any edit")

    birthday = app.field("Birthday")
    journey.check_equal(app.ui.text(birthday), "11/15/1985", "the birthday as shown")
    journey.check_equal(app.field_text("Status"), "Enabled", "the account state")
    journey.check(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2} [AP]M", app.field_text("Created")),
                  "Created reads %r: a four-digit year and the time" % app.field_text("Created"))

    app.ui.fill(app.field("name"), "")
    ui.wait_until(lambda: ui.name_of(app.editor_window("alice@example.com")) == "alice@example.com* – ProfileDesk",
                  10, "the title to mark the unsaved edit")
    app.ui.key("ctrl+s")
    app.wait_for_banner("Not saved: correct the marked fields first.")
    ui.wait_until(lambda: ui.is_focused(app.field("name")), 10, "the focus on the empty required Name")
    journey.check(app.ui.description(app.field("name")), "Name has no message under it")
    journey.check_equal(server.user("alice@example.com")["name"], "Alice Example", "Name on the server")
    journey.screenshot("editor-invalid")
    app.ui.type("Alice Example")
    ui.wait_until(lambda: ui.name_of(app.editor_window("alice@example.com")) == EDITOR, 10,
                  "the title without the marker once the edit is undone")
    journey.step("title marker, Ctrl+S on an invalid form, dates and states")
    app.ui.fill(app.field("address"), "9 Enter Lane")
    app.ui.key("Return")  # Enter in a one-line field saves, as in KeePassXC's entry editor
    ui.wait_until(lambda: server.user("alice@example.com").get("address") == "9 Enter Lane", 20,
                  "Enter in Address to save")

    app.ui.menu("Help", "Keyboard shortcuts")
    app.ui.window("Keyboard shortcuts")
    app.ui.key("Escape")
    ui.wait_until(lambda: not app.ui.has_window("Keyboard shortcuts"), 10, "the shortcuts page to close")
    app.ui.menu("Help", "Connecting to your Backendless app")
    app.ui.window("Connecting to your Backendless app")
    journey.screenshot("help-connecting")
    app.ui.key("Escape")
    journey.step("Help pages open and close from the keyboard")
    app.ui.menu("File", "Sign out")

    # Support staff: whose profile is this?
    app.sign_in("support")
    app.ui.click(app.ui.find("page tab", "Directory"))
    app.ui.fill(app.ui.find("text", "Search users by email or name"), "zzz-nobody")
    app.wait_for_banner("No users match “zzz-nobody”. Try Match anywhere")
    journey.screenshot("directory-empty")
    app.ui.fill(app.ui.find("text", "Search users by email or name"), "bob")
    ui.wait_until(lambda: not app.ui.find_all("table cell", "alice@example.com"), 10, "the search for bob")
    app.ui.click(app.ui.find("table cell", "bob@example.com"))
    app.ui.press(app.ui.find("push button", "Open"))
    app.wait_for_banner("You are editing the profile of Bob Example (bob@example.com), as support staff.")
    app.ui.fill(app.field("address"), "Unsaved Street 1")
    ui.wait_until(lambda: app.ui.find_all("page tab", "bob@example.com *"), 10, "the tab marking Bob's edit")
    journey.screenshot("staff-context")
    app.ui.menu("File", "Quit")
    app.ui.window("Unsaved changes")
    app.wait_for_banner("The profile of Bob Example (bob@example.com) has changes that are not saved yet.")
    app.ui.activate_window("Unsaved changes")
    app.ui.key("alt+d")  # Discard, by its mnemonic
    journey.check_equal(app.exit_code(), 0, "exit code after Discard")
    journey.check(server.own_profile("bob").get("address") != "Unsaved Street 1", "the discarded edit was saved")
