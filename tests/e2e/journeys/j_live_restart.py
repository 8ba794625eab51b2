"""Live (issue 24): the server is restarted while alice's editor is open. The status bar says "Live
updates paused" while the connection is down, and Real-Time keeps trying on its own with the
official client's backoff. The local server keeps sessions in memory, so its restart also ended
alice's session (Backendless keeps them): the connection comes back as soon as she has signed in
again for her save, without any step of hers for Real-Time, the line goes, and a change made
elsewhere after that reaches the open form."""

import time

from pdesk_e2e import ui

PAUSED = "Live updates paused"


def run(journey):
    # Her other device signs in too: the account may hold several sessions (Backendless's Multiple
    # Logins); by default a second sign-in would end the app's session.
    server = journey.start_server("--multiple-logins", "on", "--max-logins", "5")
    app = journey.start_app(server=server)
    app.sign_in("alice")
    time.sleep(1.5)  # connected and subscribed
    journey.check(not app.ui.find_all("label", PAUSED), "paused before anything went down")

    server.stop()
    app.wait_for_banner(PAUSED, 10)
    journey.screenshot("live-updates-paused")
    journey.step("server down: live updates paused")

    server.start()  # the same port and database; no sessions
    time.sleep(2)
    journey.check(app.ui.find_all("label", PAUSED), "live updates back with a session the restart ended")
    app.ui.fill(app.field("address"), "21 Restart Road")
    app.ui.key("ctrl+s")
    dialog = app.login_dialog()
    app.ui.fill(app.ui.find("password text", "Password", within=dialog), "Alice-pass-1")
    app.ui.key("Return")
    ui.wait_until(lambda: server.user("alice@example.com").get("address") == "21 Restart Road", 20,
                  "the save after signing in again")
    ui.wait_until(lambda: not app.ui.find_all("label", PAUSED), 15, "the paused line to go by itself")
    journey.step("signed in again: live updates back without a step of hers")
    time.sleep(0.5)  # subscribed again on the new connection
    journey.cli_update(server, "alice", phone="+49 30 5550000")
    ui.wait_until(lambda: app.field_text("phone") == "+49 30 5550000", 3, "the change after the restart in the form")
    journey.screenshot("live-after-restart")
    journey.check_equal(server.user("alice@example.com").get("phone"), "+49 30 5550000", "Phone on the server")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
