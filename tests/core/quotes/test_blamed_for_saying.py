"""Whom a verb of blame or praise takes as its object "for saying" something said it: "Holt slammed
Reyes as elitist for suggesting that voters “…”" is Reyes's; in the passive ("Holt was criticised by
Reyes for saying") the passive's subject; not one apologised to ("apologise to Reyes for accusing")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

MET = "Gwen Holt and Tom Reyes met in Ohio on Monday.\n\n"


def test_the_object_blamed_for_suggesting_said_it():
    text = MET + (
        "In 2008, Holt slammed Reyes as aloof and remote for suggesting that harbour towns "
        "“hang on to boats and old grudges,” and boasted of her own sailing.\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_the_object_mocked_for_calling_himself_something_said_it():
    assert speakers_of(MET + "Holt mocked Reyes for calling himself the “king of debt.”\n") == ["Tom Reyes"]


def test_the_passive_subject_criticised_for_saying_said_it():
    text = MET + "Holt was criticised by Reyes for saying the plan was “a fine start.”\n"
    assert speakers_of(text) == ["Gwen Holt"]


def test_one_apologised_to_is_not_the_one_who_accused():
    text = (
        "David Axelrod called on Howard Dean to apologize to Tom Reyes for accusing him of lying.\n\n"
        "“That was outrageous,” the former campaign strategist said.\n"
    )
    assert speakers_of(text) == ["David Axelrod"]


def test_the_object_blamed_past_a_title_said_it():
    text = (
        MET
        + "Holt rebuked Governor Tom Reyes for saying at a fair that the tariff “was never about farmers.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_the_object_blamed_past_an_abbreviated_title_said_it():
    text = MET + "Holt rebuked Gov. Tom Reyes for saying that the tariff “was never about farmers.”\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_him_blamed_for_saying_is_the_man_named_before():
    text = (
        "Carl Osterby, the challenger in the Wendham mayoral race, spent Tuesday touring the harbor.\n\n"
        "Mayor Ada Fenwick criticized him on Wednesday for saying the city was “run by a drawer full of "
        "landlords” and for skipping a debate.\n"
    )
    assert speakers_of(text) == ["Carl Osterby"]


def test_a_him_blamed_for_saying_is_never_the_man_who_blames():
    text = (
        "Carl Osterby, the challenger in the Wendham mayoral race, spent Tuesday touring the harbor.\n\n"
        "Mayor Tom Fenwick criticized him for saying the city was “run by a drawer full of landlords.”\n"
    )
    assert speakers_of(text) == ["Carl Osterby"]
