"""A passive verb of saying done by a person ("Holt was asked by moderator Ray Coe whether ...
“…”") gives the quotation to that person, not to the one spoken to."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_person_who_asks_in_a_passive_speaks():
    said = speakers_of(
        "Holt was asked by moderator Ray Coe whether his plan would risk “adding another expensive "
        "program to the budget.”"
    )
    assert said == ["Ray Coe"]


def test_the_person_after_a_title_with_a_body_speaks():
    said = speakers_of("Holt was asked by Harbor News host Ray Coe: “Will you run again next year?”")
    assert said == ["Ray Coe"]


def test_a_crowd_asking_is_no_person():
    said = speakers_of(
        "Ray Coe met Dana Holt on Monday.\n\nHolt was asked by reporters: “Will you run again next year?”"
    )
    assert "Ray Coe" not in said and "Dana Holt" not in said
