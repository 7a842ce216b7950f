""" "Who is Harlow's manager?" asks for the role held for that owner: the sentence naming someone right
after the owner and news copy's word for the role ("Harlow boss Jim Tate"), not one sharing a word."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

REPORT = parse_article(
    "Harlow 2-1 Kingsbridge\n\n"
    "Harlow Rovers came from behind to beat Kingsbridge Town at Mill Lane.\n\n"
    "Harlow managed two late goals through Dele Osei after Ned Kerr had put Kingsbridge ahead.\n\n"
    "Afterwards Harlow boss Jim Tate praised the striker's calm finishing.\n"
)


def _text(result) -> str:
    return result.answer or (result.passage.text if result.passage else "")


def test_a_sides_manager_is_the_name_after_that_side_and_its_boss():
    result = answer_question(REPORT, "Who is Harlow's manager?")
    assert "Harlow boss Jim Tate" in _text(result)


def test_another_owners_holder_is_no_answer():
    result = answer_question(REPORT, "Who is Kingsbridge's manager?")
    assert "Jim Tate" not in (result.answer or "")
