"""A body's noun opening its clause, then a "that" clause of a few words right before the verb
("The Norfield company that tracks ferry traffic said “…”"), speaks as that body; a body named
before an apposition ("CMS, the federal agency that oversees it, said") keeps its name."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Mayor Tom Holt opened the new pier on Monday.\n\n"
WORDS = "“delays will continue all week.”"


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The Norfield company that tracks ferry traffic", "the Norfield company"),
        ("A firm that tracks ferry traffic", "a firm"),
    ],
)
def test_a_body_with_a_that_clause_is_the_speaker(subject, speaker):
    assert speakers_of(LEAD + f"{subject} said {WORDS}\n") == [speaker]


def test_a_named_body_before_an_apposition_with_a_that_clause_keeps_its_name():
    text = LEAD + f"Harbor Data, the company that tracks ferry traffic, said {WORDS}\n"
    assert speakers_of(text) == ["Harbor Data"]


def test_a_body_after_a_verb_with_a_that_clause_is_an_object_not_the_speaker():
    text = LEAD + f"Holt praised the company that tracks ferry traffic and said {WORDS}\n"
    assert speakers_of(text) == ["Tom Holt"]
