"""A partial quotation in title case right after "on" or a broadcaster's possessive ("on Channel
9's “Meet the State,”", "testified on “Considering the Role of Judges”") names a programme or a
hearing, no one's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Governor sues\n\nGovernor Hal Breen filed suit on Monday.\n\n"


def test_a_programme_after_a_broadcasters_possessive_is_no_ones_words():
    text = (
        LEAD
        + "Speaking on Channel 9's “Meet the State,” Mr. Breen said every candidate must back the nominee.\n"
    )
    assert speakers_of(text) == [None]


def test_a_hearings_title_after_on_is_no_ones_words():
    text = (
        LEAD + "Breen testified on “Considering the Role of Governors Under the State Constitution” in May.\n"
    )
    assert speakers_of(text) == [None]
