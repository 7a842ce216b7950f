"""A writing named with what it is of before whom it is from ("according to a summary of the call
from the transition office", "a readout of the call from Ann Holt's transition team") speaks for
that body; a readout and a summary are writings as a statement is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Phone call\n\nThe president-elect took calls from two leaders on Friday.\n\n"


def test_a_summary_of_the_call_from_an_office_is_the_offices():
    text = LEAD + (
        "“The president spoke with the mayor for an hour,” according to a summary of the call from "
        "the transition office.\n"
    )
    assert speakers_of(text) == ["the transition office"]


def test_a_readout_from_a_persons_team_with_a_modifier_is_the_teams():
    text = LEAD + (
        "“The president spoke with the mayor for an hour,” according to a readout of the call from "
        "Ann Holt's transition team.\n"
    )
    assert speakers_of(text) == ["Ann Holt's transition team"]
