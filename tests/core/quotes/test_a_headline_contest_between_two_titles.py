"""A headline set against itself ("Mayor Reddick Vs. Candidate Reddick") names one person twice:
"Vs." is no part of a name, so no "Reddick Vs" takes the mayor's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

HEADLINE = "In Focus: Mayor Reddick Vs. Candidate Reddick On Transit\n\n"


def test_vs_after_a_surname_is_no_part_of_the_name():
    text = (
        HEADLINE
        + HEADLINE
        + ("Mayor Reddick argued that “the walkout is a direct result of the last council’s failure.”\n")
    )
    assert speakers_of(text) == ["Reddick"]
