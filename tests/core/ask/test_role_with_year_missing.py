"""A who-question asking who held a role at a time or place ("Who was mayor in 1991?") says what
the article lacks as that year or name alone: never "The article doesn't mention “mayor in 1991”."
of an article that names its mayor."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

HARBOUR = parse_article(
    "Harbour row ends in 1990\n\n"
    "Then-Mayor Ann Holt was under pressure from the council over the harbour wall. "
    "Mayor Holt later agreed to repair it.\n\n"
    "The council said the work would take a year.\n"
)


def test_a_missing_year_after_a_role_is_said_alone():
    assert answer_question(HARBOUR, "Who was mayor in 1991?").missing == ("1991",)


def test_a_missing_place_after_a_role_is_said_alone():
    assert answer_question(HARBOUR, "Who was mayor of Springfield?").missing == ("Springfield",)


def test_a_year_only_the_headline_gives_is_no_missing_thing():
    result = answer_question(HARBOUR, "Who was mayor in 1990?")
    assert not result.missing
    assert result.passage is not None and "Ann Holt" in result.passage.text


def test_a_lower_case_name_asked_about_is_still_said_whole():
    assert answer_question(HARBOUR, "who is dana price?").missing == ("dana price",)
