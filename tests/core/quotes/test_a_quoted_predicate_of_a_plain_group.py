"""A partial quotation right after a plain group subject opening its sentence ("But many pawn lenders
“make loans ...”") goes on with the one the sentence before reports as saying it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Lending\n\nRegulators in Dunmore are preparing new rules for pawn lenders.\n\n"
GROUP = "But many pawn lenders “make loans based not on what the borrower can repay.”\n"


def test_the_group_predicate_goes_on_with_the_one_reported_before():
    text = TITLE + "A check was a basic rule of honest lending, Helena Marchbank said in remarks. " + GROUP
    assert speakers_of(text) == ["Helena Marchbank"]


def test_a_sentence_before_without_a_verb_of_saying_gives_it_to_no_one():
    text = TITLE + "Helena Marchbank runs the state lending office in Corvale. " + GROUP
    assert speakers_of(text) == [None]


def test_a_definite_plural_group_with_a_time_adverb_is_a_plain_group_too():
    text = (
        TITLE + "Helena Marchbank says the rules are in need of reform. But the pawn lenders today "
        "“seem to have no memory of what the rules stood for.”\n"
    )
    assert speakers_of(text) == ["Helena Marchbank"]
