"""Issue 21: support staff act on bob's account from his staff tab, each action with a reason.

Disable (confirmed by typing bob's email) -> bob, signing in on a second app instance, is told his
account is disabled (3090) -> Enable -> bob signs in. Send a password reset -> the server's mail log
has it for bob. Roles: add Beta -> the server lists it -> remove it. The journal has every action with
its reason.
"""

import json
import os
import urllib.request

from pdesk_e2e import ui
from pdesk_e2e.backend import APP_ID

BOB = "bob@example.com"
CLOUD_KEY = "demo-cloudcode-key"
SEVERAL_SESSIONS = ("--multiple-logins", "on", "--max-logins", "100")


def open_user(app, who):
    app.ui.click(app.ui.find("page tab", "Directory"))
    app.ui.fill(app.ui.find("text", "Search users by email or name"), who.split("@")[0])
    ui.wait_until(lambda: not app.ui.find_all("table cell", "alice@example.com"), 10, "the search to leave alice out")
    app.ui.click(app.ui.find("table cell", who))
    app.ui.press(app.ui.find("push button", "Open"))
    app.ui.find("page tab", who)
    app.ui.find("label", "Account status: Enabled", timeout=15)


def give_reason(app, reason):
    dialog = app.ui.window("Reason for this change")
    app.ui.fill(app.ui.find("text", "Reason for the change", within=dialog), reason)
    app.ui.key("Return")


def roles_on_server(server, object_id):
    """GET users/userroles/{id} with the Cloud Code key, as Business Logic reads them."""
    url = "%s/%s/%s/users/userroles/%s" % (server.base_url, APP_ID, CLOUD_KEY, object_id)
    with urllib.request.urlopen(url, timeout=15) as reply:
        return json.loads(reply.read().decode())


def mail_log(server):
    path = server.db + ".mail.jsonl"
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def run(journey):
    # The journey reads the server as the support account while the app is signed in as it.
    server = journey.start_server(*SEVERAL_SESSIONS)
    bob_id = server.user(BOB)["objectId"]
    staff = journey.start_app(server=server)
    staff.sign_in("support")
    open_user(staff, BOB)
    staff.ui.find("label", "Roles: AuthenticatedUser", timeout=15)
    journey.step("bob's tab shows the account strip: Enabled, his roles")
    journey.screenshot("staff-account-strip")

    # Disable: type bob's email to confirm, then the reason.
    staff.ui.press(staff.ui.find("push button", "Disable…"))
    confirm = staff.ui.window("Disable this account")
    staff.ui.focus(staff.ui.find("text", within=confirm))
    staff.ui.type(BOB)
    staff.ui.key("Return")
    give_reason(staff, "Ticket 812: account compromised")
    ui.wait_until(lambda: server.user(BOB)["userStatus"] == "DISABLED", 15, "bob DISABLED on the server")
    staff.ui.find("label", "Account status: Disabled", timeout=10)
    journey.step("disabled with a reason; the badge says Disabled")
    journey.screenshot("staff-account-disabled")

    # Bob, on another computer (another app instance with its own settings), cannot sign in.
    other = os.path.join(journey.artifacts, "bob-home")
    bob = journey.start_app(server=server, env={"HOME": other, "XDG_CONFIG_HOME": other + "/config",
                                                "XDG_DATA_HOME": other + "/data", "XDG_CACHE_HOME": other + "/cache"})
    bob.sign_in("bob", expect_editor=False)
    bob.wait_for_banner("This account is disabled.")
    journey.screenshot("login-account-disabled")
    journey.step("bob's sign-in is refused: this account is disabled (3090)")

    staff.ui.press(staff.ui.find("push button", "Enable…"))
    give_reason(staff, "Ticket 812: password changed with the customer")
    ui.wait_until(lambda: server.user(BOB)["userStatus"] == "ENABLED", 15, "bob ENABLED on the server")
    dialog = bob.login_dialog()
    bob.ui.fill(bob.ui.find("password text", "Password", within=dialog), "Bob-pass-1")
    bob.ui.key("Return")
    bob.editor_window(BOB)
    journey.step("enabled; bob signs in")
    bob.ui.menu("File", "Quit")
    journey.check_equal(bob.exit_code(), 0, "bob's app exit code")

    before = len(mail_log(server))
    staff.ui.press(staff.ui.find("push button", "Send password reset email…"))
    give_reason(staff, "Ticket 813: forgot password")
    ui.wait_until(lambda: len(mail_log(server)) > before, 15, "a line in the mail log")
    sent = mail_log(server)[-1]
    journey.check(sent["kind"] == "passwordReset" and sent["to"] == BOB, "the mail log's last line: %r" % sent)
    journey.step("a password reset email for bob is in the mail log")

    staff.ui.press(staff.ui.find("push button", "Roles…"))
    roles = staff.ui.window("Roles of " + BOB)
    staff.ui.fill(staff.ui.find("text", "New role", within=roles), "Beta")
    staff.ui.press(staff.ui.find("push button", "Add role…", within=roles))
    give_reason(staff, "Ticket 814: beta programme")
    ui.wait_until(lambda: "Beta" in roles_on_server(server, bob_id), 15, "Beta among bob's roles on the server")
    journey.step("role Beta added; the server lists it")
    item = staff.ui.find("list item", "Beta", within=staff.ui.window("Roles of " + BOB))
    staff.ui.click(item)
    staff.ui.press(staff.ui.find("push button", "Remove role…", within=staff.ui.window("Roles of " + BOB)))
    give_reason(staff, "Ticket 814: beta over")
    ui.wait_until(lambda: "Beta" not in roles_on_server(server, bob_id), 15, "Beta gone from bob's roles")
    journey.step("role Beta removed")
    # After each reason the keyboard is back in the Roles dialog: Escape closes it.
    staff.ui.key("Escape")
    ui.wait_until(lambda: not staff.ui.has_window("Roles of " + BOB), 10, "the Roles dialog to close on Escape")

    staff.ui.click(staff.ui.find("page tab", "Journal"))
    table = staff.ui.find("table", "Edit journal")
    for reason in ("Ticket 812: account compromised", "Ticket 813: forgot password", "Ticket 814: beta over"):
        ui.wait_until(lambda: staff.ui.find_all("table cell", reason, within=table, showing=False), 10,
                      "the journal entry " + reason)
    journey.step("the journal has each action with its reason")
    staff.ui.menu("File", "Quit")
    journey.check_equal(staff.exit_code(), 0, "exit code after Quit")
