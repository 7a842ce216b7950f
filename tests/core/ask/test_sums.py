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


def test_a_tax_asked_how_much_of_is_answered_by_its_rate():
    sentence = "Anyone who declares their savings will only have to pay 2% in income tax."
    assert answer_type_score(MONEY, sentence, {"tax", "people", "pay"}) == 1.0
    assert answer_type_score(MONEY, sentence, {"car", "cost"}) < 1.0


def test_how_much_tax_is_answered_by_the_sentence_giving_the_rate():
    article = parse_article(
        "Savings amnesty offered\n\n"
        "The island is offering a one-off amnesty to people who hid their savings from the old regime.\n\n"
        "The new governor has said that anyone now willing to declare their savings will only have to pay "
        "2% in income tax.\n\n"
        "By declaring their savings and paying the one-off tax, people would be able to keep their homes, "
        "the governor said.\n"
    )
    result = answer_question(article, "How much tax will people pay?")
    assert "2% in income tax" in (result.answer or result.passage.text)
