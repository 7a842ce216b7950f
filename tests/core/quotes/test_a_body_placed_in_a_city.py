"""A body's name, then "in" and a place, right before the verb ("The Weather Office in Dunmore
warned") is the body speaking; the place names where it sits, never the speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Storm warning\n\n"


def test_the_office_in_a_city_speaks_not_the_city():
    text = LEAD + (
        "The storm moved north on Tuesday. The Weather Office in Dunmore warned that the storm "
        "“will likely be the worst in fifty years for the valley.”\n"
    )
    assert speakers_of(text) == ["the Weather Office"]


def test_a_party_member_in_a_chamber_is_not_read_as_a_body():
    text = LEAD + (
        "The No. 2 Republican in the House said the mayor had cooperated and “we will just see "
        "where the inquiry goes.”\n"
    )
    assert "Republican" not in speakers_of(text)
