"""J8: J1 in German (--lang de): the labels a person reads and the journey looks for are German.
Then the same in French and Spanish, and a support account's directory in German, whose column
headers are the longest: screenshots of each for the translators."""

from journeys import j1_edit_and_sign_out
from pdesk_e2e import ui


def run(journey):
    j1_edit_and_sign_out.run(journey, language="de")
    for language in ("fr", "es"):
        j1_edit_and_sign_out.run(journey, language=language)
    server = journey.start_server()
    app = journey.start_app("--lang", "de", server=server, language="de")
    app.sign_in("support")
    app.ui.click(app.ui.find("page tab", "Verzeichnis"))
    ui.wait_until(lambda: app.ui.find_all("table cell", "alice@example.com", showing=False), 10, "the directory")
    journey.screenshot("directory-de")
    app.ui.menu("Datei", "Beenden")
    journey.check_equal(app.exit_code(), 0, "exit code")
