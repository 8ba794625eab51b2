"""The picture field: Choose... a photo through the file dialog, crop it, Save; the server's row holds
the URL (REST key replaced) and the stored file is a <= 512x512 image, upright, without EXIF or GPS.
Replaced, the old file is gone; removed, the row is empty and the file gone too."""

import os

from pdesk_e2e import pictures, ui


def choose(journey, app, path):
    # Choose... is named after its row, as every input of the form is
    app.ui.press(app.ui.find("push button", "Avatar", timeout=10))
    app.ui.window("Choose a Picture", timeout=15)
    app.ui.activate_window("Choose a Picture")
    app.ui.type(path)  # the file name field has the focus
    app.ui.key("Return")
    app.ui.window("Crop the Picture", timeout=30)
    app.ui.activate_window("Crop the Picture")
    app.ui.key("plus", "Left")  # zoom in once and move: the keyboard operates the crop
    journey.screenshot("crop-dialog")
    app.ui.key("Return")
    app.ui.find("push button", "Revert Avatar", timeout=20)  # the field holds an unsaved picture


def save(app):
    app.ui.activate_window("alice@example.com \u2013 ProfileDesk")
    app.ui.key("ctrl+s")


def run(journey):
    os.makedirs(journey.home, exist_ok=True)
    # 3000 x 2000, red left, blue right; EXIF orientation 6 (turned 90 degrees clockwise) and a GPS position.
    photo = pictures.make_photo(os.path.join(journey.artifacts, "photo.jpg"), 3000, 2000, "red", "blue", 6)
    second = pictures.make_photo(os.path.join(journey.artifacts, "second.jpg"), 800, 800, "green", "green")
    server = journey.start_server()
    app = journey.start_app(server=server, env={"PROFILEDESK_QT_FILE_DIALOG": "1"})
    app.sign_in("alice")

    choose(journey, app, photo)
    journey.screenshot("editor-picture-unsaved")
    save(app)
    first = ui.wait_until(lambda: server.user("alice@example.com").get("avatar"), 30, "the picture's URL saved")
    journey.check("/REST-API-KEY/files/users/" in first, "the stored URL has the key replaced: %s" % first)
    journey.check(pictures.API_KEY not in first, "the REST key is not in the row")
    stored = os.path.join(journey.artifacts, "stored.jpg")
    data = pictures.fetch(first)
    journey.check(data is not None, "the stored file is served")
    with open(stored, "wb") as handle:
        handle.write(data)
    fmt, width, height = pictures.image_facts(stored)
    journey.check_equal(fmt, "JPEG", "the stored format")
    journey.check(width <= 512 and height <= 512 and width == height, "stored %dx%d" % (width, height))
    journey.check(b"Exif" not in data and pictures.GPS_MARKER not in data, "no EXIF, no GPS in the stored file")
    # Orientation 6 puts the red left half on top: upright, the top is red and the bottom blue.
    top, bottom = pictures.pixel(stored, width // 2, 8), pictures.pixel(stored, width // 2, height - 8)
    journey.check(top[0] > 180 and top[2] < 90, "the top is red: %s" % (top,))
    journey.check(bottom[2] > 180 and bottom[0] < 90, "the bottom is blue: %s" % (bottom,))
    journey.screenshot("editor-picture-saved")
    journey.step("chosen, cropped, saved: %s, %dx%d, no EXIF" % (first, width, height))

    choose(journey, app, second)
    save(app)
    replaced = ui.wait_until(lambda: (lambda v: v if v and v != first else None)(
        server.user("alice@example.com").get("avatar")), 30, "the replacement saved")
    journey.check(pictures.fetch(replaced) is not None, "the new file is served")
    ui.wait_until(lambda: pictures.fetch(first) is None, 10, "the old file deleted")
    journey.step("replaced: the old file is gone")

    app.ui.press(app.ui.find("push button", "Remove picture", timeout=10))
    app.ui.find("push button", "Revert Avatar", timeout=10)
    save(app)
    ui.wait_until(lambda: not server.user("alice@example.com").get("avatar"), 30, "the picture removed")
    ui.wait_until(lambda: pictures.fetch(replaced) is None, 10, "the removed picture's file deleted")
    journey.screenshot("editor-picture-removed")
    journey.step("removed: the row is empty and the file gone")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
