"""A quotation after an inverted attribution that interrupts its sentence ("“Councillors,” wrote Ada
Brenn of the Coast Times, had “no idea ...”") is that speaker's, however short the first one is, and
so is the first."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Council vote\n\nThe council voted on the ferry plan on Monday.\n\n"


def test_the_attribution_between_two_quotations_tells_the_second():
    text = (
        LEAD + "“Councillors,” wrote Ada Brenn of the Coast Times, had “no idea what they were voting on.”\n"
    )
    assert speakers_of(text) == ["Ada Brenn", "Ada Brenn"]


def test_a_clause_naming_someone_else_after_the_attribution_is_no_going_on():
    text = LEAD + (
        "“Councillors,” wrote Ada Brenn of the Coast Times, and Mayor Tom Vance agreed they had “no idea "
        "what they were voting on.”\n"
    )
    assert speakers_of(text)[-1] != "Ada Brenn"
