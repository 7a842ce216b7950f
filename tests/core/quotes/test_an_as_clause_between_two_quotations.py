"""An "as" clause set off by commas between two quotations of one sentence ('not a “…,” as some of
his advisers had argued, but a “…”') compares the first words with what others said; the second
quotation is still the sentence's speaker's (issue 11)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_LEAD = "Governor Hal Baird spoke to the chamber of commerce on Friday.\n\n"


def test_the_quotation_after_an_as_clause_is_the_sentences_speakers():
    text = _LEAD + (
        "He said the dispute was not a “battle between neighbours,” as some of his advisers had "
        "argued, but a struggle “between people who build bridges and people who burn them down.”\n"
    )
    assert speakers_of(text) == ["Hal Baird", "Hal Baird"]


def test_an_as_clause_right_after_its_quotation_still_attributes_it():
    text = _LEAD + "“The bridge will open in May,” as Mayor Ann Lutz put it on Friday.\n"
    assert speakers_of(text) == ["Ann Lutz"]
