"""J11: on a dark desktop (GTK's Adwaita dark through Qt's GTK platform theme) the app follows
the colour scheme: a dark window, and the error text under a field still readable."""

from pdesk_e2e import ui


def run(journey):
    server = journey.start_server()
    app = journey.start_app(server=server, env={"QT_QPA_PLATFORMTHEME": "gtk3", "GTK_THEME": "Adwaita:dark"})
    app.sign_in("alice")
    app.ui.fill(app.field("email"), "bob@example.com")
    app.ui.key("ctrl+s")
    ui.wait_until(lambda: app.ui.description(app.field("email")) == "Another account already uses this email address.", 20,
                  "3018 under Email")
    path = journey.screenshot("editor-dark")
    journey.check(path, "no screenshot")
    journey.step("dark palette screenshot: %s" % path)
    app.ui.menu("File", "Quit")
    app.ui.press(app.ui.find("push button", "Discard", timeout=10))
    journey.check_equal(app.exit_code(), 0, "exit code")
