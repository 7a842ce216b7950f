"""A pair of names joined by "and" in a clause fronted before the main clause ("After Pia Lund and Rex
Dorn met, Tom Reyes spoke. He decried “…”") are no rivals of the main clause's subject for a later he."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_fronted_pair_leaves_he_to_the_main_subject():
    text = "Summit\n\nAfter Pia Lund and Rex Dorn met, Tom Reyes spoke. He decried “cheap politics.”\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_pair_in_the_main_clause_still_makes_he_unclear():
    text = "Summit\n\nPia Lund and Rex Dorn met, and Tom Reyes spoke. He decried “cheap politics.”\n"
    assert speakers_of(text) == [None]
