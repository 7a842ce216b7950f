""" "Which competition was this in?" of a match report asks for the story's own competition: its first
sentence names it at once ("... into the semi-final of the County Cup"); a competition named only later
may be another one ("his one Premier League start"), so it answers nothing."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

CUP_REPORT = parse_article(
    "Harlow 2-1 Kingsbridge\n\n"
    "Harlow Rovers reached the semi-final of the County Cup with a comeback against Kingsbridge Town.\n\n"
    "Dele Osei struck twice in the final ten minutes at Mill Lane.\n"
)
NAMED_LATER = parse_article(
    "Harlow 2-1 Kingsbridge\n\n"
    "Harlow Rovers came from behind against Kingsbridge Town at Mill Lane.\n\n"
    "Dele Osei, who made his one Premier League start last season, struck twice.\n"
)


def test_which_competition_is_the_first_sentence_naming_it():
    result = answer_question(CUP_REPORT, "Which competition was this in?")
    assert result.tier == 1
    assert "County Cup" in result.answer


def test_which_tournament_is_this_is_asked_the_same_way():
    result = answer_question(CUP_REPORT, "Which tournament is this?")
    assert result.tier == 1
    assert "County Cup" in result.answer


def test_a_competition_named_only_later_is_no_answer():
    result = answer_question(NAMED_LATER, "Which competition was this in?")
    assert result.tier != 1
