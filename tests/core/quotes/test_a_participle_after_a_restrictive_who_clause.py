"""A participle after a comma goes on from the sentence's subject, not from the verb of a restrictive
"who" clause about its object ("Roth met with four firefighters who have accused the chief of
negligence, saying “…”"); a "who" inside a dashed aside is no such clause."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Harbor vote\n\nMayor Ivan Roth faces a vote on the fire service.\n\n"


def test_the_subject_says_what_follows_a_who_clause_about_its_object():
    text = LEAD + (
        "Roth met Sunday with four firefighters who have accused the chief of negligence, hours before "
        'the vote, saying "these four men asked to come here."\n'
    )
    assert speakers_of(text) == ["Ivan Roth"]


def test_a_who_inside_a_dashed_aside_leaves_the_subject_speaking():
    text = LEAD + (
        "A councillor from a harbor ward — Roth won't say who — attacked Roth, telling him he had "
        '"betrayed every fireman in the city" by the plan.\n'
    )
    assert speakers_of(text) == ["a councillor from a harbor ward"]
