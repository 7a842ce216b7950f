"""An unnamed person opening the sentence, then a long "who" clause naming places, bodies or a person
only as an object ("A former Linwood police officer who once worked with Tor Lund as a guard at Cedar
Point Village in Port Emery, Ore., said ..."), speaks: never a place the clause names; a "what" clause
inside it keeps its own speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_officer_not_the_town_speaks():
    text = (
        "A former Linwood police officer who once worked with Tor Lund as a guard at Cedar Point "
        "Village in Port Emery, Ore., said he was “cold and reckless.”\n"
    )
    assert speakers_of(text) == ["a former Linwood police officer"]


def test_another_person_with_a_who_clause_speaks():
    text = (
        "Another person involved in the talks who prefers a resolution focused mostly on the harbor said, "
        "“If they try to bury this, we are going to have a problem.”\n"
    )
    assert speakers_of(text) == ["another person involved in the talks"]


def test_what_a_group_called_inside_the_who_clause_is_still_the_groups():
    text = "A clerk who took home what auditors called “a mountain of paper” resigned last month.\n"
    assert speakers_of(text) == ["auditors"]
