"""An unnamed source placed by where they work or are written up ("a fire inspector based in the
city", "one guard at the old depot in Millbrook", "a diplomatic agent quoted in the report") speaks
under the whole phrase, never under the place or writing it ends on; a person named after the place
("a teacher at Hillside School Tom Hale") still speaks by name."""

from __future__ import annotations

import pytest

from .speakers import speakers_of

LEAD = "The county released its report on the depot fire on Tuesday.\n\n"


@pytest.mark.parametrize(
    "source",
    [
        "a fire inspector based in the city",
        "a fire inspector quoted in the report",
        "one guard at the old depot in Millbrook",
        "an official at the State Department",
    ],
)
def test_the_placed_source_speaks_under_the_whole_phrase(source):
    text = LEAD + f"Some blamed the guards, but {source} said the crew was “tired and badly trained.”\n"
    assert speakers_of(text) == [source]


def test_a_relative_clause_after_the_place_changes_nothing():
    text = LEAD + (
        "One guard at the old depot in Millbrook, whose name was withheld, told the panel he first "
        "heard “a loud hissing noise from the boiler room.”\n"
    )
    assert speakers_of(text) == ["one guard at the old depot in Millbrook"]


def test_a_person_named_after_the_place_speaks_by_name():
    text = LEAD + "A teacher at Hillside School Tom Hale said the crew was “tired and badly trained.”\n"
    assert speakers_of(text) == ["Tom Hale"]
