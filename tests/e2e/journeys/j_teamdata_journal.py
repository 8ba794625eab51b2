"""Team journal (issue 21): the journal is the team's, kept in the server's ProfileDeskJournal
table. Two staff accounts on two app instances (two PCs: a HOME each): an edit by one appears in the
other's Journal tab. Then the server stops, and Sam edits Bob and saves as a person would, not knowing:
the save cannot reach the server (not even to re-read Bob), so it asks no reason, sends nothing and
journals nothing; the edit stays in the form with Retry. Once the server is back (with the sessions
it had: a restart ends none, as on Backendless, so nobody signs in again) Retry asks the reason,
saves, and the entry reaches the server's journal, once. (An entry whose save was sent and got no answer waits in the
PC's journal file, the outbox, until the server takes it: tests/models/tst_teamjournal.)"""

import json
import os
import subprocess
import time
import urllib.parse

from pdesk_e2e import ui

CAROL = ("carol@example.com", "Carol-pass-1")
AUDITOR = ("auditor@example.com", "Auditor-pass-1")


def staff_config(journey):
    path = os.path.join(journey.artifacts, "staff.json")
    users = [{"email": email, "name": name, "password": password, "roles": ["SupportStaff"]}
             for (email, password), name in ((CAROL, "Carol Staff"), (AUDITOR, "Audrey Auditor"))]
    with open(path, "w") as handle:
        json.dump({"users": users}, handle)
    return path


def journal_rows(server, where):
    """The server's journal rows matching `where`, read as a third staff account (so that no app's
    session is ended by this login)."""
    token = server.request("POST", "users/login", {"login": AUDITOR[0], "password": AUDITOR[1]})["user-token"]
    query = urllib.parse.urlencode({"where": where, "pageSize": 100})
    return server.request("GET", "data/ProfileDeskJournal?" + query, token=token)


def second_home(journey):
    home = os.path.join(journey.artifacts, "home-carol")
    return dict(HOME=home, XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
                XDG_CACHE_HOME=home + "/cache")


def open_bob(app):
    app.ui.click(app.ui.find("page tab", "Directory"))
    app.ui.fill(app.ui.find("text", "Search users by email or name"), "bob")
    ui.wait_until(lambda: not app.ui.find_all("table cell", "alice@example.com"), 10,
                  "the search for bob to leave alice out")
    time.sleep(0.5)
    app.ui.click(app.ui.find("table cell", "bob@example.com"))
    app.ui.press(app.ui.find("push button", "Open"))
    app.ui.find("page tab", "bob@example.com")
    ui.wait_until(lambda: app.field_text("name") == "Bob Example", 10, "Bob's name in his tab")


def bob_tab(app):
    """Bob's tab; its title gains " *" while it has unsaved edits."""
    return app.ui.wait(lambda: next((t for t in app.ui.find_all("page tab")
                                     if ui.name_of(t) in ("bob@example.com", "bob@example.com *")), None), 20,
                       "Bob's tab")


def shot(journey, app, name):
    """A screenshot of this app's windows (journey.screenshot shows the last app started)."""
    path = journey.desktop.screenshot(os.path.join(journey.artifacts, name + ".png"), app.ui.screen_area())
    journey.step("screenshot " + name)
    return path


def save_with_reason(app, reason):
    app.ui.key("ctrl+s")
    dialog = app.ui.window("Reason for this change", timeout=20)
    app.ui.fill(app.ui.find("text", "Reason for the change", within=dialog), reason)
    app.ui.key("Return")


def run(journey):
    stamp = int(time.time() % 100000)
    online_reason = "Ticket %d: Bob moved" % stamp
    offline_reason = "Ticket %d: Bob moved again, offline" % stamp
    server = journey.start_server("--config", staff_config(journey))

    sam = journey.start_app(server=server)
    sam.sign_in("support")
    carol = journey.start_app(server=server, env=second_home(journey))
    carol.sign_in(CAROL[0], password=CAROL[1])
    # Side by side, as on two screens: a click meant for one window never lands in the other.
    wid = carol.ui.activate_window("carol@example.com – ProfileDesk")
    subprocess.run(["xdotool", "windowmove", "--sync", wid, "650", "0"], check=True, timeout=10)
    journey.step("two staff members signed in on two app instances")

    # Sam edits Bob: the entry is on the server, written by Sam's app.
    open_bob(sam)
    sam.ui.fill(sam.field("address"), "1 Team Street %d" % stamp)
    save_with_reason(sam, online_reason)
    ui.wait_until(lambda: len(journal_rows(server, "reason = '%s'" % online_reason)) == 1, 20,
                  "Sam's entry in the server's journal")
    row = journal_rows(server, "reason = '%s'" % online_reason)[0]
    journey.check_equal(row["staff"], "support@example.com", "the entry's staff member")
    journey.check_equal(row["userIdentity"], "bob@example.com", "the entry's user")
    journey.check_equal(row["result"], "saved", "the entry's result")
    journey.step("Sam's edit is in the server's journal")

    # Carol's Journal tab shows it (read from the server, not from her PC).
    carol.ui.click(carol.ui.find("page tab", "Journal"))
    carol.ui.press(carol.ui.find("push button", "Refresh"))
    table = carol.ui.find("table", "Edit journal")
    ui.wait_until(lambda: carol.ui.find_all("table cell", online_reason, within=table, showing=False), 15,
                  "Sam's entry in Carol's Journal")
    for folder, _, files in os.walk(second_home(journey)["HOME"]):
        for name in files:
            if name.endswith(".jsonl"):
                with open(os.path.join(folder, name), encoding="utf-8") as handle:
                    journey.check(online_reason not in handle.read(), "Carol's PC holds Sam's entry in " + name)
    journey.screenshot("carol-sees-sams-edit")
    journey.step("Carol's Journal shows Sam's edit")

    # The server stops; then Sam edits Bob again and saves, not knowing. The save cannot re-read
    # Bob: it fails at once with Retry, without asking a reason, and nothing is journaled (nothing
    # was sent). The edit stays in the form.
    port = server.port
    server.stop()
    journey.step("server stopped")
    sam.ui.click(bob_tab(sam))
    sam.ui.fill(sam.field("address"), "2 Offline Road %d" % stamp)
    sam.ui.key("ctrl+s")
    sam.ui.find("push button", "Retry", timeout=30)
    journey.check(not sam.ui.has_window("Reason for this change"), "a reason asked for a save that cannot leave")
    journey.check_equal(sam.field_text("address"), "2 Offline Road %d" % stamp, "the offline edit in the form")
    for folder, _, files in os.walk(sam.home):
        for name in files:
            if name.endswith(".jsonl"):
                with open(os.path.join(folder, name), encoding="utf-8") as handle:
                    journey.check("2 Offline Road" not in handle.read(),
                                  "a journal entry for a save that was never sent, in " + name)
    shot(journey, sam, "sam-offline-save-failed")
    journey.step("the offline save failed before leaving: no reason asked, nothing journaled, the edit kept")

    # The server is back (same port, same data, same sessions): Retry asks the reason at once, with
    # no sign-in in between; the save goes, and its entry reaches the server's journal.
    server.start()
    journey.check_equal(server.port, port, "the restarted server's port")
    journey.step("server back")
    sam.ui.press(sam.ui.find("push button", "Retry"))
    dialog = sam.ui.window("Reason for this change", timeout=20)
    journey.check(not sam.ui.has_window(sam.labels["login_title"]), "Sam asked to sign in after the restart")
    sam.ui.fill(sam.ui.find("text", "Reason for the change", within=dialog), offline_reason)
    sam.ui.key("Return")
    ui.wait_until(lambda: server.own_profile("bob").get("address") == "2 Offline Road %d" % stamp, 20,
                  "Bob's offline address on the server")
    ui.wait_until(lambda: len(journal_rows(server, "reason = '%s'" % offline_reason)) == 1, 30,
                  "the offline edit's entry in the server's journal")
    offline = journal_rows(server, "reason = '%s'" % offline_reason)[0]
    journey.check_equal(offline["result"], "saved", "the offline edit's entry's result")
    journey.check("2 Offline Road" in json.dumps(offline["changes"]), "the entry's change: %r" % offline["changes"])
    journey.step("the edit made while the server was down reached the server's journal once it was back")

    # Carol sees both; nothing was sent twice. Her session outlived the restart too: Refresh reads
    # the journal without asking her to sign in.
    carol.ui.press(carol.ui.find("push button", "Refresh"))
    ui.wait_until(lambda: carol.ui.find_all("table cell", offline_reason, within=table, showing=False), 30,
                  "the offline entry in Carol's Journal")
    journey.check(not carol.ui.find_all("push button", "Sign in again…"), "Carol's Journal asks to sign in again")
    journey.check(not carol.ui.has_window(carol.labels["login_title"]), "Carol asked to sign in after the restart")
    time.sleep(2)
    journey.check_equal(len(journal_rows(server, "reason = '%s'" % offline_reason)), 1,
                        "server entries of the offline edit")
    journey.check_equal(len(journal_rows(server, "reason = '%s'" % online_reason)), 1,
                        "server entries of the first edit")
    journey.screenshot("carol-sees-the-offline-edit")
    journey.step("Carol's Journal shows the offline edit; each entry once")

    for app in (sam, carol):
        app.ui.menu("File", "Quit")
        journey.check_equal(app.exit_code(), 0, "exit code")
