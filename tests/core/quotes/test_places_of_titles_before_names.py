"""The place a title is of stands between the title and the name ("the then-Archbishop of
Harbury Rowan Tillett") and is no part of the name (issue 11, probe pass)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_see_of_an_archbishop_is_no_part_of_the_name_after_it():
    text = "The then-Archbishop of Harbury Rowan Tillett spoke first. “It is a sad day,” Tillett said.\n"
    assert speakers_of(text) == ["Rowan Tillett"]


def test_the_town_of_a_mayor_is_no_part_of_the_name_after_it():
    text = "Mayor of Dunmore Zeb Tolliver spoke first. “It is a sad day,” Tolliver said.\n"
    assert speakers_of(text) == ["Zeb Tolliver"]
