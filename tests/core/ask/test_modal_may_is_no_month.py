""" "may" and "march" in lower case are verbs ("he may declare an emergency"), never the month: a sentence
holding only them dates nothing."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

PLAN = parse_article(
    "Emergency plan\n\n"
    "The governor said on Friday he can and may declare a state of emergency, which he said would allow"
    " him to act without approval from the assembly.\n\n"
    "The assembly could not agree on a budget.\n"
)


def test_the_modal_may_dates_no_future_deed():
    result = answer_question(PLAN, "When will the governor declare the state of emergency?")
    assert result.tier == 2


def test_the_month_may_still_dates_it():
    article = parse_article(
        "Emergency plan\n\nThe governor will declare a state of emergency in May, his office said.\n\n"
        "The assembly could not agree on a budget.\n"
    )
    result = answer_question(article, "When will the governor declare the state of emergency?")
    assert result.tier == 1
    assert "in May" in result.answer
