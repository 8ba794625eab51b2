"""J8: J1 in German (--lang de): the labels a person reads and the journey looks for are German."""

from journeys import j1_edit_and_sign_out


def run(journey):
    j1_edit_and_sign_out.run(journey, language="de")
