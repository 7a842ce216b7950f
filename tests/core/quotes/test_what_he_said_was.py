"""In "what he said was “…”" the he means the subject of its own clause: someone's unnamed boss or
relative there ("his boss was campaigning against what he said was ...") is no one the article names,
so the quotation is unattributed, never the possessor; a named subject keeps it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_what_he_said_after_a_possessed_subject_is_not_the_possessor():
    text = (
        "Owen Tarrant served in the harbour patrol for a year, although at the time his boss was "
        "openly campaigning against what he said was a “pointless patrol.”\n"
    )
    assert speakers_of(text) == [None]


def test_what_he_said_after_a_named_subject_is_that_person():
    text = (
        "Owen Tarrant served in the harbour patrol for a year, although at the time Gil Haskett was "
        "openly campaigning against what he said was a “pointless patrol.”\n"
    )
    assert speakers_of(text) == ["Gil Haskett"]
