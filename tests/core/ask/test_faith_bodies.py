"""A faith's word is no word of an organisation's own: "Muslim groups" does not mention the "Muslim
Council", as "American" does not mention the "American Medical Association"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

REMARKS = parse_article(
    "Title: Presenter's remarks\n\n"
    "A presenter was taken off air after remarks that prompted outrage among Muslim groups.\n\n"
    "He said he had been misunderstood.\n"
)


def test_a_body_named_after_a_faith_is_missing_when_only_the_faith_is_mentioned():
    result = answer_question(REMARKS, "What did the Muslim Council say?")
    assert result.missing == ("Muslim Council",)


def test_the_same_body_typed_in_lower_case_is_missing_too():
    result = answer_question(REMARKS, "what did the muslim council say")
    assert result.missing == ("muslim council",)


def test_a_body_whose_head_the_article_uses_is_not_missing():
    result = answer_question(REMARKS, "what did the muslim groups say")
    assert not result.missing
