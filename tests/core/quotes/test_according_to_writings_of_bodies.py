"""`“…,” according to a report by the Harbor Times.`, `according to a statement from the Harbor Board`,
`According to a report in the Harbor Times, it was “…”`: a writing by, from or in an organisation speaks
as that organisation (as `according to the Harbor Times` does, and as a writing by a person is that
person's); a writing of no one named stays the writing's."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_OPENING = "Fishing boats stayed in port for a week.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“It was the worst month in twenty years,” according to a report by the Harbor Times.",
            "the Harbor Times",
        ),
        (
            "“It was the worst month in twenty years,” according to a report in the Harbor Times.",
            "the Harbor Times",
        ),
        (
            "“It was the worst month in years,” according to a new statement from the Harbor Board.",
            "the Harbor Board",
        ),
        (
            "According to a report by the Harbor Times, it was “the worst month in twenty years.”",
            "the Harbor Times",
        ),
        ("“It was the worst month in twenty years,” according to a report.", "a report"),
    ],
)
def test_a_writing_of_a_body_speaks_as_the_body(sentence, speaker):
    assert speakers_of(_OPENING + sentence + "\n") == [speaker]
