""" "Who won?" of a match report asks for the story's own result: the lede's first sentence telling it
with a result word, not a later sentence that only uses the verb ("last won the cup in 1999"), nor one
telling a result the side only expected ("looked set for victory")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

REPORT = parse_article(
    "Rovers 2-1 Town\n\n"
    "Town looked set for a famous victory at Mill Lane until the final ten minutes. "
    "Harlow Rovers came from behind to beat Kingsbridge Town with two late goals from Dele Osei.\n\n"
    "Ned Kerr had headed Town in front on the hour.\n\n"
    "Rovers last won the county cup in 1999, when Osei was still at school.\n"
)


def test_who_won_is_the_ledes_sentence_telling_the_result():
    result = answer_question(REPORT, "Who won?")
    assert result.tier == 1
    assert result.answer.startswith("Harlow Rovers came from behind to beat")


def test_who_lost_the_match_is_the_same_result_sentence():
    result = answer_question(REPORT, "Who lost the match?")
    assert result.answer.startswith("Harlow Rovers came from behind to beat")
