"""A partial quotation after the sentence subject's copula ("is", "was") describes the subject in
someone else's words or the writer's; it is not the subject's own."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_partial_quotation_after_a_copula_is_no_words_of_the_subject():
    text = "Dana Pruitt was for years “the unofficial mayor of the east harbour” to the ferry crews.\n"
    assert speakers_of(text) == [None]


def test_a_partial_quotation_after_a_scare_quoted_word_of_a_copula_sentence_is_no_one_s():
    text = "Dana Pruitt was recently fined after the council turned away the “visitors.”\n"
    assert speakers_of(text) == [None]


def test_a_progressive_verb_after_the_copula_still_speaks_the_partial_quotation():
    text = "Dana Pruitt is urging the council to “wake up and count the boats” before the vote.\n"
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_progressive_verb_past_adverbs_after_the_copula_still_speaks_the_partial_quotation():
    text = "Dana Pruitt is once again urging the council to make sure the count is “fair and square.”\n"
    assert speakers_of(text) == ["Dana Pruitt"]
