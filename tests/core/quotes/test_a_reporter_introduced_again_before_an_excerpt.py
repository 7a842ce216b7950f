"""A reporter introduced again by a lead-in like an earlier one ("From Tarnova, on the northern side of
the bay, Helen Marrow reports for our Newscast unit:") reports the excerpt after it: a lead-in ending on
a colon is never dropped as a repeat (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_reporter_introduced_again_by_a_like_lead_in_reports_the_next_excerpt():
    text = (
        "Harbor\n\nBoats are stuck in the bay after Velmar closed its harbor.\n\n"
        "From the quay, Helen Marrow reports for our Newscast unit:\n\n"
        "“It started with hundreds of fishermen pressed up against the harbor gate.”\n\n"
        "Hundreds of boats are anchored in the bay.\n\n"
        "From Tarnova, on the northern side of the bay, Helen Marrow reports for our Newscast unit:\n\n"
        "“Guards stop reporters from talking to the crews held at the quay.”\n"
    )
    assert speakers_of(text) == ["Helen Marrow", "Helen Marrow"]
