"""ask.absence: a word of amount before a noun ("Do many towns have ...?", "several", "numerous") asks how
many, and is never said missing: the article may put the amount otherwise ("Very few towns have ...")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

HOSPITALS = (
    "Town hospitals stretched\n\n"
    "Very few towns have a second hospital, the report found. Most clinics close at night.\n\n"
    "The report was written by the Kelby health board.\n"
)


def test_a_word_of_amount_is_never_missing():
    for question in (
        "do many towns have a second hospital",
        "Do several towns have a second hospital?",
        "Do numerous towns have a second hospital?",
    ):
        result = answer_question(parse_article(HOSPITALS), question)
        assert result.missing == (), question
        assert result.tier in (1, 2), question


def test_the_thing_after_a_word_of_amount_may_still_be_missing():
    result = answer_question(parse_article(HOSPITALS), "Do many towns have a heliport?")
    assert result.missing == ("heliport",)
