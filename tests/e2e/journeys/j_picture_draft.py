"""A chosen picture is an edit like any other: killed with SIGKILL after choosing and before saving,
the next start shows it again, unsaved, and the server has none; saved then, the row gets it."""

import os
import time

from pdesk_e2e import pictures, ui


def run(journey):
    photo = pictures.make_photo(os.path.join(journey.artifacts, "photo.jpg"), 1200, 900, "yellow", "purple")
    server = journey.start_server()
    app = journey.start_app(server=server, env={"PROFILEDESK_QT_FILE_DIALOG": "1"})
    app.sign_in("alice")
    app.ui.press(app.ui.find("push button", "Avatar", timeout=10))  # Choose..., named after its row
    app.ui.window("Choose a Picture", timeout=15)
    app.ui.activate_window("Choose a Picture")
    app.ui.type(photo)
    app.ui.key("Return")
    app.ui.window("Crop the Picture", timeout=30)
    app.ui.activate_window("Crop the Picture")
    app.ui.key("Return")
    app.ui.find("push button", "Revert Avatar", timeout=20)
    time.sleep(1.5)  # the draft is written half a second after the last edit
    app.kill_hard()
    journey.step("killed with SIGKILL after choosing a picture")

    app = journey.start_app(server=server, env={"PROFILEDESK_QT_FILE_DIALOG": "1"})
    app.sign_in("alice")
    app.wait_for_banner("Unsaved changes from your last session were restored.")
    app.ui.find("push button", "Revert Avatar", timeout=10)
    picture = app.ui.find("image", "Picture", timeout=10)
    ui.wait_until(lambda: app.ui.description(picture) == "The profile picture", 10, "the picture shown")
    journey.check(not server.user("alice@example.com").get("avatar"), "the server has no picture yet")
    journey.screenshot("editor-picture-restored")
    journey.step("the picture is back, unsaved")

    app.ui.activate_window("alice@example.com \u2013 ProfileDesk")
    app.ui.key("ctrl+s")
    url = ui.wait_until(lambda: server.user("alice@example.com").get("avatar"), 30, "the restored picture saved")
    journey.check(pictures.fetch(url) is not None, "the saved picture is served")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
