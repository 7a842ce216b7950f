""" "A roundtable of Red Hook farmers, one of whom said ..." is one of the farmers: the label never
takes in the preposition before the group's name ("one of of Red Hook farmers")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_one_of_whom_is_labelled_from_the_groups_name():
    text = (
        "Water fight\n\nFor the evening news, Gus Varga spoke to a roundtable of Red Hook farmers, "
        "one of whom said Tate “has been starving the valley of water when all we do is work.”\n"
    )
    assert speakers_of(text) == ["one of Red Hook farmers"]


def test_one_of_a_capitalised_people_speaks():
    text = (
        "Water fight\n\nGus Varga spoke to a roundtable of El Paso Latinos, one of whom said Tate “has been "
        "poisoning so many people with his words.”\n"
    )
    assert speakers_of(text) == ["one of El Paso Latinos"]
