"""A winner question ("Who won?", "Who lost?") of a story telling the result in other words ("beat",
"a victory for") gets the sentence telling it as the closest passage; the verb asked with is never
what the article lacks."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

CUP_TIE = parse_article(
    "Title: Rovers into the final\n\n"
    "Rovers beat United 3-1 at the Park on Saturday to reach the final.\n\n"
    "The home side led through Smith after ten minutes and added two more after the break.\n"
)

DERBY = parse_article(
    "Title: City take the derby\n\n"
    "It was a 2-0 victory for City in the derby on Sunday.\n\n"
    "The crowd of 40,000 saw two second-half goals.\n"
)

KIT_DEAL = parse_article(
    "Title: New kit deal\n\n"
    "The athletics body has agreed a new deal with a sportswear firm to supply its squads for four years.\n\n"
    "The firm kitted out the team at the last Olympics.\n"
)


def test_who_won_finds_the_sentence_saying_who_beat_whom():
    result = answer_question(CUP_TIE, "Who won?")
    assert not result.missing
    # A match report's lede tells its result: the answer (see test_story_result.py), else a passage.
    assert "Rovers beat United 3-1" in (result.answer or result.passage.text)


def test_who_lost_finds_the_sentence_telling_the_victory():
    result = answer_question(DERBY, "Who lost?")
    assert not result.missing
    assert "a 2-0 victory for City" in (result.answer or result.passage.text)


def test_who_won_of_a_story_telling_no_result_says_so():
    # Guard: a story with no result in it still answers that it does not mention one.
    assert answer_question(KIT_DEAL, "Who won?").missing == ("won",)
