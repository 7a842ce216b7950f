"""A surname two people share, just after both were named side by side ("Ann Holt and Tom Holt"):
recency tells nothing, so the surname alone is unclear, never a guess; one namesake named last on
their own is still the one meant."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_shared_surname_after_both_namesakes_listed_together_is_unattributed():
    text = (
        "Marta Quill and Anton Quill toured the flooded valley on Monday.\n\n"
        "“We need the dams rebuilt before winter,” Quill said.\n"
    )
    assert speakers_of(text) == [None]


def test_a_shared_surname_after_one_namesake_named_alone_is_that_one():
    text = (
        "Marta Quill and Anton Quill toured the flooded valley on Monday.\n\n"
        "Anton Quill stopped at the pumping station.\n\n"
        "“We need the dams rebuilt before winter,” Quill said.\n"
    )
    assert speakers_of(text) == ["Anton Quill"]
