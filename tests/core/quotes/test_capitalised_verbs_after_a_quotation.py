"""A capitalised verb of saying right after a quotation opens the next sentence ("Read the full letter
below.", an imperative), so it names no speaker of the quotation before it (issue 11, probe pass)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_an_imperative_read_after_a_quotation_is_no_attribution():
    text = (
        "The Holt family noted some likeness between the two songs, though the family has confirmed in "
        "the open letter that they “have no claim on the second one.” Read the full open letter from "
        "the Holt children below.\n"
    )
    assert speakers_of(text) == ["the family"]


def test_an_inverted_verb_in_lower_case_still_attributes():
    text = "“We have no claim on the second one,” read the open letter from the Holt children.\n"
    assert speakers_of(text) == ["the Holt children"]  # the letter's writers speak through it
