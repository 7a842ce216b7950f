"""A label of one who speaks for someone, then a colon ("A spokesman for Ohio Sen. Tom Hale: “…”"),
gives the words to that unnamed source, never to the person spoken for; "More from Hale:" stays
Hale's."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

_INTRO = "Sen. Tom Hale and Gov. Ada Kemp were invited to the convention.\n\n"


@pytest.mark.parametrize(
    "label",
    ["A spokesman for Ohio Sen. Tom Hale", "An aide to Sen. Tom Hale", "A spokeswoman for Hale"],
)
def test_a_spokesman_label_before_a_colon_is_not_the_person_spoken_for(label):
    text = _INTRO + f"Kemp is not going, her office said. {label}: “He is not going either.”\n"
    assert speakers_of(text)[-1] == label[0].lower() + label[1:]


def test_the_spokesman_label_is_an_unnamed_source():
    text = _INTRO + "A spokesman for Ohio Sen. Tom Hale: “He is not going either.”\n"
    assert kinds_of(text) == {"a spokesman for Ohio Sen. Tom Hale": "unnamed"}


def test_a_person_after_more_from_still_speaks():
    text = _INTRO + "More from Sen. Tom Hale: “I am not going either.”\n"
    assert speakers_of(text) == ["Tom Hale"]
