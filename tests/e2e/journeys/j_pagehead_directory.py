"""The Directory's thumbnails and a staff tab's head (issue 23), at 1x, at 2x and on a dark desktop.
Pictures for alice and bob are uploaded through the Files API first (as the support account, which
may write under users/). The Directory shows a small picture in its first column for the rows that
have one (checked on the screen: the middle of alice's picture cell has her picture's colour), none
for the others; alice's staff tab opens with her picture in the head and the staff context line.
With --screenshots, the same at 2x and on a dark desktop."""

import subprocess

from pdesk_e2e import backend, ui

COLOURS = {"alice@example.com": (40, 90, 200), "bob@example.com": (230, 120, 30)}
RUNS = (("", {}), ("-2x", {"QT_SCALE_FACTOR": "2"}),
        ("-dark", {"QT_QPA_PLATFORMTHEME": "gtk3", "GTK_THEME": "Adwaita:dark"}))


def pixel(app, path, x, y):
    """The (r, g, b) of the screen's pixel (x, y) in a screenshot of the app's area (ImageMagick's
    txt: output)."""
    left, top, _, _ = app.ui.screen_area()
    out = subprocess.run(["convert", path, "-crop", "1x1+%d+%d" % (x - left, y - top), "-depth", "8", "txt:-"],
                         stdout=subprocess.PIPE, check=True, timeout=30).stdout.decode()
    values = out.splitlines()[-1].split("(")[1].split(")")[0].split(",")
    return tuple(int(float(v)) for v in values[:3])


def near(a, b, tolerance=40):
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


def picture_cell(app, email):
    """The cell left of the email's in the same row: the picture column, shown first."""
    email_cell = app.ui.find("table cell", email)
    x, y, _, _ = app.ui.extents(email_cell)
    row = [cell for cell in app.ui.find_all("table cell") if app.ui.extents(cell)[1] == y and app.ui.extents(cell)[0] < x]
    return min(row, key=lambda cell: app.ui.extents(cell)[0]) if row else None


def run(journey):
    server = journey.start_server()
    for email, colour in COLOURS.items():
        server.upload_picture(email, backend.png(96, 96, lambda x, y, c=colour: c), "thumb.png")
    journey.step("pictures for %s on the server" % ", ".join(COLOURS))

    # The CI run checks 1x (a journey stays within its minute); the screenshots (scripts/screenshots.sh,
    # --screenshots) add 2x and the dark desktop, checked the same way.
    for suffix, env in RUNS if journey.args.screenshots else RUNS[:1]:
        app = journey.start_app(server=server, env=env)
        app.sign_in("support")
        app.ui.click(app.ui.find("page tab", "Directory"))
        app.ui.find("table cell", "alice@example.com", timeout=20)
        cell = picture_cell(app, "alice@example.com")
        journey.check(cell is not None, "no picture column left of alice's email")
        x, y, width, height = app.ui.extents(cell)

        def shows_picture():
            shot = journey.screenshot("pagehead-directory" + suffix)
            return near(pixel(app, shot, x + width // 2, y + height // 2), COLOURS["alice@example.com"])

        ui.wait_until(shows_picture, 20, "alice's thumbnail in the Directory%s" % suffix)
        plain = picture_cell(app, "support@example.com") if app.ui.find_all("table cell", "support@example.com") else None
        if plain is not None:
            px, py, pw, ph = app.ui.extents(plain)
            shot = journey.screenshot("pagehead-directory" + suffix)
            journey.check(not near(pixel(app, shot, px + pw // 2, py + ph // 2), COLOURS["alice@example.com"]),
                          "a picture where support has none")
        journey.step("the Directory%s shows alice's thumbnail" % suffix)

        app.ui.click(app.ui.find("table cell", "alice@example.com"))
        app.ui.press(app.ui.find("push button", "Open"))
        app.ui.find("page tab", "alice@example.com")
        name = server.own_profile("alice")["name"]
        app.ui.find(None, "Picture of %s" % name, timeout=20)
        context = [n for n in app.ui.find_all("label") if ui.name_of(n).startswith("You are editing the profile of")]
        journey.check(len(context) == 1, "the staff context line under the head")
        journey.screenshot("pagehead-staff-tab" + suffix)
        journey.step("alice's staff tab%s: her picture in the head, the context line" % suffix)
        app.ui.menu("File", "Quit")
        journey.check_equal(app.exit_code(), 0, "exit code")
