"""The page head (issue 23): the editor opens with the person, as GNOME Settings' Users panel, KDE's
Users page and the Keycloak account console do. Alice has a picture on the server (uploaded through
the Files API, stored in her FILE_REF column with the key's placeholder): the head shows it, named
for a screen reader, with her name, her sign-in address and "Member since … · Last sign-in …". The
password change is behind its button, "Change password…": opened from the keyboard, it changes the
password on the server (the new one signs in, the old one is refused). With --screenshots, the
editor with her picture at 2x and on a dark desktop first."""

from pdesk_e2e import backend, ui

NEW_PASSWORD = "Pagehead-pass-23"
# The screenshots' other desktops (scripts/screenshots.sh); the CI run checks 1x only.
SCREENSHOT_RUNS = (("-2x", {"QT_SCALE_FACTOR": "2"}),
                   ("-dark", {"QT_QPA_PLATFORMTHEME": "gtk3", "GTK_THEME": "Adwaita:dark"}))


def picture(x, y):
    """A 160x120 picture: blue left half, orange right half (the head shows the middle, round)."""
    return (40, 90, 200) if x < 80 else (240, 150, 40)


def enter(app, node, text):
    node.queryComponent().grabFocus()
    ui.wait_until(lambda: ui.is_focused(node), 5, "focus in %r" % ui.name_of(node))
    app.ui.key("ctrl+a")
    app.ui.type(text)


def run(journey):
    server = journey.start_server()
    alice = server.user("alice@example.com")
    stored = server.upload_picture("alice@example.com", backend.png(160, 120, picture), "head.png")
    journey.check("demo-rest-key" not in stored and "REST-API-KEY" in stored, "the stored URL carries the key: %s" % stored)
    journey.step("a picture for alice on the server: %s" % stored)

    for suffix, env in SCREENSHOT_RUNS if journey.args.screenshots else ():
        app = journey.start_app(server=server, env=env)
        app.sign_in("alice")
        app.ui.find(None, "Picture of %s" % alice["name"], timeout=20)
        journey.screenshot("pagehead-editor" + suffix)
        journey.step("the head with alice's picture%s" % suffix)
        app.ui.menu("File", "Quit")
        journey.check_equal(app.exit_code(), 0, "exit code")

    app = journey.start_app(server=server)
    app.sign_in("alice")
    name = alice["name"]
    app.ui.find("label", name)
    app.ui.find("label", "alice@example.com")
    dates = [node for node in app.ui.find_all("label") if ui.name_of(node).startswith("Member since ")]
    journey.check(len(dates) == 1 and " · Last sign-in " in ui.name_of(dates[0]),
                  "the Member since · Last sign-in line: %r" % [ui.name_of(node) for node in dates])
    shown = app.ui.find(None, "Picture of %s" % name, timeout=20)
    journey.check(ui.name_of(shown) == "Picture of %s" % name, "the picture's name")
    journey.check(not app.ui.find_all(None, "No picture of %s" % name), "the placeholder is still shown")
    journey.screenshot("pagehead-editor")
    journey.step("the head: the picture, %s, alice@example.com, %s" % (name, ui.name_of(dates[0])))

    # The password change, behind its button.
    journey.check(not app.ui.find_all("password text", "Current password"), "the password change is open at first")
    current = app.open_password_change()
    enter(app, current, backend.ACCOUNTS["alice"][1])
    enter(app, app.ui.find("password text", "New password"), NEW_PASSWORD)
    enter(app, app.ui.find("password text", "Confirm new password"), NEW_PASSWORD)
    button = app.ui.find("push button", "Change password")
    ui.wait_until(lambda: ui.is_enabled(button), 10, "Change password to be enabled")
    app.ui.click(button)
    app.wait_for_banner("Your password was changed.", timeout=20)
    journey.screenshot("pagehead-password-changed")
    signed_in = server.request("POST", "users/login", {"login": "alice@example.com", "password": NEW_PASSWORD})
    journey.check_equal(signed_in.get("email"), "alice@example.com", "the new password signs in")
    try:
        server.request("POST", "users/login", {"login": "alice@example.com", "password": backend.ACCOUNTS["alice"][1]})
        journey.check(False, "the old password still signs in")
    except backend.ServerError as error:
        journey.check_equal(error.code, 3003, "the old password's refusal")
    journey.step("Change password… opened the change; the server has the new password")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
