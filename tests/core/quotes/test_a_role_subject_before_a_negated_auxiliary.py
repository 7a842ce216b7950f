"""A definite role opening a clause whose verb is a negated auxiliary ("The governor didn't commit
... but said, “…”") is the subject the coordinated verb of saying goes on with."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "School week\n\nGovernor Grace Almeda endorsed a four-day school week on Thursday.\n\n"


def test_the_role_before_a_contracted_negation_speaks_after_but():
    text = (
        TITLE
        + "The governor didn't commit to the plan but said, “that could be a smarter approach” than raises.\n"
    )
    assert speakers_of(text) == ["Grace Almeda"]


def test_the_role_before_a_curly_contracted_negation_speaks_after_but():
    text = (
        TITLE
        + "The governor hasn’t backed the plan but said, “that could be a smarter approach” than raises.\n"
    )
    assert speakers_of(text) == ["Grace Almeda"]
