"""A quotation sourced "according to" a writing that a participle goes on describing ("according to a
motion filed in the district court", "a statement posted on the group's website") is that
writing's, labelled with its own words, as "according to a report" is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Harbor deal under fire\n\n"
    "The harbor deal was signed on Monday.\n\n"
    "The plan is a “serious effort to mislead the public about the costs of the work,” according to "
    "a motion filed in the district court.\n"
)


def test_a_motion_filed_in_a_court_is_the_source():
    assert speakers_of(TEXT) == ["a motion"]


def test_a_statement_posted_on_a_website_is_the_source():
    text = TEXT.replace("a motion filed in the district court", "a statement posted on the group's website")
    assert speakers_of(text) == ["a statement"]
