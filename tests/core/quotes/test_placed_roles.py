"""A definite role and the place it serves ("The senator from Vermont said") is the one person the
article gives that role, not an unnamed source; with no such person it stays a labelled source, never
someone given no role."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

SAID = "The senator from Vermont said the system was “rigged against the young and the poor.”\n"


def test_the_senator_from_a_state_is_the_senator_named():
    text = "Sen. Ben Rowe of Vermont and Ada Holt met voters on Sunday.\n\n" + SAID
    assert speakers_of(text) == ["Ben Rowe"]


def test_of_two_senators_the_one_whose_role_names_the_place():
    text = (
        "Vermont senator Ben Rowe and Ohio senator Tom Hale met voters on Sunday.\n\n"
        "The senator from Vermont said the system was “rigged against the young and the poor.”\n"
    )
    assert speakers_of(text) == ["Ben Rowe"]


def test_no_senator_named_is_no_person_without_the_role():
    text = "Ada Holt met voters on Sunday.\n\n" + SAID
    assert speakers_of(text) == ["the senator from Vermont"]
