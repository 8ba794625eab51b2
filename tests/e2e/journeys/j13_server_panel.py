"""J13: the sign-in dialog's server settings, as a person setting up a connection sees them, in
each language: the panel opens with its hint readable, and the dialog grows to hold it."""

from pdesk_e2e import ui


def run(journey):
    server = journey.start_server()
    for language in ("en", "de", "fr", "es"):
        app = journey.start_app("--lang", language, server=server, language=language)
        dialog = app.login_dialog()
        closed_height = app.ui.extents(dialog)[3]
        app.ui.click(app.ui.find("check box", app.labels["server_settings"], within=dialog))
        app.ui.find("combo box", within=app.login_dialog())
        ui.wait_until(lambda: app.ui.extents(app.login_dialog())[3] > closed_height, 10,
                      "the dialog to grow for the server panel")
        journey.screenshot("login-server-panel" + ("" if language == "en" else "-" + language))
        journey.step("%s: server panel open" % language)
        app.ui.key("Escape")
        journey.check_equal(app.exit_code(), 0, "exit code after Escape")
