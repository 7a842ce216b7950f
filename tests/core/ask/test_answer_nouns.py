"""A question whose only unknown word names the kind of answer ("What was the score?") is no
evidence of absence: the first sentence holding such a thing is the closest passage."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

_MATCH = parse_article(
    "Title: Cup shock\n\n"
    "Blackmoor Rovers knocked Castleton out of the cup on Saturday.\n\n"
    "Rovers won 2-1 thanks to a late header from Jamal Okafor.\n\n"
    "The winner came in front of a crowd at Mill Lane.\n"
)


def test_a_score_the_article_never_calls_a_score_is_found():
    # The scoreline of the story's first sentences is the answer (tests/core/ask/test_scores.py).
    result = answer_question(_MATCH, "What was the score?")
    assert result.tier == 1
    assert "2-1" in result.answer


def test_a_date_the_article_never_calls_a_date_is_shown_as_a_passage():
    result = answer_question(_MATCH, "What is the date?")
    assert result.tier == 2
    assert "Saturday" in result.passage.text


def test_an_absent_name_beside_an_answer_noun_is_still_named():
    result = answer_question(_MATCH, "What was the score against Merkel?")
    assert result.tier == 3
    assert result.missing == ("Merkel",)


def test_an_unknown_word_that_names_no_kind_of_answer_is_still_named():
    result = answer_question(_MATCH, "What was the weather?")
    assert result.tier == 3
    assert result.missing == ("weather",)
