"""An organisation opening its clause speaks the words its verb of saying quotes with an adverb of
time between them ("The Irrigation Board now says that “…”"), and with one between "is" and the
verb in -ing ("But the agency is now reporting that “…”"), as it does with "also"; a body that a
preposition governs, before "now" and a verb of no saying, speaks nothing."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Fever outbreak in river towns\n\n"
    "An outbreak of fever among farm workers continues to spread through the Dunmore Valley.\n\n"
)


def test_a_body_that_now_says_speaks():
    text = (
        LEAD
        + "The Dunmore Irrigation Board now says that “none of the canals have tested positive so far.”\n"
    )
    assert speakers_of(text) == ["the Dunmore Irrigation Board"]


def test_a_body_that_is_now_reporting_speaks():
    text = LEAD + (
        "“We do not yet know what is making people sick,” said Dr. Irene Vasko, the valley’s chief "
        "medical officer. But the Valley Health Agency is now reporting that “well water may play a "
        "role in some cases.”\n"
    )
    assert speakers_of(text) == ["Irene Vasko", "the Valley Health Agency"]


def test_a_body_governed_by_a_preposition_before_now_speaks_nothing():
    text = LEAD + (
        "Dr. Irene Vasko said cases at the Valley Health Agency now reflect “a broad pattern of exposure.”\n"
    )
    assert speakers_of(text) == ["Irene Vasko"]
