"""`A report released this week by Coastal Rights Watch, documenting evictions, said ... ¶ It said ... “…”`:
"it" is the writing opening the sentence before, a describing aside after it notwithstanding (the words
before the comma are its subject, no opening phrase), and the body the writing is by wrote it; a writing
by no body keeps its own label, and words before a comma with no subject after them name no writing."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Evictions\n\nMayor Victor Hale sued the Dunmore city council on Monday.\n\n"
QUOTED = "\n\nIt said Dunmore and Tarsk have “all become hot spots for unlawful evictions.”\n"


def test_it_is_the_body_a_report_with_an_aside_is_by():
    sentence = (
        "A report released this week by Coastal Rights Watch, documenting evictions across the county, "
        "said the problem is spreading."
    )
    assert speakers_of(LEAD + sentence + QUOTED) == ["Coastal Rights Watch"]


def test_it_is_the_body_a_report_is_by():
    sentence = "A report by the Urban Institute said the problem is spreading."
    assert speakers_of(LEAD + sentence + QUOTED) == ["the Urban Institute"]


def test_a_report_with_an_aside_by_no_body_is_the_report():
    sentence = (
        "A report released this week, documenting evictions across the county, said the problem is spreading."
    )
    assert speakers_of(LEAD + sentence + QUOTED) == ["a report"]


def test_an_opening_phrase_with_no_subject_after_it_names_no_writing():
    sentence = "Earlier this week, documenting evictions across the county became harder."
    assert speakers_of(LEAD + sentence + QUOTED) == [None]
