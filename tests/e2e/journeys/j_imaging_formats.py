"""The picture field's accepted formats (issue 23): the file dialog offers the formats this build's Qt
really reads (JPEG, PNG, GIF, BMP; WebP only with Qt's WebP plugin), and a file that is none of them is
refused under the field by a message naming the same formats: text named .jpg, and an XPM, which Qt
reads but a picture is not taken in. Nothing is uploaded: the row keeps no picture."""

import glob
import os
import subprocess
import time

from pdesk_e2e import ui


def shown_text_containing(app, fragment):
    for window in app.ui.windows():
        for node in ui._walk(window):
            for text in (ui.name_of(node) or "", app.ui.text(node)):
                if fragment in text:
                    return text
    return None


def choose(app, path):
    app.ui.press(app.ui.find("push button", "Avatar", timeout=10))
    dialog = app.ui.window("Choose a Picture", timeout=15)
    app.ui.activate_window("Choose a Picture")
    return dialog


def run(journey):
    os.makedirs(journey.home, exist_ok=True)
    notes = os.path.join(journey.artifacts, "notes.jpg")
    with open(notes, "w") as handle:
        handle.write("meeting notes, not a photo\n" * 40)
    xpm = os.path.join(journey.artifacts, "icon.xpm")
    subprocess.run(["convert", "-size", "48x48", "xc:orange", "xpm:" + xpm], check=True, timeout=60)
    webp_plugin = bool(glob.glob("/usr/lib/*/qt6/plugins/imageformats/libqwebp.so"))
    server = journey.start_server()
    app = journey.start_app(server=server, env={"PROFILEDESK_QT_FILE_DIALOG": "1"})
    app.sign_in("alice")

    dialog = choose(app, notes)
    filters = [t for t in (ui.name_of(n) or app.ui.text(n) for n in app.ui.find_all("combo box", within=dialog))
               if "*.jpg" in (t or "")]
    journey.check(filters, "the dialog's filter offers *.jpg: %s" % filters)
    journey.check("*.png" in filters[0] and "*.gif" in filters[0] and "*.bmp" in filters[0], filters[0])
    journey.check(("*.webp" in filters[0]) == webp_plugin,
                  "*.webp offered only with the WebP plugin (installed: %s): %s" % (webp_plugin, filters[0]))
    journey.screenshot("file-dialog-filter")
    app.ui.type(notes)
    app.ui.key("Return")
    message = ui.wait_until(lambda: shown_text_containing(app, "not an image"), 15, "the refusal under the field")
    for label in ("JPEG", "PNG", "GIF", "BMP"):
        journey.check(label in message, "the message names %s: %s" % (label, message))
    journey.check(("WebP" in message) == webp_plugin, "WebP named only with its plugin: %s" % message)
    journey.screenshot("not-an-image")
    journey.step("text named .jpg refused: %s (filter %s)" % (message, filters[0]))

    choose(app, xpm)
    app.ui.type(xpm)
    app.ui.key("Return")
    time.sleep(3)  # an accepted image would open the crop step by now (decoding 48 x 48 takes no time)
    journey.check(not app.ui.has_window("Crop the Picture"), "no crop step for an XPM")
    journey.check(shown_text_containing(app, "not an image"), "the refusal is shown")
    journey.check(not server.user("alice@example.com").get("avatar"), "nothing saved in the row")
    journey.step("an XPM (read by Qt, not an accepted format) refused the same way; the row has no picture")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
