"""Live (issue 24): alice has typed a new Address; another device of hers (profiledesk-cli) changes
Address too. Before she saves, the banner says so with "Review…" (the focus stays in her field); the
conflict choice it opens ends with the server holding what she chose: first her own value, then the
other device's."""

import time

from pdesk_e2e import ui

CONFLICT = "Changed on another device while you were editing it: Address."


def review(journey, app, shot=None):
    banner = app.wait_for_banner(CONFLICT, 2)
    if shot:
        journey.screenshot(shot)
    journey.check(not app.ui.has_window("Profile changed on the server"), "a dialog opened before Review")
    journey.check(ui.is_focused(app.field("address")), "the conflict took the focus from Address")
    app.ui.press(app.ui.find("push button", "Review…"))
    return banner, app.ui.window("Profile changed on the server")


def run(journey):
    # Her other device signs in too: the account may hold several sessions (Backendless's Multiple
    # Logins); by default a second sign-in would end the app's session.
    server = journey.start_server("--multiple-logins", "on", "--max-logins", "5")
    app = journey.start_app(server=server)
    app.sign_in("alice")
    time.sleep(1.5)  # the Real-Time subscription is made after the form is shown

    app.ui.fill(app.field("address"), "17 Mine Street")
    journey.cli_update(server, "alice", address="18 Their Street")
    _, dialog = review(journey, app, "live-conflict-banner")
    journey.screenshot("live-conflict-dialog")
    app.ui.press(app.ui.find("radio button", "Address: keep your value", within=dialog))
    app.ui.press(app.ui.find("push button", "Save", within=dialog))
    ui.wait_until(lambda: server.user("alice@example.com").get("address") == "17 Mine Street", 20,
                  "the kept address on the server")
    journey.check_equal(app.field_text("address"), "17 Mine Street", "Address in the form")
    journey.step("keep mine: the server holds the typed address")

    app.ui.fill(app.field("address"), "19 Mine Again")
    journey.cli_update(server, "alice", address="20 Their Avenue")
    _, dialog = review(journey, app)
    app.ui.press(app.ui.find("radio button", "Address: take the server's value", within=dialog))
    app.ui.press(app.ui.find("push button", "Save", within=dialog))
    ui.wait_until(lambda: app.field_text("address") == "20 Their Avenue", 10, "the server's address in the form")
    journey.check_equal(server.user("alice@example.com").get("address"), "20 Their Avenue", "Address on the server")
    journey.check(not ui.is_enabled(app.ui.find("push button", "Save")), "the form still has unsaved edits")
    journey.screenshot("live-conflict-taken")
    journey.step("take theirs: the form and the server hold the other device's address")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
