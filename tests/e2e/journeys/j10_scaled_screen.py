"""J10: at twice the scale on a 1280x1024 screen, the whole window fits: Save is on the screen and
can be pressed, the form scrolls inside the window."""

from pdesk_e2e import ui

SCREEN = (1280, 1024)


def run(journey):
    server = journey.start_server()
    app = journey.start_app(server=server, env={"QT_SCALE_FACTOR": "2"})
    app.sign_in("alice")
    save = app.ui.find("push button", "Save")
    x, y, width, height = app.ui.extents(save)
    journey.check(0 <= x and x + width <= SCREEN[0] and 0 <= y and y + height <= SCREEN[1],
                  "Save is off the screen at 2x: %s" % ((x, y, width, height),))
    journey.screenshot("editor-2x")
    app.ui.fill(app.field("address"), "2 Scale Street")
    app.ui.click(app.ui.find("push button", "Save"))
    ui.wait_until(lambda: server.user("alice@example.com").get("address") == "2 Scale Street", 20,
                  "the save pressed with the pointer at 2x")
    journey.step("at 2x Save is on screen and saves")
    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
