"""A name only the headline gives ("Labour plans maternity pay rise") is mentioned by the article: a
question naming it gets a passage, never "the article doesn't mention Labour"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

PLANS = parse_article(
    "Title: Kingsbridge party plans pay rise\n\n"
    "Maternity pay will rise to nine months by 2007, the minister said.\n\n"
    '"It was 13 weeks when we were elected," she said.\n'
)


def test_a_name_in_the_headline_is_not_missing():
    result = answer_question(PLANS, "How long was maternity pay when the Kingsbridge party came in?")
    assert not result.missing
    assert result.tier == 2


def test_a_name_in_neither_headline_nor_story_is_missing():
    result = answer_question(PLANS, "What does the Dorford party plan?")
    assert result.missing == ("Dorford",)
