"""Issue 21: against an app without the ProfileDesk staff service, the status and role actions find
out on the first call and say so, with the link to the install steps; editing still works."""

import time

from pdesk_e2e import ui

from journeys.j_actions_account import BOB, SEVERAL_SESSIONS, give_reason, open_user


def run(journey):
    server = journey.start_server("--staff-service", "off", *SEVERAL_SESSIONS)
    staff = journey.start_app(server=server)
    staff.sign_in("support")
    open_user(staff, BOB)
    staff.ui.press(staff.ui.find("push button", "Disable…"))
    confirm = staff.ui.window("Disable this account")
    staff.ui.focus(staff.ui.find("text", within=confirm))
    staff.ui.type(BOB)
    staff.ui.key("Return")
    give_reason(staff, "Ticket 900: abuse")
    staff.ui.find("label", "Disable, Enable and Roles need the ProfileDesk staff service", timeout=15)
    ui.wait_until(lambda: not ui.is_enabled(staff.ui.find("push button", "Disable…")), 10,
                  "Disable… turned off")
    journey.check_equal(server.user(BOB)["userStatus"], "ENABLED", "bob's status (nothing changed)")
    journey.step("the service is missing: the strip says so, Disable is off, bob still enabled")
    journey.screenshot("no-staff-service")

    address = "9 Serviceless Road %d" % int(time.time() % 100000)
    staff.ui.fill(staff.field("address"), address)
    staff.ui.key("ctrl+s")
    give_reason(staff, "Ticket 901: moved")
    ui.wait_until(lambda: server.user(BOB).get("address") == address, 20, "bob's new address on the server")
    journey.step("editing still works")
    staff.ui.menu("File", "Quit")
    journey.check_equal(staff.exit_code(), 0, "exit code after Quit")
