"""ask.absence: a number from 21 to 99 asked in figures ("24") is in an article that writes it in words,
with a space or a hyphen ("twenty four hours", "thirty-two deaths"): never "The article doesn't mention 24".
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

COUNT = (
    "Cases rise again\n\n"
    "The health ministry said on Friday that 1,200 new cases were recorded in the twenty four hours before "
    "noon. Officials counted thirty-two deaths in the same period.\n\n"
    "The hospital has 150 beds.\n"
)


def test_a_number_written_in_two_words_is_not_missing():
    for question in ("How many cases in 24 hours?", "Were 32 deaths counted?"):
        result = answer_question(parse_article(COUNT), question)
        assert result.missing == (), question
        assert result.tier in (1, 2), question


def test_a_number_the_article_writes_in_no_form_is_still_missing():
    result = answer_question(parse_article(COUNT), "How many beds are in the 25 wards?")
    assert "25" in result.missing
