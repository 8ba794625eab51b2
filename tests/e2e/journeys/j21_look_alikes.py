"""J21: look-alike identities (issue 25). Two users are renamed on the server to the Cyrillic and the
Greek spelling of "bob@example.com"; support staff search the Directory for "b": each of the three
cells says, in its accessible description, which accounts it looks like, and a tab opened on the
Cyrillic one says so on its context line. The server still holds three distinct accounts.
"""

from pdesk_e2e import ui

CYRILLIC = "b\u043eb@example.com"
GREEK = "b\u03bfb@example.com"
IDENTITIES = ["bob@example.com", CYRILLIC, GREEK]
# How the warnings spell them, so that staff can tell them apart.
SPELLED = {"bob@example.com": "bob@example.com", CYRILLIC: "b[U+043E CYRILLIC SMALL LETTER O]b@example.com",
           GREEK: "b[U+03BF GREEK SMALL LETTER OMICRON]b@example.com"}


def run(journey):
    server = journey.start_server()
    for old, new in (("user0001@example.com", CYRILLIC), ("user0002@example.com", GREEK)):
        server.as_staff("PUT", "data/Users/" + server.user(old)["objectId"], {"email": new})
    app = journey.start_app(server=server)
    app.sign_in("support")
    app.ui.click(app.ui.find("page tab", "Directory"))
    app.ui.fill(app.ui.find("text", "Search users by email or name"), "b")
    ui.wait_until(lambda: all(len(app.ui.find_all("table cell", i)) == 1 for i in IDENTITIES), 15,
                  "the three bob@example.com in the Directory")
    for identity in IDENTITIES:
        others = sorted(i for i in IDENTITIES if i != identity)  # by code point, as the app sorts them
        journey.check_equal(app.ui.description(app.ui.find("table cell", identity)),
                            "Looks like another account: " + ", ".join(SPELLED[o] for o in others), "the description of " + identity)
    journey.screenshot("three-bobs")
    journey.step("each bob@example.com is marked with the other two")

    app.ui.click(app.ui.find("table cell", CYRILLIC))
    app.ui.press(app.ui.find("push button", "Open"))
    app.ui.find("page tab", CYRILLIC)
    expected = SPELLED[CYRILLIC] + " looks like another account: bob@example.com, " + SPELLED[GREEK] + "."
    ui.wait_until(lambda: any(ui.name_of(label).endswith(expected) for label in app.ui.find_all("label")), 15,
                  "the tab's context line naming the look-alikes")
    journey.screenshot("cyrillic-tab")
    journey.step("the Cyrillic bob's tab says whom it looks like")
    journey.check_equal(len({server.user(i)["objectId"] for i in IDENTITIES}), 3, "distinct accounts on the server")
