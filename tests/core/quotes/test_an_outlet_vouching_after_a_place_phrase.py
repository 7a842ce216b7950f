""" "According to" an outlet after a person's verb of saying and a phrase of where ("Dolgov said on
Twitter, according to the Courier:") names where the words were reported, not who said them."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Dam\n\nThe regional council in Velna has long opposed outside help for the valley.\n\n"
BLOCK = "“Reports about the new dam have been invented in the same office as the old lies.”\n"


def test_the_person_speaks_past_an_outlet_vouching_after_a_place():
    text = TITLE + "Council member Ivan Dolgov said on Twitter, according to the Courier:\n\n" + BLOCK
    assert speakers_of(text) == ["Ivan Dolgov"]


def test_according_to_a_source_after_plural_leaders_names_the_source():
    text = TITLE + "Council leaders said in private, according to one senior official:\n\n" + BLOCK
    assert speakers_of(text) == ["one senior official"]
