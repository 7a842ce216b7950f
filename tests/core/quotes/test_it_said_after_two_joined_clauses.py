""" "It said" after a sentence of two clauses joined by ", and" ("Haiti has demanded an explanation,
and the government of El Salvador lodged a protest. “…,” it said") is the body opening the last."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Protests\n\n"


def test_it_is_the_body_of_the_last_clause():
    text = LEAD + (
        "The government of Haiti has demanded an explanation, and the government of El Salvador "
        "lodged a protest. “El Salvador demands respect for its people,” it said in a statement.\n"
    )
    assert speakers_of(text) == ["the government of El Salvador"]
