"""`Mr. Benning (who once called the project a threat) says its critics are “living in the past”`: an
aside in brackets between a subject and its verb is stepped over."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

OPENING = "Governor Arlo Benning spoke on Friday. Senator Hal Oakes was there.\n\n"


@pytest.mark.parametrize(
    "subject",
    [
        "Mr. Benning (who once called the project a threat to the lakes) says",
        "Mr. Benning (a former mayor) says",
    ],
)
def test_the_subject_before_a_bracketed_aside_speaks(subject):
    assert speakers_of(f"{OPENING}{subject} its critics are “living in the past.”\n") == ["Arlo Benning"]
