"""An unnamed source whose label holds a place's or a body's name before a plain noun for a person
("one Bay Row investment professional", "the Christie supporter") is that person, unnamed; the
name before the noun is what the person is of, never the speaker."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

QUOTE = "“I think people are very excited about Ilse,”"
LEAD = "Investors are watching Senator Ilse Marrow closely.\n\n"


@pytest.mark.parametrize("noun", ["investment professional", "supporter", "voter"])
def test_the_person_after_a_place_speaks(noun):
    text = f"{LEAD}{QUOTE} says one Bay Row {noun}.\n"
    assert speakers_of(text) == [f"one Bay Row {noun}"]


def test_the_place_before_the_person_is_no_speaker():
    text = f"{LEAD}{QUOTE} says one Bay Row investment professional.\n"
    assert "Bay Row" not in kinds_of(text)


def test_a_definite_supporter_of_someone_named_before_a_colon_speaks():
    text = (
        "Governor Ilse Marrow held a town hall in Bay Row.\n\n"
        "At the meeting on Monday, the Marrow supporter retorted: “There is no place for that here.”\n"
    )
    assert speakers_of(text) == ["the Marrow supporter"]
