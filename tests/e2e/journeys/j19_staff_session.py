"""J19: support staff whose session ends (issue 20). Two users' tabs with unsaved edits; the staff
account signs in elsewhere, which ends the app's session. Saving Bob's tab opens ONE sign-in,
cancelled; saving Alice's tab asks for that one sign-in again (never a second dialog over the
first); "Sign in again…" on Bob's tab and one sign-in save both, each change journaled once. Then
the Directory's search after the session ended offers "Sign in again…", and after it shows the
results. Last, a refused REST API key (2002) on a staff tab: "Server settings…" opens the settings.
"""

import time

from pdesk_e2e import backend, ui

BOB_REASON = "Ticket 2001: Bob moved"
ALICE_REASON = "Ticket 2002: Alice moved"


def open_user(app, who):
    identity = backend.ACCOUNTS[who][0]
    app.ui.click(app.ui.find("page tab", "Directory"))
    app.ui.fill(app.ui.find("text", "Search users by email or name"), who)
    ui.wait_until(lambda: len(app.ui.find_all("table cell", identity)) == 1 and not [
        c for c in app.ui.find_all("table cell") if "@example.com" in ui.name_of(c) and ui.name_of(c) != identity],
                  10, "the search for %s to find only them" % who)
    time.sleep(0.5)
    app.ui.click(app.ui.find("table cell", identity))
    app.ui.press(app.ui.find("push button", "Open"))
    app.ui.find("page tab", identity)


def user_tab(app, identity):
    """A user's tab; its title gains " *" while it has unsaved edits."""
    return app.ui.wait(lambda: next((t for t in app.ui.find_all("page tab")
                                     if ui.name_of(t) in (identity, identity + " *")), None), 20,
                       "the tab of %s" % identity)


def sign_in_windows(app):
    return [w for w in app.ui.windows() if ui.same_title(ui.name_of(w), app.labels["login_title"])]


def one_sign_in(app, journey, what):
    dialog = app.login_dialog(timeout=20)
    time.sleep(1)  # a second dialog, if any, would be up by now
    journey.check_equal(len(sign_in_windows(app)), 1, "sign-in dialogs open " + what)
    return dialog


def save_tab(app, identity):
    app.ui.click(user_tab(app, identity))
    app.ui.focus(app.field("address"))
    app.ui.key("ctrl+s")


def run(journey):
    server = journey.start_server()
    stamp = int(time.time() % 100000)
    bob_address, alice_address = "17 Staff Street %d" % stamp, "17 Session Square %d" % stamp
    app = journey.start_app(server=server)
    app.sign_in("support")
    open_user(app, "bob")
    ui.wait_until(lambda: app.field_text("name") == "Bob Example", 10, "Bob's name in his tab")
    app.ui.fill(app.field("address"), bob_address)
    open_user(app, "alice")
    ui.wait_until(lambda: app.field_text("name") == "Alice Example", 10, "Alice's name in her tab")
    app.ui.fill(app.field("address"), alice_address)
    journey.step("two users' tabs with unsaved edits")

    server.login("support")  # the staff account signs in elsewhere: the app's session ends
    save_tab(app, "bob@example.com")
    one_sign_in(app, journey, "after Bob's save found the session ended")
    journey.screenshot("bob-save-sign-in")
    app.ui.key("Escape")
    ui.wait_until(lambda: not sign_in_windows(app), 10, "the cancelled sign-in to close")
    app.ui.find("push button", "Sign in again…")
    journey.step("cancelled: Bob's tab offers Sign in again")

    save_tab(app, "alice@example.com")
    one_sign_in(app, journey, "after Alice's save while signed out")
    app.ui.key("Escape")
    ui.wait_until(lambda: not sign_in_windows(app), 10, "the cancelled sign-in to close")
    journey.check(server.own_profile("bob").get("address") != bob_address, "Bob saved without a sign-in")
    journey.check(server.own_profile("alice").get("address") != alice_address, "Alice saved without a sign-in")

    app.ui.click(user_tab(app, "bob@example.com"))
    app.ui.press(app.ui.find("push button", "Sign in again…"))
    dialog = one_sign_in(app, journey, "from Bob's Sign in again")
    app.ui.fill(app.ui.find("password text", "Password", within=dialog), backend.ACCOUNTS["support"][1])
    app.ui.key("Return")
    # Both saves run again; each asks its reason (the re-read before the save found the session
    # ended, so none was asked before).
    # One question at a time: each save asks once the one before it has its answer.
    for reason in (BOB_REASON, ALICE_REASON):
        dialog = app.ui.window("Reason for this change", timeout=20)
        # Signed in: the tab's "Your session ended… Sign in again" went with the sign-in, not
        # with the save it waits behind.
        journey.check(not app.ui.find_all("push button", "Sign in again…"),
                      "the session-ended banner is still up behind the reason question")
        journey.check_equal(len([w for w in app.ui.windows() if ui.name_of(w) == "Reason for this change"]), 1,
                            "reason questions open at once")
        app.ui.fill(app.ui.find("text", "Reason for the change", within=dialog), reason)
        app.ui.key("Return")
        time.sleep(1.5)  # the next question, if any, comes once this save has its answer
    ui.wait_until(lambda: server.own_profile("bob").get("address") == bob_address, 20, "Bob's address on the server")
    ui.wait_until(lambda: server.own_profile("alice").get("address") == alice_address, 20,
                  "Alice's address on the server")
    journey.check(not app.ui.find_all("window", "Reason for this change"), "a reason asked twice")
    journey.step("one sign-in saved both tabs")

    app.ui.click(app.ui.find("page tab", "Journal"))
    table = app.ui.find("table", "Edit journal")
    ui.wait_until(lambda: app.ui.find_all("table cell", ALICE_REASON, within=table, showing=False), 10,
                  "Alice's entry in the journal")
    for reason in (BOB_REASON, ALICE_REASON):  # each change once, whichever reason went to whom
        journey.check_equal(len(app.ui.find_all("table cell", reason, within=table, showing=False)), 1,
                            "journal entries with %r" % reason)
    journey.screenshot("journal-once")
    journey.step("Bob's change is journaled once")

    # The Directory after the session ended.
    server.login("support")
    app.ui.click(app.ui.find("page tab", "Directory"))
    app.ui.fill(app.ui.find("text", "Search users by email or name"), "bob")
    sign_in = app.ui.find("push button", "Sign in again…", timeout=20)
    app.wait_for_banner("Sign in again to see the users.")
    journey.screenshot("directory-signed-out")
    app.ui.press(sign_in)
    dialog = one_sign_in(app, journey, "from the Directory")
    app.ui.fill(app.ui.find("password text", "Password", within=dialog), backend.ACCOUNTS["support"][1])
    app.ui.key("Return")
    # The query ran again: the banner went with it, and Bob is listed.
    ui.wait_until(lambda: not app.ui.find_all("push button", "Sign in again…"), 20, "the Directory's banner to go")
    app.ui.find("table cell", "bob@example.com", timeout=20)
    journey.screenshot("directory-after-sign-in")
    journey.step("Directory: Sign in again, then the results")

    # A REST API key the server refuses (2002) on a staff tab: Server settings… opens the settings.
    port, workdir = server.port, server.db.rsplit("/", 1)[0]
    server.stop()
    moved = backend.LocalServer(journey.args.server, workdir, ["--api-key", "rotated-rest-key"], port).start()
    journey.servers.append(moved)
    app.ui.click(user_tab(app, "bob@example.com"))
    app.ui.fill(app.field("address"), bob_address + " B")
    app.ui.key("ctrl+s")
    settings = app.ui.find("push button", "Server settings…", timeout=20)
    app.ui.press(settings)
    dialog = one_sign_in(app, journey, "from Server settings…")
    key = app.ui.find("text", "REST API key", within=dialog)
    journey.check(ui.is_enabled(key), "the REST API key field is not editable")
    journey.screenshot("staff-server-settings")
    journey.step("2002 on a staff tab: Server settings… opens the settings")
    app.ui.key("Escape")
    ui.wait_until(lambda: not sign_in_windows(app), 10, "the settings to close")
    app.ui.menu("File", "Quit")
    app.ui.press(app.ui.find("push button", "Discard", timeout=10))
    journey.check_equal(app.exit_code(), 0, "exit code")
