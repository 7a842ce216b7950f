"""A definite role described by another body ("the water agency spokesperson") does not take up
an unnamed source just introduced with a different one ("A Forestry Service spokesperson said");
counting words ("the second official") describe no body and still take one up."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Agencies defend supply effort\n\n"


def test_another_bodys_spokesperson_is_not_the_one_introduced():
    text = LEAD + (
        "The water agency said it was buying filters abroad. A Forestry Service spokesperson said "
        "the department was working to ensure a “steady, shared and fair supply.”\n\n"
        "“This is a shortage felt everywhere, not only in our region,” the water agency "
        "spokesperson said.\n"
    )
    assert speakers_of(text) == ["a Forestry Service spokesperson", "the water agency spokesperson"]


def test_the_second_official_takes_up_another_official():
    text = LEAD + (
        "The Ledger quoted another unnamed council official as saying that the mayor was not to blame.\n\n"
        "“What he is telling people is that the fight was finally settled by the budget,” said the "
        "second official.\n"
    )
    assert speakers_of(text) == ["another unnamed council official"]
