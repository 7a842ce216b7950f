"""ask.said: "What did X say about Y?" answered with X's own quotation about Y, read from the quote
engine, and the ranking kept to sentences that mention X."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.said import what_was_said
from tests.conftest import own_article


def test_what_x_said_is_their_quotation():
    article = own_article("ask_lifeboat_quotes.txt")
    result = what_was_said(article, "What did Tait say about staying together?")
    assert result is not None and result.kind == "quote"
    assert "They phoned early and stayed together." in result.answer


def test_a_question_of_another_kind_is_left_to_the_ranking():
    article = own_article("ask_lifeboat_quotes.txt")
    assert what_was_said(article, "Where were the walkers rescued?") is None


def test_a_quotation_opening_with_she_said_brings_the_sentence_naming_her():
    article = parse_article(
        "Storm live\n\nThe first minister, Eluned Vaughan, chaired an emergency meeting in Cardiff. "
        'She said: "Please do not travel unless you must."\n\nFerries were cancelled for the day.\n'
    )
    answer = what_was_said(article, "What did the first minister say?").answer
    assert answer.startswith("The first minister, Eluned Vaughan, chaired")
    assert answer.endswith('She said: "Please do not travel unless you must."')
