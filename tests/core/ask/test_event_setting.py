""" "Where was the game played?" or "What day was the match?" of a report whose word for its event only
matches elsewhere ("the first goal of the game") is about the story's own event: its lede tells where
and when it took place, and that sentence is the closest passage, not the one sharing "game"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

REPORT = parse_article(
    "Rovers edge county derby\n\n"
    "A late header from Dele Osei gave Harlow Rovers victory over Kingsbridge Town "
    "at Mill Lane on Saturday.\n\n"
    "Town started brightly and Ned Kerr forced the first save of the game from the Rovers keeper. "
    "Tom Pell was at the heart of most of the home side's attacks and hit the bar before the break.\n\n"
    "Osei met Pell's cross with three minutes left to settle a tense derby.\n"
)


def test_where_the_game_was_played_is_the_ledes_place():
    result = answer_question(REPORT, "Where was the game played?")
    assert result.passage is not None
    assert "Mill Lane" in result.passage.text


def test_what_day_the_match_was_is_the_ledes_day():
    result = answer_question(REPORT, "What day was the match?")
    text = result.answer or result.passage.text
    assert "Saturday" in text


def test_a_question_with_words_of_its_own_keeps_its_ranked_passage():
    result = answer_question(REPORT, "Where did Kerr force the save?")
    text = result.answer or (result.passage.text if result.passage else "")
    assert "Mill Lane" not in text
