"""A connective or "according to" opening the sentence is no part of an unnamed source's label:
"But officers ... describing her as “…”" is "officers", "According to prosecutors, “…”" is
"prosecutors"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_but_opening_the_sentence_is_no_part_of_the_label():
    text = (
        "She told the court she had a cold.\n\n"
        "But officers ran the breath test all the same, saying she was “smelling of alcohol” and unsteady.\n"
    )
    assert speakers_of(text) == ["officers"]


def test_according_to_is_no_part_of_the_label():
    text = (
        "The trial opens in May.\n\n"
        "According to prosecutors in the case, “the evidence will show that he had a motive.”\n"
    )
    assert speakers_of(text) == ["prosecutors"]
