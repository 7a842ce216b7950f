"""A bare plural after "what" ("what auditors called “…”") is the group whose words those are, even
inside a "who" clause about someone else; a bare plural after "which" or "during which" is not
taken for a speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_what_auditors_called_is_the_auditors():
    text = "The clerk took home what auditors called “a mountain of paper” last month.\n"
    assert speakers_of(text) == ["auditors"]


def test_what_auditors_called_inside_a_who_clause_is_still_the_auditors():
    text = "A clerk who took home what auditors called “a mountain of paper” resigned last month.\n"
    assert speakers_of(text) == ["auditors"]


def test_callers_during_which_are_no_speaker_of_the_next_quotation():
    text = (
        "“I am not paid!” Ron Vale declared, after a radio show during which callers asked how much "
        "he was paid. “I make my own money.”\n"
    )
    assert speakers_of(text) == ["Ron Vale", "Ron Vale"]
