"""J16: while the person edits Address, another device changes Phone. Saving keeps both, and the
form says which field it took from the server instead of switching it silently. Then another device
changes Address too while the person edits it: the conflict dialog asks, and keeping one's own
value stores it."""

from pdesk_e2e import ui


def run(journey):
    server = journey.start_server()
    app = journey.start_app(server=server)
    app.sign_in("alice")
    app.ui.fill(app.field("address"), "16 Merge Road")
    server.set_user("alice@example.com", phone="+49 30 123456")  # another device, meanwhile
    app.ui.key("ctrl+s")
    banner = app.wait_for_banner("Changed on another device meanwhile, and now shown as the server has them: Phone.")
    # A two-line banner appears above the form and pushes it down: the first field stays in sight.
    def email_below_banner():
        bx, by, bw, bh = app.ui.extents(banner)
        return app.ui.extents(app.field("email"))[1] >= by + bh
    ui.wait_until(email_below_banner, 5, "Email below the banner (banner %s, Email %s)"
                  % (app.ui.extents(banner), app.ui.extents(app.field("email"))))
    stored = server.user("alice@example.com")
    journey.check_equal((stored.get("address"), stored.get("phone")), ("16 Merge Road", "+49 30 123456"),
                        "both changes on the server")
    journey.check_equal(app.field_text("phone"), "+49 30 123456", "Phone in the form")
    journey.screenshot("editor-merged-from-server")
    journey.step("saved; the banner names Phone as taken from the server")

    app.ui.fill(app.field("address"), "17 Mine Street")
    server.set_user("alice@example.com", address="18 Their Street")  # the same field, elsewhere
    app.ui.key("ctrl+s")
    dialog = app.ui.window("Profile changed on the server")
    journey.check(app.ui.find_all("radio button", "Address: keep your value", within=dialog)
                  and app.ui.find_all("radio button", "Address: take the server's value", within=dialog),
                  "the conflict dialog does not offer both addresses")
    journey.screenshot("conflict-dialog")
    app.ui.press(app.ui.find("push button", "Save", within=dialog))
    ui.wait_until(lambda: server.user("alice@example.com").get("address") == "17 Mine Street", 20,
                  "the kept address on the server")
    journey.check_equal(app.field_text("address"), "17 Mine Street", "Address in the form")
    journey.step("the conflict dialog asked; the address kept is on the server")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
