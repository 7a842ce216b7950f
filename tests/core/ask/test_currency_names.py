"""A currency asked by name ("in pounds") is there when the article writes its sign before a sum
("£27m"): the reply shows that sum, never "the article doesn't mention pounds"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

SETTLEMENT = parse_article(
    "Title: Harbour Bank settles\n\n"
    "Harbour Bank has agreed to pay $50m (£27m) to settle the inquiry.\n\n"
    "The regulator said the case was closed.\n"
)


def test_a_currency_asked_by_name_is_found_by_its_sign():
    result = answer_question(SETTLEMENT, "How much is that in pounds?")
    assert result.tier == 2
    assert "£27m" in result.passage.text


def test_a_currency_the_article_never_writes_is_missing():
    result = answer_question(SETTLEMENT, "How much is that in euros?")
    assert result.missing == ("euros",)
