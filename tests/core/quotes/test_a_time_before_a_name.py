"""A live blog's time run into the name after it ("UPDATE 10:10 A.M. Walt Brenn said") is no part
of the name: the speaker is Walt Brenn, not "A.M. Walt Brenn"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Live from the hearing\n\n"


def test_a_morning_time_is_no_part_of_the_name():
    text = LEAD + (
        "UPDATE 10:17 A.M. Walt Brenn, the leading member of the panel, opens the hearing.\n\n"
        "UPDATE 10:20 A.M. Walt Brenn said “this is not a show trial at all” before the break.\n"
    )
    assert speakers_of(text) == ["Walt Brenn"]


def test_an_evening_time_is_no_part_of_the_name():
    text = LEAD + "UPDATE 6:05 P.M. Ada Roe said the panel “will meet again on Friday morning.”\n"
    assert speakers_of(text) == ["Ada Roe"]
