"""A writing just quoted is what a later "it said" means ("The ruling said the fees ignored “…”. Those
factors, it said, include “…”"), as an organisation just quoted is; "it" never means a person."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

RULING = (
    "The appeals court on Monday struck down part of the harbor fee law.\n\n"
    "The ruling said the fees ignored “the size of the boat.” Those factors, it said, include "
    "“the weight of the cargo it carries.”\n"
)


def test_it_said_after_a_quoted_ruling_is_the_ruling():
    assert speakers_of(RULING) == ["the ruling", "the ruling"]


def test_it_said_after_a_quoted_person_is_no_one():
    text = (
        "Mayor Ann Holt said the fees ignored “the size of the boat.” Those factors, it said, include "
        "“the weight of the cargo it carries.”\n"
    )
    assert speakers_of(text)[1] != "Ann Holt"
