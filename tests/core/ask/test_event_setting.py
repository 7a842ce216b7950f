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


# A match report that never says "match", "played" or "won": its headline is the result.
UNSAID = parse_article(
    "Harlow 2-1 Kingsbridge\n\n"
    "Dele Osei struck twice as Harlow Rovers came from behind against Kingsbridge Town at Mill Lane.\n\n"
    "Ned Kerr headed Town in front before Osei levelled from the spot and curled in a late second.\n"
)
# A story about a footballer, reporting no match.
NO_MATCH = parse_article(
    "Osei signs new deal\n\n"
    "Dele Osei has signed a new three-year contract with Harlow Rovers at Mill Lane.\n\n"
    "The striker joined the club from Kingsbridge Town two years ago.\n"
)


def test_where_a_match_was_played_of_a_report_never_saying_match_is_the_ledes_place():
    result = answer_question(UNSAID, "Where was the match played?")
    assert result.tier == 2
    assert "Mill Lane" in result.passage.text


def test_a_story_reporting_no_match_still_lacks_the_match():
    result = answer_question(NO_MATCH, "Where was the match played?")
    assert result.tier == 3
    assert "match" in result.missing


def test_who_won_a_report_telling_no_result_word_is_its_result_headline():
    result = answer_question(UNSAID, "Who won?")
    assert result.tier == 1
    assert result.answer == "Harlow 2-1 Kingsbridge"
