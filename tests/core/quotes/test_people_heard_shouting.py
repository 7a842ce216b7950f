""" "A reporter at the scene could hear officers shouting, “…”": the people heard say the words, a
role's plural as much as "people" or "protesters", labelled as what they are."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize(
    "hearing", ["A reporter at the scene could hear officers shouting", "Witnesses heard officers shouting"]
)
def test_the_officers_heard_say_the_words(hearing):
    text = f"{hearing}, “We know you are inside. Come out slowly with your hands up.”\n"
    assert speakers_of(text) == ["officers"]


def test_the_police_heard_say_the_words():
    text = "A photographer at the scene could hear police calling, “We know you are in there. Come out.”\n"
    assert speakers_of(text) == ["police"]


def test_a_speaker_thanking_officers_still_speaks():
    text = "Mayor Tom Hale thanked the officers, saying, “We know you worked hard all night.”\n"
    assert speakers_of(text) == ["Tom Hale"]
