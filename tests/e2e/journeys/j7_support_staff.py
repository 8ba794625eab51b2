"""J7: support staff find a user, edit their profile with a reason, and find it in the journal
and in its CSV export. Bob, who has never signed in, reads "Never" under Last sign-in."""

import os
import sqlite3
import time

from pdesk_e2e import ui

REASON = "Ticket 4711: customer moved"


def run(journey):
    server = journey.start_server()
    new_address = "7 Support Square %d" % int(time.time() % 100000)
    app = journey.start_app(server=server)
    app.sign_in("support")
    app.ui.click(app.ui.find("page tab", "Directory"))
    app.ui.fill(app.ui.find("text", "Search users by email or name"), "bob")
    ui.wait_until(lambda: not app.ui.find_all("table cell", "alice@example.com"), 10,
                  "the search for bob to leave alice out")
    cell = app.ui.find("table cell", "bob@example.com")
    # Bob has never signed in (the server has no lastLogin for him; read from its database, as any
    # API read would sign someone in): his row says so in words.
    with sqlite3.connect("file:%s?mode=ro" % server.db, uri=True) as db:
        stored = db.execute('SELECT "lastLogin" FROM "Users" WHERE "email" = ?', ("bob@example.com",)).fetchall()
    journey.check_equal(stored, [(None,)], "bob's lastLogin on the server")
    journey.check(app.ui.find_all("table cell", "Never"), "bob's Last sign-in cell does not say Never")
    journey.screenshot("directory")
    app.ui.click(cell)
    app.ui.press(app.ui.find("push button", "Open"))
    tab = app.ui.find("page tab", "bob@example.com")
    journey.step("bob's profile is open in a tab")
    ui.wait_until(lambda: app.field_text("name") == "Bob Example", 10, "Bob's name in his tab")

    app.ui.fill(app.field("address"), new_address)
    app.ui.key("ctrl+s")
    dialog = app.ui.window("Reason for this change")
    # Nothing is being sent while the reason is asked for: no progress bar runs behind the dialog.
    editor = app.ui.window("support@example.com – ProfileDesk")
    journey.check(not app.ui.find_all("progress bar", within=editor), "a progress bar runs while the reason is asked")
    app.ui.fill(app.ui.find("text", "Reason for the change", within=dialog), REASON)
    app.ui.key("Return")
    ui.wait_until(lambda: server.own_profile("bob").get("address") == new_address, 20,
                  "Bob's new address on the server")
    journey.step("saved on the server")
    journey.screenshot("staff-tab")

    app.ui.click(app.ui.find("page tab", "Journal"))
    table = app.ui.find("table", "Edit journal")
    ui.wait_until(lambda: app.ui.find_all("table cell", REASON, within=table, showing=False), 10,
                  "the reason in the journal")
    journey.step("the journal shows the entry")
    journey.screenshot("journal")

    app.ui.press(app.ui.find("push button", "Export CSV…"))
    exporter = app.ui.window("Export the edit journal")
    path = os.path.join(journey.artifacts, "journal-export.csv")
    # The file dialog opens with the focus in its file name field.
    name_field = app.ui.wait(lambda: next((n for n in app.ui.find_all("text", within=exporter) if ui.is_focused(n)),
                                          None), 10, "the focused file name field")
    app.ui.fill(name_field, path)
    app.ui.key("Return")
    ui.wait_until(lambda: os.path.exists(path), 10, "the exported CSV file")
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    journey.check(REASON in text and "bob@example.com" in text and new_address in text,
                  "the CSV lacks the entry:\n" + text)
    journey.step("the CSV has the entry")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
