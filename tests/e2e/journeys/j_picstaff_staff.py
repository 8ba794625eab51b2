"""A staff tab sets another user's picture (issue 23): support opens Bob's tab, replaces his picture
through Choose... (the file dialog), the crop step and Ctrl+S with a reason. The server's Users row
for Bob holds the new URL with the REST key's placeholder, the stored file is at most 512x512, the
previous file is gone, and the server's ProfileDeskJournal entry has old -> new with the key
REDACTED and the reason. Then Remove + Ctrl+S (another reason): the row is empty and the file gone.
Before that, a picture chosen and reverted leaves no local copy beside the draft."""

import json
import os
import time

from journeys.j_teamdata_journal import AUDITOR, journal_rows, open_bob, save_with_reason, staff_config
from pdesk_e2e import backend, pictures, ui


def bob(server):
    """Bob's stored row, read as the auditor (a login as support would end the app's session)."""
    token = server.request("POST", "users/login", {"login": AUDITOR[0], "password": AUDITOR[1]})["user-token"]
    found = server.request("POST", "data/Users/find", {"where": "email = 'bob@example.com'", "pageSize": 1},
                           token=token)
    return found[0]


def avatar_change(server, reason):
    """The avatar change of the journal entry with `reason`, once the entry is saved."""
    rows = journal_rows(server, "reason = '%s'" % reason)
    if len(rows) != 1 or rows[0]["result"] != "saved":
        return None
    changes = rows[0]["changes"]
    if isinstance(changes, str):
        changes = json.loads(changes)
    return next((c for c in changes if c.get("field") == "avatar"), None)


def local_copies(journey):
    """The chosen pictures kept beside the drafts in the app's HOME (the field's unsaved values)."""
    found = []
    for folder, _, files in os.walk(journey.home):
        if os.path.basename(folder) == "pictures":
            found += [os.path.join(folder, name) for name in files if name.startswith("picture-")]
    return found


def choose(app, photo):
    """Choose... -> the file dialog -> the crop, from the keyboard; the field then holds it unsaved."""
    app.ui.press(app.ui.find("push button", "Avatar", timeout=10))
    app.ui.window("Choose a Picture", timeout=15)
    app.ui.activate_window("Choose a Picture")
    app.ui.type(photo)  # the file name field has the focus
    app.ui.key("Return")
    app.ui.window("Crop the Picture", timeout=30)
    app.ui.activate_window("Crop the Picture")
    app.ui.key("plus", "Right")  # zoom in once and move, from the keyboard
    app.ui.key("Return")
    app.ui.find("push button", "Revert Avatar", timeout=20)  # the field holds an unsaved picture


def run(journey):
    stamp = int(time.time() % 100000)
    os.makedirs(journey.home, exist_ok=True)
    server = journey.start_server("--config", staff_config(journey))
    # Bob has a picture already (uploaded as the SDK would, before the app signs in): the save replaces it.
    old = server.upload_picture("bob@example.com", backend.png(64, 64, lambda x, y: (0, 128, 0)), "old.png")
    journey.check(pictures.fetch(old) is not None, "Bob's old picture is served")
    photo = pictures.make_photo(os.path.join(journey.artifacts, "photo.jpg"), 2400, 1600, "orange", "navy", 6)

    app = journey.start_app(server=server, env={"PROFILEDESK_QT_FILE_DIALOG": "1"})
    app.sign_in("support")
    open_bob(app)
    journey.step("support has Bob's tab open; his old picture is %s" % old)

    choose(app, photo)
    # Chosen and reverted: the head goes back to the stored picture, and the local copy kept beside
    # the draft is deleted (no draft names it any more).
    journey.check_equal(len(local_copies(journey)), 1, "local copies beside the draft once chosen")
    app.ui.press(app.ui.find("push button", "Revert Avatar"))
    ui.wait_until(lambda: not local_copies(journey), 10, "the reverted picture's local copy deleted")
    journey.step("chosen, then reverted: the local copy is gone")

    choose(app, photo)
    journey.screenshot("staff-picture-unsaved")
    journey.step("a photo chosen and cropped in Bob's tab")

    reason = "Ticket %d: Bob sent a new photo" % stamp
    app.ui.activate_window("support@example.com \u2013 ProfileDesk")
    save_with_reason(app, reason)
    new = ui.wait_until(lambda: (lambda v: v if v and v != old else None)(bob(server).get("avatar")), 30,
                        "Bob's new picture URL in his row")
    journey.check("/REST-API-KEY/files/users/%s/" % bob(server)["objectId"] in new,
                  "the row's URL has the key's placeholder, in Bob's folder: %s" % new)
    journey.check(backend.API_KEY not in new, "the REST key is not in the row")
    data = pictures.fetch(new)
    journey.check(data is not None, "the new file is served")
    stored = os.path.join(journey.artifacts, "stored.jpg")
    with open(stored, "wb") as handle:
        handle.write(data)
    fmt, width, height = pictures.image_facts(stored)
    journey.check(width <= 512 and height <= 512, "the stored file is %s %dx%d" % (fmt, width, height))
    journey.check(b"Exif" not in data and pictures.GPS_MARKER not in data, "no EXIF, no GPS in the stored file")
    ui.wait_until(lambda: pictures.fetch(old) is None, 10, "Bob's old picture deleted")
    journey.step("saved: %s, %s %dx%d; the old file is gone" % (new, fmt, width, height))
    journey.check(not local_copies(journey), "a local copy left after the save: %s" % local_copies(journey))

    change = ui.wait_until(lambda: avatar_change(server, reason), 20, "the journal entry with the avatar change")
    redacted = lambda url: url.replace("/REST-API-KEY/files/", "/REDACTED/files/")  # noqa: E731
    journey.check_equal(change.get("old"), redacted(old), "the entry's old value")
    journey.check_equal(change.get("new"), redacted(new), "the entry's new value")
    entry = json.dumps(journal_rows(server, "reason = '%s'" % reason))
    journey.check(backend.API_KEY not in entry and "REST-API-KEY" not in entry, "no key in the entry: %s" % entry)
    journey.check("file:" not in entry, "no local path in the entry: %s" % entry)
    journey.step("the journal: avatar %s -> %s, reason %r" % (change.get("old"), change.get("new"), reason))

    app.ui.press(app.ui.find("push button", "Remove picture", timeout=10))
    app.ui.find("push button", "Revert Avatar", timeout=10)
    removal = "Ticket %d: Bob wants no picture" % stamp
    app.ui.activate_window("support@example.com \u2013 ProfileDesk")
    save_with_reason(app, removal)
    ui.wait_until(lambda: not bob(server).get("avatar"), 30, "Bob's picture removed from his row")
    ui.wait_until(lambda: pictures.fetch(new) is None, 10, "the removed picture's file deleted (404)")
    change = ui.wait_until(lambda: avatar_change(server, removal), 20, "the removal's journal entry")
    journey.check_equal(change.get("old"), redacted(new), "the removal's old value")
    journey.check(not change.get("new"), "the removal's new value: %r" % change.get("new"))
    journey.screenshot("staff-picture-removed")
    journey.step("removed: the row is empty, the file answers 404, the entry says so")

    app.ui.menu("File", "Quit")
    journey.check_equal(app.exit_code(), 0, "exit code")
