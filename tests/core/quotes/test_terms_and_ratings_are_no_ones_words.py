"""Quoted words given as examples of terms ("terms such as “reckless endangerment” and “criminal
negligence in the second degree”") or as a rating's name ("a “worst claim of the year” rating") are
no one's speech: no speaker is given them, however near a name stands."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_terms_such_as_are_no_quotation():
    text = (
        "Jury\n\nProsecutor Neil Brackett declined to recommend charges. Brackett left the grand jury to "
        "sort through terms such as “reckless endangerment” and “criminal negligence in the second "
        "degree” on their own.\n"
    )
    assert speakers_of(text) == []


def test_a_ratings_name_is_no_quotation():
    text = (
        "Fact check\n\nSenator Rob Kettering got one “worst claim of the year” rating from the "
        "fact-checkers this week.\n"
    )
    assert speakers_of(text) == []


def test_remarks_such_as_are_still_speech():
    text = (
        "Rally\n\nSenator Rob Kettering made remarks such as “we will win this state by ten points” at "
        "the rally on Monday.\n"
    )
    assert speakers_of(text) == ["Rob Kettering"]
