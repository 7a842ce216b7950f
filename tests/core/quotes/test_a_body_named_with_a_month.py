"""A capitalised month after a capitalised possessive ("the Citizen's March said") is the last word of
a body's name, no time said: the body speaks under its whole name, and "the group" goes on with it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Court nominee\n\nLiberal groups vowed on Monday to fight the governor's choice for the court.\n\n"


def test_a_march_named_for_its_marchers_speaks_under_its_whole_name():
    text = LEAD + (
        "In a statement, the Citizen's March said: “Today’s announcement is a betrayal of every family.”\n\n"
        "“We will not let this stand. We will fill the capitol steps,” the group continued.\n"
    )
    assert speakers_of(text) == ["the Citizen's March", "the Citizen's March"]


def test_a_month_after_a_plain_name_is_still_when_it_was_said():
    text = LEAD + "The Fair Courts coalition last March said the court needed “judges who listen.”\n"
    assert speakers_of(text) == ["the Fair Courts coalition"]
