"""A paragraph of quoted words alone after one whose sentence has an organisation put out a
statement ("The party issued a statement apologizing to Sanders. ¶ “…”") is the statement's, so the
organisation's; an opening phrase owned by a person ("At Brazile's direction,") does not change it."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Apology\n\nVeteran strategist Donna Brazile took over the party on Sunday.\n\n"
WORDS = (
    "“On behalf of everyone at the DNC, we want to offer a deep and sincere apology to Senator Sanders.”\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The DNC issued a statement apologizing to Sanders for the emails.",
        "At Brazile’s direction, the DNC issued a statement apologizing to Sanders for the emails.",
    ],
)
def test_the_statements_words_are_the_organisations(sentence):
    assert speakers_of(LEAD + sentence + "\n\n" + WORDS) == ["the DNC"]


def test_a_statement_not_issued_gives_the_words_to_no_one():
    text = LEAD + "The DNC has not issued a statement about the emails.\n\n" + WORDS
    assert speakers_of(text) == [None]
