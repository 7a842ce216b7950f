"""`“…,” worries Councilwoman Ada Pinkett`, `Pinkett frets`, `Varga exclaims`, `offers Varga`: verbs
of saying; "worried", as often an adjective ("worried voters"), is not."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

QUOTE = "“We have to fix this before the budget vote,”"


@pytest.mark.parametrize("verb", ["worries", "frets", "fretted"])
def test_an_inverted_verb_of_fearing_names_the_speaker(verb):
    text = f"Tom Brandt runs the jail. {QUOTE} {verb} Councilwoman Ada Pinkett, who chairs the panel.\n"
    assert speakers_of(text) == ["Ada Pinkett"]


def test_worried_voters_are_no_speakers():
    text = f"Ada Pinkett chairs the panel. {QUOTE} Pinkett said, as worried voters looked on.\n"
    assert speakers_of(text) == ["Ada Pinkett"]


@pytest.mark.parametrize(
    "attribution",
    ["Tess Varga exclaims every time she boards her bus.", "offers Tess Varga, a former harbor master."],
)
def test_exclaiming_and_offering_are_verbs_of_saying(attribution):
    assert speakers_of(f"Tom Brandt runs the jail. “Onward, all of you!” {attribution}\n") == ["Tess Varga"]


def test_reassuring_is_a_verb_of_saying():
    text = (
        "Tom Brandt runs the jail. “We have the best plan,” Ms. Tess Varga reassured supporters who asked.\n"
    )
    assert speakers_of(text) == ["Tess Varga"]


def test_crows_are_birds_not_a_verb_of_saying():
    text = "Crows and ravens are considered the “homicide detectives of the avian world.”\n"
    assert speakers_of(text) == [None]
