"""A clause of time closing the words between two halves of a quotation ("..., said outside before
the service began, “…”") says when, not who: the second half is the first's speaker's. A person
speaking in such a clause ("while Shai Solomon wrote, “…”") still speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

BEFORE = "Hundreds gathered in Alder Bay on Sunday for a memorial service for the flood's victims.\n\n"


def test_a_thing_beginning_in_a_time_clause_does_not_take_the_second_half():
    text = BEFORE + (
        "“These floods are coming more often,” Councilor Ruth Ambler said outside before the service "
        "began, “and I worry that if we don't act now we will forget how this felt.”\n"
    )
    assert speakers_of(text) == ["Ruth Ambler", "Ruth Ambler"]


def test_a_person_writing_in_a_time_clause_still_speaks():
    text = BEFORE + (
        "Gila Glickerman thanked the mayor for the rescue, while Shai Solomon wrote, “You have just "
        "lost a vote at the ballot box.”\n"
    )
    assert speakers_of(text) == ["Shai Solomon"]
