""" "Sen. Oskar Lemm voted against the farm bill, and Greta Holm made a remark ..., saying, “…”": a
participle goes on with the subject of the clause joined by ", and", ", but" or a semicolon just
before it."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("joining", [", and", ", but", "; and", ";"])
def test_the_participle_is_the_joined_clauses_subject(joining):
    text = (
        f"Sen. Oskar Lemm voted against the farm bill{joining} Greta Holm made a remark offensive to "
        "farmers in 1998, saying, “farmers should stop asking for help and find another job.”\n"
    )
    assert speakers_of(text) == ["Greta Holm"]


def test_a_participle_with_no_joined_clause_is_the_sentence_subject():
    text = (
        "Sen. Oskar Lemm voted against the farm bill in 1998, saying, “farmers should stop asking for "
        "help and find another job.”\n"
    )
    assert speakers_of(text) == ["Oskar Lemm"]
