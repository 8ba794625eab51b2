"""J3: sign-in errors keep the person in the dialog with what they typed, and Enter retries.

A wrong password, then the server gone: each gives its message, Enter signs in again (it never
closes the program), and the email stays as typed. When the server is back, Enter signs in.
"""

import time

from pdesk_e2e import ui
from pdesk_e2e.app import LOGIN_TITLE
from pdesk_e2e.backend import LocalServer


def run(journey):
    server = journey.start_server()
    app = journey.start_app(server=server)
    dialog = app.login_dialog()

    app.ui.fill(app.ui.find("text", "Email", within=dialog), "alice@example.com")
    app.ui.fill(app.ui.find("password text", "Password", within=dialog), "not-her-password")
    app.ui.key("Return")
    app.wait_for_banner("Wrong email or password.")
    password = app.ui.find("password text", "Password", within=app.login_dialog())
    journey.check_equal(app.ui.description(password), "Wrong email or password.",
                        "the password field's accessible description")
    journey.screenshot("login-wrong-password")
    app.ui.key("Return")  # retry, same input
    ui.wait_until(lambda: not app.ui.find_all("progress bar", "Signing in"), 10, "the retry to finish")
    journey.check(app.alive() and app.ui.has_window(LOGIN_TITLE), "Enter after a wrong password closed the dialog")
    journey.step("wrong password: message under the field, Enter retried, the dialog stays")

    port = server.port
    server.stop()
    password = app.ui.find("password text", "Password", within=app.login_dialog())
    app.ui.fill(password, "Alice-pass-1")
    email_at = app.ui.extents(app.ui.find("text", "Email", within=app.login_dialog()))
    app.ui.key("Return")
    # Which server, and what the cause asks of the person: nothing runs on that local port.
    down = "Nothing answers at 127.0.0.1:%d on this computer" % port
    app.wait_for_banner(down)
    # The banner appears above the fields; they stay where the person's pointer was.
    ui.wait_until(lambda: app.ui.extents(app.ui.find("text", "Email", within=app.login_dialog())) == email_at, 5,
                  "the Email field to stay in place under the new banner (%s, now %s)" % (email_at, app.ui.extents(app.ui.find("text", "Email", within=app.login_dialog()))))
    time.sleep(0.3)  # the dialog grows to the banner's text in the next turns of its event loop
    journey.screenshot("login-server-down")
    for attempt in range(2):
        app.ui.key("Return")
        ui.wait_until(lambda: not app.ui.find_all("progress bar", "Signing in"), 20, "the retry to finish")
        app.wait_for_banner(down)
        journey.check(app.alive(), "Enter after a network error quit the program (attempt %d)" % (attempt + 1))
    email = app.ui.find("text", "Email", within=app.login_dialog())
    journey.check_equal(app.ui.text(email), "alice@example.com", "the email after the errors")
    journey.step("server stopped: message in the banner, Enter retried twice, the app is still there")

    # The same server comes back on the same port: the next Enter signs in with what was typed.
    revived = LocalServer(journey.args.server, server.db.rsplit("/", 1)[0], port=port).start()
    journey.servers.append(revived)
    app.ui.key("Return")  # where the focus was left after the errors: no click in between
    app.editor_window("alice@example.com")
    journey.step("server back: Enter signed in")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code after Quit")
