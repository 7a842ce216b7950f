""" "reporting" after a comma and before "that" (", reporting that there was “…”") is a participle of
saying going on from its clause's subject, as ", saying that" is; "his reporting" stays a noun."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Adviser's pay\n\nDana Whitlock earned $165,000 a year as a senior adviser to the governor.\n\n"


def test_a_paper_reporting_that_after_a_comma_speaks():
    text = LEAD + (
        "The Riverton Ledger spent a day with Whitlock at the capitol, reporting that there was "
        "“confusion about her exact duties in the office.”\n"
    )
    assert speakers_of(text) == ["the Riverton Ledger"]


def test_reporting_as_a_noun_is_no_verb():
    text = LEAD + (
        "Whitlock said the Ledger's reporting was “unfair to everyone who works in this office.”\n"
    )
    assert speakers_of(text) == ["Dana Whitlock"]
