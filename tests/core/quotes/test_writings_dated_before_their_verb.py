"""A writing with a phrase of when it came out between it and its verb ("A statement released on
Monday said", "The statement on Monday said", "A post late Saturday explained") speaks as the bare
writing does; a person's time phrase is unchanged."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

MISSING = "Tom Holt has been missing since Friday.\n\n"
WORDS = " the search included “advanced tracking software to find him.”\n"


@pytest.mark.parametrize(
    ("opening", "label"),
    [
        ("A statement released on Monday said", "a statement"),
        ("The statement on Monday said", "the statement"),
        ("A post late Saturday explained", "a post"),
    ],
)
def test_a_dated_writing_speaks(opening, label):
    assert speakers_of(MISSING + opening + WORDS) == [label]
    assert kinds_of(MISSING + opening + WORDS)[label] == "unnamed"


def test_a_person_on_monday_still_speaks():
    assert speakers_of(MISSING + "Ann Holt on Monday said" + WORDS) == ["Ann Holt"]
