""" "According to" a description with the person's name set between commas after it ("According to
a statement from the group's president, the Rev. Alma Jessup, the law “…”"), or a writing from a
titled person ("a statement from the Rev. Alma Jessup"), gives the quotation to that person; a name
opening the clause after a lone comma, or with a "who" clause after it, is not the source."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

OPENING = "The state chapter of the civil rights group said it would sue.\n\n"
QUOTED = "the law “targets the elderly and the poor.”\n"


@pytest.mark.parametrize(
    "source",
    [
        "a statement from the group's president, the Rev. Alma Jessup,",
        "the group's president, Alma Jessup,",
        "a statement from the Rev. Alma Jessup,",
        "a letter by Sen. Alma Jessup,",
    ],
)
def test_according_to_a_source_naming_a_person_gives_the_quotation_to_her(source):
    assert speakers_of(OPENING + f"According to {source} {QUOTED}") == ["Alma Jessup"]


def test_a_name_opening_the_clause_after_according_to_is_not_the_source():
    text = OPENING + "According to a senior official, Alma Jessup was “furious about the law.”\n"
    assert speakers_of(text) == ["a senior official"]


def test_a_name_with_a_who_clause_after_according_to_is_the_clauses_subject():
    text = (
        OPENING
        + "According to a senior official, Alma Jessup, who leads the group, was “furious about the law.”\n"
    )
    assert speakers_of(text) == ["a senior official"]
