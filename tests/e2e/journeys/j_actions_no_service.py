"""Issue 21: against an app without the ProfileDesk staff service, the status and role actions find
out on the first call and say so, with the link to the install steps, one Tab after the last button
(and the next Tab goes on); editing still works."""

import time

from pdesk_e2e import ui

from journeys.j_actions_account import BOB, SEVERAL_SESSIONS, give_reason, mail_log, open_user


def run(journey):
    server = journey.start_server("--staff-service", "off", *SEVERAL_SESSIONS)
    staff = journey.start_app(server=server)
    staff.sign_in("support")
    open_user(staff, BOB)
    # Opening the tab loads bob's roles: the first service call, which finds the service missing.
    note = staff.ui.find("label", "Disable, Enable and Roles need the ProfileDesk staff service", timeout=15)
    journey.check(not ui.is_enabled(staff.ui.find("push button", "Disable…")), "Disable… is still on")
    journey.check(not ui.is_enabled(staff.ui.find("push button", "Roles…")), "Roles… is still on")
    journey.check_equal(server.user(BOB)["userStatus"], "ENABLED", "bob's status (nothing changed)")
    journey.step("the service is missing: the strip says so, Disable and Roles are off, bob still enabled")
    journey.screenshot("staff-account-no-service")
    # Its link is one Tab stop, after the buttons (Roles… is off): not a Tab for the note and
    # another for its link.
    staff.ui.focus(staff.ui.find("push button", "Send password reset email…"))
    staff.ui.key("Tab")
    ui.wait_until(lambda: ui.is_focused(note), 5, "one Tab from the last button to the note's link")
    journey.screenshot("staff-service-link-focused")
    staff.ui.key("Tab")
    ui.wait_until(lambda: not ui.is_focused(note), 5, "the next Tab to leave the note")
    journey.step("the install link: one Tab to it, one Tab on")

    address = "9 Serviceless Road %d" % int(time.time() % 100000)
    staff.ui.fill(staff.field("address"), address)
    staff.ui.key("ctrl+s")
    give_reason(staff, "Ticket 901: moved")
    ui.wait_until(lambda: server.user(BOB).get("address") == address, 20, "bob's new address on the server")
    journey.step("editing still works")
    before = len(mail_log(server))
    staff.ui.press(staff.ui.find("push button", "Send password reset email…"))
    give_reason(staff, "Ticket 902: forgot password")
    ui.wait_until(lambda: len(mail_log(server)) > before, 15, "the reset mail in the mail log")
    journey.step("the password reset email still goes")
    staff.ui.menu("File", "Quit")
    journey.check_equal(staff.exit_code(), 0, "exit code after Quit")
