"""A body after "after" or "in" whose verb opens a "that" clause ("after the Tribune Wire Service
reported that a large share of guests were donors, “…”") reported the words itself."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Charity donors\n\nThe Hallworth Trust has long faced questions about its backers.\n\n"


def test_a_body_reporting_a_clause_after_a_preposition_speaks():
    text = LEAD + (
        "Those questions grew louder this week after the Tribune Wire Service reported that a large "
        "share of dinner guests were donors, “either directly or through family foundations.”\n"
    )
    assert speakers_of(text) == ["the Tribune Wire Service"]
