"""A surname two people share, written after an abbreviated title only one of them holds ("Rev.
Quist" beside Judge Bartholomew Quist and his son the Rev. Simon Quist), means that one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Judge Bartholomew Quist, who served on the state bench for forty years, was buried on Saturday.\n\n"
    "The service was led by his son, the Rev. Simon Quist, a parish priest in Ashgrove.\n\n"
    "“My father loved the law, but he loved his family more,” Rev. Quist said.\n"
)


def test_the_title_tells_which_namesake_speaks():
    assert speakers_of(TEXT) == ["Simon Quist"]


def test_a_title_neither_holds_leaves_the_surname_to_the_usual_reading():
    bare = speakers_of(TEXT.replace("Rev. Quist said", "Quist said"))
    assert speakers_of(TEXT.replace("Rev. Quist said", "Dr. Quist said")) == bare
