"""After a verb of change, a figure below 2000 following "by" or "to" is the size of the change, a count
("cut its workforce by 1200"), not a year as dates are written ("by 1598")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

STEELWORKS = parse_article(
    "Corran Steel will cut its workforce by 1200 over the next two years, the company said on Tuesday. "
    "The firm blamed cheap imports and high energy prices. Unions said they would fight the plan.\n"
)


def test_a_figure_after_a_change_and_by_is_a_count():
    result = answer_question(STEELWORKS, "How many will Corran Steel cut from its workforce?")
    assert result.tier == 1
    assert "by 1200" in result.answer
