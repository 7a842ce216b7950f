"""A plural of people opening its clause before a "who" clause ("Voters who met Ed Hale said ...",
"Harbor County voters who see Hale often say") is the verb's subject, an unnamed source, never the
person the clause names."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "The town unveiled its road plan on Monday. "


@pytest.mark.parametrize("plural", ["Voters", "Residents", "Critics"])
def test_a_bare_plural_before_a_who_clause_speaks(plural):
    text = LEAD + f"{plural} who met Ed Hale said the plan was “a fine start for the town.”\n"
    assert speakers_of(text) == [plural.lower()]


def test_a_name_the_who_clause_hangs_on_still_speaks():
    text = LEAD + "Voters met Ed Hale, who said the plan was “a fine start for the town.”\n"
    assert speakers_of(text) == ["Ed Hale"]


def test_a_described_plural_before_a_who_clause_speaks():
    text = LEAD + "Harbor County voters who see Ed Hale often say he will “get things done” in the capital.\n"
    assert speakers_of(text) == ["Harbor County voters"]


def test_a_plural_opening_a_clause_after_a_comma_and_yet_speaks():
    text = (
        LEAD + "The city blamed the contractor, yet engineers who worked on the bridge said the city "
        "did not test it “from start to finish before it opened.”\n"
    )
    assert speakers_of(text) == ["engineers"]


def test_a_plural_before_a_whose_clause_speaks_not_the_body_it_names():
    text = LEAD + "Parents whose children attend the school said the board “never listened to one of us.”\n"
    assert speakers_of(text) == ["parents"]
