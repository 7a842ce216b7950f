"""The subject of the clause a participle of saying reports ("issued a statement saying Delaney was
not weighing it") is no rival for the next paragraph's he: the statement's issuer stays the one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "City auditor\n\nCouncil members warned Mayor Frank Delaney not to dismiss the city auditor.\n\n"
FOLLOW = "“The city once again confirms that the mayor is not considering it,” he said.\n"


def test_he_after_saying_a_clause_with_no_that_is_the_issuer():
    text = LEAD + (
        "City attorney Martin Hale issued a statement on Sunday night saying Delaney was not weighing "
        "the removal.\n\n" + FOLLOW
    )
    assert speakers_of(text) == ["Martin Hale"]


def test_he_after_saying_that_is_the_issuer_too():
    text = LEAD + (
        "City attorney Martin Hale issued a statement on Sunday night saying that Delaney was not "
        "weighing the removal.\n\n" + FOLLOW
    )
    assert speakers_of(text) == ["Martin Hale"]
