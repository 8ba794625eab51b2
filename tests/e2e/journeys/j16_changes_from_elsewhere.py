"""J16: while the person edits Address, another device changes Phone. Saving keeps both, and the
form says which field it took from the server instead of switching it silently."""

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
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
