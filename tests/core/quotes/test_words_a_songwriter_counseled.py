"""Words a songwriter "counseled" in a song are theirs ("as Lou Garrity counseled in the 1971 anthem
“Roll On.”"), and the anthem's title after them is a title, no one's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Ratings\n\nIt is the cold reality for candidates: popularity comes and goes.\n\n"


def test_counseled_words_are_the_songwriters_and_the_anthems_title_is_none():
    text = (
        TITLE
        + "A candidate can be “up one day and down the next, no matter what you do,” as Lou Garrity "
        + "counseled in the 1971 anthem “Roll On Home.”\n"
    )
    assert speakers_of(text) == ["Lou Garrity"]
