"""J1: sign in, see the real profile, edit Address, save, sign out, sign in as someone else, quit.

Against an external profiledesk-server (the way a person uses a real Backendless app), through
--server/--app-id/--api-key. Run with --valgrind it is the memcheck journey of sign-in/sign-out;
J8 runs it in German.
"""

import time

from pdesk_e2e import ui


# The "saved" banner in the languages this journey runs in (J8 runs it in de, fr, es).
SAVED = {"en": "Your changes were saved.", "de": "Ihre Änderungen wurden gespeichert.",
         "fr": "Vos modifications ont été enregistrées.", "es": "Sus cambios se guardaron."}


def run(journey, language="en"):
    server = journey.start_server()
    alice_before = server.user("alice@example.com")
    args = ["--lang", language] if language != "en" else []

    app = journey.start_app(*args, server=server, language=language)
    labels = app.labels
    app.login_dialog()
    journey.screenshot("login" if language == "en" else "login-" + language)
    app.sign_in("alice")
    journey.step("the editor is open (the app did not quit after sign-in)")
    journey.check(app.alive(), "the app exited after a successful sign-in")

    # The editor shows the user's real values.
    journey.check_equal(app.field_text("name"), alice_before["name"], "Name in the editor")
    journey.check_equal(app.field_text("address"), alice_before.get("address") or "", "Address in the editor")

    new_address = "42 Journey Road %d" % int(time.time() % 100000)
    app.ui.fill(app.field("address"), new_address)
    app.ui.key("ctrl+s")
    ui.wait_until(lambda: server.user("alice@example.com").get("address") == new_address, 20,
                  "the server to hold the new address")
    journey.step("the server has the new address")
    # The "saved" banner appears above the form and pushes it down: the first field stays in
    # sight below the banner instead of being scrolled under it.
    banner = app.wait_for_banner(SAVED[language])
    def email_below_banner():
        bx, by, bw, bh = app.ui.extents(banner)
        return app.ui.extents(app.field("email"))[1] >= by + bh
    ui.wait_until(email_below_banner, 5, "Email below the banner (banner %s, Email %s)"
                  % (app.ui.extents(banner), app.ui.extents(app.field("email"))))
    journey.screenshot("editor" if language == "en" else "editor-" + language)
    # The save leaves the person where they were: in Address, nothing selected.
    ui.wait_until(lambda: ui.is_focused(app.field("address")), 10, "focus back in Address after the save")
    app.ui.type("!")
    ui.wait_until(lambda: app.field_text("address") == new_address + "!", 10,
                  "a keystroke after the save to add to Address, not replace it")
    journey.check_equal(app.field_text("name"), alice_before["name"], "Name after the save")
    app.ui.key("BackSpace")
    ui.wait_until(lambda: app.field_text("address") == new_address, 10, "Backspace in Address")

    app.ui.menu(labels["file"], labels["sign_out"])
    app.login_dialog()
    journey.step("signed out: the login dialog is back")
    journey.check(app.alive(), "the app exited on sign out")

    app.sign_in("bob")
    journey.check_equal(app.field_text("name"), server.user("bob@example.com")["name"], "Bob's name")
    journey.step("signed in as bob")
    app.ui.menu(labels["file"], labels["quit"])
    journey.check_equal(app.exit_code(), 0, "exit code after Quit")
    journey.check_valgrind()
    # Nothing else on the server moved: Alice keeps her name.
    journey.check_equal(server.user("alice@example.com")["name"], alice_before["name"], "Alice's name on the server")
