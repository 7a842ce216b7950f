"""A body speaks the words of a clause about it as a person does in "who" and "when he" clauses: a
relative clause in the perfect ("the Harlow County Commission, which had asked last month to delay
the audit, to allow time for “…”") and a "when it" clause after the sentence it opens ("The Varden
Water Authority joined the dispute in March, when it claimed in a filing that the audit was “…”"),
over the body quoted last. A relative clause closed before the main clause's verb speaks nothing."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Court rejects water board’s bid to halt reservoir audit\n\n"
    "A state judge on Thursday refused to halt an audit of the Lake Ostrel reservoir.\n\n"
)


def test_a_body_speaks_in_its_relative_clause_in_the_perfect():
    text = LEAD + (
        "The ruling is also a blow to the Harlow County Commission, which had asked last month to delay "
        "the audit, to allow time for “a full review of the engineering records involved.”\n"
    )
    assert speakers_of(text) == ["the Harlow County Commission"]


def test_a_body_speaks_in_a_when_it_clause_over_the_body_quoted_last():
    text = LEAD + (
        "The Harlow County Commission had asked to delay the audit, to allow time for “a full review of "
        "the engineering records involved.”\n\n"
        "The Varden Water Authority joined the dispute in March, when it claimed in a filing that the "
        "audit was “tainted by political motives.”\n"
    )
    assert speakers_of(text) == ["the Harlow County Commission", "the Varden Water Authority"]


def test_a_relative_clause_closed_before_the_main_verb_speaks_nothing():
    text = LEAD + (
        "The Harlow County Commission, which had asked for a delay, was left with “a full review of the "
        "engineering records involved.”\n"
    )
    assert speakers_of(text) == [None]
