"""After an inverted verb of saying, "a" or "one" and any noun placed by where the person is from
("said a baffled day-tripper from Wales") is an unnamed source, however rare the noun (issue 11,
probe pass)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_rare_noun_from_a_place_after_said_a_is_an_unnamed_source():
    text = (
        "Ada Crane unveiled the statue on Monday. “It looks more like a bird than a boat,” said a "
        "slightly baffled day-tripper from Kent.\n"
    )
    assert speakers_of(text) == ["a slightly baffled day-tripper from Kent"]
