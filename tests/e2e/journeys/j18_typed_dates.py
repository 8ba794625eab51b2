"""J18 (issue 19): a date typed the way people write it in their language is the date the server
stores. QDateTimeEdit took typing section by section: "12/25/1990" became 12/31/2519, and
"25.12.1985" in German became 25.03.1985, saved without a word. Now the Birthday field reads the
whole text when the person is done with it: in English, German and French, each typed date is
checked on the server. A year that cannot be a birthday is questioned under the field and not
stored; a text that is no date is refused the same way. The keyboard alone reaches the field (Tab
from Newsletter), sets it and clears it (issue 19, item 2)."""

from pdesk_e2e import ui

BIRTHDAY = {"en": "Birthday", "de": "Geburtstag", "fr": "Date de naissance"}
NEWSLETTER = {"en": "Newsletter"}
# (typed, the date stored, what the field shows afterwards)
TYPED = {
    "en": [("12/25/1990", (1990, 12, 25), "12/25/1990"), ("3/14/1990", (1990, 3, 14), "3/14/1990"),
           ("1990-07-04", (1990, 7, 4), "7/4/1990")],
    "de": [("25.12.1985", (1985, 12, 25), "25.12.1985"), ("1.3.85", (1985, 3, 1), "01.03.1985")],
    "fr": [("25/12/1985", (1985, 12, 25), "25/12/1985"), ("14 mars 1990", (1990, 3, 14), "14/03/1990")],
}


def stored_birthday(server):
    return server.user("alice@example.com").get("birthday")


def type_and_save(journey, app, server, label, typed, day, shown):
    app.ui.fill(app.field(label), typed)
    app.ui.key("ctrl+s")
    wanted = journey.local_midnight_ms(*day)
    ui.wait_until(lambda: stored_birthday(server) == wanted, 20,
                  "the server to store %r as %s (it holds %r)" % (typed, day, stored_birthday(server)))
    ui.wait_until(lambda: app.field_text(label) == shown, 10,
                  "Birthday to read %r after the save (reads %r)" % (shown, app.field_text(label)))
    journey.step("%r typed, %s stored" % (typed, day))


def run(journey):
    server = journey.start_server()
    for language in ("en", "de", "fr"):
        args = ["--lang", language] if language != "en" else []
        app = journey.start_app(*args, server=server, language=language)
        app.sign_in("alice")
        label = BIRTHDAY[language]
        for typed, day, shown in TYPED[language]:
            type_and_save(journey, app, server, label, typed, day, shown)
        if language == "en":
            last = stored_birthday(server)
            # The year QDateTimeEdit made of 12/25/1990: questioned, under the field, not stored.
            app.ui.fill(app.field(label), "12/31/2519")
            app.ui.key("Tab")
            ui.wait_until(lambda: "future" in app.ui.description(app.field(label)), 10,
                          "the message under Birthday (it says %r)" % app.ui.description(app.field(label)))
            journey.screenshot("editor-date-questioned")
            app.ui.key("ctrl+s")
            app.wait_for_banner("Not saved: correct the marked fields first.")
            journey.check_equal(stored_birthday(server), last, "the birthday on the server after 12/31/2519")
            # Day first in an English form that writes the month first: no such date, refused.
            app.ui.fill(app.field(label), "25/12/1990")
            app.ui.key("Tab")
            ui.wait_until(lambda: "12/25/1990" in app.ui.description(app.field(label)), 10,
                          "an example date under Birthday (it says %r)" % app.ui.description(app.field(label)))
            journey.check_equal(stored_birthday(server), last, "the birthday on the server after 25/12/1990")
            # The keyboard alone: Tab from Newsletter reaches the field; select all, delete, save.
            app.ui.focus(app.ui.find("check box", NEWSLETTER[language]))
            app.ui.key("Tab")
            ui.wait_until(lambda: ui.is_focused(app.field(label)), 10, "Tab from Newsletter to reach Birthday")
            app.ui.key("ctrl+a", "BackSpace", "ctrl+s")
            ui.wait_until(lambda: stored_birthday(server) is None, 20,
                          "the cleared birthday on the server (it holds %r)" % stored_birthday(server))
            journey.step("cleared from the keyboard")
            ui.wait_until(lambda: ui.is_focused(app.field(label)) and ui.is_enabled(app.field(label)), 10,
                          "the focus back in Birthday after the save")
            app.ui.key("ctrl+a")
            app.ui.type("7/4/1990")
            app.ui.key("Tab")
            journey.screenshot("editor")
            app.ui.key("ctrl+s")
            ui.wait_until(lambda: stored_birthday(server) == journey.local_midnight_ms(1990, 7, 4), 20,
                          "the birthday set again from the keyboard")
        app.ui.menu(app.labels["file"], app.labels["quit"])
        journey.check_equal(app.exit_code(), 0, "exit code after Quit (%s)" % language)
