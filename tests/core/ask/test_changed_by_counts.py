"""After a verb of change, a figure below 2000 following "by" or "to" is the size of the change, a count
("cut its workforce by 1200"), not a year as dates are written ("by 1598")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import COUNT, answer_type_score

STEELWORKS = parse_article(
    "Corran Steel will cut its workforce by 1200 over the next two years, the company said on Tuesday. "
    "The firm blamed cheap imports and high energy prices. Unions said they would fight the plan.\n"
)


def test_a_figure_after_a_change_and_by_is_a_count():
    result = answer_question(STEELWORKS, "How many will Corran Steel cut from its workforce?")
    assert result.tier == 1
    assert "by 1200" in result.answer


def test_a_year_before_levels_is_a_year_after_a_change():
    assert answer_type_score(COUNT, "House prices in Dunmore fell back to 1990 levels.", {"prices"}) == 0.0


def test_a_year_after_a_change_and_by_is_a_deadline():
    assert answer_type_score(COUNT, "Corran Steel will cut emissions by 2030.", {"emissions"}) == 0.0


def test_a_figure_after_a_change_and_to_is_a_count():
    assert answer_type_score(COUNT, "The workforce rose to 1500 last year.", {"workforce"}) == 1.0
