"""Live (issue 24): alice's editor is open and her cursor is in Address; another device of hers
(profiledesk-cli) changes her Phone. Within a second the Phone field shows the new value, marked
"Changed elsewhere" beside it and said in the banner, with no dialog and the cursor still where she
was; the form under Phone does not move while the mark shows or when it goes."""

import time

from pdesk_e2e import ui


def run(journey):
    # Her other device signs in too: the account may hold several sessions (Backendless's Multiple
    # Logins); by default a second sign-in would end the app's session.
    server = journey.start_server("--multiple-logins", "on", "--max-logins", "5")
    app = journey.start_app(server=server)
    app.sign_in("alice")
    address = app.field("address")
    app.ui.focus(address)
    time.sleep(1.5)  # the Real-Time subscription is made after the form is shown

    def gap_below_phone():  # from Phone to the next field: the banner may move both, never apart
        return app.ui.extents(app.field("Age"))[1] - app.ui.extents(app.field("phone"))[1]

    gap = gap_below_phone()
    journey.cli_update(server, "alice", phone="+49 30 7070707")
    changed = time.monotonic()
    ui.wait_until(lambda: app.field_text("phone") == "+49 30 7070707", 1.0,
                  "the new Phone in the open form within a second")
    journey.step("Phone shown %.0f ms after the CLI's update returned" % ((time.monotonic() - changed) * 1000))
    journey.check(app.ui.find_all("label", "Changed elsewhere"), "Phone is not marked as changed elsewhere")
    journey.check_equal(gap_below_phone(), gap, "pixels from Phone to Age while the mark shows")
    journey.check_equal(app.ui.description(app.field("phone")),
                        "Changed elsewhere: just changed on another device, and now shown as the server has it",
                        "Phone's accessible description while marked")
    app.wait_for_banner("Changed on another device, and now shown as the server has it: Phone.", 2)
    journey.check(not app.ui.has_window("Profile changed on the server"), "a dialog opened for an untouched field")
    journey.check(ui.is_focused(app.field("address")), "the change elsewhere took the focus from Address")
    journey.screenshot("phone-changed-elsewhere")
    journey.check_equal(server.user("alice@example.com").get("phone"), "+49 30 7070707", "Phone on the server")
    # Taken as what the server holds, not as an edit: nothing to save, and the mark goes by itself.
    journey.check(not ui.is_enabled(app.ui.find("push button", "Save")), "Save is enabled with nothing typed")
    ui.wait_until(lambda: not app.ui.find_all("label", "Changed elsewhere"), 10, "the mark to go")
    journey.check_equal(gap_below_phone(), gap, "pixels from Phone to Age after the mark went")
    journey.step("the mark went by itself; the form did not move")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
