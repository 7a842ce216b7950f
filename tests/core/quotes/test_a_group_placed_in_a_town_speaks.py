"""A group placed by "in" or "at" ("protesters in Berwick chanted, “…”", "the protesters in the square")
speaks as the group, not as the town or the place it is in."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Border rally\n\nThousands marched against the border plan on Saturday.\n\n"


def test_protesters_in_a_town_are_the_speakers():
    text = LEAD + "At one point, protesters in Berwick chanted, “No walls! No cages! Shut it all down!”\n"
    assert speakers_of(text) == ["protesters in Berwick"]


def test_the_protesters_in_the_square_are_the_speakers():
    text = LEAD + "The protesters in the square chanted, “No walls! No cages! Shut it all down!”\n"
    assert speakers_of(text) == ["the protesters in the square"]
