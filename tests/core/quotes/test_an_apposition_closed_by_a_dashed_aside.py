"""A name, its apposition and a dashed aside before the verb ("Admiral Harold Quist, the naval
commander for the alliance -- the 12-nation pact ... -- called “…”"): the named person speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Navy\n\nThe Corvanian navy chief was replaced on Wednesday.\n\n"
CALLED = " called “upon the new leadership in Corvania to open a dialogue with us.”\n"


def test_the_titled_name_before_the_apposition_and_aside_speaks():
    text = (
        TITLE
        + "Admiral Harold Quist, the naval commander for the alliance -- the 12-nation pact including "
        + "the coastal states --"
        + CALLED
    )
    assert speakers_of(text) == ["Harold Quist"]


def test_a_name_with_a_countrys_title_before_the_apposition_speaks():
    text = (
        TITLE
        + "U.S. Admiral Harold Quist, the commander for the alliance -- a pact of twelve states --"
        + CALLED
    )
    assert speakers_of(text) == ["Harold Quist"]
