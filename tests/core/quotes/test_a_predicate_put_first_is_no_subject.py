"""A predicate put first ("Gone was the calm of Monday, when he said “…”") is no unknown person
opening the sentence: the he still means the person named before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Flood plan\n\nCouncil leader Bram Okafor spoke to reporters on Friday about the flood plan.\n\n"


def test_gone_opening_the_sentence_leaves_the_he_to_the_leader():
    text = (
        LEAD + "Gone was the calm of Monday, when he said “the river is under control” and thanked crews.\n"
    )
    assert speakers_of(text) == ["Bram Okafor"]


def test_an_unknown_surname_opening_the_sentence_still_makes_the_he_unclear():
    text = LEAD + "Vargo was calm on Monday, when he said “the river is under control” and thanked crews.\n"
    assert speakers_of(text) == [None]
