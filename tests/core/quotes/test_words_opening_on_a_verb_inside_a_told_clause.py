"""Quoted words that open on a verb of saying right after a name are not that person's when a verb of
saying earlier in the sentence brings the clause the name opens ("Spokesman Tomas Reyna told the
Ledger that as mayor, Halvorsen “attacked lenders ...”"): the teller speaks them, the name is whom
they are about. With no teller before it, the name still speaks the words opening on its verb."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Lending\n\nFormer Dunmore mayor Karl Halvorsen answered questions on Thursday about remarks he made"
    " in 2009.\n\n"
)


def test_words_opening_on_a_verb_in_a_told_clause_are_the_tellers():
    text = (
        LEAD + "Campaign spokesman Tomas Reyna told the Dunmore Ledger that as mayor, Halvorsen"
        " “attacked predatory lenders for eight years.”\n"
    )
    assert speakers_of(text) == ["Tomas Reyna"]


def test_words_opening_on_a_verb_with_no_teller_before_are_the_named_persons():
    text = LEAD + "In those remarks, Halvorsen “attacked predatory lenders for eight years.”\n"
    assert speakers_of(text) == ["Karl Halvorsen"]
