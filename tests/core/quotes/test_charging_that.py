""" "Charging that" tells what someone alleged: "..., charging that his former aide was “…”" is the
main clause's subject's, as "charged that" is; "charges" and "charging" with no "that" say nothing."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Aide fired\n\nMayor Ivo Sand fired his aide Ada Dorn last week.\n\n"


def test_a_participle_charging_that_is_the_main_subjects():
    text = LEAD + (
        "Sand targeted Dorn in a series of posts on Saturday, charging that his former aide was "
        "“totally incapable of handling” the role.\n"
    )
    assert speakers_of(text) == ["Ivo Sand"]


def test_charges_that_is_the_subjects():
    text = LEAD + "Councilwoman Ada Lind charges that the mayor “never read the report.”\n"
    assert speakers_of(text) == ["Ada Lind"]


def test_a_charging_station_says_nothing():
    text = LEAD + "Sand opened a charging station for Dorn's “electric fleet of the future.”\n"
    assert speakers_of(text) != ["Ada Dorn"]
