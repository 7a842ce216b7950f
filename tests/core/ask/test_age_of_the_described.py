"""ask.ages: "How old is the boy?" asks the age the article gives that noun ("A 17-year-old boy ..."),
not an age beside someone else's name in a sentence that mentions the boy."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

RIVER = (
    "Teenager rescued from river\n\n"
    "A 17-year-old boy was pulled from the River Tamble in Wexcombe on Sunday after a canoe overturned.\n\n"
    "Firefighter Jon Prell, 42, said the boy had clung to a branch for an hour.\n\n"
    "His mother thanked the crew.\n"
)


def test_the_lede_age_of_the_noun_asked_answers_how_old():
    result = answer_question(parse_article(RIVER), "How old is the boy?")
    assert result.answer is not None
    assert "17-year-old boy" in result.answer
