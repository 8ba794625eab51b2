"""J6: the program is killed with unsaved edits; on the next start they are back, marked unsaved."""

import time

from pdesk_e2e import ui


def run(journey):
    server = journey.start_server()
    before = server.user("alice@example.com")
    app = journey.start_app(server=server)
    app.sign_in("alice")
    app.ui.fill(app.field("address"), "6 Crash Close")
    app.ui.fill(app.field("phone"), "+33 1 23 45 67 89")
    time.sleep(1.5)  # the draft is written half a second after the last keystroke
    app.kill_hard()
    journey.step("killed with SIGKILL")

    app = journey.start_app(server=server)
    app.sign_in("alice")
    ui.wait_until(lambda: app.field_text("address") == "6 Crash Close", 10, "the restored Address")
    journey.check_equal(app.field_text("phone"), "+33 1 23 45 67 89", "the restored Phone")
    app.wait_for_banner("Unsaved changes from your last session were restored.")
    for label in ("Address", "Phone"):
        app.ui.find("push button", "Revert " + label, timeout=5)  # shown only on a changed field
    journey.check(not app.ui.find_all("push button", "Revert Name"), "Name is marked changed")
    journey.screenshot("editor-restored-draft")
    now = server.user("alice@example.com")
    journey.check_equal((now.get("address"), now.get("phone")), (before.get("address"), before.get("phone")),
                        "Address and Phone on the server before saving")
    journey.step("the edits are back and marked unsaved; the server has not got them")

    app.ui.activate_window("alice@example.com – ProfileDesk")  # as a window manager would
    app.ui.key("ctrl+s")
    ui.wait_until(lambda: server.user("alice@example.com").get("address") == "6 Crash Close", 20,
                  "the restored edits saved")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
