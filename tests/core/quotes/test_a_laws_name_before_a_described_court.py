"""A law's name closing an opening phrase ("In its ruling on the Harbor Fishing Act, the high court
said") is not the body "the court" refers back to; a body set beside its description still is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Licenses\n\nAn appeals court nudged the state toward open fishing licenses on Monday.\n\n"
LATER = "The court said the law “tells every fisherman that his boat is worth less than others.”\n"


def test_the_court_is_not_the_law_named_before_its_description():
    text = (
        TITLE + "In its ruling on the Harbor Fishing Act, the high court said the cap was unfair.\n\n" + LATER
    )
    assert speakers_of(text) == ["the high court"]


def test_a_body_set_beside_its_description_is_still_named():
    text = (
        TITLE + "The Carrow Appeals Court, the high court of the state, said the cap was unfair.\n\n" + LATER
    )
    assert speakers_of(text) == ["Carrow Appeals Court"]
