"""Congratulating someone in words quoted right after ("took to Twitter to congratulate Ms. Ravel “on
your huge win ...”", "congratulated the team for a “…”") is the congratulator's saying."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Special election\n\nJoan Ravel won the special election in Rockford on Tuesday.\n\n"


def test_took_to_twitter_to_congratulate_is_the_governors():
    text = LEAD + (
        "Gov. Peter Tallis took to Twitter on Tuesday night to congratulate Ms. Ravel “on your huge win "
        "in the great city of Rockford. We are all so proud of you!”\n"
    )
    assert speakers_of(text) == ["Peter Tallis"]


def test_congratulated_with_the_quotation_after_is_the_governors():
    text = LEAD + "Gov. Peter Tallis congratulated Ravel on “a campaign run with heart from the first day.”\n"
    assert speakers_of(text) == ["Peter Tallis"]
