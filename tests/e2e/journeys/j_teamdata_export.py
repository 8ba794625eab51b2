"""Directory status filter and export (issue 21): two users seeded DISABLED through the server's
--config file; support staff filter the Directory to disabled users (the status column shows it),
choose Export…, CSV, and a file name, typed as a person types; the file holds exactly the users the
server has disabled, with the status column, and no password."""

import csv
import json
import os
import time

from pdesk_e2e import ui

DISABLED = ["dora.disabled@example.com", "dan.disabled@example.com"]


def seeded_config(journey):
    path = os.path.join(journey.artifacts, "disabled.json")
    users = [{"email": email, "name": "Disabled %d" % i, "password": "Disabled-pass-%d" % i, "userStatus": "DISABLED"}
             for i, email in enumerate(DISABLED)]
    with open(path, "w") as handle:
        json.dump({"users": users}, handle)
    return path


def run(journey):
    server = journey.start_server("--config", seeded_config(journey))
    on_server = sorted(u["email"] for u in server.as_staff("POST", "data/Users/find",
                                                             {"where": "userStatus = 'DISABLED'", "pageSize": 100}))
    journey.check_equal(on_server, sorted(DISABLED), "the server's disabled users")
    app = journey.start_app(server=server)
    app.sign_in("support")
    app.ui.click(app.ui.find("page tab", "Directory"))
    app.ui.find("table cell", "bob@example.com", timeout=20)

    # The filter, by keyboard: All -> Enabled -> Disabled.
    # The label's mnemonic (Stat&us:) takes the focus to the combo box, which reads its current item.
    combo = app.ui.find("combo box", "All")
    app.ui.activate_window("support@example.com – ProfileDesk")
    app.ui.key("alt+u")
    ui.wait_until(lambda: ui.is_focused(combo), 10, "the focus in the status filter")
    app.ui.key("Down", "Down")
    ui.wait_until(lambda: not app.ui.find_all("table cell", "bob@example.com", showing=False), 15,
                  "the filter to leave enabled users out")
    ui.wait_until(lambda: all(app.ui.find_all("table cell", email, showing=False) for email in DISABLED), 15,
                  "the disabled users listed")
    journey.check(app.ui.find_all("table cell", "Disabled", showing=False), "the status column says Disabled")
    journey.check(not app.ui.find_all("table cell", "Enabled", showing=False), "an enabled user under the filter")
    journey.screenshot("directory-status")
    journey.step("the Directory shows the disabled users only")

    app.ui.press(app.ui.find("push button", "Export…"))
    dialog = app.ui.window("Export users", timeout=20)
    journey.check(app.ui.find("radio button", "CSV", within=dialog).getState().contains(ui.pyatspi.STATE_CHECKED),
                  "CSV is the default format")
    journey.screenshot("export-dialog")
    app.ui.key("Return")  # Export… is the default button
    ui.wait_until(lambda: len([w for w in app.ui.windows() if ui.name_of(w) == "Export users"]) == 1
                  and not app.ui.find_all("radio button", "CSV"), 20, "the file dialog")
    chooser = app.ui.window("Export users", timeout=20)
    path = os.path.join(journey.artifacts, "disabled-users.csv")
    name_field = app.ui.wait(lambda: next((n for n in app.ui.find_all("text", within=chooser) if ui.is_focused(n)),
                                          None), 10, "the focused file name field")
    app.ui.fill(name_field, path)
    app.ui.key("Return")
    ui.wait_until(lambda: os.path.exists(path), 20, "the exported CSV file")
    app.wait_for_banner("(users: 2)")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    journey.check_equal(sorted(r["email"] for r in rows), sorted(DISABLED), "the exported users")
    journey.check(all(r["userStatus"] == "DISABLED" for r in rows), "a row that is not DISABLED: %r" % rows)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    journey.check("password" not in text.lower() and "Disabled-pass" not in text, "a password in the export")
    for row in rows:
        journey.check_equal(server.user(row["email"])["objectId"], row["objectId"], "the objectId of " + row["email"])
    journey.screenshot("export-done")
    journey.step("the CSV has exactly the disabled users")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
