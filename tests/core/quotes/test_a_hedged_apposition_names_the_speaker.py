"""A name set in commas after a description with a hedging adverb ("The woman in the video,
reportedly Rita Dunmore, says ...") is the subject of the verb of saying, as it is without the adverb;
the place in the description ("the video") is not."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_after_reportedly_speaks():
    text = "The woman in the video, reportedly Rita Dunmore, says she is “tired of waiting for the bridge.”\n"
    assert speakers_of(text) == ["Rita Dunmore"]


def test_a_name_after_allegedly_speaks():
    text = "The man on the tape, allegedly Tor Vinje, says he is “still fuming about the bridge.”\n"
    assert speakers_of(text) == ["Tor Vinje"]


def test_an_age_opening_an_apposition_leaves_the_name_the_speaker():
    text = (
        "Two guards were hurt on Sunday when a man set fire to a depot in Marrow Bay.\n\n"
        "The suspect, 31-year-old Tavaris Kolb, had posted on Instagram that he was “going to burn the "
        "whole yard down” and suggested he was angry.\n\n"
        "Police said Kolb was arrested on Monday.\n"
    )
    assert speakers_of(text) == ["Tavaris Kolb"]
