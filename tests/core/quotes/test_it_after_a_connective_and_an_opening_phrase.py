"""An "it" past a connective and a short opening phrase ("But on its Web site, it says the code
“…”") is the organisation opening the sentence before, as it is without the connective."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Locks\n\nA new bill would require all bicycle locks to carry a serial code.\n\n"
BEFORE = "The Lockmakers Guild did not respond to a request for comment. "


def test_it_after_but_and_an_opening_phrase_is_the_body_before():
    text = (
        TITLE + BEFORE + "But on its Web site, it says the code “is easily defeated by thieves with tools.”\n"
    )
    assert speakers_of(text) == ["the Lockmakers Guild"]


def test_it_after_an_opening_phrase_alone_is_the_body_before():
    text = TITLE + BEFORE + "On its Web site, it says the code “is easily defeated by thieves with tools.”\n"
    assert speakers_of(text) == ["the Lockmakers Guild"]
