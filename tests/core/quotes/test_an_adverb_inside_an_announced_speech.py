"""An adverb inside an announced speech ("Mr. Mallory is also expected to say that ... “…”") leaves
the verb the subject's, as "is expected to say" does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Speech\n\nGovernor Ray Mallory of Vestford will speak in Dunmore on Monday.\n\n"


def test_also_expected_to_say_is_the_subjects():
    text = (
        TITLE
        + "Mr. Mallory is also expected to say that Senator Ada Crane is “ready to accept a bad budget.”\n"
    )
    assert speakers_of(text) == ["Ray Mallory"]


def test_expected_to_say_is_the_subjects():
    text = (
        TITLE + "Mr. Mallory is expected to say that Senator Ada Crane is “ready to accept a bad budget.”\n"
    )
    assert speakers_of(text) == ["Ray Mallory"]
