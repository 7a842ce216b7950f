"""A place adverb between a plural group and its verb ("officials there said") is passed: the group
speaks, as "officials said" does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "At the gate\n\nDozens of families arrived at the Calexico port of entry on Sunday.\n\n"


def test_officials_there_said_is_the_officials():
    text = LEAD + (
        "But just as they reached the gate, officials there said they were “unable to accept more "
        "people without documents today.”\n"
    )
    assert speakers_of(text) == ["officials"]


def test_there_opening_a_clause_is_no_subject():
    text = LEAD + "There, a volunteer said the families were “cold, hungry and very frightened.”\n"
    assert speakers_of(text) == ["a volunteer"]
