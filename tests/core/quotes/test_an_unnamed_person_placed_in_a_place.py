""" "A Border Patrol supervisor in Montana said ...": an unnamed person placed in a place speaks, a
body's name among the words describing them; the place is never the speaker."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("One supervisor in Montana has called on officers to", "one supervisor in Montana"),
        (
            "A Border Patrol supervisor in Montana said officers should",
            "a Border Patrol supervisor in Montana",
        ),
    ],
)
def test_the_unnamed_person_in_the_place_speaks(sentence, label):
    text = f"{sentence} “raise your concerns with lawmakers.”\n"
    assert speakers_of(text) == [label]
