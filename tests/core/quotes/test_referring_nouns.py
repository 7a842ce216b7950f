"""Nouns that refer back to a named person like a pronoun: a nationality ("the Spaniard") or an
age group ("the teenager"); a people ("the Chinese") is no one person."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_nationality_refers_back_to_the_person_just_named():
    text = "Castleton boss Luis Romero refused to blame his players. “Credit to them,” the Spaniard said.\n"
    assert speakers_of(text) == ["Luis Romero"]


def test_a_nationality_is_never_labelled_an_organisation():
    text = "The match ended late.\n\n“Credit to them,” the Spaniard said.\n"
    assert speakers_of(text) == [None]


def test_the_teenager_refers_back_to_the_person_just_named():
    text = (
        "Jamal Okafor, who signed his first contract in the summer, said he had dreamed of it.\n\n"
        "“I just closed my eyes,” the teenager said.\n"
    )
    assert speakers_of(text) == ["Jamal Okafor"]


def test_a_people_named_by_its_adjective_is_not_one_person():
    text = "Trade minister Ada Brill met the delegation. “We refuse,” the Chinese said.\n"
    assert speakers_of(text) != ["Ada Brill"]
