"""Grousing and grumbling are ways of saying ("Ferro was the loudest, grumbling that the board
needed to “…”"), and a writing "charges" what it alleges ("“…,” the indictment charges")."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Board row\n\nThe board met on Monday.\n\n"


@pytest.mark.parametrize("verb", ["grumbling", "grousing"])
def test_a_grumbling_participle_is_the_subjects_words(verb):
    text = LEAD + f"Councilwoman Gia Ferro was the loudest, {verb} that the board needed to “find a spine.”\n"
    assert speakers_of(text) == ["Gia Ferro"]


def test_a_writing_charging_speaks():
    text = LEAD + "The pair “hid the source of the money,” the indictment charges.\n"
    assert speakers_of(text) == ["the indictment"]


def test_a_person_facing_charges_says_nothing():
    text = LEAD + "The pair “hid the source of the money,” and Ada Lind faces charges.\n"
    assert speakers_of(text) != ["Ada Lind"]
