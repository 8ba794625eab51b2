"""Live (issue 24): the server is restarted while alice's editor is open. The status bar says "Live
updates paused" while the connection is down, and Real-Time keeps trying on its own with the
official client's backoff. The server keeps its sessions across the restart (in its database, as
Backendless keeps them), so alice's token is still good: the connection comes back by itself, the
line goes, no sign-in dialog appears at any point, her save goes through as it is, and a change made
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
    login_title = app.labels["login_title"]
    time.sleep(1.5)  # connected and subscribed
    journey.check(not app.ui.find_all("label", PAUSED), "paused before anything went down")

    def no_sign_in(condition):
        """The condition, failing the journey at once if a sign-in dialog shows up meanwhile."""
        def look():
            journey.check(not app.ui.has_window(login_title), "a sign-in dialog after the restart")
            return condition()
        return look

    server.stop()
    app.wait_for_banner(PAUSED, 10)
    journey.screenshot("live-updates-paused")
    journey.step("server down: live updates paused")

    server.start()  # the same port and database, and so the same sessions
    ui.wait_until(no_sign_in(lambda: not app.ui.find_all("label", PAUSED)), 20, "the paused line to go by itself")
    journey.screenshot("live-back-after-restart")
    journey.step("server back: live updates back on their own, with the same session")

    app.ui.fill(app.field("address"), "21 Restart Road")
    app.ui.key("ctrl+s")
    ui.wait_until(no_sign_in(lambda: server.user("alice@example.com").get("address") == "21 Restart Road"), 20,
                  "the save after the restart")
    journey.step("saved after the restart without signing in again")

    time.sleep(0.5)  # the save's own event has come and gone
    journey.cli_update(server, "alice", phone="+49 30 5550000")
    ui.wait_until(no_sign_in(lambda: app.field_text("phone") == "+49 30 5550000"), 3,
                  "the change after the restart in the form")
    journey.screenshot("live-after-restart")
    journey.check_equal(server.user("alice@example.com").get("phone"), "+49 30 5550000", "Phone on the server")
    journey.check(not app.ui.has_window(login_title), "a sign-in dialog after the restart")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
