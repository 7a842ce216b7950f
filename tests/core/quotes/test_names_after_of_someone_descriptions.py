"""A person described by whom they belong to or stand with, then named after a comma ("said a cousin
of the bride, Lena Voss.") is that named person; without a name the description is the source."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_neighbour_of_a_family_then_a_name_is_the_named_person():
    text = (
        "A fire gutted a farmhouse near Corran on Sunday.\n\n"
        "“They lost everything,” said a neighbour of the couple, Lena Voss.\n"
    )
    assert speakers_of(text) == ["Lena Voss"]


def test_a_parent_of_someone_unnamed_then_a_name_is_the_named_person():
    text = (
        "A swimming coach in Corran has retired after 30 years.\n\n"
        "“She taught half the town to swim,” said the mother of one of her swimmers, Ida Brandt.\n"
    )
    assert speakers_of(text) == ["Ida Brandt"]


def test_a_fan_of_a_show_then_a_name_and_age_is_the_named_person():
    text = (
        "The quiz show Corran Calling is to end after 20 years.\n\n"
        "“It was part of every Friday night,” said a devoted fan of the programme, Omar Kellet, 71.\n"
    )
    assert speakers_of(text) == ["Omar Kellet"]
