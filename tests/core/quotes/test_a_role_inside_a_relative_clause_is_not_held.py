"""A role named inside the relative clause of someone's apposition ("Walter Hanes, the foreign
minister who accompanied the president,") is someone else's: "the president" never refers back to
Hanes, and the one man left is meant."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Palace visit\n\nDaniel Okafor arrived at the palace on Thursday.\n\n"
    "Walter Hanes, the foreign minister who accompanied the president, confirmed the talks.\n\n"
)


def test_the_president_is_not_the_minister_who_accompanied_him():
    text = LEAD + "“We could use that now,” the president said.\n"
    assert speakers_of(text) == ["Daniel Okafor"]


def test_the_foreign_minister_still_refers_back_to_the_minister():
    text = LEAD + "“The talks were long and serious,” the foreign minister said.\n"
    assert speakers_of(text) == ["Walter Hanes"]
