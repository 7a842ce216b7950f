"""A money question wants a sum: "What were profits in dollars?" asks for one, and "the weak dollar"
(a currency with no number) is none."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import MONEY, answer_type_score, classify


def test_a_question_ending_in_a_currency_asks_for_a_sum():
    assert classify("what were profits in dollars").kind == MONEY
    assert classify("How much is that in euros?").kind == MONEY


def test_a_currency_named_without_a_number_is_no_sum():
    assert answer_type_score(MONEY, "The weak dollar hit its results.", {"profit"}) < 0.6
    assert answer_type_score(MONEY, "Profits rose to £93m ($178m).", {"profit"}) == 1.0


def test_profits_in_dollars_are_not_answered_by_a_sentence_about_the_dollar():
    article = parse_article(
        "Weak dollar hits toy maker\n\n"
        "Toy maker Brindle has reported a small rise in profits after the weak dollar hurt its results.\n\n"
        "Pre-tax profits rose 2% to £93m ($178m) in 2004, the firm said.\n"
    )
    result = answer_question(article, "what were profits in dollars")
    assert result.tier != 1 or "$178m" in result.answer
