"""A group placed by "in" or "at" ("protesters in Berwick chanted, “…”", "the protesters in the square")
speaks as the group, not as the town or the place it is in."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Border rally\n\nThousands marched against the border plan on Saturday.\n\n"


def test_protesters_in_a_town_are_the_speakers():
    text = LEAD + "At one point, protesters in Berwick chanted, “No walls! No cages! Shut it all down!”\n"
    assert speakers_of(text) == ["protesters in Berwick"]


def test_the_protesters_in_the_square_are_the_speakers():
    text = LEAD + "The protesters in the square chanted, “No walls! No cages! Shut it all down!”\n"
    assert speakers_of(text) == ["the protesters in the square"]


def test_people_at_the_scene_shouting_are_the_speakers():
    text = LEAD + "People at the scene shouted at him: “What are you doing? Stop the van!”\n"
    assert speakers_of(text) == ["people at the scene"]


def test_a_group_described_by_a_plain_phrase_is_no_group_placed():
    text = LEAD + (
        "With many workers in crucial primary states relying on such jobs, the Harbor Party put out a "
        "statement stressing that “coal will remain part of the mix for years to come.”\n"
    )
    assert speakers_of(text) != ["workers in crucial primary"]
