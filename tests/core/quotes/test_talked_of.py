"""A name after a preposition of topic or comparison ("Choosing between Gwen Pike and Tom Reyes is
...") is talked of: it is no antecedent for the she or he that says the paragraph's quotation."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_chosen_between_is_not_whom_she_means():
    text = (
        "Mara Quint, a nurse from Salem, joined the march on Monday. It was the first time she had "
        "marched.\n\n"
        "Choosing between Gwen Pike and Tom Reyes is “no choice at all,” she said."
    )
    assert speakers_of(text) == ["Mara Quint"]


def test_a_name_talked_about_is_not_whom_she_means():
    text = (
        "Mara Quint, a nurse from Salem, joined the march on Monday.\n\n"
        "Asked about Gwen Pike, “I have nothing to add,” she said."
    )
    assert speakers_of(text) == ["Mara Quint"]
